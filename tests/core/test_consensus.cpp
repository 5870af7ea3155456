// A sample's derived status (core/review/Consensus) and the Common Voice vote rule
// (core/review/CommonVoiceRule) on every boundary case.
#include "review/CommonVoiceRule.h"
#include "review/Consensus.h"

#include <QTest>
#include <limits>

using namespace tally;

Q_DECLARE_METATYPE(tally::VoteOutcome)
Q_DECLARE_METATYPE(tally::SampleStatus)

namespace {
constexpr int kNoReview = -1;
const double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

class TestConsensus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commonVoiceRule_data();
    void commonVoiceRule();
    void voteOutcomeNames();
    void statusNamesRoundTrip();
    void parseStatusAcceptsVariantsAndRefusesJunk();
    void reviewKindNames();
    void status_data();
    void status();
    void evaluateReportsTheDerivation();
};

void TestConsensus::commonVoiceRule_data()
{
    QTest::addColumn<int>("minVotes");
    QTest::addColumn<int>("up");
    QTest::addColumn<int>("down");
    QTest::addColumn<VoteOutcome>("expected");
    // The published rule (minVotes = 2), every boundary case of the issue and more.
    QTest::newRow("0/0 other") << 2 << 0 << 0 << VoteOutcome::Other;
    QTest::newRow("1/0 other") << 2 << 1 << 0 << VoteOutcome::Other;
    QTest::newRow("0/1 other") << 2 << 0 << 1 << VoteOutcome::Other;
    QTest::newRow("1/1 other") << 2 << 1 << 1 << VoteOutcome::Other;
    QTest::newRow("2/0 valid") << 2 << 2 << 0 << VoteOutcome::Valid;
    QTest::newRow("2/1 valid") << 2 << 2 << 1 << VoteOutcome::Valid;
    QTest::newRow("1/2 invalid") << 2 << 1 << 2 << VoteOutcome::Invalid;
    QTest::newRow("0/2 invalid") << 2 << 0 << 2 << VoteOutcome::Invalid;
    QTest::newRow("2/2 invalid") << 2 << 2 << 2 << VoteOutcome::Invalid;
    QTest::newRow("3/3 invalid") << 2 << 3 << 3 << VoteOutcome::Invalid;
    QTest::newRow("3/2 valid") << 2 << 3 << 2 << VoteOutcome::Valid;
    QTest::newRow("2/3 invalid") << 2 << 2 << 3 << VoteOutcome::Invalid;
    QTest::newRow("10/0 valid") << 2 << 10 << 0 << VoteOutcome::Valid;
    // The threshold as a project setting.
    QTest::newRow("min3 2/0 other") << 3 << 2 << 0 << VoteOutcome::Other;
    QTest::newRow("min3 0/2 other") << 3 << 0 << 2 << VoteOutcome::Other;
    QTest::newRow("min3 3/0 valid") << 3 << 3 << 0 << VoteOutcome::Valid;
    QTest::newRow("min3 2/1 valid") << 3 << 2 << 1 << VoteOutcome::Valid;
    QTest::newRow("min3 1/2 invalid") << 3 << 1 << 2 << VoteOutcome::Invalid;
    QTest::newRow("min3 2/2 invalid") << 3 << 2 << 2 << VoteOutcome::Invalid;
    QTest::newRow("min1 1/0 valid") << 1 << 1 << 0 << VoteOutcome::Valid;
    QTest::newRow("min1 0/1 invalid") << 1 << 0 << 1 << VoteOutcome::Invalid;
    QTest::newRow("min1 1/1 other") << 1 << 1 << 1 << VoteOutcome::Other;
}

void TestConsensus::commonVoiceRule()
{
    QFETCH(int, minVotes);
    QFETCH(int, up);
    QFETCH(int, down);
    QFETCH(VoteOutcome, expected);
    VoteRule rule;
    rule.minVotes = minVotes;
    QCOMPARE(rule.outcome(up, down), expected);
}

void TestConsensus::voteOutcomeNames()
{
    QCOMPARE(voteOutcomeName(VoteOutcome::Other), QStringLiteral("other"));
    QCOMPARE(voteOutcomeName(VoteOutcome::Valid), QStringLiteral("valid"));
    QCOMPARE(voteOutcomeName(VoteOutcome::Invalid), QStringLiteral("invalid"));
}

