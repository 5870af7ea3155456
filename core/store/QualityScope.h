#pragma once
// Indexed look-ups for a quality run scoped to a few samples (core/quality/QualityRunner.h
// QualityRunOptions::scope: the samples an import just added). Each answers from one
// index (samples' primary key, samples_hash, samples_group_split), so the cost follows
// the scope, not the size of the project.
//
// Thread-safety: like Project, use from the thread that opened the project.

#include "store/SampleScan.h"
#include "util/Result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace tally {

class Project;

// fn(record, split, "") for each of ids that names a sample, in the order given (ids
// without a sample are passed over). Stops at a database error and returns it.
Status forSamplesOf(Project& project, const QList<qint64>& ids, const SampleVisitor& fn);
// Samples whose content hash is `hash`, in id order (empty hash: none).
QList<qint64> samplesWithHash(Project& project, const QString& hash);
// Split -> the first sample (lowest id) of group `group` in that split; samples without
// a split are not counted.
QMap<QString, qint64> firstOfGroupBySplit(Project& project, const QString& group);

} // namespace tally
