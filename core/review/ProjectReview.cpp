#include "review/ProjectReview.h"

#include "store/Annotators.h"
#include "store/Boxes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Regions.h"
#include "store/Reviews.h"
#include "store/Votes.h"

#include <QMap>
#include <iterator>

namespace tally {

namespace {

ReviewDecision::Kind decisionKind(ReviewKind k)
{
    switch (k) {
    case ReviewKind::Reject:
        return ReviewDecision::Reject;
    case ReviewKind::SendBack:
        return ReviewDecision::SendBack;
    case ReviewKind::Class:
        break;
    }
    return ReviewDecision::Class;
}

Interval intervalOf(const RegionRecord& r)
{
    Interval i;
    i.startSec = r.startSec;
    i.endSec = r.endSec;
    i.lowHz = r.lowHz;
    i.highHz = r.highHz;
    i.classId = r.classId;
    return i;
}

BoxShape boxOf(const BoxRecord& b)
{
    return BoxShape{b.x, b.y, b.w, b.h, b.classId};
}

// One sample's shapes by annotator id, and every sample's by sample id (ordered maps,
// so that pooled sums add up in the same order on every run).
template <typename Shape> using ByAnnotator = QMap<qint64, QList<Shape>>;
template <typename Shape> using BySample = QMap<qint64, ByAnnotator<Shape>>;

// Calls fn(agreement) for every pair of annotators with shapes on one sample, the
// lower annotator id as the reference; match is regionAgreement or boxAgreement.
template <typename Shape, typename Match, typename Fn>
void forEachAnnotatorPair(const ByAnnotator<Shape>& byAnnotator, double iouThreshold, Match match,
                          Fn fn)
{
    for (auto i = byAnnotator.cbegin(); i != byAnnotator.cend(); ++i)
        for (auto j = std::next(i); j != byAnnotator.cend(); ++j)
            fn(match(i.value(), j.value(), iouThreshold, true));
}

template <typename Shape, typename Match>
PooledRegionAgreement pool(const BySample<Shape>& bySample, double iouThreshold, Match match)
{
    PooledRegionAgreement pooled;
    pooled.iouThreshold = iouThreshold;
    double iouSum = 0.0;
    for (const ByAnnotator<Shape>& byAnnotator : bySample)
        forEachAnnotatorPair(byAnnotator, iouThreshold, match, [&](const RegionAgreement& ra) {
            ++pooled.comparisons;
            pooled.regions += ra.countA + ra.countB;
            pooled.matched += int(ra.matches.size());
            for (const RegionMatch& m : ra.matches)
                iouSum += m.iou;
        });
    if (pooled.regions > 0)
        pooled.f1 = 2.0 * pooled.matched / pooled.regions;
    if (pooled.matched > 0)
        pooled.meanIoU = iouSum / pooled.matched;
    return pooled;
}

BySample<BoxShape> boxesBySample(const QList<BoxRecord>& boxes,
                                 std::optional<qint64> classId = std::nullopt)
{
    BySample<BoxShape> bySample;
    for (const BoxRecord& b : boxes)
        if (!classId || b.classId == *classId)
            bySample[b.sampleId][b.annotatorId].append(boxOf(b));
    return bySample;
}

// Consensus rule 3: some pair of annotators' boxes on the image do not all match.
bool boxesDisagree(const ByAnnotator<BoxShape>& byAnnotator, double iouThreshold)
{
    bool disagree = false;
    forEachAnnotatorPair(byAnnotator, iouThreshold, boxAgreement, [&](const RegionAgreement& ra) {
        disagree = disagree || !ra.allMatched();
    });
    return disagree;
}

} // namespace

ProjectReview::ProjectReview(Project& project) : m_project(project), m_rule(loadRule(project)) {}

ConsensusRule ProjectReview::loadRule(const Project& project)
{
    using namespace reviewsettings;
    ConsensusRule rule;
    bool ok = false;
    const int minAnnotators = project.setting(kMinAnnotators).toInt(&ok);
    if (ok && minAnnotators >= 1)
        rule.minAnnotators = minAnnotators;
    const double majority = project.setting(kMajority).toDouble(&ok);
    if (ok && majority > 0.0 && majority <= 1.0)
        rule.majority = majority;
    const QString reject = project.setting(kVotesCanReject).trimmed().toLower();
    if (reject == QLatin1String("false") || reject == QLatin1String("0"))
        rule.votesCanReject = false;
    else if (reject == QLatin1String("true") || reject == QLatin1String("1"))
        rule.votesCanReject = true;
    const int minVotes = project.setting(kMinVotes).toInt(&ok);
    if (ok && minVotes >= 1)
        rule.votes.minVotes = minVotes;
    const double boxIoU = project.setting(kBoxIoU).toDouble(&ok);
    if (ok && boxIoU > 0.0 && boxIoU <= 1.0)
        rule.boxIouThreshold = boxIoU;
    return rule;
}

Status ProjectReview::saveRule(Project& project, const ConsensusRule& rule)
{
    using namespace reviewsettings;
    // One transaction: the rule is stored whole or not at all.
    return project.setSettings(
        {{kMinAnnotators, QString::number(rule.minAnnotators)},
         {kMajority, QString::number(rule.majority, 'g', 10)},
         {kVotesCanReject, rule.votesCanReject ? QStringLiteral("true") : QStringLiteral("false")},
         {kMinVotes, QString::number(rule.votes.minVotes)},
         {kBoxIoU, QString::number(rule.boxIouThreshold, 'g', 10)}});
}

SampleEvidence ProjectReview::evidenceFrom(const SampleTally& tally)
{
    SampleEvidence e;
    e.labelClassIds = tally.labelClassIds;
    e.up = tally.votes.totalUp();
    e.down = tally.votes.totalDown();
    if (tally.latestKind)
        e.latestReview = ReviewDecision{decisionKind(*tally.latestKind), tally.latestClassId};
    return e;
}

Result<SampleEvidence> ProjectReview::evidenceFor(qint64 sampleId) const
{
    const Result<SampleTally> t = Reviews(m_project).tallyOf(sampleId);
    if (!t)
        return t.error();
    SampleEvidence e = evidenceFrom(t.value());
    e.boxesDisagree = boxesDisagree(
        boxesBySample(Boxes(m_project).boxesOf(sampleId)).value(sampleId), m_rule.boxIouThreshold);
    return e;
}

Status
ProjectReview::forEachEvidence(const std::function<void(qint64, const SampleEvidence&)>& fn) const
{
    const BySample<BoxShape> boxes = boxesBySample(Boxes(m_project).allBoxes());
    return Reviews(m_project).forEachTally([&](qint64 id, const SampleTally& t) {
        SampleEvidence e = evidenceFrom(t);
        if (const auto b = boxes.constFind(id); b != boxes.cend())
            e.boxesDisagree = boxesDisagree(b.value(), m_rule.boxIouThreshold);
        fn(id, e);
    });
}

QHash<qint64, SampleEvidence> ProjectReview::evidenceForAll() const
{
    const QHash<qint64, SampleTally> all = Reviews(m_project).tallies();
    const BySample<BoxShape> boxes = boxesBySample(Boxes(m_project).allBoxes());
    QHash<qint64, SampleEvidence> out;
    out.reserve(all.size());
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        SampleEvidence e = evidenceFrom(it.value());
        if (const auto b = boxes.constFind(it.key()); b != boxes.cend())
            e.boxesDisagree = boxesDisagree(b.value(), m_rule.boxIouThreshold);
        out.insert(it.key(), e);
    }
    return out;
}

