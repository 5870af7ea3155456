// Box agreement (core/review/Agreement): box IoU and greedy one-to-one matching
// against cases worked by hand; the project-wide pooled box agreement
// (ProjectReview::agreementReport) and the box dispute rule (Consensus rule 3): an
// image whose annotators' boxes do not all match is disputed until a review decides.
#include "TestSupport.h"
#include "review/Agreement.h"
#include "review/ProjectReview.h"
#include "store/Annotators.h"
#include "store/Boxes.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Regions.h"
#include "store/Reviews.h"
#include "store/SampleMeta.h"
#include "store/Votes.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace tally;

Q_DECLARE_METATYPE(tally::BoxShape)

namespace {

BoxShape bx(double x, double y, double w, double h, qint64 cls = 1)
{
    return BoxShape{x, y, w, h, cls};
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-12;
}

} // namespace

class TestBoxAgreement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // pure functions
    void iou_data();
    void iou();
    void thresholdAndClass();
    void greedyAndTies();
    void emptySets();
    void sameMatchingAsRegions();
    // the project
    void init();
    void cleanup();
    void pooledReport();
    void pooledReportPerClass();
    void boxIouSettingRoundTrip();
    void disputedUntilReviewed();
    void disputeRuleOrder();
    void importedBoxesCount();

private:
    qint64 image(int i) const { return m_images[size_t(i)].id; }
    qint64 addBox(int imageIndex, int annotator, qint64 cls, double x, double y, double w,
                  double h);

    std::unique_ptr<Project> m_project;
    QTemporaryDir m_dir;
    std::vector<SampleRecord> m_images;
    qint64 m_person = 0, m_dog = 0;
    qint64 m_ann[3] = {0, 0, 0};
    qint64 m_rev = 0;
};

// ---- pure functions ------------------------------------------------------------------

void TestBoxAgreement::iou_data()
{
    QTest::addColumn<BoxShape>("a");
    QTest::addColumn<BoxShape>("b");
    QTest::addColumn<double>("expected");
    QTest::newRow("identical") << bx(3, 4, 10, 10) << bx(3, 4, 10, 10) << 1.0;
    // 10 × 10 boxes 5 px apart in x: overlap 5 × 10 = 50, union 100 + 100 - 50.
    QTest::newRow("offset 5 px in x") << bx(0, 0, 10, 10) << bx(5, 0, 10, 10) << 50.0 / 150.0;
    QTest::newRow("offset 5 px in y") << bx(0, 0, 10, 10) << bx(0, 5, 10, 10) << 50.0 / 150.0;
    // 5 px in both: overlap 25, union 175.
    QTest::newRow("offset diagonally") << bx(0, 0, 10, 10) << bx(5, 5, 10, 10) << 25.0 / 175.0;
    QTest::newRow("contained") << bx(0, 0, 20, 20) << bx(5, 5, 10, 10) << 100.0 / 400.0;
    QTest::newRow("disjoint") << bx(0, 0, 10, 10) << bx(30, 30, 10, 10) << 0.0;
    QTest::newRow("touching edges") << bx(0, 0, 10, 10) << bx(10, 0, 10, 10) << 0.0;
    QTest::newRow("overlap in x only") << bx(0, 0, 10, 10) << bx(5, 20, 10, 10) << 0.0;
    QTest::newRow("zero area") << bx(0, 0, 0, 0) << bx(0, 0, 0, 0) << 0.0;
    // A negative width reaches left from x: (10, 0, -10, 10) is (0, 0, 10, 10).
    QTest::newRow("negative width") << bx(10, 0, -10, 10) << bx(0, 0, 10, 10) << 1.0;
    // Class does not enter the IoU.
    QTest::newRow("other class") << bx(0, 0, 10, 10, 1) << bx(5, 0, 10, 10, 2) << 1.0 / 3.0;
}

void TestBoxAgreement::iou()
{
    QFETCH(BoxShape, a);
    QFETCH(BoxShape, b);
    QFETCH(double, expected);
    QVERIFY2(near(boxIoU(a, b), expected), qPrintable(QString::number(boxIoU(a, b), 'g', 17)));
    QVERIFY(near(boxIoU(b, a), expected));
}

