#include "store/Regions.h"

#include "store/AuditedEdit.h"
#include "store/Project.h"
#include "store/ShapeRows.h"
#include "store/StoreSql.h"

#include <QJsonArray>
#include <cmath>

namespace tally {

using Rows = detail::ShapeRows<RegionRecord>;

namespace {

QJsonArray regionsJson(const QList<RegionRecord>& list)
{
    QJsonArray a;
    for (const RegionRecord& r : list)
        a.append(Rows::json(r));
    return a;
}

QList<RegionRecord> readRegions(QSqlQuery& q)
{
    QList<RegionRecord> out;
    if (q.exec())
        while (q.next())
            out.append(Rows::from(q));
    q.finish();
    return out;
}

// Inserts r (with its id when > 0) inside e's transaction; the id, or <= 0 on error.
qint64 insertRegion(detail::AuditedEdit& e, const RegionRecord& r)
{
    QSqlQuery& q = e.sql().get(Rows::insert());
    detail::bindAll(q, detail::insertValues(r, detail::nowUtc()));
    return e.insertReturningId(q);
}

} // namespace

Status Regions::checkShape(const RegionRecord& r)
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

Result<qint64> Regions::addRegion(const RegionRecord& r)
{
    if (Status s = checkShape(r); !s)
        return s.error();
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Result<qint64> {
        if (Status s = detail::checkIds(e.sql(), r.sampleId, r.annotatorId, r.classId); !s)
            return s.error();
        if (r.id > 0 && detail::rowExists(e.sql(), QStringLiteral("regions"), r.id) == 1)
            return Error{{}, tr("a region with id %1 already exists").arg(r.id)};
        RegionRecord stored = r;
        if ((stored.id = insertRegion(e, r)) <= 0)
            return e.sqlFailure();
        e.audit(r.annotatorId, QStringLiteral("region.add"), r.sampleId, {}, Rows::json(stored));
        return stored.id;
    });
}

Status Regions::updateRegion(const RegionRecord& r)
{
    if (Status s = checkShape(r); !s)
        return s.error();
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        auto before = region(r.id);
        if (!before)
            return before.error();
        RegionRecord after = r;
        after.sampleId = before.value().sampleId;
        after.annotatorId = before.value().annotatorId;
        if (Status s = detail::checkClassId(e.sql(), after.classId); !s)
            return s.error();
        QSqlQuery& q = e.sql().get(Rows::update());
        detail::bindAll(q, detail::updateValues(after, detail::nowUtc()));
        if (!e.run(q))
            return e.sqlFailure();
        e.audit(after.annotatorId, QStringLiteral("region.update"), after.sampleId,
                Rows::json(before.value()), Rows::json(after));
        return {};
    });
}

Status Regions::deleteRegion(qint64 regionId, qint64 byAnnotatorId)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        auto before = region(regionId);
        if (!before)
            return before.error();
        QSqlQuery& q = e.sql().get(QStringLiteral("DELETE FROM regions WHERE id = ?"));
        q.bindValue(0, regionId);
        if (!e.run(q))
            return e.sqlFailure();
        const qint64 who = byAnnotatorId > 0 ? byAnnotatorId : before.value().annotatorId;
        e.audit(who, QStringLiteral("region.delete"), before.value().sampleId,
                Rows::json(before.value()), {});
        return {};
    });
}

Result<RegionRecord> Regions::region(qint64 regionId) const
{
    QSqlQuery& q = m_project.statements().get(Rows::select() + QStringLiteral("WHERE r.id = ?"));
    q.bindValue(0, regionId);
    const QList<RegionRecord> found = readRegions(q);
    if (found.isEmpty())
        return Error{{}, tr("no region with id %1").arg(regionId)};
    return found.first();
}

QList<RegionRecord> Regions::regionsOf(qint64 sampleId) const
{
    QSqlQuery& q = m_project.statements().get(
        Rows::select() + QStringLiteral("WHERE r.sample_id = ? ORDER BY r.start_sec, r.id"));
    q.bindValue(0, sampleId);
    return readRegions(q);
}

QList<RegionRecord> Regions::regionsOf(qint64 sampleId, qint64 annotatorId) const
{
    QSqlQuery& q = m_project.statements().get(
        Rows::select() +
        QStringLiteral("WHERE r.sample_id = ? AND r.annotator_id = ? ORDER BY r.start_sec, r.id"));
    q.bindValue(0, sampleId);
    q.bindValue(1, annotatorId);
    return readRegions(q);
}

// All regions are checked before anything is written; the new ones get new ids.
Status Regions::replaceRegions(qint64 sampleId, qint64 annotatorId,
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
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        if (Status s = detail::checkIds(e.sql(), sampleId, annotatorId, 0); !s)
            return s.error();
        for (const RegionRecord& r : fresh) {
            if (Status s = detail::checkClassId(e.sql(), r.classId); !s)
                return s.error();
        }
        const QList<RegionRecord> before = regionsOf(sampleId, annotatorId);
        QSqlQuery& del = e.sql().get(
            QStringLiteral("DELETE FROM regions WHERE sample_id = ? AND annotator_id = ?"));
        del.bindValue(0, sampleId);
        del.bindValue(1, annotatorId);
        if (!e.run(del))
            return e.sqlFailure();
        for (RegionRecord& r : fresh) {
            if ((r.id = insertRegion(e, r)) <= 0)
                return e.sqlFailure();
        }
        e.audit(annotatorId, QStringLiteral("region.replace"), sampleId, regionsJson(before),
                regionsJson(fresh));
        return {};
    });
}

QList<RegionRecord> Regions::allRegions() const
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
