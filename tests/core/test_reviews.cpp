// The review store (schema 3) and the project-wide review view: votes, reviews,
// a sample's history in time order, evidence, derived statuses under the consensus
// settings, vote outcomes and agreement over labels and regions.
#include "TestSupport.h"
#include "review/ProjectReview.h"
#include "store/Annotators.h"
#include "store/AuditLog.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Regions.h"
#include "store/Reviews.h"
#include "store/SampleMeta.h"
#include "store/Votes.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tally;

class TestReviews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void votesSetReplaceClear();
    void voteCountsIncludeImported();
    void reviewsRefusalsAndLatest();
    void historyIsTimeOrdered();
    void evidenceExcludesImportClass();
    void statusesOverProject();
    void consensusSettingsRoundTrip();
    void voteOutcomeCounts();
    void agreementReport();

private:
    qint64 sample(int i) const { return m_samples[size_t(i)].id; }
    std::unique_ptr<Project> m_project;
    QTemporaryDir m_dir;
    std::vector<SampleRecord> m_samples;
    qint64 m_yes = 0, m_no = 0;
    qint64 m_ann[3] = {0, 0, 0};
    qint64 m_rev = 0;
};

void TestReviews::init()
{
    const QString path =
        m_dir.filePath(QStringLiteral("%1.tally").arg(QTest::currentTestFunction()));
    QFile::remove(path);
    auto p = Project::create(path);
    QVERIFY(p.isOk());
    m_project = std::move(p).value();
    m_samples.clear();
    for (int i = 0; i < 6; ++i) {
        SampleRecord r;
        r.path = QStringLiteral("s%1.wav").arg(i);
        r.className = i == 0 ? QStringLiteral("yes") : QString(); // an import class, not a label
        r.durationSec = 2.0;
        m_samples.push_back(r);
    }
    QVERIFY(m_project->insertSamples(m_samples));
    Project& a = *m_project;
    m_yes = Classes(a).classByName(QStringLiteral("yes")).value().id;
    m_no = Classes(a).addClass(ClassRecord{0, QStringLiteral("no"), {}, QColor(), {}}).value().id;
    for (int i = 0; i < 3; ++i)
        m_ann[i] = Annotators(a).ensureAnnotator(QStringLiteral("ann%1").arg(i)).value().id;
    m_rev =
        Annotators(a).ensureAnnotator(QStringLiteral("rev"), AnnotatorRole::Reviewer).value().id;
}

void TestReviews::cleanup()
{
    m_project.reset();
}

void TestReviews::votesSetReplaceClear()
{
    Reviews r(*m_project);
    auto first = Votes(*m_project).setVote(sample(1), m_ann[0], true);
    QVERIFY(first.isOk());
    QVERIFY(!first.value().has_value());
    auto second = Votes(*m_project).setVote(sample(1), m_ann[0], false);
    QCOMPARE(second.value(), std::optional<bool>(true));
    QCOMPARE(Votes(*m_project).voteOf(sample(1), m_ann[0]), std::optional<bool>(false));
    QVERIFY(Votes(*m_project).setVote(sample(1), m_ann[1], true).isOk());
    const QList<VoteRecord> votes = Votes(*m_project).votesOf(sample(1));
    QCOMPARE(votes.size(), 2);
    QCOMPARE(votes[0].annotatorName, QStringLiteral("ann0"));
    QCOMPARE(votes[0].up, false);
    QCOMPARE(Votes(*m_project).setVote(sample(1), m_ann[0], std::nullopt).value(),
             std::optional<bool>(false));
    QVERIFY(!Votes(*m_project).voteOf(sample(1), m_ann[0]).has_value());
    auto bad = Votes(*m_project).setVote(999, m_ann[0], true);
    QVERIFY(!bad.isOk());
    QVERIFY(bad.error().reason.contains(QStringLiteral("999")));
    QVERIFY(!Votes(*m_project).setVote(sample(1), 999, true).isOk());
}

void TestReviews::voteCountsIncludeImported()
{
    QVERIFY(SampleMeta(*m_project).setImportedVotes(sample(2), 3, 1));
    QVERIFY(!SampleMeta(*m_project).setImportedVotes(sample(2), -1, 0));
    Reviews r(*m_project);
    QVERIFY(Votes(*m_project).setVote(sample(2), m_ann[0], false).isOk());
    QVERIFY(Votes(*m_project).setVote(sample(2), m_ann[1], true).isOk());
    const VoteCounts v = Votes(*m_project).voteCounts(sample(2));
    QCOMPARE(v.up, 1);
    QCOMPARE(v.down, 1);
    QCOMPARE(v.totalUp(), 4);
    QCOMPARE(v.totalDown(), 2);
    const auto all = Votes(*m_project).allVoteCounts();
    QCOMPARE(all.size(), 6);
    QCOMPARE(all.value(sample(2)).totalUp(), 4);
    QCOMPARE(all.value(sample(3)).totalUp(), 0);
}

