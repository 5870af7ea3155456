// Annotations: time regions (optional frequency band) of a sample, per annotator.
#include "store/Annotations.h"
#include "store/Project.h"
#include "store/StoreSql.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace tally {

using detail::StatementCache;
using detail::tr;
using detail::WriteTransaction;

namespace {

const QString kRegionSelect = QStringLiteral(
    "SELECT r.id, r.sample_id, r.annotator_id, a.name, r.class_id, c.name, r.start_sec,"
    " r.end_sec, r.low_hz, r.high_hz FROM regions r"
    " JOIN annotators a ON a.id = r.annotator_id LEFT JOIN classes c ON c.id = r.class_id ");

RegionRecord regionFrom(const QSqlQuery& q)
{
    RegionRecord r;
    r.id = q.value(0).toLongLong();
    r.sampleId = q.value(1).toLongLong();
    r.annotatorId = q.value(2).toLongLong();
    r.annotatorName = q.value(3).toString();
    r.classId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    r.className = q.value(5).toString();
    r.startSec = q.value(6).toDouble();
    r.endSec = q.value(7).toDouble();
    if (!q.value(8).isNull() && !q.value(9).isNull()) {
        r.lowHz = q.value(8).toDouble();
        r.highHz = q.value(9).toDouble();
    }
    return r;
}

QJsonObject regionJson(const RegionRecord& r)
{
    QJsonObject o{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("sample_id"), r.sampleId},
        {QStringLiteral("annotator_id"), r.annotatorId},
        {QStringLiteral("class_id"), r.classId > 0 ? QJsonValue(r.classId) : QJsonValue()},
        {QStringLiteral("start_sec"), r.startSec},
        {QStringLiteral("end_sec"), r.endSec}};
    if (r.hasBand()) {
        o.insert(QStringLiteral("low_hz"), *r.lowHz);
        o.insert(QStringLiteral("high_hz"), *r.highHz);
    }
    return o;
}

QJsonArray regionsJson(const QList<RegionRecord>& list)
{
    QJsonArray a;
    for (const RegionRecord& r : list)
        a.append(regionJson(r));
    return a;
}

// The times and band of r, or the reason they are refused. Units: seconds, Hz.
Status checkShape(const RegionRecord& r)
{
    if (!std::isfinite(r.startSec) || !std::isfinite(r.endSec) || r.startSec < 0.0)
        return Error{{}, tr("a region must start at 0 s or later (start %1 s)").arg(r.startSec)};
    if (!(r.endSec > r.startSec))
        return Error{{},
                     tr("a region must end after it starts (start %1 s, end %2 s)")
                         .arg(r.startSec)
                         .arg(r.endSec)};
    if (r.lowHz.has_value() != r.highHz.has_value())
        return Error{{}, tr("a frequency band needs both a low and a high edge")};
    if (r.hasBand()) {
        const double lo = *r.lowHz;
        const double hi = *r.highHz;
        if (!std::isfinite(lo) || !std::isfinite(hi) || lo < 0.0 || !(lo < hi))
            return Error{{},
                         tr("a frequency band must have 0 ≤ low < high (low %1 Hz, high %2 Hz)")
                             .arg(lo)
                             .arg(hi)};
    }
    return {};
}

// Inserts r (with its id when > 0) inside the caller's transaction; returns the id or 0.
qint64 insertRegion(StatementCache& c, const RegionRecord& r, QSqlError* err)
{
    QSqlQuery& q = c.get(QStringLiteral(
        "INSERT INTO regions(id, sample_id, annotator_id, class_id, start_sec, end_sec, low_hz,"
        " high_hz, at) VALUES (?,?,?,?,?,?,?,?,?)"));
    const QVariant noReal(QMetaType(QMetaType::Double));
    q.bindValue(0, detail::idOrNull(r.id));
    q.bindValue(1, r.sampleId);
    q.bindValue(2, r.annotatorId);
    q.bindValue(3, detail::idOrNull(r.classId));
    q.bindValue(4, r.startSec);
    q.bindValue(5, r.endSec);
    q.bindValue(6, r.hasBand() ? QVariant(*r.lowHz) : noReal);
    q.bindValue(7, r.hasBand() ? QVariant(*r.highHz) : noReal);
    q.bindValue(8, detail::nowUtc());
    if (!detail::run(q, err))
        return 0;
    return q.lastInsertId().toLongLong();
}

} // namespace

Result<qint64> Annotations::addRegion(const RegionRecord& r)
{
    if (Status s = checkShape(r); !s)
        return s.error();
    StatementCache& c = statements();
    WriteTransaction t(c);
    if (!t.began())
        return detail::sqlError(m_project.path(), t.lastError());
    if (Status s = detail::checkIds(c, r.sampleId, r.annotatorId, r.classId); !s)
        return s.error();
    if (r.id > 0 && detail::rowExists(c, QStringLiteral("regions"), r.id) == 1)
        return Error{{}, tr("a region with id %1 already exists").arg(r.id)};
    QSqlError err;
    RegionRecord stored = r;
    stored.id = insertRegion(c, r, &err);
    if (stored.id == 0 ||
        !detail::writeAudit(c, r.annotatorId, QStringLiteral("region.add"), r.sampleId, {},
                            regionJson(stored), &err) ||
        !t.commit())
        return detail::writeError(m_project.path(), err, t);
    return stored.id;
}

