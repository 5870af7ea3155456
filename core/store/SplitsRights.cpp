// Splits: licence, source, owner and consent of samples, edited in bulk.
#include "store/AuditedEdit.h"
#include "store/Project.h"
#include "store/Splits.h"
#include "store/StoreSql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace tally {

using detail::StatementCache;

namespace {

// The audit's record of the value replaced: value -> samples that had it.
QString keyOf(const QVariant& v)
{
    return v.isNull() ? QStringLiteral("(none)") : v.toString();
}

// Ids listed in an audit row at most (the count is always complete).
constexpr int kAuditIdLimit = 1000;

} // namespace

// column is one of the fixed names below (never user text).
Status Splits::setText(const QList<qint64>& ids, const QString& column, const QVariant& value,
                       const QString& action, qint64 byAnnotatorId)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        StatementCache& c = e.sql();
        QSqlQuery& sel = c.get(QStringLiteral("SELECT %1 FROM samples WHERE id = ?").arg(column));
        QSqlQuery& upd =
            c.get(QStringLiteral("UPDATE samples SET %1 = ? WHERE id = ?").arg(column));
        QJsonObject replaced;
        QJsonArray listed;
        for (qint64 id : ids) {
            sel.bindValue(0, id);
            if (!e.run(sel))
                return e.sqlFailure();
            if (!sel.next()) {
                sel.finish();
                return Error{m_project.path(), tr("no sample with id %1").arg(id)}; // rolls back
            }
            const QString old = keyOf(sel.value(0));
            sel.finish();
            replaced.insert(old, replaced.value(old).toInteger() + 1);
            upd.bindValue(0, value);
            upd.bindValue(1, id);
            if (!e.run(upd))
                return e.sqlFailure();
            if (listed.size() < kAuditIdLimit)
                listed.append(id);
        }
        const QJsonObject after{
            {column, value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value)},
            {QStringLiteral("samples"), qint64(ids.size())},
            {QStringLiteral("ids"), listed}};
        e.audit(byAnnotatorId, action, ids.size() == 1 ? ids.first() : 0,
                QJsonObject{{column, replaced}}, after);
        return {};
    });
}

Status Splits::setLicence(const QList<qint64>& ids, const QString& spdx, qint64 byAnnotatorId)
{
    return setText(ids, QStringLiteral("licence"), detail::textOrNull(spdx.trimmed()),
                   QStringLiteral("licence"), byAnnotatorId);
}

Status Splits::setSource(const QList<qint64>& ids, const QString& source, qint64 byAnnotatorId)
{
    return setText(ids, QStringLiteral("source"), detail::textOrNull(source.trimmed()),
                   QStringLiteral("source"), byAnnotatorId);
}

Status Splits::setOwner(const QList<qint64>& ids, const QString& owner, qint64 byAnnotatorId)
{
    return setText(ids, QStringLiteral("owner"), detail::textOrNull(owner.trimmed()),
                   QStringLiteral("owner"), byAnnotatorId);
}

Status Splits::setConsent(const QList<qint64>& ids, bool consent, qint64 byAnnotatorId)
{
    return setText(ids, QStringLiteral("consent"), QVariant(consent ? 1 : 0),
                   QStringLiteral("consent"), byAnnotatorId);
}

QList<SampleRights> Splits::rights() const
{
    QList<SampleRights> out;
    QSqlQuery& q = statements().get(
        QStringLiteral("SELECT id, licence, source, owner, consent FROM samples ORDER BY id"));
    if (!q.exec())
        return out;
    while (q.next()) {
        SampleRights r;
        r.sampleId = q.value(0).toLongLong();
        r.licence = q.value(1).toString();
        r.source = q.value(2).toString();
        r.owner = q.value(3).toString();
        if (!q.value(4).isNull())
            r.consent = q.value(4).toInt() != 0;
        out.append(r);
    }
    q.finish();
    return out;
}

QMap<QString, qint64> Splits::licenceCounts() const
{
    QMap<QString, qint64> out;
    QSqlQuery& q = statements().get(
        QStringLiteral("SELECT COALESCE(licence, ''), COUNT(*) FROM samples GROUP BY 1"));
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
    return out;
}

QMap<QString, QMap<QString, qint64>> Splits::licenceSourceCounts() const
{
    QMap<QString, QMap<QString, qint64>> out;
    QSqlQuery& q = statements().get(QStringLiteral(
        "SELECT COALESCE(licence, ''), COALESCE(source, ''), COUNT(*) FROM samples GROUP BY 1, 2"));
    if (!q.exec())
        return out;
    while (q.next())
        out[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toLongLong());
    q.finish();
    return out;
}

} // namespace tally
