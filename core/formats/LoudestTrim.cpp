#include "formats/LoudestTrim.h"

#include "audio/AudioDecoder.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Regions.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace tally {

namespace {

bool sameTimes(const RegionRecord& a, const RegionRecord& b)
{
    return a.startSec == b.startSec && a.endSec == b.endSec && !a.hasBand();
}

// One sample of plan(): decoded and trimmed, the outcome filed in plan.
void planOne(Project& project, qint64 sampleId, qint64 annotatorId, double windowSec,
             QHash<qint64, QList<RegionRecord>>& planned, LoudestTrimPlan& plan)
{
    const Result<SampleRecord> sample = project.sample(sampleId);
    if (!sample) {
        plan.errors << sample.error();
        return;
    }
    const QString path = project.toAbsolutePath(sample.value().path);
    if (sample.value().kind != SampleKind::Audio) {
        plan.skipped << TrimSkip{
            sampleId, path,
            LoudestTrim::tr("not an audio sample (%1)").arg(sampleKindName(sample.value().kind))};
        return;
    }
    const Result<Signal> decoded = AudioDecoder::decode(path);
    if (!decoded) {
        plan.errors << Error{path, decoded.error().reason};
        return;
    }
    TrimTarget target = LoudestTrim::targetFor(project, sample.value(), annotatorId);
    target.existing << planned.value(sampleId);
    const Result<TrimOutcome> outcome = LoudestTrim::trimSignal(decoded.value(), windowSec, target);
    if (!outcome) {
        plan.errors << Error{path, outcome.error().reason};
    } else if (outcome.value().skipped()) {
        plan.skipped << TrimSkip{sampleId, path, outcome.value().skipReason};
    } else {
        planned[sampleId] << outcome.value().region;
        plan.regions << TrimRegion{path, outcome.value().region};
    }
}

} // namespace

qint64 LoudestTrim::windowFrames(double windowSec, int rateHz)
{
    return std::max<qint64>(1, std::llround(windowSec * rateHz));
}

Result<LoudestCut> LoudestTrim::cut(const Signal& signal, double windowSec)
{
    if (!(windowSec > 0.0) || !std::isfinite(windowSec))
        return Error{{}, tr("the window must be a positive number of seconds")};
    if (signal.rateHz <= 0)
        return Error{{}, tr("no sample rate")};
    const qint64 window = windowFrames(windowSec, signal.rateHz);
    LoudestCut cut;
    if (signal.frames() <= window) {
        cut.skipReason = tr("no longer than the %1 s window").arg(windowSec);
        return cut;
    }
    cut.range = loudestWindow(signal, window);
    return cut;
}

Result<TrimOutcome> LoudestTrim::trimSignal(const Signal& signal, double windowSec,
                                            const TrimTarget& target)
{
    const Result<LoudestCut> loudest = cut(signal, windowSec);
    if (!loudest)
        return loudest.error();
    TrimOutcome outcome;
    if (loudest.value().skipped()) {
        outcome.skipReason = loudest.value().skipReason;
        return outcome;
    }
    outcome.range = loudest.value().range;
    RegionRecord& r = outcome.region;
    r.sampleId = target.sampleId;
    r.annotatorId = target.annotatorId;
    r.classId = target.classId;
    r.startSec = double(outcome.range.startFrame) / signal.rateHz;
    r.endSec = double(outcome.range.endFrame) / signal.rateHz;
    if (isDuplicate(r, target))
        outcome.skipReason = tr("the annotator already has this region");
    return outcome;
}

bool LoudestTrim::isDuplicate(const RegionRecord& region, const TrimTarget& target)
{
    return std::any_of(target.existing.cbegin(), target.existing.cend(),
                       [&](const RegionRecord& e) {
                           return e.annotatorId == target.annotatorId && sameTimes(e, region);
                       });
}

TrimTarget LoudestTrim::targetFor(Project& project, const SampleRecord& sample, qint64 annotatorId)
{
    TrimTarget target;
    target.sampleId = sample.id;
    target.annotatorId = annotatorId;
    target.classId = Labels(project).labelOf(sample.id, annotatorId);
    if (target.classId <= 0 && !sample.className.isEmpty()) {
        const Result<ClassRecord> cls = Classes(project).classByName(sample.className);
        target.classId = cls ? cls.value().id : 0;
    }
    target.existing = Regions(project).regionsOf(sample.id, annotatorId);
    return target;
}

LoudestTrimPlan LoudestTrim::plan(Project& project, const QList<qint64>& sampleIds,
                                  qint64 annotatorId, double windowSec, const Progress& progress,
                                  const Cancelled& cancelled)
{
    LoudestTrimPlan plan;
    QHash<qint64, QList<RegionRecord>> planned; // regions of this call, by sample
    const int total = int(sampleIds.size());
    for (const qint64 id : sampleIds) {
        if (cancelled && cancelled()) {
            plan.cancelled = true;
            break;
        }
        planOne(project, id, annotatorId, windowSec, planned, plan);
        ++plan.visited;
        if (progress)
            progress(plan.visited, total);
    }
    return plan;
}

LoudestTrimPlan LoudestTrim::planAt(const QString& projectPath, const QList<qint64>& sampleIds,
                                    qint64 annotatorId, double windowSec, const Progress& progress,
                                    const Cancelled& cancelled)
{
    Result<std::unique_ptr<Project>> project = Project::open(projectPath);
    if (!project) {
        LoudestTrimPlan failed;
        failed.errors << project.error();
        return failed;
    }
    return plan(*project.value(), sampleIds, annotatorId, windowSec, progress, cancelled);
}

} // namespace tally
