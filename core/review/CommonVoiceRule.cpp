#include "review/CommonVoiceRule.h"

namespace tally {

VoteOutcome VoteRule::outcome(int up, int down) const
{
    const int total = up + down;
    if (total < minVotes || (up == 1 && down == 1))
        return VoteOutcome::Other;
    if (up > down)
        return VoteOutcome::Valid;
    if (up < down || total > 2)
        return VoteOutcome::Invalid;
    return VoteOutcome::Other;
}

QString voteOutcomeName(VoteOutcome outcome)
{
    switch (outcome) {
    case VoteOutcome::Valid:
        return QStringLiteral("valid");
    case VoteOutcome::Invalid:
        return QStringLiteral("invalid");
    case VoteOutcome::Other:
        break;
    }
    return QStringLiteral("other");
}

} // namespace tally