void TestConsensus::statusNamesRoundTrip()
{
    const QStringList expected = {"unlabelled", "labelled", "agreed",
                                  "disputed",   "resolved", "rejected"};
    const QList<SampleStatus> all = allSampleStatuses();
    QCOMPARE(all.size(), expected.size());
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(int(all[i]), i);
        QCOMPARE(sampleStatusName(all[i]), expected[i]);
        QCOMPARE(parseSampleStatus(expected[i]), std::optional<SampleStatus>(all[i]));
    }
}

void TestConsensus::parseStatusAcceptsVariantsAndRefusesJunk()
{
    QCOMPARE(parseSampleStatus(" Agreed "), std::optional(SampleStatus::Agreed));
    QCOMPARE(parseSampleStatus("unlabeled"), std::optional(SampleStatus::Unlabelled));
    QCOMPARE(parseSampleStatus("LABELED"), std::optional(SampleStatus::Labelled));
    QVERIFY(!parseSampleStatus("").has_value());
    QVERIFY(!parseSampleStatus("valid").has_value());
    QVERIFY(!parseSampleStatus("agree").has_value());
}

void TestConsensus::reviewKindNames()
{
    for (auto kind : {ReviewDecision::Class, ReviewDecision::Reject, ReviewDecision::SendBack})
        QCOMPARE(parseReviewKind(reviewKindName(kind)), std::optional(kind));
    QCOMPARE(reviewKindName(ReviewDecision::SendBack), QStringLiteral("send-back"));
    QCOMPARE(parseReviewKind("SendBack"), std::optional(ReviewDecision::SendBack));
    QVERIFY(!parseReviewKind("accept").has_value());
}