void TestReviews::reviewsRefusalsAndLatest()
{
    Reviews r(*m_project);
    QVERIFY(!r.addReview(sample(1), m_rev, ReviewKind::Class, 0, {}).isOk());
    QVERIFY(!r.addReview(sample(1), m_rev, ReviewKind::Reject, m_yes, {}).isOk());
    QVERIFY(!r.addReview(999, m_rev, ReviewKind::Reject, 0, {}).isOk());
    QVERIFY(!r.addReview(sample(1), 999, ReviewKind::Reject, 0, {}).isOk());
    QVERIFY(!r.addReview(sample(1), m_rev, ReviewKind::Class, 999, {}).isOk());
    QVERIFY(!r.latestReview(sample(1)).has_value());
    const qint64 first =
        r.addReview(sample(1), m_rev, ReviewKind::Class, m_no, QStringLiteral(" clear no "))
            .value();
    QTest::qWait(2);
    const qint64 second =
        r.addReview(sample(1), m_rev, ReviewKind::Reject, 0, QStringLiteral("noise")).value();
    QVERIFY(second > first);
    QCOMPARE(r.latestReview(sample(1))->kind, ReviewKind::Reject);
    const QList<ReviewRecord> all = r.reviewsOf(sample(1));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].className, QStringLiteral("no"));
    QCOMPARE(all[0].reason, QStringLiteral("clear no"));
    QCOMPARE(all[0].reviewerName, QStringLiteral("rev"));
    QVERIFY(r.deleteReview(second, m_rev));
    QCOMPARE(r.latestReview(sample(1))->id, first);
    QVERIFY(!r.deleteReview(second).isOk());
}

void TestReviews::historyIsTimeOrdered()
{
    Project& a = *m_project;
    Reviews r(*m_project);
    const qint64 s = sample(1);
    QVERIFY(Labels(a).setLabel(s, m_ann[0], m_yes).isOk());
    RegionRecord reg;
    reg.sampleId = s;
    reg.annotatorId = m_ann[1];
    reg.classId = m_no;
    reg.startSec = 0.5;
    reg.endSec = 1.25;
    QVERIFY(Regions(a).addRegion(reg).isOk());
    QVERIFY(Votes(*m_project).setVote(s, m_ann[2], false).isOk());
    QVERIFY(r.addReview(s, m_rev, ReviewKind::Class, m_no, QStringLiteral("heard no")).isOk());
    QVERIFY(Labels(a).setLabel(s, m_ann[0], m_no).isOk());
    QVERIFY(Labels(a)
                .setLabel(sample(2), m_ann[0], m_no)
                .isOk()); // another sample: not in this history
    const QList<HistoryEvent> h = AuditLog(*m_project).history(s);
    QStringList actions;
    for (const HistoryEvent& e : h)
        actions << e.action;
    QCOMPARE(actions,
             (QStringList{"sample.add", "label", "region.add", "vote", "review", "label"}));
    for (int i = 1; i < h.size(); ++i)
        QVERIFY(h[i - 1].at <= h[i].at);
    QCOMPARE(h[1].annotatorName, QStringLiteral("ann0"));
    QVERIFY2(h[1].description.contains(QStringLiteral("yes")), qPrintable(h[1].description));
    QVERIFY2(h[2].description.contains(QStringLiteral("no")), qPrintable(h[2].description));
    QVERIFY2(h[4].description.contains(QStringLiteral("heard no")), qPrintable(h[4].description));
    QCOMPARE(h[4].annotatorName, QStringLiteral("rev"));
    QVERIFY(h[5].description.contains(QStringLiteral("yes")) &&
            h[5].description.contains(QStringLiteral("no")));
    QVERIFY(AuditLog(*m_project).history(999).isEmpty());
}

