/** The database: pool, migrations, the shared Jdbi handle, and the few SQLite/PostgreSQL differences. */
package io.jobwright.db;
