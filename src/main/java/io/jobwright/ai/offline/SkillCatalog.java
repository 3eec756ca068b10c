package io.jobwright.ai.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The skills the offline engine recognises in a posting, each with the other names it goes by (the small synonym
 * table): {@code k8s} is Kubernetes, {@code postgres} is PostgreSQL. A resume skill not listed here is still
 * matched by its own name; the catalogue only lets the engine see skills the resume does not name.
 */
public final class SkillCatalog {

    private static final String[] ENTRIES = {
        "Java", "Kotlin", "Scala", "Python", "Rust", "C++|cpp", "C#|csharp|.net|dotnet", "Golang|go lang",
        "JavaScript|js|ecmascript", "TypeScript|ts", "Ruby|ruby on rails|rails", "PHP", "Swift", "Objective-C",
        "Elixir", "Erlang", "Haskell", "Clojure", "R|r language", "MATLAB", "Julia", "Perl", "Bash|shell scripting",
        "SQL", "NoSQL", "PostgreSQL|postgres|psql", "MySQL", "SQLite", "MongoDB|mongo", "Redis", "Cassandra",
        "Elasticsearch|elastic search|opensearch", "Kafka|apache kafka", "RabbitMQ", "Spark|apache spark", "Hadoop",
        "Flink", "Airflow", "dbt", "Snowflake", "BigQuery", "ClickHouse", "DynamoDB",
        "Spring|spring boot|springboot", "Hibernate", "Django", "Flask", "FastAPI", "Node.js|nodejs|node",
        "React|react.js|reactjs", "Vue|vue.js|vuejs", "Angular", "Svelte", "Next.js|nextjs", "HTML|html5",
        "CSS|css3", "Tailwind", "GraphQL", "REST|rest api|rest apis|restful", "gRPC", "Microservices|microservice",
        "Docker|containers", "Kubernetes|k8s", "Terraform", "Ansible", "Helm", "Linux|unix", "Git", "CI/CD|ci cd|continuous integration",
        "Jenkins", "GitHub Actions", "AWS|amazon web services", "GCP|google cloud|google cloud platform",
        "Azure|microsoft azure", "Prometheus", "Grafana", "Observability", "Distributed systems|distributed system",
        "Systems programming|systems engineering|systems language", "Performance tuning|performance engineering|profiling",
        "Databases|database|database engineering|storage engines|storage engine", "Search engines|search engine|full text search|full-text search",
        "Indexing", "Query optimization|query engine|query engines", "SIMD", "Concurrency|multithreading",
        "Machine learning|ml", "Deep learning", "PyTorch", "TensorFlow", "scikit-learn|sklearn", "NLP|natural language processing",
        "LLM|llms|large language models", "Computer vision", "Data analysis|data analytics", "Statistics", "Pandas",
        "NumPy", "Data engineering|data pipelines|etl", "Vector search|vector database|embeddings",
        "Security|cybersecurity", "Networking", "Agile|scrum", "JUnit", "Testing|unit testing|test automation",
        "Figma", "Product design", "UX|user experience", "UI|user interface", "Salesforce", "HubSpot", "Excel",
        "SAP", "Jira", "Okta", "Active Directory|entra id|azure ad", "Google Workspace|g suite", "Intune",
        "Windows", "macOS", "Unity", "Unreal", "Embedded", "CAD", "Nursing|nurse|infirmier|infirmière",
        "Supply chain", "Logistics", "Procurement", "Sales|b2b sales", "Marketing", "SEO", "Partnerships",
        "Accounting", "Recruiting",
    };

    /** Lower-case alias → canonical display name. */
    private static final Map<String, String> BY_ALIAS = new LinkedHashMap<>();

    static {
        for (String entry : ENTRIES) {
            String[] names = entry.split("\\|");
            for (String name : names) {
                BY_ALIAS.putIfAbsent(name.toLowerCase(Locale.ROOT), names[0]);
            }
        }
    }

    private SkillCatalog() {
    }

    /** The canonical name of a skill, or the trimmed input when the catalogue does not know it. */
    public static String canonical(String skill) {
        String key = skill.strip().toLowerCase(Locale.ROOT);
        return BY_ALIAS.getOrDefault(key, skill.strip());
    }

    /** Every alias of the skill (lower case), the skill's own name included. */
    static List<String> aliases(String skill) {
        String canonical = canonical(skill);
        List<String> result = new ArrayList<>();
        result.add(skill.strip().toLowerCase(Locale.ROOT));
        BY_ALIAS.forEach((alias, name) -> {
            if (name.equals(canonical) && !result.contains(alias)) {
                result.add(alias);
            }
        });
        return result;
    }

    /** The catalogue skills that folded text mentions, by canonical name, in catalogue order. */
    public static Set<String> mentionedIn(String folded) {
        Set<String> found = new LinkedHashSet<>();
        BY_ALIAS.forEach((alias, name) -> {
            if (alias.length() > 1 && !found.contains(name) && PlainText.containsTerm(folded, alias)) {
                found.add(name);
            }
        });
        return found;
    }

    /** Whether folded text mentions the skill under any of its names. */
    public static boolean mentions(String folded, String skill) {
        for (String alias : aliases(skill)) {
            if (alias.length() > 1 && PlainText.containsTerm(folded, alias)) {
                return true;
            }
        }
        return false;
    }
}
