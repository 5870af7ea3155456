#pragma once
// Internal to core/store: rows read straight from SQLite for the whole-project passes at a
// million samples (split, balance, stats, the CSV export). Through QtSql every column of
// every row costs a QVariant and, for text, a QString, and the driver copies each row into
// its own buffer first; on a million rows that per-row cost, not SQLite, was most of the
// time. Here a column is read where SQLite keeps it (sqlite3_column_*), and a text column
// is only turned into a QString when the caller asks for one.
//
// The statements run on the project's own connection (QSqlDriver::handle()), so they see
// and join its transactions; SQL stays in core/store. A PostgreSQL backend has no handle:
// sqliteHandle() returns nullptr and callers fall back to QtSql.
//
// Thread-safety: the thread that opened the project, like Project.

#include "util/Result.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace tally::detail {

// The SQLite connection under db, or nullptr when db is not an open SQLite connection.
sqlite3* sqliteHandle(const QSqlDatabase& db);

class SqliteRows
{
public:
    // Prepares sql on db (ok() tells; errorText() says why not).
    SqliteRows(sqlite3* db, const char* sql);
    ~SqliteRows();
    SqliteRows(const SqliteRows&) = delete;
    SqliteRows& operator=(const SqliteRows&) = delete;

    bool ok() const { return m_stmt != nullptr && !m_failed; }
    QString errorText() const;
    // The error as the store reports it (naming projectPath).
    Error error(const QString& projectPath) const { return Error{projectPath, errorText()}; }

    void bind(int index, qint64 value); // index from 1, as in SQL
    void bind(int index, double value);
    void bindText(int index, QByteArrayView utf8);  // copied by SQLite
    void bindBlob(int index, QByteArrayView bytes); // copied by SQLite
    void bindNull(int index);
    // Steps to the next row: true on a row; false at the end or on an error (ok() false).
    bool next();
    // Runs a statement that returns no rows; false on an error.
    bool run();
    // Rewinds for another run with other bindings.
    void reset();

    qint64 int64(int col) const;
    double real(int col) const;
    bool isNull(int col) const;
    // The text of column col as SQLite holds it (valid until the next step).
    QByteArrayView text(int col) const;
    // The bytes of a BLOB column (valid until the next step; empty for NULL).
    QByteArrayView blob(int col) const;
    // The same as a QString converted the way QtSql converts it (SQLite's UTF-16).
    QString string(int col) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_failed = false;
};

// While it lives, the connection's page cache is small (4 MB). For a pass that reads a
// whole table once: the project's 64 MB cache (SqlDialect::connectionSetup, kept for the
// passes that write a million rows) is filled page by page with freshly allocated
// memory, which on a million samples cost more than the reading (0.3 s of 0.7 s at 1M);
// a small cache reuses its pages, and the file stays in the OS page cache anyway.
// Restores the size it found.
class ReadPassCache
{
public:
    explicit ReadPassCache(sqlite3* db);
    ~ReadPassCache();
    ReadPassCache(const ReadPassCache&) = delete;
    ReadPassCache& operator=(const ReadPassCache&) = delete;

private:
    sqlite3* m_db = nullptr;
    qint64 m_before = 0;
};

} // namespace tally::detail
