// Reviews: a sample's history and the per-sample tallies a status is derived from.
#include "store/Project.h"
#include "store/Reviews.h"
#include "store/StoreSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace tally {

using detail::tr;

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
        return tr("none");
    return names.value(id, tr("class %1").arg(id));
}

QString regionText(const QJsonObject& r, const QHash<qint64, QString>& names)
{
    return tr("%1–%2 s (%3)")
        .arg(r.value(QStringLiteral("start_sec")).toDouble(), 0, 'f', 2)
        .arg(r.value(QStringLiteral("end_sec")).toDouble(), 0, 'f', 2)
        .arg(className(r, names));
}

QString boxText(const QJsonObject& b, const QHash<qint64, QString>& names)
{
    return tr("%1 × %2 px at (%3, %4) (%5)")
        .arg(b.value(QStringLiteral("w")).toDouble(), 0, 'f', 1)
        .arg(b.value(QStringLiteral("h")).toDouble(), 0, 'f', 1)
        .arg(b.value(QStringLiteral("x")).toDouble(), 0, 'f', 1)
        .arg(b.value(QStringLiteral("y")).toDouble(), 0, 'f', 1)
        .arg(className(b, names));
}

QString reviewText(const QJsonObject& r, const QHash<qint64, QString>& names)
{
    const auto kind = parseStoredReviewKind(r.value(QStringLiteral("decision")).toString());
    QString text = kind == ReviewKind::Class    ? tr("decided %1").arg(className(r, names))
                   : kind == ReviewKind::Reject ? tr("rejected")
                                                : tr("sent back");
    const QString reason = r.value(QStringLiteral("reason")).toString();
    return reason.isEmpty() ? text : tr("%1: %2").arg(text, reason);
}

// A one-line "what" for an audit row.
QString describe(const QString& action, const QJsonValue& before, const QJsonValue& after,
                 const QHash<qint64, QString>& names)
{
    if (action == QLatin1String("label"))
        return tr("label %1 → %2").arg(className(before, names), className(after, names));
    if (action == QLatin1String("region.add"))
        return tr("region added %1").arg(regionText(after.toObject(), names));
    if (action == QLatin1String("region.update"))
        return tr("region changed %1 → %2")
            .arg(regionText(before.toObject(), names), regionText(after.toObject(), names));
    if (action == QLatin1String("region.delete"))
        return tr("region deleted %1").arg(regionText(before.toObject(), names));
    if (action == QLatin1String("box.add"))
        return tr("box added %1").arg(boxText(after.toObject(), names));
    if (action == QLatin1String("box.update"))
        return tr("box changed %1 → %2")
            .arg(boxText(before.toObject(), names), boxText(after.toObject(), names));
    if (action == QLatin1String("box.delete"))
        return tr("box deleted %1").arg(boxText(before.toObject(), names));
    if (action == QLatin1String("vote")) {
        if (!after.isObject())
            return tr("vote cleared");
        return after.toObject().value(QStringLiteral("up")).toBool() ? tr("voted up")
                                                                     : tr("voted down");
    }
    if (action == QLatin1String("review"))
        return reviewText(after.toObject(), names);
    if (action == QLatin1String("review.delete"))
        return tr("decision withdrawn (%1)").arg(reviewText(before.toObject(), names));
    return action;
}

} // namespace

QList<HistoryEvent> Reviews::history(qint64 sampleId) const
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

Result<SampleTally> Reviews::tallyOf(qint64 sampleId) const
{
    QSqlDatabase db = m_project.db();
    SampleTally t;
    t.votes = voteCounts(sampleId);
    if (detail::rowExists(statements(), QStringLiteral("samples"), sampleId) != 1)
        return Error{{}, tr("no sample with id %1").arg(sampleId)};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT class_id FROM labels WHERE sample_id = ? ORDER BY annotator_id"));
    q.addBindValue(sampleId);
    if (!q.exec())
        return detail::sqlError(m_project.path(), q.lastError());
    while (q.next())
        t.labelClassIds.append(q.value(0).toLongLong());
    if (const std::optional<ReviewRecord> r = latestReview(sampleId)) {
        t.latestKind = r->kind;
        t.latestClassId = r->classId;
    }
    return t;
}

QHash<qint64, SampleTally> Reviews::tallies() const
{
    QHash<qint64, SampleTally> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, imported_up, imported_down FROM samples")))
        return out;
    while (q.next()) {
        SampleTally& t = out[q.value(0).toLongLong()];
        t.votes.importedUp = q.value(1).toInt();
        t.votes.importedDown = q.value(2).toInt();
    }
    if (q.exec(QStringLiteral(
            "SELECT sample_id, class_id FROM labels ORDER BY sample_id, annotator_id")))
        while (q.next())
            if (auto it = out.find(q.value(0).toLongLong()); it != out.end())
                it->labelClassIds.append(q.value(1).toLongLong());
    if (q.exec(QStringLiteral(
            "SELECT sample_id, SUM(up <> 0), SUM(up = 0) FROM votes GROUP BY sample_id")))
        while (q.next())
            if (auto it = out.find(q.value(0).toLongLong()); it != out.end()) {
                it->votes.up = q.value(1).toInt();
                it->votes.down = q.value(2).toInt();
            }
    // Ordered so that the decision in force (newest by time, then id) comes last.
    if (q.exec(QStringLiteral(
            "SELECT sample_id, decision, class_id FROM reviews ORDER BY sample_id, at, id")))
        while (q.next())
            if (auto it = out.find(q.value(0).toLongLong()); it != out.end()) {
                it->latestKind = parseStoredReviewKind(q.value(1).toString());
                it->latestClassId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
            }
    return out;
}

QList<LabelRecord> Reviews::allLabels() const
{
    QList<LabelRecord> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT sample_id, annotator_id, class_id, at FROM labels ORDER BY "
                              "sample_id, annotator_id")))
        while (q.next()) {
            LabelRecord l;
            l.sampleId = q.value(0).toLongLong();
            l.annotatorId = q.value(1).toLongLong();
            l.classId = q.value(2).toLongLong();
            l.at = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
            out.append(l);
        }
    return out;
}

QList<RegionRecord> Reviews::allRegions() const
{
    QList<RegionRecord> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, sample_id, annotator_id, class_id, start_sec, end_sec, low_hz, high_hz"
            " FROM regions ORDER BY sample_id, annotator_id, start_sec")))
        return out;
    while (q.next()) {
        RegionRecord r;
        r.id = q.value(0).toLongLong();
        r.sampleId = q.value(1).toLongLong();
        r.annotatorId = q.value(2).toLongLong();
        r.classId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
        r.startSec = q.value(4).toDouble();
        r.endSec = q.value(5).toDouble();
        if (!q.value(6).isNull() && !q.value(7).isNull()) {
            r.lowHz = q.value(6).toDouble();
            r.highHz = q.value(7).toDouble();
        }
        out.append(r);
    }
    return out;
}

} // namespace tally
