// The review queue's pending list (review/PendingReviews.h): known answers of the
// waiting rule, the queue's navigation, and — on a generated project of 10,000 samples
// with several annotators — the incrementally updated list against a full
// recomputation after random edits (labels, votes, boxes, reviews) with a fixed seed.
#include "TestSupport.h"
#include "review/PendingReviews.h"
#include "review/ProjectReview.h"
#include "store/Annotators.h"
#include "store/Boxes.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Reviews.h"
#include "store/Votes.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;

namespace {

SampleEvidence evidence(QList<qint64> labels, int up = 0, int down = 0)
{
    SampleEvidence e;
    e.labelClassIds = std::move(labels);
    e.up = up;
    e.down = down;
    return e;
}

// The generated project: samples, annotators, a reviewer and classes.
struct Generated
{
    std::unique_ptr<Project> project;
    QList<qint64> samples;
    QList<qint64> annotators;
    qint64 reviewer = 0;
    QList<qint64> classes;
};

} // namespace

class TestPendingReviews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void disputedWaits();
    void resolvedAndRejectedDoNot();
    void lowVotesOnlyWithTheFlag();
    void boxesThatDisagreeWait();
    void navigation();
    void updateFollowsOneSample();
    void randomEditsMatchAFullRecomputation();

private:
    // count samples (every tenth an image), 4 annotators, a reviewer, 3 classes, and
    // initial labels, votes and reviews drawn with rng.
    bool generate(Generated& g, int count, QRandomGenerator& rng);
    // One random edit; returns the edited sample's id (0 when the edit failed).
    qint64 randomEdit(Generated& g, QRandomGenerator& rng);

    QTemporaryDir m_dir;
};

void TestPendingReviews::disputedWaits()
{
    const ConsensusRule rule;
    QVERIFY(PendingReviews::waits(evidence({1, 2}), rule, false));
    QVERIFY(PendingReviews::waits(evidence({1, 2}), rule, true));
    QVERIFY(!PendingReviews::waits(evidence({1, 1}), rule, false)); // agreed
    QVERIFY(!PendingReviews::waits(evidence({1}), rule, false));    // labelled
    QVERIFY(!PendingReviews::waits(evidence({}), rule, false));     // unlabelled
}

void TestPendingReviews::resolvedAndRejectedDoNot()
{
    const ConsensusRule rule;
    SampleEvidence resolved = evidence({1, 2}, 1, 0);
    resolved.latestReview = ReviewDecision{ReviewDecision::Class, 1};
    QVERIFY(!PendingReviews::waits(resolved, rule, false));
    QVERIFY(!PendingReviews::waits(resolved, rule, true));
    SampleEvidence rejected = evidence({1, 2}, 1, 0);
    rejected.latestReview = ReviewDecision{ReviewDecision::Reject, 0};
    QVERIFY(!PendingReviews::waits(rejected, rule, true));
    SampleEvidence sentBack = evidence({1, 2});
    sentBack.latestReview = ReviewDecision{ReviewDecision::SendBack, 0};
    QVERIFY(PendingReviews::waits(sentBack, rule, false)); // send-back: disputed again
    // Votes that reject (votesCanReject) make it Rejected: it does not wait.
    QVERIFY(!PendingReviews::waits(evidence({1, 1}, 0, 3), rule, true));
}

void TestPendingReviews::lowVotesOnlyWithTheFlag()
{
    ConsensusRule rule;
    const SampleEvidence oneVote = evidence({1, 1}, 1, 0); // agreed, outcome Other, 1 vote
    QVERIFY(!PendingReviews::waits(oneVote, rule, false));
    QVERIFY(PendingReviews::waits(oneVote, rule, true));
    QVERIFY(PendingReviews::waits(evidence({}, 1, 1), rule, true));      // a 1-1 tie is Other
    QVERIFY(!PendingReviews::waits(evidence({1, 1}), rule, true));       // Other without votes
    QVERIFY(!PendingReviews::waits(evidence({1, 1}, 2, 0), rule, true)); // Valid
    rule.votesCanReject = false;                                         // Invalid, not rejected
    QVERIFY(PendingReviews::waits(evidence({1, 1}, 0, 2), rule, true));
    QVERIFY(!PendingReviews::waits(evidence({1, 1}, 0, 2), rule, false));
}

void TestPendingReviews::boxesThatDisagreeWait()
{
    SampleEvidence e = evidence({});
    e.boxesDisagree = true;
    QVERIFY(PendingReviews::waits(e, ConsensusRule{}, false));
}

