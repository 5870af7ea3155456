#include "review/ReviewerRule.h"

namespace tally {

bool ReviewerRule::mayDecide(AnnotatorRole role)
{
    switch (role) {
    case AnnotatorRole::Reviewer:
    case AnnotatorRole::Admin:
        return true;
    case AnnotatorRole::Annotator:
        break;
    }
    return false;
}

ReviewerVerdict ReviewerRule::verdictFor(const std::optional<AnnotatorRecord>& existing,
                                         bool promote)
{
    ReviewerVerdict v;
    if (!existing) {
        v.action = ReviewerAction::CreateReviewer;
        v.role = AnnotatorRole::Reviewer;
    } else if (mayDecide(existing->role)) {
        v.action = ReviewerAction::Decide;
        v.role = existing->role;
    } else if (promote) {
        v.action = ReviewerAction::PromoteToReviewer;
        v.role = AnnotatorRole::Reviewer;
    } else {
        v.action = ReviewerAction::Refuse;
        v.role = existing->role;
        v.reason = refusal(existing->name);
    }
    return v;
}

QString ReviewerRule::refusal(const QString& name)
{
    return tr("“%1” has the role annotator; only reviewers and admins decide").arg(name);
}

} // namespace tally