void TestBoxAgreement::thresholdAndClass()
{
    const QList<BoxShape> a = {bx(0, 0, 10, 10, 1), bx(20, 0, 10, 10, 1), bx(40, 0, 10, 10, 2)};
    // IoUs with a[i]: 90/110, 50/150, 1.0 (but class 1 against class 2).
    const QList<BoxShape> b = {bx(1, 0, 10, 10, 1), bx(25, 0, 10, 10, 1), bx(40, 0, 10, 10, 1)};
    RegionAgreement r = boxAgreement(a, b, 0.5);
    QCOMPARE(r.countA, 3);
    QCOMPARE(r.countB, 3);
    QCOMPARE(r.matches.size(), 1);
    QCOMPARE(r.matches[0].indexA, 0);
    QCOMPARE(r.matches[0].indexB, 0);
    QVERIFY(near(r.matches[0].iou, 90.0 / 110.0));
    QVERIFY(near(r.precision, 1.0 / 3.0));
    QVERIFY(near(r.recall, 1.0 / 3.0));
    QVERIFY(near(r.f1, 2.0 / 6.0));
    QVERIFY(!r.allMatched());

    // 1/3 passes a threshold of 0.3; the class mismatch still blocks the third pair.
    r = boxAgreement(a, b, 0.3);
    QCOMPARE(r.matches.size(), 2);
    QCOMPARE(r.matches[1].indexA, 1);
    QCOMPARE(r.matches[1].indexB, 1);
    QVERIFY(near(r.f1, 4.0 / 6.0));

    // Without the class check, all three match, best IoU first.
    r = boxAgreement(a, b, 0.3, false);
    QCOMPARE(r.matches.size(), 3);
    QCOMPARE(r.matches[0].indexA, 2);
    QVERIFY(near(r.matches[0].iou, 1.0));
    QVERIFY(near(r.f1, 1.0));
    QVERIFY(r.allMatched());

    // The threshold is inclusive: exactly 1/3 at a threshold of 1/3 matches.
    QCOMPARE(boxAgreement({bx(0, 0, 10, 10)}, {bx(5, 0, 10, 10)}, 1.0 / 3.0).matches.size(), 1);
    QCOMPARE(boxAgreement({bx(0, 0, 10, 10)}, {bx(5, 0, 10, 10)}, 0.34).matches.size(), 0);
    // No class (0) matches only no class.
    QCOMPARE(boxAgreement({bx(0, 0, 10, 10, 0)}, {bx(0, 0, 10, 10, 0)}, 0.5).matches.size(), 1);
    QCOMPARE(boxAgreement({bx(0, 0, 10, 10, 0)}, {bx(0, 0, 10, 10, 1)}, 0.5).matches.size(), 0);
}

void TestBoxAgreement::greedyAndTies()
{
    // b0 overlaps a0 by 70/130 and a1 by 90/110: the better pair (a1, b0) is taken,
    // leaving a0 unmatched although it came first.
    RegionAgreement r = boxAgreement({bx(0, 0, 10, 10), bx(4, 0, 10, 10)}, {bx(3, 0, 10, 10)}, 0.5);
    QCOMPARE(r.matches.size(), 1);
    QCOMPARE(r.matches[0].indexA, 1);
    QCOMPARE(r.matches[0].indexB, 0);
    QVERIFY(near(r.recall, 0.5));
    QVERIFY(near(r.precision, 1.0));

    // A tie (1/3 each side): the lower indexA wins ...
    r = boxAgreement({bx(0, 0, 10, 10), bx(10, 0, 10, 10)}, {bx(5, 0, 10, 10)}, 0.3);
    QCOMPARE(r.matches.size(), 1);
    QCOMPARE(r.matches[0].indexA, 0);
    // ... then the lower indexB.
    r = boxAgreement({bx(5, 0, 10, 10)}, {bx(0, 0, 10, 10), bx(10, 0, 10, 10)}, 0.3);
    QCOMPARE(r.matches.size(), 1);
    QCOMPARE(r.matches[0].indexB, 0);

    // One to one: two identical boxes in b, one in a: one match.
    r = boxAgreement({bx(0, 0, 10, 10)}, {bx(0, 0, 10, 10), bx(0, 0, 10, 10)}, 0.5);
    QCOMPARE(r.matches.size(), 1);
    QVERIFY(near(r.f1, 2.0 / 3.0));
    QVERIFY(!r.allMatched());
}