void TestConsensus::status_data()
{
    QTest::addColumn<QList<qint64>>("labels");
    QTest::addColumn<int>("up");
    QTest::addColumn<int>("down");
    QTest::addColumn<int>("reviewKind"); // kNoReview or a ReviewDecision::Kind
    QTest::addColumn<qint64>("reviewClass");
    QTest::addColumn<int>("minAnnotators");
    QTest::addColumn<double>("majority");
    QTest::addColumn<bool>("votesCanReject");
    QTest::addColumn<SampleStatus>("expected");
    QTest::addColumn<qint64>("expectedClass");

    using S = SampleStatus;
    const int none = kNoReview;
    const int cls = ReviewDecision::Class;
    const int rej = ReviewDecision::Reject;
    const int back = ReviewDecision::SendBack;
    auto row = [](const char* name) -> QTestData& { return QTest::newRow(name); };
    // labels                         up down review  rc  min  maj   vcr    expected   class
    row("no labels") << QList<qint64>{} << 0 << 0 << none << 0LL << 2 << 1.0 << true
                     << S::Unlabelled << 0LL;
    row("class 0 is no label") << QList<qint64>{0, 0} << 0 << 0 << none << 0LL << 2 << 1.0 << true
                               << S::Unlabelled << 0LL;
    row("one label") << QList<qint64>{5} << 0 << 0 << none << 0LL << 2 << 1.0 << true << S::Labelled
                     << 0LL;
    row("one label plus class 0") << QList<qint64>{5, 0} << 0 << 0 << none << 0LL << 2 << 1.0
                                  << true << S::Labelled << 0LL;
    row("one label, min 1") << QList<qint64>{5} << 0 << 0 << none << 0LL << 1 << 1.0 << true
                            << S::Agreed << 5LL;
    row("one label, min 0 is 1") << QList<qint64>{5} << 0 << 0 << none << 0LL << 0 << 1.0 << true
                                 << S::Agreed << 5LL;
    row("two agree") << QList<qint64>{5, 5} << 0 << 0 << none << 0LL << 2 << 1.0 << true
                     << S::Agreed << 5LL;
    row("two differ") << QList<qint64>{5, 6} << 0 << 0 << none << 0LL << 2 << 1.0 << true
                      << S::Disputed << 0LL;
    row("two agree, min 3") << QList<qint64>{5, 5} << 0 << 0 << none << 0LL << 3 << 1.0 << true
                            << S::Labelled << 0LL;
    row("three agree, min 3") << QList<qint64>{7, 7, 7} << 0 << 0 << none << 0LL << 3 << 1.0 << true
                              << S::Agreed << 7LL;
    row("2 of 3, all needed") << QList<qint64>{5, 6, 5} << 0 << 0 << none << 0LL << 2 << 1.0 << true
                              << S::Disputed << 0LL;
    row("2 of 3, majority 0.6") << QList<qint64>{5, 6, 5} << 0 << 0 << none << 0LL << 2 << 0.6
                                << true << S::Agreed << 5LL;
    row("2 of 3, majority 2/3") << QList<qint64>{5, 6, 5} << 0 << 0 << none << 0LL << 2 << 2.0 / 3.0
                                << true << S::Agreed << 5LL;
    row("2 of 3, majority 0.67") << QList<qint64>{5, 6, 5} << 0 << 0 << none << 0LL << 2 << 0.67
                                 << true << S::Disputed << 0LL;
    row("3 of 4, majority 0.75") << QList<qint64>{6, 6, 9, 6} << 0 << 0 << none << 0LL << 2 << 0.75
                                 << true << S::Agreed << 6LL;
    row("3 of 4, majority 0.8") << QList<qint64>{6, 6, 9, 6} << 0 << 0 << none << 0LL << 2 << 0.8
                                << true << S::Disputed << 0LL;
    row("tie, majority 0.5") << QList<qint64>{5, 5, 6, 6} << 0 << 0 << none << 0LL << 2 << 0.5
                             << true << S::Disputed << 0LL;
    row("plurality, majority 0") << QList<qint64>{5, 5, 6, 7} << 0 << 0 << none << 0LL << 2 << 0.0
                                 << true << S::Agreed << 5LL;
    row("tie, majority 0") << QList<qint64>{5, 6} << 0 << 0 << none << 0LL << 2 << 0.0 << true
                           << S::Disputed << 0LL;
    row("majority > 1 is 1") << QList<qint64>{5, 5} << 0 << 0 << none << 0LL << 2 << 1.5 << true
                             << S::Agreed << 5LL;
    row("majority NaN is 1") << QList<qint64>{5, 5, 6} << 0 << 0 << none << 0LL << 2 << kNaN << true
                             << S::Disputed << 0LL;
    // Reviews.
    row("review class resolves dispute")
        << QList<qint64>{5, 6} << 0 << 0 << cls << 6LL << 2 << 1.0 << true << S::Resolved << 6LL;
    row("review class overrides agreement")
        << QList<qint64>{5, 5} << 0 << 0 << cls << 8LL << 2 << 1.0 << true << S::Resolved << 8LL;
    row("review class beats invalid votes")
        << QList<qint64>{5} << 0 << 3 << cls << 5LL << 2 << 1.0 << true << S::Resolved << 5LL;
    row("review class without labels")
        << QList<qint64>{} << 0 << 0 << cls << 4LL << 2 << 1.0 << true << S::Resolved << 4LL;
    row("review class 0 is ignored")
        << QList<qint64>{5, 6} << 0 << 0 << cls << 0LL << 2 << 1.0 << true << S::Disputed << 0LL;
    row("review reject agreed") << QList<qint64>{5, 5} << 2 << 0 << rej << 0LL << 2 << 1.0 << true
                                << S::Rejected << 0LL;
    row("review reject unlabelled")
        << QList<qint64>{} << 0 << 0 << rej << 0LL << 2 << 1.0 << true << S::Rejected << 0LL;
    row("send back disputed") << QList<qint64>{5, 6} << 0 << 0 << back << 5LL << 2 << 1.0 << true
                              << S::Disputed << 0LL;
    row("send back agreed") << QList<qint64>{5, 5} << 0 << 0 << back << 0LL << 2 << 1.0 << true
                            << S::Agreed << 5LL;
    row("send back labelled") << QList<qint64>{5} << 0 << 0 << back << 0LL << 2 << 1.0 << true
                              << S::Labelled << 0LL;
    row("send back unlabelled") << QList<qint64>{} << 0 << 0 << back << 0LL << 2 << 1.0 << true
                                << S::Unlabelled << 0LL;
    row("send back, votes invalid")
        << QList<qint64>{5, 5} << 1 << 2 << back << 0LL << 2 << 1.0 << true << S::Rejected << 0LL;
    // Votes (Common Voice rule, minVotes 2).
    row("votes 1/2 reject agreed")
        << QList<qint64>{5, 5} << 1 << 2 << none << 0LL << 2 << 1.0 << true << S::Rejected << 0LL;
    row("votes 2/2 reject") << QList<qint64>{5} << 2 << 2 << none << 0LL << 2 << 1.0 << true
                            << S::Rejected << 0LL;
    row("votes 3/3 reject unlabelled")
        << QList<qint64>{} << 3 << 3 << none << 0LL << 2 << 1.0 << true << S::Rejected << 0LL;
    row("votes 0/2 reject") << QList<qint64>{5, 6} << 0 << 2 << none << 0LL << 2 << 1.0 << true
                            << S::Rejected << 0LL;
    row("votes invalid, may not reject")
        << QList<qint64>{5, 5} << 1 << 2 << none << 0LL << 2 << 1.0 << false << S::Agreed << 5LL;
    row("votes 0/0") << QList<qint64>{5, 5} << 0 << 0 << none << 0LL << 2 << 1.0 << true
                     << S::Agreed << 5LL;
    row("votes 1/0 other") << QList<qint64>{5} << 1 << 0 << none << 0LL << 2 << 1.0 << true
                           << S::Labelled << 0LL;
    row("votes 0/1 other") << QList<qint64>{5} << 0 << 1 << none << 0LL << 2 << 1.0 << true
                           << S::Labelled << 0LL;
    row("votes 1/1 other") << QList<qint64>{5, 6} << 1 << 1 << none << 0LL << 2 << 1.0 << true
                           << S::Disputed << 0LL;
    row("votes 2/0 valid, unlabelled")
        << QList<qint64>{} << 2 << 0 << none << 0LL << 2 << 1.0 << true << S::Unlabelled << 0LL;
    row("votes 2/1 valid, disputed")
        << QList<qint64>{5, 6} << 2 << 1 << none << 0LL << 2 << 1.0 << true << S::Disputed << 0LL;
}

