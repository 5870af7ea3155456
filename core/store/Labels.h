#pragma once
// The labels table: one sample-level class per annotator per sample. Every edit is
// one audited transaction (store/AuditedEdit.h), so a crash loses no label that
// returned success.
//
// Thread-safety: like Project, use from the thread that opened the project. A Labels
// is free to make (it uses the Project's statement cache).

#include "store/Records.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <utility>
#include <vector>

namespace tally {

class Project;

class Labels
{
    Q_DECLARE_TR_FUNCTIONS(tally::Labels)

public:
    explicit Labels(Project& project) : m_project(project) {}

    // classId 0 clears. Returns the previous class id (0 = none) for undo.
    Result<qint64> setLabel(qint64 sampleId, qint64 annotatorId, qint64 classId);
    // Many labels of one annotator in one transaction (all or nothing), one audit row
    // ("label.many"): each pair is (sample, class; 0 clears). Returns every sample's
    // previous class id (0 = none), in order: given back, they undo the edit.
    Result<std::vector<qint64>>
    setLabels(const std::vector<std::pair<qint64, qint64>>& sampleClasses, qint64 annotatorId);
    qint64 labelOf(qint64 sampleId, qint64 annotatorId) const; // 0 = none
    QList<LabelRecord> labelsOf(qint64 sampleId) const;        // every annotator's
    // The next sample (by id, after afterSampleId, wrapping) that annotatorId has not
    // labelled; background samples are not counted. 0 if none is left.
    qint64 nextUnlabelled(qint64 annotatorId, qint64 afterSampleId) const;
    // className -> annotatorName -> number of samples labelled so.
    QHash<QString, QHash<QString, qint64>> labelCountsByAnnotator() const;
    // Every sample annotatorId labelled: sample id -> class name.
    QHash<qint64, QString> labelNamesBy(qint64 annotatorId) const;
    // Every label of the project (annotator and class names not filled), ordered by
    // sample then annotator. For agreement statistics: one query.
    QList<LabelRecord> allLabels() const;

private:
    // The unknown id that made a label write fail (an empty reason: all exist).
    Error refusal(qint64 sampleId, qint64 annotatorId, qint64 classId) const;

    Project& m_project;
};

} // namespace tally
