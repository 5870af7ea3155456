#pragma once
// The review repositories over a Project (schema version 3): votes (one up/down per
// annotator per sample), reviewers' decisions (every decision is kept; the newest per
// sample — by time, then id — is in force), a sample's full history, and the per-sample
// inputs from which core/review derives a status (labels, votes, latest decision).
//
// Every edit is one short transaction with an audit row ("vote", "review",
// "review.delete"), like Annotations. The status itself is computed in
// review/ProjectReview.h: the store does not include core/review (layering), so the
// decision kind and the per-sample tally here are store-level types that
// ProjectReview maps onto ReviewDecision / SampleEvidence.
//
// Thread-safety: like Project, use from the thread that opened the project.

#include "store/Records.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <memory>
#include <optional>

namespace tally {

class Project;
namespace detail {
class StatementCache;
}

// Same order as review/Consensus.h ReviewDecision::Kind.
enum class ReviewKind
{
    Class,
    Reject,
    SendBack
};
// As stored in reviews.decision: "class" / "reject" / "send_back"; and its inverse.
QString reviewKindStoredName(ReviewKind kind);
std::optional<ReviewKind> parseStoredReviewKind(const QString& name);

struct VoteRecord
{
    qint64 sampleId = 0;
    qint64 annotatorId = 0;
    QString annotatorName;
    bool up = true;
    QDateTime at;
};

struct ReviewRecord
{
    qint64 id = 0;
    qint64 sampleId = 0;
    qint64 reviewerId = 0;
    QString reviewerName;
    ReviewKind kind = ReviewKind::Class;
    qint64 classId = 0; // > 0 exactly when kind == Class
    QString className;
    QString reason; // may be empty
    QDateTime at;
};

// Votes on one sample: this project's own and the counts an import brought in.
struct VoteCounts
{
    int up = 0;
    int down = 0;
    int importedUp = 0;
    int importedDown = 0;
    int totalUp() const { return up + importedUp; }
    int totalDown() const { return down + importedDown; }
};

// What a status is derived from, for one sample. labelClassIds: one per annotator
// (labels table, by annotator id); the class an import gave (samples.class_id) is not
// a label and is not included.
struct SampleTally
{
    QList<qint64> labelClassIds;
    VoteCounts votes;
    std::optional<ReviewKind> latestKind; // the decision in force, if any
    qint64 latestClassId = 0;
};

// One entry of a sample's history. action is the audit action ("sample.add", "label",
// "region.add", "region.update", "region.delete", "vote", "review", "review.delete",
// "merge", ...); description is a translated one-line "what" (class names resolved).
struct HistoryEvent
{
    QDateTime at;
    qint64 annotatorId = 0; // 0 = none (the import)
    QString annotatorName;
    QString action;
    QString description;
    QJsonValue before;
    QJsonValue after;
};

class Reviews
{
public:
    explicit Reviews(Project& project) : m_project(project) {}

    // --- votes ---
    // up: true = up, false = down, nullopt clears. Returns the previous vote (nullopt =
    // none) for undo. Refuses an unknown sample or annotator.
    Result<std::optional<bool>> setVote(qint64 sampleId, qint64 annotatorId,
                                        std::optional<bool> up);
    std::optional<bool> voteOf(qint64 sampleId, qint64 annotatorId) const;
    QList<VoteRecord> votesOf(qint64 sampleId) const; // ordered by annotator name
    VoteCounts voteCounts(qint64 sampleId) const;     // zero counts for an unknown id
    QHash<qint64, VoteCounts> allVoteCounts() const;  // every sample

    // --- reviews ---
    // Records a decision; returns its id. Refuses kind Class without a class (classId
    // <= 0), a class id with another kind, and unknown sample / reviewer / class ids.
    // The reviewer's role is not checked here (the caller decides who may review).
    Result<qint64> addReview(qint64 sampleId, qint64 reviewerId, ReviewKind kind, qint64 classId,
                             const QString& reason);
    // Removes a decision (undo of addReview); audited as "review.delete".
    Status deleteReview(qint64 reviewId, qint64 byAnnotatorId = 0);
    std::optional<ReviewRecord> latestReview(qint64 sampleId) const;
    QList<ReviewRecord> reviewsOf(qint64 sampleId) const; // oldest first

    // --- history and status inputs ---
    // Everything that happened to the sample, oldest first: its import ("sample.add"),
    // every audited label / region / vote / class change on it, and every review.
    QList<HistoryEvent> history(qint64 sampleId) const;
    // The tally of one sample; an error for an unknown id.
    Result<SampleTally> tallyOf(qint64 sampleId) const;
    // The tally of every sample (sample id -> tally), in four queries (samples, labels,
    // votes, reviews), one pass each.
    QHash<qint64, SampleTally> tallies() const;
    // Every label of the project (annotator and class names not filled), ordered by
    // sample then annotator; every region (names not filled), ordered by sample,
    // annotator, start. For agreement statistics: one query each.
    QList<LabelRecord> allLabels() const;
    QList<RegionRecord> allRegions() const;
    // Every vote and every review (names filled), ordered by sample (reviews: then time).
    QList<VoteRecord> allVotes() const;
    QList<ReviewRecord> allReviews() const;

private:
    detail::StatementCache& statements() const;

    Project& m_project;
};

} // namespace tally