void TestConsensus::status()
{
    QFETCH(QList<qint64>, labels);
    QFETCH(int, up);
    QFETCH(int, down);
    QFETCH(int, reviewKind);
    QFETCH(qint64, reviewClass);
    QFETCH(int, minAnnotators);
    QFETCH(double, majority);
    QFETCH(bool, votesCanReject);
    QFETCH(SampleStatus, expected);
    QFETCH(qint64, expectedClass);

    SampleEvidence evidence;
    evidence.labelClassIds = labels;
    evidence.up = up;
    evidence.down = down;
    if (reviewKind != kNoReview)
        evidence.latestReview = ReviewDecision{ReviewDecision::Kind(reviewKind), reviewClass};
    ConsensusRule rule;
    rule.minAnnotators = minAnnotators;
    rule.majority = majority;
    rule.votesCanReject = votesCanReject;

    QCOMPARE(sampleStatusName(tally::status(evidence, rule)), sampleStatusName(expected));
    QCOMPARE(consensusClass(evidence, rule), expectedClass);
    const ConsensusResult r = evaluateConsensus(evidence, rule);
    QCOMPARE(r.status, expected);
    QCOMPARE(r.classId, expectedClass);
}

void TestConsensus::evaluateReportsTheDerivation()
{
    SampleEvidence e;
    e.labelClassIds = {3, 4, 3, 0};
    e.up = 2;
    e.down = 1;
    const ConsensusResult r = evaluateConsensus(e, ConsensusRule{});
    QCOMPARE(r.status, SampleStatus::Disputed);
    QCOMPARE(r.labelCount, 3);
    QCOMPARE(r.topClassId, qint64(3));
    QCOMPARE(r.topCount, 2);
    QCOMPARE(r.votes, VoteOutcome::Valid);
    QCOMPARE(r.classId, qint64(0));

    e.labelClassIds = {3, 4};
    const ConsensusResult tied = evaluateConsensus(e, ConsensusRule{});
    QCOMPARE(tied.topClassId, qint64(0));
    QCOMPARE(tied.topCount, 1);

    // A stricter vote threshold changes the outcome the status is derived from.
    ConsensusRule strict;
    strict.votes.minVotes = 4;
    e.labelClassIds = {3, 3};
    e.up = 0;
    e.down = 3;
    QCOMPARE(evaluateConsensus(e, strict).votes, VoteOutcome::Other);
    QCOMPARE(tally::status(e, strict), SampleStatus::Agreed);
    QCOMPARE(tally::status(e, ConsensusRule{}), SampleStatus::Rejected);
}

QTEST_GUILESS_MAIN(TestConsensus)
#include "test_consensus.moc"