void TestBoxAgreement::emptySets()
{
    RegionAgreement r = boxAgreement({}, {}, 0.5);
    QVERIFY(near(r.f1, 1.0));
    QVERIFY(std::isnan(r.precision) && std::isnan(r.recall));
    QVERIFY(r.allMatched());
    r = boxAgreement({bx(0, 0, 1, 1)}, {}, 0.5);
    QVERIFY(near(r.f1, 0.0));
    QVERIFY(near(r.recall, 0.0));
    QVERIFY(std::isnan(r.precision));
    QVERIFY(!r.allMatched());
}

void TestBoxAgreement::sameMatchingAsRegions()
{
    // Boxes one pixel high on the same row are intervals on x: the shared matcher
    // gives the same matches as regionAgreement on those intervals.
    const double xa[][3] = {{0, 10, 1}, {4, 14, 1}, {20, 30, 2}, {21, 29, 2}};
    const double xb[][3] = {{3, 13, 1}, {0, 10, 1}, {22, 31, 2}, {50, 60, 1}};
    QList<BoxShape> ba, bb;
    QList<Interval> ia, ib;
    for (const auto& v : xa) {
        ba << bx(v[0], 0, v[1] - v[0], 1, qint64(v[2]));
        ia << Interval{v[0], v[1], std::nullopt, std::nullopt, qint64(v[2])};
    }
    for (const auto& v : xb) {
        bb << bx(v[0], 0, v[1] - v[0], 1, qint64(v[2]));
        ib << Interval{v[0], v[1], std::nullopt, std::nullopt, qint64(v[2])};
    }
    for (double threshold : {0.1, 0.5, 0.8}) {
        const RegionAgreement boxes = boxAgreement(ba, bb, threshold);
        const RegionAgreement regions = regionAgreement(ia, ib, threshold);
        QCOMPARE(boxes.matches.size(), regions.matches.size());
        for (int i = 0; i < boxes.matches.size(); ++i) {
            QCOMPARE(boxes.matches[i].indexA, regions.matches[i].indexA);
            QCOMPARE(boxes.matches[i].indexB, regions.matches[i].indexB);
            QVERIFY(near(boxes.matches[i].iou, regions.matches[i].iou));
        }
        QVERIFY(near(boxes.f1, regions.f1));
    }
    // Worked by hand at 0.5: (a0, b1) 1.0, (a1, b0) 9/11, (a2, b2) 8/11; a3 would take
    // b2 at 7/10 but b2 is taken; a0-b0 (7/13) comes too late.
    const RegionAgreement r = boxAgreement(ba, bb, 0.5);
    QCOMPARE(r.matches.size(), 3);
    QCOMPARE((QList<int>{r.matches[0].indexA, r.matches[1].indexA, r.matches[2].indexA}),
             (QList<int>{0, 1, 2}));
    QCOMPARE((QList<int>{r.matches[0].indexB, r.matches[1].indexB, r.matches[2].indexB}),
             (QList<int>{1, 0, 2}));
    QVERIFY(near(r.matches[2].iou, 8.0 / 11.0));
}

// ---- the project ---------------------------------------------------------------------

void TestBoxAgreement::init()
{
    const QString path =
        m_dir.filePath(QStringLiteral("%1.tally").arg(QTest::currentTestFunction()));
    QFile::remove(path);
    auto p = Project::create(path);
    QVERIFY(p.isOk());
    m_project = std::move(p).value();
    m_images.clear();
    for (int i = 0; i < 4; ++i) {
        SampleRecord r;
        r.path = QStringLiteral("img%1.png").arg(i);
        r.kind = SampleKind::Image;
        r.contentHash = r.path;
        r.width = 100;
        r.height = 100;
        m_images.push_back(r);
    }
    QVERIFY(m_project->insertSamples(m_images));
    Project& a = *m_project;
    m_person =
        Classes(a).addClass(ClassRecord{0, QStringLiteral("person"), {}, QColor(), {}}).value().id;
    m_dog = Classes(a).addClass(ClassRecord{0, QStringLiteral("dog"), {}, QColor(), {}}).value().id;
    for (int i = 0; i < 3; ++i)
        m_ann[i] = Annotators(a).ensureAnnotator(QStringLiteral("ann%1").arg(i)).value().id;
    m_rev =
        Annotators(a).ensureAnnotator(QStringLiteral("rev"), AnnotatorRole::Reviewer).value().id;

    // img0: ann0 and ann1 agree on the dog (IoU 1) but not quite on the person
    //       (10 × 10 boxes 5 px apart: IoU 1/3).
    // img1: three annotators draw the same person box: three pairs, all matched.
    // img2: only ann0 drew: nothing to compare. img3: no boxes.
    addBox(0, 0, m_person, 0, 0, 10, 10);
    addBox(0, 0, m_dog, 50, 50, 20, 20);
    addBox(0, 1, m_person, 5, 0, 10, 10);
    addBox(0, 1, m_dog, 50, 50, 20, 20);
    for (int k = 0; k < 3; ++k)
        addBox(1, k, m_person, 10, 10, 30, 30);
    addBox(2, 0, m_dog, 1, 1, 5, 5);
}

