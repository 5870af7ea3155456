#pragma once
// "Trim to the loudest window": the one rule the GUI and tally-cli share.
//
// For an audio sample and an annotator, the trim is a region [start, end) over the
// window of windowSec seconds with the most energy (audio/LoudestWindow.h), classed
// with that annotator's own label of the sample, else the sample's imported class
// (0 = none). A sample is skipped, with the reason, when
//   - it is no longer than the window (there is nothing to cut away),
//   - the annotator already has a region with exactly these times and no band
//     (the same trim twice adds nothing), or
//   - it is not an audio sample.
// A sample that cannot be read (not in the project, undecodable, no sample rate) is
// an error naming its file; the other samples go on.
//
// Nothing here writes: plan() says what to add and the caller writes it (the GUI
// through its undo stack, tally-cli directly). Seconds come from frames as
// frame / rateHz, so the same file gives bit-identical times on every run, which the
// duplicate rule relies on.
//
// Thread-safety: cut() and trimSignal() are pure (any thread). targetFor() and
// plan(Project&, …) use the project (targetFor() through its repositories), so run them on the
// thread that opened it; planAt() opens its own Project and is meant for a worker thread.

#include "audio/LoudestWindow.h"
#include "store/Records.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace tally {

class Project;
struct SampleRecord;

// The loudest window of a decoded signal, or why there is nothing to cut.
struct LoudestCut
{
    FrameRange range;   // valid when skipReason is empty
    QString skipReason; // translated; empty: cut range
    bool skipped() const { return !skipReason.isEmpty(); }
};

// What the rule needs to know about one sample besides its audio.
struct TrimTarget
{
    qint64 sampleId = 0;
    qint64 annotatorId = 0;
    qint64 classId = 0;           // the annotator's label, else the imported class, else 0
    QList<RegionRecord> existing; // the annotator's regions on the sample (duplicate rule)
};

// The outcome for one decoded sample: a region to add, or the reason it is skipped.
struct TrimOutcome
{
    RegionRecord region; // id 0; valid when skipReason is empty
    FrameRange range;    // the loudest window in frames (valid with region)
    QString skipReason;  // translated; empty: add region
    bool skipped() const { return !skipReason.isEmpty(); }
};

// A region the trim would add, and the sample's file (absolute) for reports.
struct TrimRegion
{
    QString path;
    RegionRecord region;
};

// A sample left alone, and why (translated).
struct TrimSkip
{
    qint64 sampleId = 0;
    QString path; // absolute; empty when the sample could not be read
    QString reason;
};

// What plan() found, in the order the samples were given.
struct LoudestTrimPlan
{
    QList<TrimRegion> regions; // to add
    QList<TrimSkip> skipped;
    QList<Error> errors; // file + reason
    int visited = 0;     // samples looked at; fewer than given when cancelled
    bool cancelled = false;
};

class LoudestTrim
{
    Q_DECLARE_TR_FUNCTIONS(tally::LoudestTrim)

public:
    // Called after each sample with (samples done, samples given). Runs on the thread
    // that runs plan(): a GUI forwards it with a queued signal.
    using Progress = std::function<void(int done, int total)>;
    // Asked before each sample; true stops the plan (what was found so far is kept).
    using Cancelled = std::function<bool()>;

    // Frames in a window of windowSec at rateHz: llround(windowSec * rateHz), at least 1.
    static qint64 windowFrames(double windowSec, int rateHz);

    // The loudest window of signal, or skipped when the signal is no longer than the
    // window. An error when the signal has no rate, or windowSec is not a
    // positive finite number (the error's path is empty: the caller knows the file).
    // An empty signal is no longer than any window.
    static Result<LoudestCut> cut(const Signal& signal, double windowSec);

    // cut() as a region for target (times in seconds, the target's class), or skipped
    // by the duplicate rule against target.existing. Errors as cut().
    static Result<TrimOutcome> trimSignal(const Signal& signal, double windowSec,
                                          const TrimTarget& target);

    // The duplicate rule alone: whether target's annotator already has a region with
    // region's times and no band (among target.existing). trimSignal() applies it; the
    // GUI's trim of a sample no longer than the window (marked whole) applies it too.
    static bool isDuplicate(const RegionRecord& region, const TrimTarget& target);

    // The target of sample for annotatorId, read from the project: the annotator's
    // label (else the imported class by name) and their regions on the sample.
    static TrimTarget targetFor(Project& project, const SampleRecord& sample, qint64 annotatorId);

    // Decodes each sample and applies trimSignal(). A region planned earlier in the
    // same call counts for the duplicate rule, so a sample given twice is added once.
    static LoudestTrimPlan plan(Project& project, const QList<qint64>& sampleIds,
                                qint64 annotatorId, double windowSec, const Progress& progress = {},
                                const Cancelled& cancelled = {});

    // plan() on a Project of its own, opened at projectPath for this call: run it on a
    // worker thread. A project that cannot be opened is the one error of the plan.
    static LoudestTrimPlan planAt(const QString& projectPath, const QList<qint64>& sampleIds,
                                  qint64 annotatorId, double windowSec,
                                  const Progress& progress = {}, const Cancelled& cancelled = {});
};

} // namespace tally