QList<BoxVerdict> ProjectReview::boxVerdicts(qint64 sampleId) const
{
    QList<BoxVerdict> out;
    QMap<qint64, QList<int>> byAnnotator; // annotator id -> indices into out
    for (const BoxRecord& b : Boxes(m_project).boxesOf(sampleId)) {
        byAnnotator[b.annotatorId].append(int(out.size()));
        out.append(BoxVerdict{b, true});
    }
    auto shapes = [&out](const QList<int>& indices) {
        QList<BoxShape> list;
        for (int i : indices)
            list.append(boxOf(out[i].box));
        return list;
    };
    for (auto i = byAnnotator.cbegin(); i != byAnnotator.cend(); ++i) {
        for (auto j = std::next(i); j != byAnnotator.cend(); ++j) {
            const RegionAgreement ra =
                boxAgreement(shapes(i.value()), shapes(j.value()), m_rule.boxIouThreshold);
            QList<bool> seenA(i.value().size(), false), seenB(j.value().size(), false);
            for (const RegionMatch& m : ra.matches) {
                seenA[m.indexA] = true;
                seenB[m.indexB] = true;
            }
            for (int k = 0; k < seenA.size(); ++k)
                out[i.value()[k]].matched = out[i.value()[k]].matched && seenA[k];
            for (int k = 0; k < seenB.size(); ++k)
                out[j.value()[k]].matched = out[j.value()[k]].matched && seenB[k];
        }
    }
    return out;
}