void TestPendingReviews::navigation()
{
    const PendingReviews none;
    QCOMPARE(none.nextAfter(5), qint64(0));
    QCOMPARE(none.previousBefore(5), qint64(0));
    QCOMPARE(none.positionOf(5), 1);

    Generated g;
    QRandomGenerator rng(1);
    QVERIFY(generate(g, 20, rng));
    const ProjectReview review(*g.project);
    PendingReviews pending(review, false);
    for (const qint64 id : pending.ids()) // nothing waits
        for (qint64 who : g.annotators)
            QVERIFY(Labels(*g.project).setLabel(id, who, 0).isOk());
    for (const qint64 id : {g.samples[3], g.samples[8], g.samples[15]}) {
        QVERIFY(Labels(*g.project).setLabel(id, g.annotators[0], g.classes[0]).isOk());
        QVERIFY(Labels(*g.project).setLabel(id, g.annotators[1], g.classes[1]).isOk());
    }
    pending = PendingReviews(review, false);
    const qint64 s3 = g.samples[3], s8 = g.samples[8], s15 = g.samples[15];
    QCOMPARE(pending.ids(), (QList<qint64>{s3, s8, s15}));
    QCOMPARE(pending.nextAfter(0), s3);
    QCOMPARE(pending.nextAfter(s3), s8);
    QCOMPARE(pending.nextAfter(s3 + 1), s8); // from a sample that does not wait
    QCOMPARE(pending.nextAfter(s15), s3);    // wraps
    QCOMPARE(pending.nextAfter(s15, PendingReviews::Ends::Stop), s15);
    QCOMPARE(pending.previousBefore(s8), s3);
    QCOMPARE(pending.previousBefore(s3), s15); // wraps
    QCOMPARE(pending.previousBefore(s3, PendingReviews::Ends::Stop), s3);
    QCOMPARE(pending.indexOf(s8), 1);
    QCOMPARE(pending.indexOf(s8 + 1), -1);
    QCOMPARE(pending.positionOf(s8), 2);
    QCOMPARE(pending.positionOf(s8 + 1), 3);  // where it would be
    QCOMPARE(pending.positionOf(s15 + 1), 3); // at most the count
    QVERIFY(pending.contains(s15) && !pending.contains(s15 + 1));
}

void TestPendingReviews::updateFollowsOneSample()
{
    Generated g;
    QRandomGenerator rng(2);
    QVERIFY(generate(g, 30, rng));
    const ProjectReview review(*g.project);
    Reviews reviews(*g.project);
    PendingReviews pending(review, false);
    const qint64 id = g.samples[5];
    QVERIFY(Labels(*g.project).setLabel(id, g.annotators[0], g.classes[0]).isOk());
    QVERIFY(Labels(*g.project).setLabel(id, g.annotators[1], g.classes[1]).isOk());
    for (int i = 2; i < g.annotators.size(); ++i)
        QVERIFY(Labels(*g.project).setLabel(id, g.annotators[i], 0).isOk());
    pending.update(review, id);
    QVERIFY(pending.contains(id));
    QVERIFY(!pending.update(review, id)); // nothing changed
    const Result<qint64> decided =
        reviews.addReview(id, g.reviewer, ReviewKind::Class, g.classes[0], {});
    QVERIFY(decided.isOk());
    QVERIFY(pending.update(review, id));
    QVERIFY(!pending.contains(id));
    QVERIFY(reviews.deleteReview(decided.value(), g.reviewer).isOk()); // undo
    QVERIFY(pending.update(review, id));
    QVERIFY(pending.contains(id));
    QVERIFY(!pending.update(review, 987654)); // no such sample: not there, not added
    QVERIFY(pending.contains(id));
}

