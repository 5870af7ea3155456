#pragma once
// A sample's derived status from its labels, votes, boxes and latest review: pure
// functions, no database. The store collects a SampleEvidence per sample; status()
// decides.
//
// The rules, applied in this order (the first that applies wins):
//   1. latest review kind Class (with classId > 0) → Resolved
//      latest review kind Reject                   → Rejected
//      latest review kind SendBack, or a Class review with classId <= 0
//                                                  → the review is ignored; go on.
//   2. rule.votesCanReject and rule.votes.outcome(up, down) == Invalid → Rejected
//   3. boxesDisagree (two or more annotators drew boxes on the image and some pair's
//      boxes do not all match one to one: a box without a same-class partner at
//      IoU >= rule.boxIouThreshold, review/Agreement.h boxAgreement)  → Disputed
//   4. no labels                                                 → Unlabelled
//   5. fewer labels than max(1, rule.minAnnotators)              → Labelled
//   6. a unique top class (the class with the most labels; a tie for the most is
//      never agreed) whose share count/labels >= majority        → Agreed
//      (majority is clamped to [0, 1], NaN counts as 1.0; 1.0 means every label is
//      the same class; the test is share >= majority - 1e-9, so 2 of 3 passes
//      majority 2.0/3 but not 0.67)
//   7. otherwise                                                 → Disputed
// "Labels" are labelClassIds entries > 0; ids <= 0 (no class) are skipped.
//
// consensusClass() is the resolved class for Resolved, the top class for Agreed,
// 0 otherwise (Unlabelled, Labelled, Disputed, Rejected).

#include "review/CommonVoiceRule.h"

#include <QList>
#include <QString>
#include <optional>

namespace tally {

enum class SampleStatus
{
    Unlabelled,
    Labelled,
    Agreed,
    Disputed,
    Resolved,
    Rejected
};

// "unlabelled" / "labelled" / "agreed" / "disputed" / "resolved" / "rejected".
QString sampleStatusName(SampleStatus status);
// Inverse of sampleStatusName, case-insensitive, surrounding spaces ignored; also accepts
// the US spellings "unlabeled" / "labeled". nullopt for anything else.
std::optional<SampleStatus> parseSampleStatus(const QString& name);
// Every status, in enum order (for per-status counts and menus).
QList<SampleStatus> allSampleStatuses();

// A reviewer's decision on a sample (the latest one is what counts).
struct ReviewDecision
{
    enum Kind
    {
        Class,
        Reject,
        SendBack
    };
    Kind kind = Class;
    qint64 classId = 0; // the chosen class for kind Class; ignored otherwise
};

// "class" / "reject" / "send-back", and its inverse (case-insensitive; also "sendback").
QString reviewKindName(ReviewDecision::Kind kind);
std::optional<ReviewDecision::Kind> parseReviewKind(const QString& name);

// Project settings for deriving a status.
struct ConsensusRule
{
    int minAnnotators = 2;      // labels needed before a sample can be agreed or disputed
    double majority = 1.0;      // share of labels the top class needs: 1.0 = all agree;
                                // 0.5 < x < 1 = that majority (see rule 6 above)
    bool votesCanReject = true; // an Invalid vote outcome rejects the sample
    VoteRule votes;
    // IoU two annotators' boxes need to match (0 < x <= 1). Not read by status(): the
    // store side (ProjectReview) uses it to fill SampleEvidence::boxesDisagree.
    double boxIouThreshold = 0.5;
};

// Everything status() looks at for one sample.
struct SampleEvidence
{
    QList<qint64> labelClassIds; // one per annotator, excluding the importer's label
    int up = 0;                  // votes, including counts brought in by an import
    int down = 0;
    std::optional<ReviewDecision> latestReview;
    bool boxesDisagree = false; // rule 3 above; false for samples without boxes
};

// The full derivation, for views that show why a sample has its status.
struct ConsensusResult
{
    SampleStatus status = SampleStatus::Unlabelled;
    qint64 classId = 0; // consensusClass(): resolved or agreed class, else 0
    VoteOutcome votes = VoteOutcome::Other;
    int labelCount = 0;    // labels counted (class ids > 0)
    qint64 topClassId = 0; // class with the most labels (0 when none or tied)
    int topCount = 0;      // labels of the top class (of a tied one when tied)
};

ConsensusResult evaluateConsensus(const SampleEvidence& evidence, const ConsensusRule& rule);
SampleStatus status(const SampleEvidence& evidence, const ConsensusRule& rule);
qint64 consensusClass(const SampleEvidence& evidence, const ConsensusRule& rule);

} // namespace tally