Result<SampleStatus> ProjectReview::statusOf(qint64 sampleId) const
{
    const Result<SampleEvidence> e = evidenceFor(sampleId);
    if (!e)
        return e.error();
    return status(e.value(), m_rule);
}

Result<ConsensusResult> ProjectReview::consensusOf(qint64 sampleId) const
{
    const Result<SampleEvidence> e = evidenceFor(sampleId);
    if (!e)
        return e.error();
    return evaluateConsensus(e.value(), m_rule);
}

QHash<qint64, SampleStatus> ProjectReview::statuses() const
{
    QHash<qint64, SampleStatus> out;
    forEachEvidence([&](qint64 id, const SampleEvidence& e) { out.insert(id, status(e, m_rule)); });
    return out;
}

std::map<SampleStatus, qint64> ProjectReview::statusCounts() const
{
    std::map<SampleStatus, qint64> counts;
    for (SampleStatus s : allSampleStatuses())
        counts[s] = 0;
    const QHash<qint64, SampleStatus> all = statuses();
    for (SampleStatus s : all)
        ++counts[s];
    return counts;
}

std::map<VoteOutcome, qint64> ProjectReview::voteOutcomeCounts() const
{
    std::map<VoteOutcome, qint64> counts{
        {VoteOutcome::Valid, 0}, {VoteOutcome::Invalid, 0}, {VoteOutcome::Other, 0}};
    const QHash<qint64, VoteCounts> all = Votes(m_project).allVoteCounts();
    for (const VoteCounts& v : all)
        ++counts[m_rule.votes.outcome(v.totalUp(), v.totalDown())];
    return counts;
}

RatingTable ProjectReview::ratingTable(std::optional<qint64> classId) const
{
    const QList<LabelRecord> labels = Labels(m_project).allLabels();
    QList<Rating> ratings;
    ratings.reserve(labels.size());
    for (const LabelRecord& l : labels)
        ratings.append(Rating{l.sampleId, l.annotatorId, l.classId});
    const RatingTable table = RatingTable::fromRatings(ratings);
    return classId ? oneVsRest(table, *classId) : table;
}

AgreementReport ProjectReview::agreementReport(std::optional<qint64> classId, double iouThreshold,
                                               std::optional<double> boxIouThreshold) const
{
    AgreementReport report;
    report.classId = classId;
    for (const AnnotatorRecord& a : Annotators(m_project).annotators())
        report.raterNames.insert(a.id, a.name);
    const RatingTable table = ratingTable(classId);
    report.items = int(table.items.size());
    report.percentAgreement = percentAgreement(table);
    report.fleissKappa = fleissKappa(table);
    report.krippendorffAlpha = krippendorffAlpha(table);
    report.cohenKappa = pairwiseCohenKappa(table);
    report.regions = regionAgreementOf(classId, iouThreshold);
    report.boxes = boxAgreementOf(classId, boxIouThreshold.value_or(m_rule.boxIouThreshold));
    return report;
}

// Regions grouped by sample then annotator; every pair of annotators with regions on
// the same sample is compared (the lower annotator id as reference).
PooledRegionAgreement ProjectReview::regionAgreementOf(std::optional<qint64> classId,
                                                       double iouThreshold) const
{
    BySample<Interval> bySample;
    for (const RegionRecord& r : Regions(m_project).allRegions())
        if (!classId || r.classId == *classId)
            bySample[r.sampleId][r.annotatorId].append(intervalOf(r));
    return pool(bySample, iouThreshold, regionAgreement);
}

// The same over image boxes.
PooledRegionAgreement ProjectReview::boxAgreementOf(std::optional<qint64> classId,
                                                    double iouThreshold) const
{
    return pool(boxesBySample(Boxes(m_project).allBoxes(), classId), iouThreshold, boxAgreement);
}

} // namespace tally
