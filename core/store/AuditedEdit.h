#pragma once
// Internal to core/store: "an audited edit in one short transaction", the one shape
// every write of the store takes.
//
//   return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Result<qint64> {
//       QSqlQuery& q = e.sql().get(...);            // check, then write
//       if (!e.run(q)) return e.sqlFailure();
//       e.audit(who, QStringLiteral("thing.add"), sampleId, {}, after);
//       return id;
//   });
//
// auditedEdit() begins the project's write transaction (BEGIN IMMEDIATE, store/StoreSql.h
// WriteTransaction), runs the body, and when the body succeeds writes the one audit row
// the body described (none if it described none: an edit that changed nothing, or a
// write that is not audited, such as an import) and commits. When the body fails, or
// beginning, the audit row or the commit fails, everything is rolled back and the error
// is returned: the body's own, or Error{project path, the database's reason}.
//
// Thread-safety: like Project, use from the thread that opened the project.

#include "store/Project.h"
#include "store/StoreSql.h"

#include <QJsonValue>
#include <optional>
#include <type_traits>

namespace tally::detail {

// What the body of an audited edit works with, inside the transaction.
class AuditedEdit
{
public:
    explicit AuditedEdit(Project& project) : m_project(project) {}

    StatementCache& sql() { return m_project.statements(); }
    Project& project() { return m_project; }

    // Runs q (already bound); keeps its error on failure.
    bool run(QSqlQuery& q) { return detail::run(q, &m_error); }
    // insertReturningId() on q (the new id, 0 for nothing inserted, -1 on error).
    qint64 insertReturningId(QSqlQuery& q) { return detail::insertReturningId(q, &m_error); }
    // The error for a failed statement: the project's path and the database's reason.
    Error sqlFailure() const { return Error{m_project.path(), m_error.text()}; }
    QSqlError& lastError() { return m_error; }

    // Describes the edit's audit row (annotatorId / sampleId 0 = none); a later call
    // replaces an earlier one. Written by auditedEdit() after the body succeeded.
    void audit(qint64 annotatorId, const QString& action, qint64 sampleId, const QJsonValue& before,
               const QJsonValue& after);

    // Writes the described audit row, if any (auditedEdit() calls it).
    bool writeAuditRow();

private:
    struct Row
    {
        qint64 annotatorId = 0;
        QString action;
        qint64 sampleId = 0;
        QJsonValue before;
        QJsonValue after;
    };
    Project& m_project;
    QSqlError m_error;
    std::optional<Row> m_row;
};

// Runs body(AuditedEdit&) — which returns a Status or a Result<T> — as described above.
template <class F> auto auditedEdit(Project& project, F&& body)
{
    using R = std::invoke_result_t<F, AuditedEdit&>;
    WriteTransaction t(project.statements());
    if (!t.began())
        return R(sqlError(project.path(), t.lastError()));
    AuditedEdit e(project);
    R result = body(e);
    if (!result)
        return result; // t rolls back
    if (!e.writeAuditRow() || !t.commit())
        return R(writeError(project.path(), e.lastError(), t));
    return result;
}

} // namespace tally::detail