Status Annotations::updateRegion(const RegionRecord& r)
{
    if (Status s = checkShape(r); !s)
        return s.error();
    StatementCache& c = statements();
    WriteTransaction t(c);
    if (!t.began())
        return detail::sqlError(m_project.path(), t.lastError());
    auto before = region(r.id);
    if (!before)
        return before.error();
    RegionRecord after = r;
    after.sampleId = before.value().sampleId;
    after.annotatorId = before.value().annotatorId;
    if (Status s = detail::checkClassId(c, after.classId); !s)
        return s.error();
    QSqlQuery& q = c.get(QStringLiteral(
        "UPDATE regions SET class_id = ?, start_sec = ?, end_sec = ?, low_hz = ?, high_hz = ?,"
        " at = ? WHERE id = ?"));
    const QVariant noReal(QMetaType(QMetaType::Double));
    q.bindValue(0, detail::idOrNull(after.classId));
    q.bindValue(1, after.startSec);
    q.bindValue(2, after.endSec);
    q.bindValue(3, after.hasBand() ? QVariant(*after.lowHz) : noReal);
    q.bindValue(4, after.hasBand() ? QVariant(*after.highHz) : noReal);
    q.bindValue(5, detail::nowUtc());
    q.bindValue(6, after.id);
    QSqlError err;
    if (!detail::run(q, &err) ||
        !detail::writeAudit(c, after.annotatorId, QStringLiteral("region.update"), after.sampleId,
                            regionJson(before.value()), regionJson(after), &err) ||
        !t.commit())
        return detail::writeError(m_project.path(), err, t);
    return {};
}

Status Annotations::deleteRegion(qint64 regionId, qint64 byAnnotatorId)
{
    StatementCache& c = statements();
    WriteTransaction t(c);
    if (!t.began())
        return detail::sqlError(m_project.path(), t.lastError());
    auto before = region(regionId);
    if (!before)
        return before.error();
    QSqlQuery& q = c.get(QStringLiteral("DELETE FROM regions WHERE id = ?"));
    q.bindValue(0, regionId);
    QSqlError err;
    const qint64 who = byAnnotatorId > 0 ? byAnnotatorId : before.value().annotatorId;
    if (!detail::run(q, &err) ||
        !detail::writeAudit(c, who, QStringLiteral("region.delete"), before.value().sampleId,
                            regionJson(before.value()), {}, &err) ||
        !t.commit())
        return detail::writeError(m_project.path(), err, t);
    return {};
}

Result<RegionRecord> Annotations::region(qint64 regionId) const
{
    QSqlQuery& q = statements().get(kRegionSelect + QStringLiteral("WHERE r.id = ?"));
    q.bindValue(0, regionId);
    if (!q.exec())
        return detail::sqlError(m_project.path(), q.lastError());
    if (!q.next())
        return Error{{}, tr("no region with id %1").arg(regionId)};
    RegionRecord r = regionFrom(q);
    q.finish();
    return r;
}

QList<RegionRecord> Annotations::regionsOf(qint64 sampleId) const
{
    QList<RegionRecord> out;
    QSqlQuery& q = statements().get(
        kRegionSelect + QStringLiteral("WHERE r.sample_id = ? ORDER BY r.start_sec, r.id"));
    q.bindValue(0, sampleId);
    if (q.exec())
        while (q.next())
            out.append(regionFrom(q));
    q.finish();
    return out;
}

QList<RegionRecord> Annotations::regionsOf(qint64 sampleId, qint64 annotatorId) const
{
    QList<RegionRecord> out;
    QSqlQuery& q = statements().get(
        kRegionSelect +
        QStringLiteral("WHERE r.sample_id = ? AND r.annotator_id = ? ORDER BY r.start_sec, r.id"));
    q.bindValue(0, sampleId);
    q.bindValue(1, annotatorId);
    if (q.exec())
        while (q.next())
            out.append(regionFrom(q));
    q.finish();
    return out;
}

// All regions are checked before anything is written; the new ones get new ids.
Status Annotations::replaceRegions(qint64 sampleId, qint64 annotatorId,
                                   const QList<RegionRecord>& regions)
{
    QList<RegionRecord> fresh = regions;
    for (RegionRecord& r : fresh) {
        r.id = 0;
        r.sampleId = sampleId;
        r.annotatorId = annotatorId;
        if (Status s = checkShape(r); !s)
            return s.error();
    }
    StatementCache& c = statements();
    WriteTransaction t(c);
    if (!t.began())
        return detail::sqlError(m_project.path(), t.lastError());
    if (Status s = detail::checkIds(c, sampleId, annotatorId, 0); !s)
        return s.error();
    for (const RegionRecord& r : fresh) {
        if (Status s = detail::checkClassId(c, r.classId); !s)
            return s.error();
    }
    const QList<RegionRecord> before = regionsOf(sampleId, annotatorId);
    QSqlQuery& del =
        c.get(QStringLiteral("DELETE FROM regions WHERE sample_id = ? AND annotator_id = ?"));
    del.bindValue(0, sampleId);
    del.bindValue(1, annotatorId);
    QSqlError err;
    if (!detail::run(del, &err))
        return detail::sqlError(m_project.path(), err);
    for (RegionRecord& r : fresh) {
        if ((r.id = insertRegion(c, r, &err)) == 0)
            return detail::sqlError(m_project.path(), err);
    }
    if (!detail::writeAudit(c, annotatorId, QStringLiteral("region.replace"), sampleId,
                            regionsJson(before), regionsJson(fresh), &err) ||
        !t.commit())
        return detail::writeError(m_project.path(), err, t);
    return {};
}

} // namespace tally
