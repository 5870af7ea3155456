#pragma once
// The labelling repositories over a Project (schema version 2): annotators, the
// class catalogue, sample labels and time regions. Every edit is its own short
// transaction and writes an audit row (who, when, what, before, after), so a crash
// loses no edit that returned success.
//
// Thread-safety: like Project, use from the thread that opened the project.
// Errors name the project file (or the thing refused) and the reason.

#include "store/Records.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <memory>
#include <optional>
#include <vector>

namespace tally {

class Project;
namespace detail {
class StatementCache;
}

class Annotations
{
public:
    explicit Annotations(Project& project) : m_project(project) {}

    // --- annotators ---
    // The annotator of that name, created (with role) if missing. Name trimmed, non-empty.
    Result<AnnotatorRecord> ensureAnnotator(const QString& name,
                                            AnnotatorRole role = AnnotatorRole::Annotator);
    Result<AnnotatorRecord> annotator(const QString& name) const;
    std::vector<AnnotatorRecord> annotators() const;
    Status setAnnotatorRole(qint64 annotatorId, AnnotatorRole role);

    // --- classes ---
    std::vector<ClassRecord> classes() const; // ordered by name
    Result<ClassRecord> classByName(const QString& name) const;
    Result<ClassRecord> classById(qint64 id) const;
    // Refuses an empty / all-space name, a duplicate name, or a hotkey already used.
    Result<ClassRecord> addClass(const ClassRecord& cls, qint64 byAnnotatorId = 0);
    // Updates name, hotkey, colour, description of cls.id (same refusals as addClass).
    Status updateClass(const ClassRecord& cls, qint64 byAnnotatorId = 0);
    // Moves every label, region and imported class of `from` to `into`, then deletes
    // `from`. Where an annotator had labelled a sample with both, one label remains.
    Status mergeClass(qint64 fromId, qint64 intoId, qint64 byAnnotatorId = 0);
    // Deletes a class that nothing uses (for undoing an add).
    Status deleteUnusedClass(qint64 classId, qint64 byAnnotatorId = 0);

    // --- sample labels (one per annotator per sample) ---
    // The id of the sample stored under storedPath (Project::toStoredPath form), 0 if
    // none. A prepared lookup, cheap enough to call once per line of a batch.
    qint64 sampleIdByPath(const QString& storedPath) const;
    // classId 0 clears. Returns the previous class id (0 = none) for undo.
    Result<qint64> setLabel(qint64 sampleId, qint64 annotatorId, qint64 classId);
    qint64 labelOf(qint64 sampleId, qint64 annotatorId) const; // 0 = none
    QList<LabelRecord> labelsOf(qint64 sampleId) const;        // every annotator's
    // The next sample (by id, after afterSampleId, wrapping) that annotatorId has not
    // labelled; background samples are not counted. 0 if none is left.
    qint64 nextUnlabelled(qint64 annotatorId, qint64 afterSampleId) const;
    // className -> annotatorName -> number of samples labelled so.
    QHash<QString, QHash<QString, qint64>> labelCountsByAnnotator() const;

    // --- regions ---
    // Inserts r (r.id == 0: a new id; r.id > 0: re-inserts with that id, for redo/undo).
    Result<qint64> addRegion(const RegionRecord& r);
    Status updateRegion(const RegionRecord& r); // times, band, class of r.id
    Status deleteRegion(qint64 regionId, qint64 byAnnotatorId = 0);
    Result<RegionRecord> region(qint64 regionId) const;
    QList<RegionRecord> regionsOf(qint64 sampleId) const; // ordered by start
    QList<RegionRecord> regionsOf(qint64 sampleId, qint64 annotatorId) const;
    // Replaces annotatorId's regions of sampleId by `regions` in one transaction.
    Status replaceRegions(qint64 sampleId, qint64 annotatorId, const QList<RegionRecord>& regions);

    // --- boxes on images (AnnotationsBoxes.cpp) ---
    // Inserts b (b.id == 0: a new id; b.id > 0: re-inserts with that id, for undo/redo).
    // Refuses w or h not > 0, a non-finite coordinate, unknown sample/annotator/class.
    Result<qint64> addBox(const BoxRecord& b);
    Status updateBox(const BoxRecord& b); // x, y, w, h and class of b.id
    Status deleteBox(qint64 boxId, qint64 byAnnotatorId = 0);
    Result<BoxRecord> box(qint64 boxId) const;
    QList<BoxRecord> boxesOf(qint64 sampleId) const; // ordered by id
    QList<BoxRecord> boxesOf(qint64 sampleId, qint64 annotatorId) const;
    QList<BoxRecord> allBoxes() const;                     // ordered by sample, annotator, id
    QHash<qint64, QList<BoxRecord>> boxesBySample() const; // allBoxes() by sample id

    // --- bulk reads and undo support (AnnotationsMerge.cpp) ---
    // Every sample annotatorId labelled: sample id -> class name.
    QHash<qint64, QString> labelNamesBy(qint64 annotatorId) const;
    // What a merge changed, so that it can be undone.
    struct MergeUndo
    {
        ClassRecord from;
        qint64 intoId = 0;
        QList<QPair<qint64, qint64>> labels; // (sample id, annotator id) that had `from`
        QList<qint64> regionIds;
        QList<qint64> boxIds;
        QList<qint64> sampleIds; // samples whose imported class was `from`
    };
    // mergeClass() that also returns what it changed.
    Result<MergeUndo> mergeClassUndoable(qint64 fromId, qint64 intoId, qint64 byAnnotatorId = 0);
    // Re-creates `from` (same id) and gives its labels, regions and samples back, in
    // one transaction.
    Status unmergeClass(const MergeUndo& undo, qint64 byAnnotatorId = 0);

private:
    detail::StatementCache& statements() const;

    Project& m_project;
};

} // namespace tally
