#pragma once
// Internal to core/store: the one place for SQL that only SQLite understands. Every
// other statement of the store is written in SQL that SQLite (3.40) and PostgreSQL both
// run: `INSERT ... ON CONFLICT ... DO NOTHING / DO UPDATE`, `INSERT ... RETURNING id`
// instead of the driver's last-insert id, `IS NOT DISTINCT FROM` for a NULL-safe
// comparison, `COALESCE(SUM(...), 0)`, `CASE` instead of summing booleans. The schema
// (store/Schema.cpp) is SQLite DDL; a PostgreSQL backend brings its own migrations and
// its own answers here.

#include <QString>
#include <QStringList>

namespace tally::detail {

class SqlDialect
{
public:
    // The QtSql driver of a project file.
    static QString driverName();
    // QSqlDatabase::setConnectOptions() for a project connection (the busy timeout).
    static QString connectOptions();
    // Statements run once on every new connection (WAL, synchronous, foreign keys).
    static QStringList connectionSetup();
    // A select of one row, one column: the schema version of the open database.
    static QString schemaVersionQuery();
    // The statement that records schema version `version` (inside the migration).
    static QString setSchemaVersion(int version);
};

} // namespace tally::detail
