#pragma once
// The votes table: one up / down verdict per annotator per sample ("label and audio
// match"), and the counts a source dataset brought in (samples.imported_up / down).
// Every edit is one audited transaction (store/AuditedEdit.h), audit action "vote".
//
// Thread-safety: like Project, use from the thread that opened the project. A Votes
// is free to make (it uses the Project's statement cache).

#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace tally {

class Project;

struct VoteRecord
{
    qint64 sampleId = 0;
    qint64 annotatorId = 0;
    QString annotatorName;
    bool up = true;
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

class Votes
{
public:
    explicit Votes(Project& project) : m_project(project) {}

    // up: true = up, false = down, nullopt clears. Returns the previous vote (nullopt =
    // none) for undo. Refuses an unknown sample or annotator.
    Result<std::optional<bool>> setVote(qint64 sampleId, qint64 annotatorId,
                                        std::optional<bool> up);
    std::optional<bool> voteOf(qint64 sampleId, qint64 annotatorId) const;
    QList<VoteRecord> votesOf(qint64 sampleId) const; // ordered by annotator name
    VoteCounts voteCounts(qint64 sampleId) const;     // zero counts for an unknown id
    QHash<qint64, VoteCounts> allVoteCounts() const;  // every sample
    // Every vote (names filled), ordered by sample, then annotator.
    QList<VoteRecord> allVotes() const;

private:
    Project& m_project;
};

} // namespace tally
