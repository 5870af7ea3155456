#pragma once
// Who may decide a review, and what to do with a person who may not yet: the one rule
// the GUI and tally-cli share.
//
// Only reviewers and admins decide (mayDecide). For a person named to decide (the
// policy of `tally-cli review --annotator NAME [--make-reviewer]`):
//   - not in the project yet          → CreateReviewer (added with role reviewer)
//   - role reviewer or admin          → Decide (as they are)
//   - role annotator, promote given   → PromoteToReviewer (role set to reviewer first)
//   - role annotator, no promote      → Refuse, with refusal() as the reason
// Carrying the verdict out (adding, promoting: audited edits) is the caller's.
//
// Thread-safety: pure functions; call from any thread.

#include "store/Records.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace tally {

enum class ReviewerAction
{
    Decide,
    CreateReviewer,
    PromoteToReviewer,
    Refuse
};

struct ReviewerVerdict
{
    ReviewerAction action = ReviewerAction::Refuse;
    AnnotatorRole role = AnnotatorRole::Annotator; // the person's role once carried out
    QString reason;                                // translated; set for Refuse only
    bool allowed() const { return action != ReviewerAction::Refuse; }
};

class ReviewerRule
{
    Q_DECLARE_TR_FUNCTIONS(tally::ReviewerRule)

public:
    // True for the roles that may record a review decision: reviewer and admin.
    static bool mayDecide(AnnotatorRole role);

    // The verdict for a person: existing is their record (nullopt: not in the project),
    // promote whether the caller asked to make an annotator a reviewer.
    static ReviewerVerdict verdictFor(const std::optional<AnnotatorRecord>& existing, bool promote);

    // Why an annotator-role person may not decide: "“NAME” has the role annotator; only
    // reviewers and admins decide" (annotator is the one role that may not).
    static QString refusal(const QString& name);
};

} // namespace tally
