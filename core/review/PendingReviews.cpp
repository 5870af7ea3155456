#include "review/PendingReviews.h"

#include "review/ProjectReview.h"

#include <algorithm>

namespace tally {

PendingReviews::PendingReviews(const ProjectReview& review, bool includeLowVotes)
    : m_includeLowVotes(includeLowVotes)
{
    const QHash<qint64, SampleEvidence> evidence = review.evidenceForAll();
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it)
        if (waits(it.value(), review.rule(), includeLowVotes))
            m_ids << it.key();
    std::sort(m_ids.begin(), m_ids.end());
}

bool PendingReviews::waits(const SampleEvidence& evidence, const ConsensusRule& rule,
                           bool includeLowVotes)
{
    const SampleStatus s = status(evidence, rule);
    if (s == SampleStatus::Disputed)
        return true;
    if (!includeLowVotes || s == SampleStatus::Resolved || s == SampleStatus::Rejected)
        return false;
    const VoteOutcome o = rule.votes.outcome(evidence.up, evidence.down);
    return o == VoteOutcome::Invalid ||
           (o == VoteOutcome::Other && evidence.up + evidence.down > 0);
}

bool PendingReviews::update(const ProjectReview& review, qint64 sampleId)
{
    const Result<SampleEvidence> evidence = review.evidenceFor(sampleId);
    const bool wait = evidence && waits(evidence.value(), review.rule(), m_includeLowVotes);
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), sampleId);
    const bool there = it != m_ids.end() && *it == sampleId;
    if (wait == there)
        return false;
    if (wait)
        m_ids.insert(it, sampleId);
    else
        m_ids.erase(it);
    return true;
}

bool PendingReviews::contains(qint64 sampleId) const
{
    return indexOf(sampleId) >= 0;
}

int PendingReviews::indexOf(qint64 sampleId) const
{
    const auto it = std::lower_bound(m_ids.cbegin(), m_ids.cend(), sampleId);
    return it != m_ids.cend() && *it == sampleId ? int(it - m_ids.cbegin()) : -1;
}

int PendingReviews::positionOf(qint64 sampleId) const
{
    const auto it = std::lower_bound(m_ids.cbegin(), m_ids.cend(), sampleId);
    const int place = int(it - m_ids.cbegin()) + 1;
    return std::min(place, std::max(size(), 1));
}

qint64 PendingReviews::nextAfter(qint64 after, Ends ends) const
{
    if (m_ids.isEmpty())
        return 0;
    const auto it = std::upper_bound(m_ids.cbegin(), m_ids.cend(), after);
    if (it != m_ids.cend())
        return *it;
    return ends == Ends::Wrap ? m_ids.first() : m_ids.last();
}

qint64 PendingReviews::previousBefore(qint64 before, Ends ends) const
{
    if (m_ids.isEmpty())
        return 0;
    const auto it = std::lower_bound(m_ids.cbegin(), m_ids.cend(), before);
    if (it != m_ids.cbegin())
        return *(it - 1);
    return ends == Ends::Wrap ? m_ids.last() : m_ids.first();
}

} // namespace tally
