// Who may decide a review (review/ReviewerRule.h): the roles that may, and the verdict
// for a person named to decide (new, reviewer or admin, annotator with and without
// promotion).
#include "review/ReviewerRule.h"

#include <QTest>

using namespace tally;

class TestReviewerRule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mayDecide_data();
    void mayDecide();
    void verdict_data();
    void verdict();
};

void TestReviewerRule::mayDecide_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("may");
    QTest::newRow("annotator") << int(AnnotatorRole::Annotator) << false;
    QTest::newRow("reviewer") << int(AnnotatorRole::Reviewer) << true;
    QTest::newRow("admin") << int(AnnotatorRole::Admin) << true;
}

void TestReviewerRule::mayDecide()
{
    QFETCH(int, role);
    QFETCH(bool, may);
    QCOMPARE(ReviewerRule::mayDecide(AnnotatorRole(role)), may);
}

void TestReviewerRule::verdict_data()
{
    QTest::addColumn<int>("existingRole"); // -1: not in the project
    QTest::addColumn<bool>("promote");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("role");
    const int annotator = int(AnnotatorRole::Annotator);
    const int reviewer = int(AnnotatorRole::Reviewer);
    const int admin = int(AnnotatorRole::Admin);
    QTest::newRow("new") << -1 << false << int(ReviewerAction::CreateReviewer) << reviewer;
    QTest::newRow("new, promote") << -1 << true << int(ReviewerAction::CreateReviewer) << reviewer;
    QTest::newRow("reviewer") << reviewer << false << int(ReviewerAction::Decide) << reviewer;
    QTest::newRow("admin") << admin << false << int(ReviewerAction::Decide) << admin;
    QTest::newRow("admin, promote") << admin << true << int(ReviewerAction::Decide) << admin;
    QTest::newRow("annotator") << annotator << false << int(ReviewerAction::Refuse) << annotator;
    QTest::newRow("annotator, promote")
        << annotator << true << int(ReviewerAction::PromoteToReviewer) << reviewer;
}

void TestReviewerRule::verdict()
{
    QFETCH(int, existingRole);
    QFETCH(bool, promote);
    QFETCH(int, action);
    QFETCH(int, role);
    std::optional<AnnotatorRecord> existing;
    if (existingRole >= 0)
        existing = AnnotatorRecord{4, QStringLiteral("dana"), AnnotatorRole(existingRole)};
    const ReviewerVerdict v = ReviewerRule::verdictFor(existing, promote);
    QCOMPARE(int(v.action), action);
    QCOMPARE(int(v.role), role);
    QCOMPARE(v.allowed(), v.action != ReviewerAction::Refuse);
    if (v.action == ReviewerAction::Refuse) {
        QCOMPARE(v.reason, QStringLiteral("“dana” has the role annotator; only reviewers and "
                                          "admins decide"));
    } else {
        QVERIFY(v.reason.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestReviewerRule)
#include "test_reviewer_rule.moc"