bool TestPendingReviews::generate(Generated& g, int count, QRandomGenerator& rng)
{
    auto created = Project::create(m_dir.filePath(QStringLiteral("g%1.tally").arg(rng.generate())));
    if (!created)
        return false;
    g.project = std::move(created).value();
    std::vector<SampleRecord> records;
    records.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const QString path = QStringLiteral("s/%1.wav").arg(i);
        SampleRecord r = i % 10 == 9 ? test::imageRecord(path, 64, 64) : SampleRecord{};
        r.path = path;
        r.contentHash = QStringLiteral("hash-%1").arg(i);
        records.push_back(r);
    }
    if (!g.project->insertSamples(records))
        return false;
    for (const SampleRecord& r : records)
        g.samples << r.id;
    for (const char* name : {"ann1", "ann2", "ann3", "ann4"})
        g.annotators
            << Annotators(*g.project).ensureAnnotator(QString::fromLatin1(name)).value().id;
    g.reviewer = Annotators(*g.project)
                     .ensureAnnotator(QStringLiteral("rev"), AnnotatorRole::Reviewer)
                     .value()
                     .id;
    for (const char* name : {"cat", "dog", "owl"}) {
        ClassRecord c;
        c.name = QString::fromLatin1(name);
        g.classes << Classes(*g.project).addClass(c).value().id;
    }
    // A fifth of the samples get two or three labels, so that many are agreed or disputed.
    for (int i = 0; i < count; i += 5)
        for (int k = 0; k < 2 + int(rng.bounded(2)); ++k)
            if (!Labels(*g.project)
                     .setLabel(g.samples[i], g.annotators[k], g.classes[rng.bounded(3)]))
                return false;
    Reviews reviews(*g.project);
    for (int i = 1; i < count; i += 25)
        if (!Votes(*g.project).setVote(g.samples[i], g.annotators[0], rng.bounded(2) == 0))
            return false;
    for (int i = 0; i < count; i += 100)
        if (!reviews.addReview(g.samples[i], g.reviewer, ReviewKind::Class, g.classes[0], {}))
            return false;
    return true;
}

qint64 TestPendingReviews::randomEdit(Generated& g, QRandomGenerator& rng)
{
    // Three edits in four fall on the first 100 samples, so that samples get many edits
    // and move in and out of the list; the others anywhere.
    const int n = int(g.samples.size());
    const qint64 id = g.samples[int(rng.bounded(rng.bounded(4) != 0 ? std::min(n, 100) : n))];
    const qint64 who = g.annotators[int(rng.bounded(int(g.annotators.size())))];
    const qint64 cls = g.classes[int(rng.bounded(int(g.classes.size())))];
    Reviews reviews(*g.project);
    switch (rng.bounded(7)) {
    case 0:
    case 1:
        return Labels(*g.project).setLabel(id, who, cls) ? id : 0;
    case 2:
        return Labels(*g.project).setLabel(id, who, 0) ? id : 0;
    case 3: {
        const quint32 v = rng.bounded(3);
        return Votes(*g.project)
                       .setVote(id, who, v == 2 ? std::nullopt : std::optional<bool>(v == 0))
                   ? id
                   : 0;
    }
    case 4: {
        const quint32 k = rng.bounded(3);
        const ReviewKind kind = k == 0   ? ReviewKind::Class
                                : k == 1 ? ReviewKind::Reject
                                         : ReviewKind::SendBack;
        return reviews.addReview(id, g.reviewer, kind, kind == ReviewKind::Class ? cls : 0, {}) ? id
                                                                                                : 0;
    }
    case 5: {
        const std::optional<ReviewRecord> latest = reviews.latestReview(id);
        if (!latest)
            return id; // nothing to delete: the sample is unchanged
        return reviews.deleteReview(latest->id, g.reviewer) ? id : 0;
    }
    default: {
        BoxRecord b;
        b.sampleId = id;
        b.annotatorId = who;
        b.classId = cls;
        b.x = double(rng.bounded(40));
        b.y = double(rng.bounded(40));
        b.w = b.h = 20.0;
        return Boxes(*g.project).addBox(b) ? id : 0;
    }
    }
}

void TestPendingReviews::randomEditsMatchAFullRecomputation()
{
    Generated g;
    QRandomGenerator rng(20261203);
    QVERIFY(generate(g, 10000, rng));
    const ProjectReview review(*g.project);
    PendingReviews plain(review, false);
    PendingReviews lowVotes(review, true);
    QVERIFY(plain.size() > 100);
    QVERIFY(lowVotes.size() > plain.size());
    const int edits = 500;
    int changed = 0;
    for (int e = 1; e <= edits; ++e) {
        const qint64 id = randomEdit(g, rng);
        QVERIFY2(id > 0, qPrintable(QString("edit %1 failed").arg(e)));
        changed += int(plain.update(review, id));
        changed += int(lowVotes.update(review, id));
        if (e % 4 == 0 || e == edits) {
            QCOMPARE(plain.ids(), PendingReviews(review, false).ids());
            QCOMPARE(lowVotes.ids(), PendingReviews(review, true).ids());
        }
    }
    QVERIFY2(changed > 50, qPrintable(QString::number(changed))); // the edits did move samples
}

QTEST_GUILESS_MAIN(TestPendingReviews)
#include "test_pending_reviews.moc"
