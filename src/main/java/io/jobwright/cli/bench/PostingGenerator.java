package io.jobwright.cli.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Realistic, varied job postings made from word lists: the same seed and number always give the same posting, so
 * runs are comparable. Descriptions are 3–5 KB of plain text with the sections real postings have.
 */
final class PostingGenerator {

    /** One generated posting, in the fields the manual import accepts. */
    record Posting(String title, String employer, String jobUrl, String location, String salary, String description) {
    }

    private static final List<String> LEVELS = List.of("", "", "Junior ", "Senior ", "Senior ", "Staff ", "Lead ", "Principal ");
    private static final List<String> ROLES = List.of("Backend Engineer", "Platform Engineer", "Data Engineer",
            "Site Reliability Engineer", "Frontend Developer", "Full-Stack Developer", "Machine Learning Engineer",
            "DevOps Engineer", "Security Engineer", "iOS Developer", "Android Developer", "QA Automation Engineer",
            "Engineering Manager", "Product Designer", "Data Analyst", "Solutions Architect", "Java Developer",
            "Cloud Infrastructure Engineer", "Analytics Engineer", "Technical Product Manager");
    private static final List<String> NAMES = List.of("Northwind", "Bluefin", "Copperleaf", "Meridian", "Halcyon",
            "Brightwater", "Ironbark", "Lumen", "Kestrel", "Ashford", "Polaris", "Tidewater", "Evergreen", "Quarry",
            "Silverline", "Juniper", "Cobalt", "Foxglove", "Harbor", "Summit", "Larkspur", "Redwood", "Beacon", "Orchid");
    private static final List<String> TRADES = List.of("Analytics", "Labs", "Health", "Logistics", "Energy", "Systems",
            "Robotics", "Payments", "Software", "Bio", "Mobility", "Insurance", "Media", "Foods", "Security", "Learning");
    private static final List<String> FORMS = List.of("GmbH", "Ltd", "Inc.", "B.V.", "AB", "", "", "SE");
    private static final List<String> LOCATIONS = List.of("Berlin, Germany", "London, United Kingdom",
            "Amsterdam, Netherlands", "Remote (EU)", "Munich, Germany", "Stockholm, Sweden", "Dublin, Ireland",
            "Barcelona, Spain", "Lisbon, Portugal", "Toronto, Canada", "Austin, TX", "New York, NY", "Zurich, Switzerland",
            "Vienna, Austria", "Remote (worldwide)", "Hamburg, Germany (hybrid)", "Copenhagen, Denmark", "Paris, France");
    private static final List<String> CURRENCIES = List.of("€", "€", "£", "$", "CHF ");
    private static final List<String> TECH = List.of("Java", "Kotlin", "Go", "Python", "TypeScript", "Rust",
            "PostgreSQL", "Kafka", "Kubernetes", "Terraform", "AWS", "GCP", "Azure", "React", "Spark", "Airflow", "Redis",
            "gRPC", "GraphQL", "Docker", "Elasticsearch", "Snowflake", "dbt", "Linux", "GitHub Actions", "OpenTelemetry",
            "Prometheus", "Spring Boot", "Javalin", "SQLite", "ClickHouse", "Swift", "Next.js", "Flink");
    private static final List<String> DOMAINS = List.of("logistics", "healthcare", "fintech", "climate tech",
            "e-commerce", "insurance", "mobility", "the public sector", "education", "media", "energy trading",
            "food delivery", "travel", "cybersecurity");
    private static final List<String> PRODUCTS = List.of("a routing platform", "a patient-records service",
            "a payments API", "an energy-forecasting engine", "a marketplace", "a claims-processing system",
            "a fleet-management suite", "a learning platform", "a streaming analytics product", "a booking engine",
            "a fraud-detection service", "a developer platform");
    private static final List<String> CUSTOMERS = List.of("small businesses", "hospitals", "banks", "city councils",
            "retailers", "airlines", "utilities", "universities", "freight carriers", "newsrooms");
    private static final List<String> VERBS = List.of("Design", "Build", "Own", "Operate", "Improve", "Scale", "Maintain",
            "Migrate", "Instrument", "Simplify", "Harden", "Document");
    private static final List<String> THINGS = List.of("services that handle millions of requests a day",
            "our data pipelines", "the deployment tooling", "customer-facing APIs", "the event-driven core",
            "internal developer tools", "the search and ranking stack", "observability dashboards and alerts",
            "the billing system", "integrations with partner systems", "batch jobs that feed reporting",
            "the mobile release process", "access control and audit logging");
    private static final List<String> QUALITIES = List.of("reliable", "fast", "secure", "observable", "cost-efficient",
            "easy to change", "well tested", "accessible");
    private static final List<String> BENEFITS = List.of("30 days of paid holiday plus public holidays",
            "a yearly learning budget of 2,000 for books, courses and conferences", "flexible working hours",
            "a pension plan with employer contribution", "a public transport pass or bike leasing",
            "a home-office setup budget", "parental leave beyond the legal minimum", "employee stock options",
            "private health insurance", "four weeks of work from anywhere each year", "a quiet, modern office",
            "regular team off-sites", "mental health support through an external provider");
    private static final List<String> TEAM_LINES = List.of(
            "The team works in two-week cycles, ships small changes several times a day and reviews every change.",
            "We write design notes before large changes and keep them short enough to read over coffee.",
            "On-call is shared fairly, paid, and rarely busy because we fix the causes of pages.",
            "Most of us work remotely and meet in person once a quarter.",
            "We value clear written communication and asynchronous decisions.",
            "Pairing is common, especially when someone joins the team or touches an unfamiliar system.",
            "We measure what matters to customers and remove features nobody uses.",
            "Our engineers talk to customers directly and help decide what we build next.",
            "We keep our dependencies current and budget time every cycle for maintenance.",
            "Incidents end with a blameless review and an action list that actually gets done.");