void TestBoxAgreement::cleanup()
{
    m_project.reset();
}

qint64 TestBoxAgreement::addBox(int imageIndex, int annotator, qint64 cls, double x, double y,
                                double w, double h)
{
    BoxRecord b;
    b.sampleId = image(imageIndex);
    b.annotatorId = m_ann[annotator];
    b.classId = cls;
    b.x = x;
    b.y = y;
    b.w = w;
    b.h = h;
    const Result<qint64> id = Boxes(*m_project).addBox(b);
    if (!id)
        qWarning() << id.error().toString();
    return id ? id.value() : 0;
}

void TestBoxAgreement::pooledReport()
{
    ProjectReview pr(*m_project);
    QCOMPARE(pr.rule().boxIouThreshold, 0.5); // the default
    // At 0.5: img0 one pair, dog matched (IoU 1), person not; img1 three pairs matched.
    AgreementReport r = pr.agreementReport();
    QCOMPARE(r.boxes.iouThreshold, 0.5);
    QCOMPARE(r.boxes.comparisons, 4);
    QCOMPARE(r.boxes.regions, 4 + 6);
    QCOMPARE(r.boxes.matched, 1 + 3);
    QVERIFY(near(r.boxes.f1, 8.0 / 10.0));
    QVERIFY(near(r.boxes.meanIoU, 1.0));
    // Regions are not mixed in.
    QCOMPARE(r.regions.comparisons, 0);
    QVERIFY(std::isnan(r.regions.f1));

    // At 0.3 the person pair (1/3) matches too: mean IoU (1/3 + 1 + 3) / 5.
    r = pr.agreementReport(std::nullopt, 0.5, 0.3);
    QCOMPARE(r.boxes.iouThreshold, 0.3);
    QCOMPARE(r.boxes.matched, 5);
    QVERIFY(near(r.boxes.f1, 1.0));
    QVERIFY(near(r.boxes.meanIoU, (1.0 / 3.0 + 4.0) / 5.0));

    // No image with boxes from two annotators: nothing compared, undefined F1.
    Project& a = *m_project;
    for (const BoxRecord& b : Boxes(a).allBoxes())
        if (b.annotatorId != m_ann[0])
            QVERIFY(Boxes(a).deleteBox(b.id));
    r = pr.agreementReport();
    QCOMPARE(r.boxes.comparisons, 0);
    QCOMPARE(r.boxes.matched, 0);
    QVERIFY(std::isnan(r.boxes.f1));
    QVERIFY(std::isnan(r.boxes.meanIoU));
}

void TestBoxAgreement::pooledReportPerClass()
{
    // Persons only: img0's pair (no match at 0.5) and img1's three pairs.
    const AgreementReport person = ProjectReview(*m_project).agreementReport(m_person);
    QCOMPARE(person.boxes.comparisons, 4);
    QCOMPARE(person.boxes.regions, 2 + 6);
    QCOMPARE(person.boxes.matched, 3);
    QVERIFY(near(person.boxes.f1, 6.0 / 8.0));
    // Dogs only: img0's pair matched; img2 has one annotator.
    const AgreementReport dog = ProjectReview(*m_project).agreementReport(m_dog);
    QCOMPARE(dog.boxes.comparisons, 1);
    QCOMPARE(dog.boxes.matched, 1);
    QVERIFY(near(dog.boxes.f1, 1.0));
}

