#pragma once
// The regions table: time ranges (optional frequency band) of a sample with a class, by
// one annotator. Every edit is one audited transaction (store/AuditedEdit.h); rows are
// bound and audited like boxes (store/ShapeRows.h). Units: seconds, Hz.
//
// Thread-safety: like Project, use from the thread that opened the project. A Regions
// is free to make (it uses the Project's statement cache).

#include "store/Records.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace tally {

class Project;

class Regions
{
    Q_DECLARE_TR_FUNCTIONS(tally::Regions)

public:
    explicit Regions(Project& project) : m_project(project) {}

    // Inserts r (r.id == 0: a new id; r.id > 0: re-inserts with that id, for redo/undo).
    Result<qint64> addRegion(const RegionRecord& r);
    Status updateRegion(const RegionRecord& r); // times, band, class of r.id
    Status deleteRegion(qint64 regionId, qint64 byAnnotatorId = 0);
    Result<RegionRecord> region(qint64 regionId) const;
    QList<RegionRecord> regionsOf(qint64 sampleId) const; // ordered by start
    QList<RegionRecord> regionsOf(qint64 sampleId, qint64 annotatorId) const;
    // Replaces annotatorId's regions of sampleId by `regions` in one transaction.
    Status replaceRegions(qint64 sampleId, qint64 annotatorId, const QList<RegionRecord>& regions);
    // Every region (names not filled), ordered by sample, annotator, start. For
    // agreement statistics: one query.
    QList<RegionRecord> allRegions() const;

    // The times and band of r, or the reason they are refused.
    static Status checkShape(const RegionRecord& r);

private:
    Project& m_project;
};

} // namespace tally
