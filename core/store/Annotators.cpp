#include "store/Annotators.h"

#include "store/AuditedEdit.h"
#include "store/Project.h"
#include "store/StoreSql.h"

#include <QJsonObject>

namespace tally {

namespace {

AnnotatorRecord annotatorFrom(const QSqlQuery& q)
{
    AnnotatorRecord a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.role = parseAnnotatorRole(q.value(2).toString()).value_or(AnnotatorRole::Annotator);
    return a;
}

} // namespace

Result<AnnotatorRecord> Annotators::ensureAnnotator(const QString& name, AnnotatorRole role)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Error{{}, tr("an annotator name cannot be empty")};
    if (auto found = annotator(n))
        return found;
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Result<AnnotatorRecord> {
        QSqlQuery& q =
            e.sql().get(QStringLiteral("INSERT INTO annotators(name, role, created) VALUES (?,?,?)"
                                       " ON CONFLICT(name) DO NOTHING RETURNING id"));
        detail::bindAll(q, {n, annotatorRoleName(role), detail::nowUtc()});
        const qint64 id = e.insertReturningId(q);
        if (id < 0)
            return e.sqlFailure();
        if (id == 0)
            return annotator(n); // another process added it since the lookup above
        e.audit(id, QStringLiteral("annotator.add"), 0, {},
                QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("name"), n},
                            {QStringLiteral("role"), annotatorRoleName(role)}});
        return AnnotatorRecord{id, n, role};
    });
}

Result<AnnotatorRecord> Annotators::annotator(const QString& name) const
{
    QSqlQuery& q = m_project.statements().get(
        QStringLiteral("SELECT id, name, role FROM annotators WHERE name = ?"));
    q.bindValue(0, name.trimmed());
    if (!q.exec())
        return detail::sqlError(m_project.path(), q.lastError());
    if (!q.next())
        return Error{{}, tr("no annotator named “%1”").arg(name.trimmed())};
    AnnotatorRecord a = annotatorFrom(q);
    q.finish();
    return a;
}

std::vector<AnnotatorRecord> Annotators::annotators() const
{
    std::vector<AnnotatorRecord> out;
    QSqlQuery q(m_project.db());
    if (q.exec(QStringLiteral("SELECT id, name, role FROM annotators ORDER BY name")))
        while (q.next())
            out.push_back(annotatorFrom(q));
    return out;
}

Status Annotators::setAnnotatorRole(qint64 annotatorId, AnnotatorRole role)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        QSqlQuery& sel = e.sql().get(QStringLiteral("SELECT role FROM annotators WHERE id = ?"));
        sel.bindValue(0, annotatorId);
        if (!e.run(sel))
            return e.sqlFailure();
        if (!sel.next())
            return Error{{}, tr("no annotator with id %1").arg(annotatorId)};
        const QString before = sel.value(0).toString();
        sel.finish();
        QSqlQuery& q = e.sql().get(QStringLiteral("UPDATE annotators SET role = ? WHERE id = ?"));
        detail::bindAll(q, {annotatorRoleName(role), annotatorId});
        if (!e.run(q))
            return e.sqlFailure();
        e.audit(annotatorId, QStringLiteral("annotator.role"), 0,
                QJsonObject{{QStringLiteral("role"), before}},
                QJsonObject{{QStringLiteral("role"), annotatorRoleName(role)}});
        return {};
    });
}

} // namespace tally
