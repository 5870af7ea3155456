#include "review/Consensus.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace tally {

namespace {

struct StatusName
{
    SampleStatus status;
    const char* name;
};

constexpr StatusName kStatusNames[] = {
    {SampleStatus::Unlabelled, "unlabelled"}, {SampleStatus::Labelled, "labelled"},
    {SampleStatus::Agreed, "agreed"},         {SampleStatus::Disputed, "disputed"},
    {SampleStatus::Resolved, "resolved"},     {SampleStatus::Rejected, "rejected"},
};

// Counts labels (class ids > 0) and finds the top class; topClassId stays 0 on a tie.
void tallyLabels(const QList<qint64>& classIds, ConsensusResult& r)
{
    QHash<qint64, int> counts;
    for (qint64 id : classIds) {
        if (id > 0) {
            ++counts[id];
            ++r.labelCount;
        }
    }
    bool tied = false;
    qint64 best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > r.topCount) {
            r.topCount = it.value();
            best = it.key();
            tied = false;
        } else if (it.value() == r.topCount) {
            tied = true;
        }
    }
    r.topClassId = tied ? 0 : best;
}

double effectiveMajority(double majority)
{
    if (std::isnan(majority))
        return 1.0;
    return std::clamp(majority, 0.0, 1.0);
}

} // namespace

QString sampleStatusName(SampleStatus status)
{
    for (const StatusName& s : kStatusNames) {
        if (s.status == status)
            return QString::fromLatin1(s.name);
    }
    return QStringLiteral("unlabelled");
}

std::optional<SampleStatus> parseSampleStatus(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("unlabeled"))
        return SampleStatus::Unlabelled;
    if (n == QLatin1String("labeled"))
        return SampleStatus::Labelled;
    for (const StatusName& s : kStatusNames) {
        if (n == QLatin1String(s.name))
            return s.status;
    }
    return std::nullopt;
}

QList<SampleStatus> allSampleStatuses()
{
    QList<SampleStatus> all;
    for (const StatusName& s : kStatusNames)
        all.append(s.status);
    return all;
}

QString reviewKindName(ReviewDecision::Kind kind)
{
    switch (kind) {
    case ReviewDecision::Reject:
        return QStringLiteral("reject");
    case ReviewDecision::SendBack:
        return QStringLiteral("send-back");
    case ReviewDecision::Class:
        break;
    }
    return QStringLiteral("class");
}

std::optional<ReviewDecision::Kind> parseReviewKind(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("class"))
        return ReviewDecision::Class;
    if (n == QLatin1String("reject"))
        return ReviewDecision::Reject;
    if (n == QLatin1String("send-back") || n == QLatin1String("sendback"))
        return ReviewDecision::SendBack;
    return std::nullopt;
}

ConsensusResult evaluateConsensus(const SampleEvidence& evidence, const ConsensusRule& rule)
{
    ConsensusResult r;
    r.votes = rule.votes.outcome(evidence.up, evidence.down);
    tallyLabels(evidence.labelClassIds, r);

    if (const auto& review = evidence.latestReview) {
        if (review->kind == ReviewDecision::Class && review->classId > 0) {
            r.status = SampleStatus::Resolved;
            r.classId = review->classId;
            return r;
        }
        if (review->kind == ReviewDecision::Reject) {
            r.status = SampleStatus::Rejected;
            return r;
        }
        // SendBack (or a Class review without a class): fall through to the labels.
    }
    if (rule.votesCanReject && r.votes == VoteOutcome::Invalid) {
        r.status = SampleStatus::Rejected;
    } else if (evidence.boxesDisagree) {
        r.status = SampleStatus::Disputed;
    } else if (r.labelCount == 0) {
        r.status = SampleStatus::Unlabelled;
    } else if (r.labelCount < std::max(1, rule.minAnnotators)) {
        r.status = SampleStatus::Labelled;
    } else {
        const double share = double(r.topCount) / double(r.labelCount);
        const bool agreed = r.topClassId > 0 && share >= effectiveMajority(rule.majority) - 1e-9;
        r.status = agreed ? SampleStatus::Agreed : SampleStatus::Disputed;
        if (agreed)
            r.classId = r.topClassId;
    }
    return r;
}

SampleStatus status(const SampleEvidence& evidence, const ConsensusRule& rule)
{
    return evaluateConsensus(evidence, rule).status;
}

qint64 consensusClass(const SampleEvidence& evidence, const ConsensusRule& rule)
{
    return evaluateConsensus(evidence, rule).classId;
}

} // namespace tally
