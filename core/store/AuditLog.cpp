#include "store/AuditLog.h"

#include "store/Project.h"
#include "store/Reviews.h"
#include "store/StoreSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace tally {

namespace {

QJsonValue parseJson(const QVariant& v)
{
    if (v.isNull())
        return QJsonValue();
    const QJsonDocument d = QJsonDocument::fromJson(v.toString().toUtf8());
    return d.isObject()  ? QJsonValue(d.object())
           : d.isArray() ? QJsonValue(d.array())
                         : QJsonValue();
}

QHash<qint64, QString> classNames(QSqlDatabase db)
{
    QHash<qint64, QString> names;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name FROM classes")))
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

QString className(const QJsonValue& v, const QHash<qint64, QString>& names)
{
    const qint64 id = v.toObject().value(QStringLiteral("class_id")).toInteger();
    if (id <= 0)
        return AuditLog::tr("none");
    return names.value(id, AuditLog::tr("class %1").arg(id));
}

QString regionText(const QJsonObject& r, const QHash<qint64, QString>& names)
{
    return AuditLog::tr("%1–%2 s (%3)")
        .arg(r.value(QStringLiteral("start_sec")).toDouble(), 0, 'f', 2)
        .arg(r.value(QStringLiteral("end_sec")).toDouble(), 0, 'f', 2)
        .arg(className(r, names));
}

QString boxText(const QJsonObject& b, const QHash<qint64, QString>& names)
{
    return AuditLog::tr("%1 × %2 px at (%3, %4) (%5)")
        .arg(b.value(QStringLiteral("w")).toDouble(), 0, 'f', 1)
        .arg(b.value(QStringLiteral("h")).toDouble(), 0, 'f', 1)
        .arg(b.value(QStringLiteral("x")).toDouble(), 0, 'f', 1)
        .arg(b.value(QStringLiteral("y")).toDouble(), 0, 'f', 1)
        .arg(className(b, names));
}

QString reviewText(const QJsonObject& r, const QHash<qint64, QString>& names)
{
    const auto kind = parseStoredReviewKind(r.value(QStringLiteral("decision")).toString());
    QString text = kind == ReviewKind::Class ? AuditLog::tr("decided %1").arg(className(r, names))
                   : kind == ReviewKind::Reject ? AuditLog::tr("rejected")
                                                : AuditLog::tr("sent back");
    const QString reason = r.value(QStringLiteral("reason")).toString();
    return reason.isEmpty() ? text : AuditLog::tr("%1: %2").arg(text, reason);
}

// A one-line "what" for an audit row.
QString describe(const QString& action, const QJsonValue& before, const QJsonValue& after,
                 const QHash<qint64, QString>& names)
{
    if (action == QLatin1String("label"))
        return AuditLog::tr("label %1 → %2").arg(className(before, names), className(after, names));
    if (action == QLatin1String("region.add"))
        return AuditLog::tr("region added %1").arg(regionText(after.toObject(), names));
    if (action == QLatin1String("region.update"))
        return AuditLog::tr("region changed %1 → %2")
            .arg(regionText(before.toObject(), names), regionText(after.toObject(), names));
    if (action == QLatin1String("region.delete"))
        return AuditLog::tr("region deleted %1").arg(regionText(before.toObject(), names));
    if (action == QLatin1String("box.add"))
        return AuditLog::tr("box added %1").arg(boxText(after.toObject(), names));
    if (action == QLatin1String("box.update"))
        return AuditLog::tr("box changed %1 → %2")
            .arg(boxText(before.toObject(), names), boxText(after.toObject(), names));
    if (action == QLatin1String("box.delete"))
        return AuditLog::tr("box deleted %1").arg(boxText(before.toObject(), names));
    if (action == QLatin1String("vote")) {
        if (!after.isObject())
            return AuditLog::tr("vote cleared");
        return after.toObject().value(QStringLiteral("up")).toBool() ? AuditLog::tr("voted up")
                                                                     : AuditLog::tr("voted down");
    }
    if (action == QLatin1String("review"))
        return reviewText(after.toObject(), names);
    if (action == QLatin1String("review.delete"))
        return AuditLog::tr("decision withdrawn (%1)").arg(reviewText(before.toObject(), names));
    return action;
}

} // namespace

QList<HistoryEvent> AuditLog::history(qint64 sampleId) const
{
    QList<HistoryEvent> out;
    QSqlDatabase db = m_project.db();
    QSqlQuery s(db);
    s.prepare(QStringLiteral("SELECT added, source FROM samples WHERE id = ?"));
    s.addBindValue(sampleId);
    if (!s.exec() || !s.next())
        return out;
    HistoryEvent added;
    added.at = QDateTime::fromString(s.value(0).toString(), Qt::ISODateWithMs);
    added.action = QStringLiteral("sample.add");
    added.description = s.value(1).toString().isEmpty()
                            ? tr("added")
                            : tr("added from %1").arg(s.value(1).toString());
    out.append(added);
    s.finish();

    const QHash<qint64, QString> names = classNames(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT au.at, au.annotator_id, a.name, au.action, au.before, au.after FROM audit au"
        " LEFT JOIN annotators a ON a.id = au.annotator_id WHERE au.sample_id = ?"
        " ORDER BY au.at, au.id"));
    q.addBindValue(sampleId);
    if (!q.exec())
        return out;
    while (q.next()) {
        HistoryEvent e;
        e.at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        e.annotatorId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        e.annotatorName = q.value(2).toString();
        e.action = q.value(3).toString();
        e.before = parseJson(q.value(4));
        e.after = parseJson(q.value(5));
        e.description = describe(e.action, e.before, e.after, names);
        out.append(e);
    }
    // A merge may bring in events older than the import here; keep time order.
    std::stable_sort(out.begin(), out.end(),
                     [](const HistoryEvent& a, const HistoryEvent& b) { return a.at < b.at; });
    return out;
}

qint64 AuditLog::rowCount(qint64 sampleId) const
{
    QSqlQuery& q = m_project.statements().get(
        QStringLiteral("SELECT COUNT(*) FROM audit WHERE ? = 0 OR sample_id = ?"));
    q.bindValue(0, sampleId);
    q.bindValue(1, sampleId);
    if (!q.exec() || !q.next())
        return -1;
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

} // namespace tally
