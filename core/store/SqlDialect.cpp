#include "store/SqlDialect.h"

namespace tally::detail {

QString SqlDialect::driverName()
{
    return QStringLiteral("QSQLITE");
}

QString SqlDialect::connectOptions()
{
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
}

QStringList SqlDialect::connectionSetup()
{
    return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
            QStringLiteral("PRAGMA foreign_keys=ON")};
}

QString SqlDialect::schemaVersionQuery()
{
    return QStringLiteral("PRAGMA user_version");
}

QString SqlDialect::setSchemaVersion(int version)
{
    return QStringLiteral("PRAGMA user_version=%1").arg(version);
}

} // namespace tally::detail