void TestReviews::evidenceExcludesImportClass()
{
    Project& a = *m_project;
    QVERIFY(SampleMeta(*m_project).setImportedVotes(sample(0), 2, 0));
    QVERIFY(Votes(*m_project).setVote(sample(0), m_ann[0], false).isOk());
    ProjectReview pr(*m_project);
    SampleEvidence e = pr.evidenceFor(sample(0)).value();
    QVERIFY(e.labelClassIds.isEmpty()); // the import's "yes" is not a label
    QCOMPARE(e.up, 2);
    QCOMPARE(e.down, 1);
    QVERIFY(!e.latestReview);
    QVERIFY(Labels(a).setLabel(sample(0), m_ann[1], m_no).isOk());
    QVERIFY(Labels(a).setLabel(sample(0), m_ann[0], m_yes).isOk());
    e = pr.evidenceFor(sample(0)).value();
    QCOMPARE(e.labelClassIds, (QList<qint64>{m_yes, m_no})); // by annotator id
    const auto all = pr.evidenceForAll();
    QCOMPARE(all.size(), 6);
    QCOMPARE(all.value(sample(0)).labelClassIds, e.labelClassIds);
    QCOMPARE(all.value(sample(0)).up, 2);
    QVERIFY(!pr.evidenceFor(999).isOk());
}

void TestReviews::statusesOverProject()
{
    Project& a = *m_project;
    Reviews r(*m_project);
    // s0 unlabelled; s1 one label; s2 agreed; s3 disputed; s4 disputed then resolved;
    // s5 rejected by imported votes.
    QVERIFY(Labels(a).setLabel(sample(1), m_ann[0], m_yes).isOk());
    for (int s : {2, 3, 4}) {
        QVERIFY(Labels(a).setLabel(sample(s), m_ann[0], m_yes).isOk());
        QVERIFY(Labels(a).setLabel(sample(s), m_ann[1], s == 2 ? m_yes : m_no).isOk());
    }
    QVERIFY(r.addReview(sample(4), m_rev, ReviewKind::Class, m_no, {}).isOk());
    QVERIFY(SampleMeta(*m_project).setImportedVotes(sample(5), 0, 2));
    ProjectReview pr(*m_project);
    const auto st = pr.statuses();
    QCOMPARE(st.value(sample(0)), SampleStatus::Unlabelled);
    QCOMPARE(st.value(sample(1)), SampleStatus::Labelled);
    QCOMPARE(st.value(sample(2)), SampleStatus::Agreed);
    QCOMPARE(st.value(sample(3)), SampleStatus::Disputed);
    QCOMPARE(st.value(sample(4)), SampleStatus::Resolved);
    QCOMPARE(st.value(sample(5)), SampleStatus::Rejected);
    QCOMPARE(pr.statusOf(sample(3)).value(), SampleStatus::Disputed);
    const auto counts = pr.statusCounts();
    QCOMPARE(counts.size(), size_t(6));
    for (const auto& [status, n] : counts)
        QCOMPARE(n, qint64(1));
    // A send-back review is ignored: the sample is disputed again.
    QVERIFY(r.addReview(sample(4), m_rev, ReviewKind::SendBack, 0, QStringLiteral("listen again"))
                .isOk());
    QCOMPARE(pr.statusOf(sample(4)).value(), SampleStatus::Disputed);
    // Three annotators needed: s2 (two labels) is only labelled.
    ConsensusRule rule = pr.rule();
    rule.minAnnotators = 3;
    QVERIFY(ProjectReview::saveRule(*m_project, rule));
    QCOMPARE(ProjectReview(*m_project).statusOf(sample(2)).value(), SampleStatus::Labelled);
    // A 2-of-3 majority agrees.
    QVERIFY(Labels(a).setLabel(sample(3), m_ann[2], m_no).isOk());
    rule.majority = 2.0 / 3.0;
    QVERIFY(ProjectReview::saveRule(*m_project, rule));
    QCOMPARE(ProjectReview(*m_project).statusOf(sample(3)).value(), SampleStatus::Agreed);
    QCOMPARE(ProjectReview(*m_project).consensusOf(sample(3)).value().classId, m_no);
}

