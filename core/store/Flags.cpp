#include "store/Flags.h"

#include "store/AuditedEdit.h"
#include "store/Project.h"
#include "store/StoreSql.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tally {

namespace {

const QString kFlagSelect = QStringLiteral(
    "SELECT f.id, f.sample_id, s.path, f.check_name, f.value, f.threshold, f.other_sample_id,"
    " o.path, f.detail, f.check_version, f.at, f.cleared_at, f.dismissed_at, f.dismissed_by,"
    " a.name, f.dismiss_reason"
    " FROM flags f JOIN samples s ON s.id = f.sample_id"
    " LEFT JOIN samples o ON o.id = f.other_sample_id"
    " LEFT JOIN annotators a ON a.id = f.dismissed_by ");

QDateTime timeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

FlagRecord flagFrom(const QSqlQuery& q)
{
    FlagRecord r;
    r.id = q.value(0).toLongLong();
    r.sampleId = q.value(1).toLongLong();
    r.samplePath = q.value(2).toString();
    r.check = q.value(3).toString();
    r.value = q.value(4).toDouble();
    r.threshold = q.value(5).toDouble();
    r.otherSampleId = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
    r.otherPath = q.value(7).toString();
    r.detail = q.value(8).toString();
    r.checkVersion = q.value(9).toInt();
    r.at = timeOf(q.value(10));
    r.clearedAt = timeOf(q.value(11));
    r.dismissedAt = timeOf(q.value(12));
    r.dismissedBy = q.value(13).isNull() ? 0 : q.value(13).toLongLong();
    r.dismissedByName = q.value(14).toString();
    r.dismissReason = q.value(15).toString();
    return r;
}

QList<FlagRecord> readFlags(Project& project, const QString& where, const QVariantList& binds)
{
    QSqlQuery& q = project.statements().get(kFlagSelect + where);
    detail::bindAll(q, binds);
    QList<FlagRecord> out;
    if (q.exec())
        while (q.next())
            out << flagFrom(q);
    q.finish();
    return out;
}

QString keyOf(qint64 sampleId, const QString& check, qint64 other)
{
    return QStringLiteral("%1|%2|%3").arg(sampleId).arg(check).arg(other);
}

bool involves(const QSet<qint64>* scope, qint64 sampleId, qint64 otherId)
{
    return !scope || scope->contains(sampleId) || (otherId != 0 && scope->contains(otherId));
}

// Open rows of `checks` (scope given: those naming a scoped sample): key -> id.
bool openRows(detail::AuditedEdit& e, const QStringList& checks, const QSet<qint64>* scope,
              QHash<QString, qint64>* rows)
{
    QSqlQuery& q =
        e.sql().get(QStringLiteral("SELECT id, sample_id, check_name, other_sample_id FROM flags"
                                   " WHERE cleared_at IS NULL AND check_name = ?"));
    for (const QString& c : checks) {
        detail::bindAll(q, {c});
        if (!e.run(q))
            return false;
        while (q.next()) {
            const qint64 sample = q.value(1).toLongLong();
            const qint64 other = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
            if (involves(scope, sample, other))
                rows->insert(keyOf(sample, q.value(2).toString(), other), q.value(0).toLongLong());
        }
        q.finish();
    }
    return true;
}

} // namespace

Status Flags::replace(const QStringList& checks, const std::vector<FoundFlag>& found,
                      qint64 byAnnotatorId, FlagsDelta* delta, const QSet<qint64>* scope)
{
    FlagsDelta d;
    const Status s = detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        QHash<QString, qint64> open;
        if (!openRows(e, checks, scope, &open))
            return e.sqlFailure();
        const QString now = detail::nowUtc();
        QSqlQuery& upd = e.sql().get(QStringLiteral("UPDATE flags SET value = ?, threshold = ?, "
                                                    "detail = ?, check_version = ? WHERE id = ?"));
        QSqlQuery& ins = e.sql().get(QStringLiteral(
            "INSERT INTO flags(sample_id, check_name, value, threshold,"
            " other_sample_id, detail, check_version, at) VALUES (?,?,?,?,?,?,?,?)"));
        for (const FoundFlag& f : found) {
            if (!involves(scope, f.sampleId, f.otherSampleId))
                continue;
            const QString key = keyOf(f.sampleId, f.check, f.otherSampleId);
            const auto it = open.constFind(key);
            QSqlQuery& q = it != open.cend() ? upd : ins;
            if (it != open.cend()) {
                detail::bindAll(q, {f.value, f.threshold, detail::textOrNull(f.detail),
                                    f.checkVersion, it.value()});
                open.remove(key);
                ++d.kept;
            } else {
                detail::bindAll(q, {f.sampleId, f.check, f.value, f.threshold,
                                    detail::idOrNull(f.otherSampleId), detail::textOrNull(f.detail),
                                    f.checkVersion, now});
                ++d.added;
            }
            if (!e.run(q))
                return e.sqlFailure();
        }
        QSqlQuery& clr =
            e.sql().get(QStringLiteral("UPDATE flags SET cleared_at = ? WHERE id = ?"));
        for (const qint64 id : std::as_const(open)) {
            detail::bindAll(clr, {now, id});
            if (!e.run(clr))
                return e.sqlFailure();
            ++d.cleared;
        }
        QJsonObject after{{QStringLiteral("checks"), QJsonArray::fromStringList(checks)},
                          {QStringLiteral("found"), qint64(found.size())},
                          {QStringLiteral("added"), d.added},
                          {QStringLiteral("cleared"), d.cleared}};
        if (scope)
            after.insert(QStringLiteral("scope"), qint64(scope->size()));
        e.audit(byAnnotatorId, QStringLiteral("quality.check"), 0, {}, after);
        return {};
    });
    if (s && delta)
        *delta = d;
    return s;
}

