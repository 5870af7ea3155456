#pragma once
// The triage of quality flags by a person: the rules the GUI's Flagged queue
// (app/gui/FlaggedQueue) and tally-cli flags share.
//   keep    every active flag of the given checks on a sample is dismissed (Flags::dismiss,
//           one audited edit per check) with the reason typed, or tr("kept after review")
//           when none was; all or nothing: a failure takes back what was dismissed.
//   reject  a review decision "reject" (store/Reviews) whose reason names the checks:
//           "quality: too-quiet, wrong-length"; who may decide is review/ReviewerRule,
//           asked by the caller.
//   trim    offered for the checks a trim to the loudest second can answer
//           (wrong-length, truncated-event).
// Thread-safety: like Project, use from the thread that opened the project.

#include "store/Flags.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tally {

class Project;

class FlagTriage
{
    Q_DECLARE_TR_FUNCTIONS(tally::FlagTriage)

public:
    // The checks a queue over `check` walks: that one, or every check when empty.
    static QStringList checksFor(const QString& check);
    // The samples with an active flag of `checks`, ascending by id.
    static QList<qint64> flaggedSamples(Project& project, const QStringList& checks);
    // The sample's active flags of `checks`, ordered by check (as `checks` lists them),
    // then by flag id.
    static QList<FlagRecord> activeFlagsOf(Project& project, qint64 sampleId,
                                           const QStringList& checks);
    // The checks named by `flags`, each once, in order.
    static QStringList checksOf(const QList<FlagRecord>& flags);

    static QString defaultKeepReason();
    // Dismisses the sample's active flags of `checks` by the annotator: the ids dismissed
    // (for undoKeep). No active flag is an error naming the project file.
    static Result<QList<qint64>> keep(Project& project, qint64 sampleId, const QStringList& checks,
                                      qint64 annotatorId, const QString& reason);
    // The flags are active again (the GUI's undo of keep).
    static Status undoKeep(Project& project, const QList<qint64>& flagIds, qint64 annotatorId);

    // "quality: too-quiet, wrong-length" (check names are not translated).
    static QString rejectReason(const QStringList& checks);
    // True when one of `checks` is answered by a trim to the loudest second.
    static bool offersTrim(const QStringList& checks);
};

} // namespace tally
