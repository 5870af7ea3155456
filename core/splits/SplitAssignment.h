#pragma once
// Computing the splits of a whole project for a SplitMethod, shared by `tally-cli
// split` and the GUI's Split dialog so both assign exactly the same way:
//   speech-commands  TensorFlow's which_set on each sample's stored path
//                    (splits/SpeechCommandsSplit.h)
//   grouped          GroupedSplit over the groups of method.groupKey ("speaker" /
//                    "group" = samples.group_key, else a metadata key)
//   chronological    within each sensor run (store/SeriesTrends.h) the earliest snapshots
//                    train, the next validate, the latest test; other samples get none
// Only samples with an effective class get a split; every other sample maps to ""
// (setSplits() then clears any split it had).
//
// Thread-safety: reads the project on the calling thread.

#include "util/Result.h"

#include <QHash>
#include <QMap>
#include <QString>

namespace tally {

class Project;
class Splits;
struct SplitMethod;

// Whether a group key means samples.group_key rather than a metadata key.
bool isSpeakerGroupKey(const QString& key);
// Sample id -> group for the key (empty key: samples.group_key).
QHash<qint64, QString> splitGroupsFor(const Splits& splits, const QString& key);
// Sample id -> split name ("" for samples without a class) for every sample.
QHash<qint64, QString> assignSplits(Project& project, const QHash<qint64, QString>& classOf,
                                    const SplitMethod& method, const Splits& splits);
// The same with the default classes (effectiveClasses()); for speech-commands in one
// streamed pass without building the class hash.
QHash<qint64, QString> assignSplits(Project& project, const SplitMethod& method,
                                    const Splits& splits);
// Assigns the splits of method and stores them (Splits::setSplits: one transaction, one
// audit row, only changed rows written). speech-commands is computed by the database
// from each stored path (Splits::setSplitsByPath) without holding the samples; grouped
// through assignSplits(). *changed: the samples written.
Status applySplitMethod(Project& project, const SplitMethod& method, Splits& splits,
                        qint64 byAnnotatorId = 0, qint64* changed = nullptr);
// Effective class -> stored split ("" = none) -> samples, over the samples that have an
// effective class (splits/EffectiveClass.h): what Splits::countsByClassAndSplit gives
// for effectiveClasses() and the stored splits, in one streamed pass.
QMap<QString, QMap<QString, qint64>> classSplitCounts(Project& project);

} // namespace tally
