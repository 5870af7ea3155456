#pragma once
// The reviews table (schema version 3): reviewers' decisions (every decision is kept;
// the newest per sample — by time, then id — is in force), and the per-sample inputs
// from which core/review derives a status (labels, votes, latest decision). Votes are
// store/Votes.h, a sample's history store/AuditLog.h.
//
// Every edit is one audited transaction (store/AuditedEdit.h), audit actions "review"
// and "review.delete". The status itself is computed in
// review/ProjectReview.h: the store does not include core/review (layering), so the
// decision kind and the per-sample tally here are store-level types that
// ProjectReview maps onto ReviewDecision / SampleEvidence.
//
// Thread-safety: like Project, use from the thread that opened the project. A Reviews
// is free to make (it uses the Project's statement cache).

#include "store/Records.h"
#include "store/Votes.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <functional>
#include <optional>

namespace tally {

class Project;

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

class Reviews
{
    Q_DECLARE_TR_FUNCTIONS(tally::Reviews)

public:
    explicit Reviews(Project& project) : m_project(project) {}

    // Records a decision; returns its id. Refuses kind Class without a class (classId
    // <= 0), a class id with another kind, and unknown sample / reviewer / class ids.
    // The reviewer's role is not checked here (the caller decides who may review).
    Result<qint64> addReview(qint64 sampleId, qint64 reviewerId, ReviewKind kind, qint64 classId,
                             const QString& reason);
    // Removes a decision (undo of addReview); audited as "review.delete".
    Status deleteReview(qint64 reviewId, qint64 byAnnotatorId = 0);
    std::optional<ReviewRecord> latestReview(qint64 sampleId) const;
    QList<ReviewRecord> reviewsOf(qint64 sampleId) const; // oldest first
    // Every review (names filled), ordered by sample, then time.
    QList<ReviewRecord> allReviews() const;

    // --- status inputs (ReviewsTally.cpp; these read labels and votes too) ---
    // The tally of one sample; an error for an unknown id.
    Result<SampleTally> tallyOf(qint64 sampleId) const;
    // The tally of every sample (sample id -> tally), in four queries (samples, labels,
    // votes, reviews), one pass each.
    QHash<qint64, SampleTally> tallies() const;
    // The same tallies streamed, sample by sample in id order, from the four queries read
    // side by side (nothing held: for passes over a million samples). Stops at a database
    // error and returns it.
    Status forEachTally(const std::function<void(qint64 sampleId, const SampleTally&)>& fn) const;

private:
    Project& m_project;
};

} // namespace tally
