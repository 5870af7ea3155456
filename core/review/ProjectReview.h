#pragma once
// The review view of a whole project: the consensus rule kept in the project's
// settings, each sample's evidence and derived status (review/Consensus.h), counts per
// status and per vote outcome, and agreement statistics (review/Agreement.h) over the
// annotators' labels, regions and image boxes. Reads through store/Reviews.h and
// store/Labels.h, Boxes.h, ... (all SQL stays in the store); the heavy calls (statuses(),
// evidenceForAll(), agreementReport()) read each table once.
//
// Thread-safety: like Project, use from the thread that opened the project.

#include "review/Agreement.h"
#include "review/Consensus.h"
#include "store/Records.h"
#include "util/Result.h"

#include <QHash>
#include <QString>
#include <functional>
#include <map>
#include <optional>

namespace tally {

class Project;
struct SampleTally;

// Settings keys in the project's meta table.
namespace reviewsettings {
inline const QString kMinAnnotators = QStringLiteral("review/min_annotators");
inline const QString kMajority = QStringLiteral("review/majority");
inline const QString kVotesCanReject = QStringLiteral("review/votes_can_reject");
inline const QString kMinVotes = QStringLiteral("review/min_votes");
inline const QString kBoxIoU = QStringLiteral("review/box_iou"); // ConsensusRule::boxIouThreshold
} // namespace reviewsettings

// Region agreement pooled over every (sample, annotator pair) where both annotators
// drew regions on the sample: f1 = 2 * matched / regions. The same pooling over
// image boxes (AgreementReport::boxes) counts boxes in `regions`.
struct PooledRegionAgreement
{
    double iouThreshold = 0.5;
    int comparisons = 0; // (sample, annotator pair) compared
    int regions = 0;     // sum of both sides' region counts
    int matched = 0;     // matched pairs (IoU >= threshold, same class)
    double f1 = std::numeric_limits<double>::quiet_NaN();      // NaN when no comparison
    double meanIoU = std::numeric_limits<double>::quiet_NaN(); // over matched pairs
};

struct AgreementReport
{
    std::optional<qint64> classId;     // set: one-vs-rest for that class
    int items = 0;                     // samples with at least one label
    QHash<qint64, QString> raterNames; // annotator id -> name
    Statistic percentAgreement;
    Statistic fleissKappa;
    Statistic krippendorffAlpha;
    QList<RaterPairStatistic> cohenKappa; // every pair that rated a common sample
    PooledRegionAgreement regions;
    PooledRegionAgreement boxes; // boxAgreement() per (image, annotator pair)
};

// One box on an image under review: matched is false when some other annotator with
// boxes on the image has none of the same class at IoU >= rule().boxIouThreshold for
// it — the boxes a reviewer of a box dispute looks at.
struct BoxVerdict
{
    BoxRecord box;
    bool matched = true;
};

class ProjectReview
{
public:
    // Reads the rule from the project's settings once.
    explicit ProjectReview(Project& project);

    // The rule stored in the project (defaults for missing or malformed values), and
    // storing one (every key, so the file says what was used).
    static ConsensusRule loadRule(const Project& project);
    static Status saveRule(Project& project, const ConsensusRule& rule);
    const ConsensusRule& rule() const { return m_rule; }
    void setRule(const ConsensusRule& rule) { m_rule = rule; } // this object only

    // A store tally as evidence: labels as they are, votes = own + imported
    // (boxesDisagree false: the tally has no boxes).
    static SampleEvidence evidenceFrom(const SampleTally& tally);
    // evidenceFrom() plus boxesDisagree from the sample's boxes at
    // rule().boxIouThreshold: every annotator with boxes on the image counts, the
    // "imported" one (boxes an annotation file brought in without a name) included.
    Result<SampleEvidence> evidenceFor(qint64 sampleId) const;
    QHash<qint64, SampleEvidence> evidenceForAll() const; // five queries in all
    // The same evidence streamed sample by sample in id order (store/Reviews.h
    // forEachTally), so that a pass over a million samples holds none of it.
    Status
    forEachEvidence(const std::function<void(qint64 sampleId, const SampleEvidence&)>& fn) const;

    Result<SampleStatus> statusOf(qint64 sampleId) const;
    // The image's boxes by annotator (store order), each with its verdict.
    QList<BoxVerdict> boxVerdicts(qint64 sampleId) const;
    Result<ConsensusResult> consensusOf(qint64 sampleId) const;
    QHash<qint64, SampleStatus> statuses() const;            // every sample
    std::map<SampleStatus, qint64> statusCounts() const;     // every status, 0 included
    std::map<VoteOutcome, qint64> voteOutcomeCounts() const; // every outcome, 0 included

    // Items = samples, raters = annotators, categories = class ids, from the labels
    // table. classId set: oneVsRest() of it (kInCategory / kOtherCategory).
    RatingTable ratingTable(std::optional<qint64> classId = std::nullopt) const;
    // Percent agreement, Fleiss, Krippendorff, Cohen per pair, region agreement at
    // iouThreshold and box agreement at boxIouThreshold (unset: rule().boxIouThreshold)
    // — regions and boxes of that class only when classId is set.
    AgreementReport agreementReport(std::optional<qint64> classId = std::nullopt,
                                    double iouThreshold = 0.5,
                                    std::optional<double> boxIouThreshold = std::nullopt) const;

private:
    PooledRegionAgreement regionAgreementOf(std::optional<qint64> classId,
                                            double iouThreshold) const;
    PooledRegionAgreement boxAgreementOf(std::optional<qint64> classId, double iouThreshold) const;

    Project& m_project;
    ConsensusRule m_rule;
};

} // namespace tally
