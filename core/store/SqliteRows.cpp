#include "store/SqliteRows.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace tally::detail {

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    if (!db.isOpen() || db.driver() == nullptr)
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

SqliteRows::SqliteRows(sqlite3* db, const char* sql) : m_db(db)
{
    if (m_db == nullptr || sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        m_failed = true;
}

SqliteRows::~SqliteRows()
{
    sqlite3_finalize(m_stmt);
}

QString SqliteRows::errorText() const
{
    if (m_db == nullptr)
        return QStringLiteral("not an SQLite connection");
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

void SqliteRows::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteRows::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteRows::bindText(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteRows::bindBlob(int index, QByteArrayView bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.data(), int(bytes.size()), SQLITE_TRANSIENT);
}

void SqliteRows::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteRows::next()
{
    if (!ok())
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_failed = true;
    return false;
}

bool SqliteRows::run()
{
    next();
    return ok();
}

void SqliteRows::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 SqliteRows::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double SqliteRows::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

bool SqliteRows::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

QByteArrayView SqliteRows::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return QByteArrayView(p, p ? sqlite3_column_bytes(m_stmt, col) : 0);
}

QByteArrayView SqliteRows::blob(int col) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, col));
    return QByteArrayView(p, p ? sqlite3_column_bytes(m_stmt, col) : 0);
}

QString SqliteRows::string(int col) const
{
    // UTF-8 as stored (the project's encoding), converted by Qt: its ASCII path is much
    // faster than SQLite's per-character translation to UTF-16.
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    if (p == nullptr)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

ReadPassCache::ReadPassCache(sqlite3* db) : m_db(db)
{
    if (m_db == nullptr)
        return;
    SqliteRows q(m_db, "PRAGMA cache_size");
    if (!q.next()) {
        m_db = nullptr;
        return;
    }
    m_before = q.int64(0);
    if (m_before >= 0 || m_before < -4096) // positive: pages; negative: KiB
        sqlite3_exec(m_db, "PRAGMA cache_size=-4096", nullptr, nullptr, nullptr);
    else
        m_db = nullptr; // already small
}

ReadPassCache::~ReadPassCache()
{
    if (m_db == nullptr)
        return;
    const QByteArray sql = "PRAGMA cache_size=" + QByteArray::number(m_before);
    sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
}

} // namespace tally::detail