void TestReviews::consensusSettingsRoundTrip()
{
    const ConsensusRule defaults = ProjectReview::loadRule(*m_project);
    QCOMPARE(defaults.minAnnotators, ConsensusRule{}.minAnnotators);
    ConsensusRule rule;
    rule.minAnnotators = 4;
    rule.majority = 0.75;
    rule.votesCanReject = false;
    rule.votes.minVotes = 3;
    QVERIFY(ProjectReview::saveRule(*m_project, rule));
    QCOMPARE(m_project->setting(reviewsettings::kMinAnnotators), QStringLiteral("4"));
    const ConsensusRule back = ProjectReview::loadRule(*m_project);
    QCOMPARE(back.minAnnotators, 4);
    QCOMPARE(back.majority, 0.75);
    QCOMPARE(back.votesCanReject, false);
    QCOMPARE(back.votes.minVotes, 3);
    QVERIFY(m_project->setSetting(reviewsettings::kMajority, QStringLiteral("lots")));
    QCOMPARE(ProjectReview::loadRule(*m_project).majority, ConsensusRule{}.majority);
}

void TestReviews::voteOutcomeCounts()
{
    SampleMeta meta(*m_project);
    QVERIFY(meta.setImportedVotes(sample(0), 2, 0));                      // valid
    QVERIFY(meta.setImportedVotes(sample(1), 1, 2));                      // invalid
    QVERIFY(meta.setImportedVotes(sample(2), 1, 1));                      // other
    QVERIFY(Votes(*m_project).setVote(sample(3), m_ann[0], true).isOk()); // 1/0 other
    QVERIFY(meta.setImportedVotes(sample(4), 1, 0));
    QVERIFY(Votes(*m_project).setVote(sample(4), m_ann[0], true).isOk()); // 2/0 valid
    const auto counts = ProjectReview(*m_project).voteOutcomeCounts();
    QCOMPARE(counts.at(VoteOutcome::Valid), qint64(2));
    QCOMPARE(counts.at(VoteOutcome::Invalid), qint64(1));
    QCOMPARE(counts.at(VoteOutcome::Other), qint64(3));
}

// Two annotators, four samples: (yes,yes) (no,no) (yes,no) (no,no).
// po = 3/4; A: 2 yes 2 no, B: 1 yes 3 no; pe = .5*.25 + .5*.75 = .5; kappa = .5.
void TestReviews::agreementReport()
{
    Project& a = *m_project;
    const qint64 A[] = {m_yes, m_no, m_yes, m_no};
    const qint64 B[] = {m_yes, m_no, m_no, m_no};
    for (int i = 0; i < 4; ++i) {
        QVERIFY(Labels(a).setLabel(sample(i), m_ann[0], A[i]).isOk());
        QVERIFY(Labels(a).setLabel(sample(i), m_ann[1], B[i]).isOk());
    }
    RegionRecord r1;
    r1.sampleId = sample(0);
    r1.annotatorId = m_ann[0];
    r1.classId = m_yes;
    r1.startSec = 0.0;
    r1.endSec = 1.0;
    RegionRecord r2 = r1;
    r2.annotatorId = m_ann[1];
    r2.startSec = 0.1;
    RegionRecord r3 = r1;
    r3.annotatorId = m_ann[1];
    r3.startSec = 1.5;
    r3.endSec = 1.9;
    for (const RegionRecord& r : {r1, r2, r3})
        QVERIFY(Regions(a).addRegion(r).isOk());
    const AgreementReport rep = ProjectReview(*m_project).agreementReport(std::nullopt, 0.5);
    QCOMPARE(rep.items, 4);
    QCOMPARE(rep.percentAgreement.value, 0.75);
    QCOMPARE(rep.cohenKappa.size(), 1);
    QVERIFY(qAbs(rep.cohenKappa[0].stat.value - 0.5) < 1e-9);
    QCOMPARE(rep.raterNames.value(rep.cohenKappa[0].raterA), QStringLiteral("ann0"));
    QVERIFY(rep.fleissKappa.isDefined());
    QVERIFY(rep.krippendorffAlpha.isDefined());
    QCOMPARE(rep.regions.comparisons, 1);
    QCOMPARE(rep.regions.matched, 1);
    QCOMPARE(rep.regions.regions, 3);
    QVERIFY(qAbs(rep.regions.f1 - 2.0 / 3.0) < 1e-9);
    QVERIFY(qAbs(rep.regions.meanIoU - 0.9) < 1e-9);
    // Per class: one-vs-rest of "yes" is the same split here, so kappa is the same.
    const AgreementReport yes = ProjectReview(*m_project).agreementReport(m_yes, 0.95);
    QVERIFY(qAbs(yes.cohenKappa[0].stat.value - 0.5) < 1e-9);
    QCOMPARE(yes.regions.matched, 0); // IoU 0.9 < 0.95
}

QTEST_GUILESS_MAIN(TestReviews)
#include "test_reviews.moc"