void TestBoxAgreement::boxIouSettingRoundTrip()
{
    ConsensusRule rule = ProjectReview::loadRule(*m_project);
    QCOMPARE(rule.boxIouThreshold, 0.5);
    rule.boxIouThreshold = 0.3;
    QVERIFY(ProjectReview::saveRule(*m_project, rule));
    QCOMPARE(m_project->setting(reviewsettings::kBoxIoU), QStringLiteral("0.3"));
    QCOMPARE(ProjectReview::loadRule(*m_project).boxIouThreshold, 0.3);
    // The report's default threshold is the project's.
    const AgreementReport r = ProjectReview(*m_project).agreementReport();
    QCOMPARE(r.boxes.iouThreshold, 0.3);
    QCOMPARE(r.boxes.matched, 5);
    // Malformed or out-of-range values fall back to the default.
    for (const char* bad : {"lots", "0", "-0.2", "1.5"}) {
        QVERIFY(m_project->setSetting(reviewsettings::kBoxIoU, QString::fromLatin1(bad)));
        QCOMPARE(ProjectReview::loadRule(*m_project).boxIouThreshold, 0.5);
    }
    QVERIFY(m_project->setSetting(reviewsettings::kBoxIoU, QStringLiteral("1")));
    QCOMPARE(ProjectReview::loadRule(*m_project).boxIouThreshold, 1.0);
}

