#pragma once
// The review queue's pending list: the samples that wait for a reviewer's decision,
// as a sorted list of sample ids, built once from the whole project and then kept up
// to date one edited sample at a time (update()), so that a queue step costs one
// sample's evidence, never the project's.
//
// A sample waits (waits()) when its status is Disputed; with includeLowVotes also when
// it is neither Resolved nor Rejected and its vote outcome (votes.outcome(up, down) of
// the rule) is Invalid, or Other with at least one vote.
//
// Contract: after any edit of a sample (labels, votes, boxes, reviews), call
// update(review, sampleId) for it; after a change that touches many samples or the
// rule (a merge, an import, new review settings) build a new PendingReviews. Between
// those the list equals a full recomputation (tests/core/test_pending_reviews.cpp).
//
// Thread-safety: the object is a plain value. The constructor and update() read the
// project through the given ProjectReview, so call them on the thread that opened it.

#include "review/Consensus.h"

#include <QList>

namespace tally {

class ProjectReview;

class PendingReviews
{
public:
    // How nextAfter() / previousBefore() treat the ends of the list.
    enum class Ends
    {
        Wrap, // past the last comes the first (and before the first, the last)
        Stop  // past the last stays at the last (before the first, the first)
    };

    PendingReviews() = default; // empty; includeLowVotes() false
    // Every waiting sample of the project: ProjectReview::evidenceForAll() and
    // review.rule(), once.
    PendingReviews(const ProjectReview& review, bool includeLowVotes);

    // The waiting rule for one sample's evidence (above).
    static bool waits(const SampleEvidence& evidence, const ConsensusRule& rule,
                      bool includeLowVotes);

    // Re-reads one sample (ProjectReview::evidenceFor) and adds or removes it; a sample
    // that no longer exists (or cannot be read) is removed. Returns whether the list
    // changed. Cost: one sample's evidence (a few indexed queries) plus an insert or
    // erase in a sorted list.
    bool update(const ProjectReview& review, qint64 sampleId);

    bool includeLowVotes() const { return m_includeLowVotes; }
    const QList<qint64>& ids() const { return m_ids; } // ascending
    int size() const { return int(m_ids.size()); }
    bool isEmpty() const { return m_ids.isEmpty(); }
    bool contains(qint64 sampleId) const;
    // Index of sampleId in ids(), -1 when it does not wait.
    int indexOf(qint64 sampleId) const;
    // 1-based place of sampleId in the queue: its index + 1 when it waits, else the
    // count of waiting samples before it + 1 (where it would be), at most max(size(), 1).
    int positionOf(qint64 sampleId) const;

    // The first waiting id after `after` (which need not wait; 0: the first), or at
    // the end as ends says. 0 when nothing waits.
    qint64 nextAfter(qint64 after, Ends ends = Ends::Wrap) const;
    // The last waiting id before `before` (which need not wait), or at the start as
    // ends says. 0 when nothing waits.
    qint64 previousBefore(qint64 before, Ends ends = Ends::Wrap) const;

private:
    bool m_includeLowVotes = false;
    QList<qint64> m_ids; // sorted ascending, no duplicates
};

} // namespace tally
