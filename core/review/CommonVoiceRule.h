#pragma once
// The Common Voice vote rule (CorporaCreator corpus.py; shared/FORMATS.md), with the
// thresholds as settings:
//   other   if up + down <= minVotes - 1, or up = down = 1 (one each)
//   valid   if up + down >= minVotes and up > down
//   invalid if up + down >= minVotes and up < down, or up = down with up + down > 2
// With the defaults (minVotes = 2) this is exactly the published rule:
//   0/0, 1/0, 0/1, 1/1 other; 2/0, 2/1 valid; 1/2, 2/2, 3/3 invalid.

#include <QString>

namespace tally {

enum class VoteOutcome
{
    Other,
    Valid,
    Invalid
};

struct VoteRule
{
    int minVotes = 2; // up + down needed before a clip can be valid or invalid

    VoteOutcome outcome(int up, int down) const;
};

QString voteOutcomeName(VoteOutcome outcome); // "other" / "valid" / "invalid"

} // namespace tally