    private final long seed;

    /** A generator whose postings are fixed by {@code seed}. */
    PostingGenerator(long seed) {
        this.seed = seed;
    }

    /** The {@code n}-th posting. */
    Posting posting(int n) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        String role = pick(random, ROLES);
        String title = pick(random, LEVELS) + role;
        String form = pick(random, FORMS);
        String employer = pick(random, NAMES) + " " + pick(random, TRADES) + (form.isEmpty() ? "" : " " + form);
        String location = pick(random, LOCATIONS);
        return new Posting(title, employer, "https://jobs.example.org/" + n, location, salary(random),
                description(random, title, employer, location));
    }

    private static String salary(SplittableRandom random) {
        if (random.nextInt(10) == 0) {
            return "Competitive";
        }
        String currency = pick(random, CURRENCIES);
        int low = 40 + 5 * random.nextInt(17);
        int high = low + 10 + 5 * random.nextInt(5);
        return currency + low + ",000 – " + currency + high + ",000 per year";
    }

    private static String description(SplittableRandom random, String title, String employer, String location) {
        int target = 3_000 + random.nextInt(2_001);
        String domain = pick(random, DOMAINS);
        StringBuilder text = new StringBuilder();
        text.append("About ").append(employer).append("\n\n")
                .append(employer).append(" builds ").append(pick(random, PRODUCTS)).append(" for ")
                .append(pick(random, CUSTOMERS)).append(" in ").append(domain).append(". We are ")
                .append(40 + random.nextInt(900)).append(" people across ").append(2 + random.nextInt(9))
                .append(" countries, profitable, and growing steadily without chasing hype. ")
                .append("Our customers depend on us every day, so we care about software that is ")
                .append(pick(random, QUALITIES)).append(" and ").append(pick(random, QUALITIES)).append(".\n\n");
        text.append("The role\n\n").append("As a ").append(title).append(" in ").append(location)
                .append(" you will join a team of ").append(4 + random.nextInt(8)).append(" engineers working on ")
                .append(pick(random, THINGS)).append(". You will report to the ").append(pick(random, List.of(
                        "Head of Engineering", "VP of Engineering", "CTO", "Engineering Lead", "Director of Platform")))
                .append(" and work closely with product and design.\n\n");
        text.append("What you will do\n\n");
        bullets(text, 5 + random.nextInt(4), () -> pick(random, VERBS) + " " + pick(random, THINGS)
                + " using " + pick(random, TECH) + " and " + pick(random, TECH) + ", keeping them "
                + pick(random, QUALITIES) + ".");
        text.append("What we are looking for\n\n");
        bullets(text, 5 + random.nextInt(4), () -> requirement(random, domain));
        text.append("Nice to have\n\n");
        bullets(text, 3 + random.nextInt(3), () -> "Experience with " + pick(random, TECH) + " or "
                + pick(random, TECH) + " in production.");
        text.append("What we offer\n\n");
        bullets(text, 4 + random.nextInt(4), () -> {
            String benefit = pick(random, BENEFITS);
            return Character.toUpperCase(benefit.charAt(0)) + benefit.substring(1) + ".";
        });
        text.append("How we work\n\n");
        while (text.length() < target) {
            text.append(pick(random, TEAM_LINES)).append(' ');
        }
        text.append("\n\nTo apply, send your CV and a few lines about a system you are proud of. We reply to every "
                + "application within two weeks and pay for any take-home exercise we ask you to do.");
        return text.toString();
    }

    private static String requirement(SplittableRandom random, String domain) {
        return switch (random.nextInt(4)) {
            case 0 -> (2 + random.nextInt(7)) + "+ years of professional experience with " + pick(random, TECH) + ".";
            case 1 -> "Solid knowledge of " + pick(random, TECH) + ", " + pick(random, TECH) + " and "
                    + pick(random, TECH) + ".";
            case 2 -> "You have shipped and operated " + pick(random, THINGS) + " and know how to keep them "
                    + pick(random, QUALITIES) + ".";
            default -> "Interest in " + domain + " and the problems our customers face; prior industry experience helps.";
        };
    }

    private static void bullets(StringBuilder text, int count, Supplier<String> line) {
        for (int i = 0; i < count; i++) {
            text.append("- ").append(line.get()).append('\n');
        }
        text.append('\n');
    }

    private static String pick(SplittableRandom random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
