#pragma once
// Internal to core/store (not part of the store's API): the helpers the repositories
// share — the cache of prepared statements (one per Project, Project::statements()), a
// write transaction that rolls back unless committed, audit rows, inserts that return
// their id, and error values. The audited-edit helper over them is store/AuditedEdit.h.
//
// Thread-safety: a StatementCache belongs to the thread and connection it was made on.

#include "util/Result.h"

#include <QJsonValue>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <map>
#include <memory>

namespace tally::detail {

// Prepared statements keyed by their SQL, prepared once on first use. A select that
// was read must be finish()ed so that no read transaction stays open. The Project owns
// the one cache of its connection, so repositories made per call share what was
// prepared; a statement must not be used re-entrantly (the same SQL while its rows are
// still being read).
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db) : m_db(std::move(db)) {}
    // The prepared query for sql (its lastError() tells if preparing failed).
    QSqlQuery& get(const QString& sql);
    QSqlDatabase& db() { return m_db; }
    // How many statements were prepared so far (each distinct SQL text once).
    int preparedCount() const { return int(m_queries.size()); }

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

// BEGIN IMMEDIATE on construction (so a read-then-write never fails to upgrade while
// another process writes); ROLLBACK on destruction unless commit() succeeded.
class WriteTransaction
{
public:
    explicit WriteTransaction(StatementCache& cache);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool began() const { return m_began; }
    bool commit();
    QSqlError lastError() const { return m_error; }

private:
    StatementCache& m_cache;
    bool m_began = false;
    bool m_done = false;
    QSqlError m_error;
};

// Current UTC time as stored (ISO 8601 with milliseconds).
QString nowUtc();
// id 0 (= none) as SQL NULL.
QVariant idOrNull(qint64 id);
QVariant textOrNull(const QString& s);
// Compact JSON text, or SQL NULL for a null / undefined value.
QVariant jsonOrNull(const QJsonValue& value);

// Appends an audit row (inside the caller's transaction). annotatorId / sampleId 0 = none.
bool writeAudit(StatementCache& cache, qint64 annotatorId, const QString& action, qint64 sampleId,
                const QJsonValue& before, const QJsonValue& after, QSqlError* error);

// Runs q (already bound); on failure stores its error.
bool run(QSqlQuery& q, QSqlError* error);
// Binds values[i] to placeholder i of q (every repository binds rows this way).
void bindAll(QSqlQuery& q, const QVariantList& values);
// Runs q, an INSERT ... RETURNING id (already bound), reads its one row and finishes it:
// the new id, 0 when it inserted nothing (ON CONFLICT DO NOTHING), -1 on error.
qint64 insertReturningId(QSqlQuery& q, QSqlError* error);

inline Error sqlError(const QString& projectPath, const QSqlError& e)
{
    return Error{projectPath, e.text()};
}

// The error of a failed write inside t: the statement's own (err) when it has one,
// else the transaction's (BEGIN or COMMIT failed).
inline Error writeError(const QString& projectPath, const QSqlError& err, const WriteTransaction& t)
{
    return sqlError(projectPath, err.isValid() ? err : t.lastError());
}

// Binds values[0..count) to the prepared select q, runs it and finishes it: 1 if it
// returned a row, 0 if not, -1 on error (then *error, if given, holds it).
int anyRow(QSqlQuery& q, const QVariant* values, int count, QSqlError* error = nullptr);
// 1 if a row with that id exists in table, 0 if not, -1 on error.
int rowExists(StatementCache& cache, const QString& table, qint64 id);
// The sample, the annotator and (when classId != 0) the class exist; otherwise the
// reason ("no sample with id %1", ...). An error while looking counts as not found.
Status checkIds(StatementCache& cache, qint64 sampleId, qint64 annotatorId, qint64 classId);
// classId is 0 (no class) or a class that exists; otherwise the reason.
Status checkClassId(StatementCache& cache, qint64 classId);
// A box's coordinates are finite and its width and height > 0; otherwise the reason.
// Shared by the box edits and the boxes an import stores with its samples.
Status checkBoxShape(double x, double y, double w, double h);

} // namespace tally::detail