Result<QList<qint64>> Flags::dismiss(qint64 sampleId, const QString& check, qint64 annotatorId,
                                     const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error{m_project.path(), tr("a dismissal needs a reason")};
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Result<QList<qint64>> {
        if (Status s = detail::checkIds(e.sql(), sampleId, annotatorId, 0); !s)
            return s.error();
        QSqlQuery& q = e.sql().get(
            QStringLiteral("SELECT id FROM flags WHERE sample_id = ? AND check_name = ?"
                           " AND cleared_at IS NULL AND dismissed_at IS NULL ORDER BY id"));
        detail::bindAll(q, {sampleId, check});
        if (!e.run(q))
            return e.sqlFailure();
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        q.finish();
        if (ids.isEmpty())
            return Error{m_project.path(), tr("the sample has no active “%1” flag").arg(check)};
        QSqlQuery& u = e.sql().get(QStringLiteral("UPDATE flags SET dismissed_at = ?, dismissed_by "
                                                  "= ?, dismiss_reason = ? WHERE id = ?"));
        const QString now = detail::nowUtc();
        QJsonArray idList;
        for (const qint64 id : ids) {
            detail::bindAll(u, {now, annotatorId, reason.trimmed(), id});
            if (!e.run(u))
                return e.sqlFailure();
            idList.append(id);
        }
        e.audit(annotatorId, QStringLiteral("flag.dismiss"), sampleId, {},
                QJsonObject{{QStringLiteral("check"), check},
                            {QStringLiteral("reason"), reason.trimmed()},
                            {QStringLiteral("flags"), idList}});
        return ids;
    });
}

Status Flags::undismiss(qint64 flagId, qint64 byAnnotatorId)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        QSqlQuery& q = e.sql().get(
            QStringLiteral("SELECT sample_id, check_name, dismiss_reason FROM flags WHERE id = ?"
                           " AND dismissed_at IS NOT NULL"));
        detail::bindAll(q, {flagId});
        if (!e.run(q))
            return e.sqlFailure();
        if (!q.next())
            return Error{m_project.path(), tr("no dismissed flag with id %1").arg(flagId)};
        const qint64 sampleId = q.value(0).toLongLong();
        const QJsonObject before{{QStringLiteral("check"), q.value(1).toString()},
                                 {QStringLiteral("reason"), q.value(2).toString()}};
        q.finish();
        QSqlQuery& u = e.sql().get(QStringLiteral("UPDATE flags SET dismissed_at = NULL,"
                                                  " dismissed_by = NULL, dismiss_reason = NULL"
                                                  " WHERE id = ?"));
        detail::bindAll(u, {flagId});
        if (!e.run(u))
            return e.sqlFailure();
        e.audit(byAnnotatorId, QStringLiteral("flag.undismiss"), sampleId, before, {});
        return {};
    });
}

QList<FlagRecord> Flags::openFlags(const QString& check) const
{
    if (check.isEmpty())
        return readFlags(m_project,
                         QStringLiteral("WHERE f.cleared_at IS NULL ORDER BY f.sample_id, "
                                        "f.check_name, f.id"),
                         {});
    return readFlags(m_project,
                     QStringLiteral("WHERE f.cleared_at IS NULL AND f.check_name = ?"
                                    " ORDER BY f.sample_id, f.id"),
                     {check});
}

QList<FlagRecord> Flags::history(qint64 sampleId) const
{
    return readFlags(m_project, QStringLiteral("WHERE f.sample_id = ? ORDER BY f.id"), {sampleId});
}

QMap<QString, qint64> Flags::activeCounts() const
{
    QSqlQuery& q = m_project.statements().get(
        QStringLiteral("SELECT check_name, COUNT(*) FROM flags WHERE cleared_at IS NULL"
                       " AND dismissed_at IS NULL GROUP BY check_name"));
    QMap<QString, qint64> out;
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
    return out;
}

QHash<qint64, QString> Flags::activeSamples(const QStringList& checks) const
{
    QSqlQuery& q = m_project.statements().get(
        QStringLiteral("SELECT DISTINCT sample_id FROM flags WHERE cleared_at IS NULL"
                       " AND dismissed_at IS NULL AND check_name = ?"));
    QHash<qint64, QString> out;
    for (const QString& c : checks) {
        detail::bindAll(q, {c});
        if (q.exec())
            while (q.next())
                if (const qint64 id = q.value(0).toLongLong(); !out.contains(id))
                    out.insert(id, c); // the first check listed names the sample
        q.finish();
    }
    return out;
}

Status Flags::setSetting(const QString& key, const QString& value, qint64 byAnnotatorId)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        const QString before = m_project.setting(key);
        QSqlQuery& q =
            e.sql().get(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"
                                       " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        detail::bindAll(q, {key, value});
        if (!e.run(q))
            return e.sqlFailure();
        e.audit(byAnnotatorId, QStringLiteral("quality.setting"), 0,
                QJsonObject{{key, before.isEmpty() ? QJsonValue() : QJsonValue(before)}},
                QJsonObject{{key, value}});
        return {};
    });
}

} // namespace tally