void TestBoxAgreement::disputedUntilReviewed()
{
    ProjectReview pr(*m_project);
    // img0: the person boxes do not match at 0.5 → disputed, without any label.
    QVERIFY(pr.evidenceFor(image(0)).value().boxesDisagree);
    QVERIFY(!pr.evidenceFor(image(1)).value().boxesDisagree);
    QVERIFY(!pr.evidenceFor(image(2)).value().boxesDisagree);
    QVERIFY(!pr.evidenceFor(image(3)).value().boxesDisagree);
    const QHash<qint64, SampleEvidence> all = pr.evidenceForAll();
    QCOMPARE(all.size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(all.value(image(i)).boxesDisagree, i == 0);
    const QHash<qint64, SampleStatus> st = pr.statuses();
    QCOMPARE(st.value(image(0)), SampleStatus::Disputed);
    QCOMPARE(st.value(image(1)), SampleStatus::Unlabelled);
    QCOMPARE(st.value(image(2)), SampleStatus::Unlabelled);
    QCOMPARE(pr.statusOf(image(0)).value(), SampleStatus::Disputed);
    QCOMPARE(pr.statusCounts().at(SampleStatus::Disputed), qint64(1));

    // A reviewer resolves it; a send-back puts it back; a rejection decides again.
    Reviews reviews(*m_project);
    QVERIFY(reviews
                .addReview(image(0), m_rev, ReviewKind::Class, m_person,
                           QStringLiteral("boxes checked"))
                .isOk());
    QCOMPARE(pr.statusOf(image(0)).value(), SampleStatus::Resolved);
    QCOMPARE(pr.statuses().value(image(0)), SampleStatus::Resolved);
    QVERIFY(reviews.addReview(image(0), m_rev, ReviewKind::SendBack, 0, QStringLiteral("redraw"))
                .isOk());
    QCOMPARE(pr.statusOf(image(0)).value(), SampleStatus::Disputed);
    QVERIFY(reviews.addReview(image(0), m_rev, ReviewKind::Reject, 0, QStringLiteral("blurred"))
                .isOk());
    QCOMPARE(pr.statuses().value(image(0)), SampleStatus::Rejected);

    // img1: a box only ann2 drew (a dog) has no partner → disputed.
    const qint64 extra = addBox(1, 2, m_dog, 60, 60, 10, 10);
    QCOMPARE(pr.statusOf(image(1)).value(), SampleStatus::Disputed);
    // The same box under another class for ann1 still does not match (class differs).
    addBox(1, 1, m_person, 60, 60, 10, 10);
    QCOMPARE(pr.statusOf(image(1)).value(), SampleStatus::Disputed);
    // Deleting it and the extra: every pair matches again.
    Project& a = *m_project;
    QVERIFY(Boxes(a).deleteBox(extra));
    for (const BoxRecord& b : Boxes(a).boxesOf(image(1), m_ann[1]))
        if (b.x == 60)
            QVERIFY(Boxes(a).deleteBox(b.id));
    QCOMPARE(pr.statusOf(image(1)).value(), SampleStatus::Unlabelled);

    // At a box threshold of 0.3 (this object's rule) img0's person pair (1/3) matches.
    ConsensusRule rule = pr.rule();
    rule.boxIouThreshold = 0.3;
    pr.setRule(rule);
    QVERIFY(!pr.evidenceFor(image(0)).value().boxesDisagree);
    QVERIFY(!pr.evidenceForAll().value(image(0)).boxesDisagree);
}

void TestBoxAgreement::disputeRuleOrder()
{
    Project& a = *m_project;
    ProjectReview pr(*m_project);
    // Agreeing labels do not outweigh disagreeing boxes (rule 3 before the labels).
    QVERIFY(Labels(a).setLabel(image(0), m_ann[0], m_person).isOk());
    QVERIFY(Labels(a).setLabel(image(0), m_ann[1], m_person).isOk());
    ConsensusResult c = pr.consensusOf(image(0)).value();
    QCOMPARE(c.status, SampleStatus::Disputed);
    QCOMPARE(c.classId, qint64(0));
    // Once the boxes match (threshold 0.3 in the project), the labels decide: agreed.
    ConsensusRule rule = pr.rule();
    rule.boxIouThreshold = 0.3;
    QVERIFY(ProjectReview::saveRule(*m_project, rule));
    c = ProjectReview(*m_project).consensusOf(image(0)).value();
    QCOMPARE(c.status, SampleStatus::Agreed);
    QCOMPARE(c.classId, m_person);
    // Votes that reject come before the boxes (rule 2).
    rule.boxIouThreshold = 0.5;
    QVERIFY(ProjectReview::saveRule(*m_project, rule));
    QVERIFY(SampleMeta(*m_project).setImportedVotes(image(0), 0, 2));
    QCOMPARE(ProjectReview(*m_project).statusOf(image(0)).value(), SampleStatus::Rejected);

    // The pure rule, directly.
    SampleEvidence e;
    e.boxesDisagree = true;
    QCOMPARE(tally::status(e, ConsensusRule{}), SampleStatus::Disputed);
    e.latestReview = ReviewDecision{ReviewDecision::Class, 7};
    QCOMPARE(tally::status(e, ConsensusRule{}), SampleStatus::Resolved);
    e.latestReview = ReviewDecision{ReviewDecision::SendBack, 0};
    QCOMPARE(tally::status(e, ConsensusRule{}), SampleStatus::Disputed);
    e.boxesDisagree = false;
    QCOMPARE(tally::status(e, ConsensusRule{}), SampleStatus::Unlabelled);
}

void TestBoxAgreement::importedBoxesCount()
{
    // Boxes an annotation file brought in without an annotator are "imported"'s; a
    // person who draws differently on the same image puts it in dispute.
    std::vector<SampleRecord> records{test::imageRecord(QStringLiteral("coco.jpg"), 100, 100)};
    SampleExtras extras;
    extras.boxes.append(ImportedBox{QStringLiteral("person"), QString(), 10, 10, 40, 40});
    QVERIFY(SampleMeta(*m_project).insertSamples(records, {extras}));
    const qint64 id = records[0].id;
    ProjectReview pr(*m_project);
    QCOMPARE(pr.statusOf(id).value(),
             SampleStatus::Unlabelled); // one annotator: nothing to compare
    BoxRecord same;
    same.sampleId = id;
    same.annotatorId = m_ann[0];
    same.classId = m_person;
    same.x = 12;
    same.y = 10;
    same.w = 40;
    same.h = 40; // IoU 38×40 / (2×1600 − 1520) = 1520/1680
    QVERIFY(Boxes(*m_project).addBox(same).isOk());
    QCOMPARE(pr.statusOf(id).value(), SampleStatus::Unlabelled);
    same.x = 40; // IoU 10×40 / (3200 − 400) = 1/7
    same.id = 0;
    QVERIFY(Boxes(*m_project).addBox(same).isOk()); // an unmatched second box
    QCOMPARE(pr.statusOf(id).value(), SampleStatus::Disputed);
    QCOMPARE(pr.statuses().value(id), SampleStatus::Disputed);
    const AgreementReport r = pr.agreementReport();
    QVERIFY(r.raterNames.values().contains(importedAnnotatorName()));
}

QTEST_GUILESS_MAIN(TestBoxAgreement)
#include "test_box_agreement.moc"
