package io.jobwright.pipeline;

/** Small job boards in the real Greenhouse and Lever shapes, written for the pipeline tests. */
final class Boards {

    /** Three postings: one matching all six of the test resume's skills, one matching two, one none. */
    static final String ACME_GREENHOUSE = """
            {"jobs": [
              {"id": 101, "title": "Backend Engineer", "company_name": "Acme Logistics",
               "absolute_url": "https://boards.greenhouse.io/acme/jobs/101", "location": {"name": "Leeds, United Kingdom"},
               "first_published": "2026-11-20T09:00:00Z",
               "content": "&lt;p&gt;Build REST services in Java on PostgreSQL and Kafka, shipped with Docker on Linux.&lt;/p&gt;"},
              {"id": 102, "title": "Data Engineer", "company_name": "Acme Logistics",
               "absolute_url": "https://boards.greenhouse.io/acme/jobs/102", "location": {"name": "Leeds, United Kingdom"},
               "first_published": "2026-11-21T09:00:00Z",
               "content": "&lt;p&gt;Stream events with Kafka and write Java batch jobs.&lt;/p&gt;"},
              {"id": 103, "title": "Office Manager", "company_name": "Acme Logistics",
               "absolute_url": "https://boards.greenhouse.io/acme/jobs/103", "location": {"name": "Leeds, United Kingdom"},
               "first_published": "2026-11-22T09:00:00Z", "content": "&lt;p&gt;Run the office and the front desk.&lt;/p&gt;"}
            ], "meta": {"total": 3}}
            """;

    /** Two postings: one matching four of the resume's skills, one none. */
    static final String GLOBEX_LEVER = """
            [{"id": "gx-1", "text": "Platform Engineer", "hostedUrl": "https://jobs.lever.co/globex/gx-1",
              "categories": {"location": "Manchester", "commitment": "Full-time"}, "country": "GB",
              "createdAt": 1795000000000, "descriptionPlain": "Run Java and PostgreSQL platforms with Docker on Linux.",
              "description": "<p>Run Java and PostgreSQL platforms with Docker on Linux.</p>", "lists": []},
             {"id": "gx-2", "text": "Sales Lead", "hostedUrl": "https://jobs.lever.co/globex/gx-2",
              "categories": {"location": "Manchester"}, "country": "GB", "createdAt": 1795000000000,
              "descriptionPlain": "Grow our accounts.", "description": "<p>Grow our accounts.</p>", "lists": []}]
            """;

    /** A Greenhouse board with {@code count} postings whose titles and descriptions differ. */
    static String greenhouse(String company, int count) {
        StringBuilder out = new StringBuilder("{\"jobs\": [");
        for (int i = 1; i <= count; i++) {
            if (i > 1) {
                out.append(',');
            }
            out.append("{\"id\": ").append(1000 + i).append(", \"title\": \"Engineer ").append(i)
                    .append("\", \"company_name\": \"").append(company).append("\", \"absolute_url\": ")
                    .append("\"https://boards.greenhouse.io/").append(company.toLowerCase()).append("/jobs/")
                    .append(1000 + i).append("\", \"location\": {\"name\": \"Leeds, United Kingdom\"}, ")
                    .append("\"content\": \"&lt;p&gt;Java services, number ").append(i).append(".&lt;/p&gt;\"}");
        }
        return out.append("]}").toString();
    }

    private Boards() {
    }
}
