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
    // cache_size: 64 MB of pages (the default 2 MB makes a pass that writes a million
    // rows re-read and spill the same index pages over and over); the cache grows only
    // as pages are used, so a small project never holds it.
    return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
            QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA cache_size=-65536")};
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
