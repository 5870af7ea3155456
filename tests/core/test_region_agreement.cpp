// Region agreement (core/review/Agreement): interval IoU on time and on
// time × frequency, and greedy best-IoU matching, against cases worked by hand.
#include "review/Agreement.h"

#include <QTest>
#include <cmath>

using namespace tally;

Q_DECLARE_METATYPE(tally::Interval)

namespace {

Interval iv(double start, double end, qint64 cls = 1)
{
    Interval i;
    i.startSec = start;
    i.endSec = end;
    i.classId = cls;
    return i;
}

Interval band(double start, double end, double lowHz, double highHz, qint64 cls = 1)
{
    Interval i = iv(start, end, cls);
    i.lowHz = lowHz;
    i.highHz = highHz;
    return i;
}

} // namespace

class TestRegionAgreement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void iou_data();
    void iou();
    void regionAgreementThresholdAndClass();
    void regionAgreementGreedyAndTies();
    void regionAgreementEmptySets();
};

void TestRegionAgreement::iou_data()
{
    QTest::addColumn<Interval>("a");
    QTest::addColumn<Interval>("b");
    QTest::addColumn<double>("expected");
    QTest::newRow("identical") << iv(1, 2) << iv(1, 2) << 1.0;
    QTest::newRow("half overlap") << iv(0, 2) << iv(1, 3) << 1.0 / 3.0;
    QTest::newRow("contained") << iv(0, 4) << iv(1, 2) << 0.25;
    QTest::newRow("touching") << iv(0, 1) << iv(1, 2) << 0.0;
    QTest::newRow("apart") << iv(0, 1) << iv(5, 6) << 0.0;
    QTest::newRow("reversed ends") << iv(2, 0) << iv(0, 2) << 1.0;
    QTest::newRow("zero length") << iv(1, 1) << iv(1, 1) << 0.0;
    QTest::newRow("point in range") << iv(1, 1) << iv(0, 2) << 0.0;
    // Time × frequency: overlap 1 s × 50 Hz = 50, areas 200 and 200.
    QTest::newRow("boxes") << band(0, 2, 0, 100) << band(1, 3, 50, 150) << 50.0 / 350.0;
    QTest::newRow("same time, half band") << band(0, 1, 0, 100) << band(0, 1, 0, 50) << 0.5;
    QTest::newRow("bands apart") << band(0, 1, 0, 100) << band(0, 1, 200, 300) << 0.0;
    QTest::newRow("one band: time only") << band(0, 2, 0, 100) << iv(1, 3) << 1.0 / 3.0;
    // Class does not enter the IoU.
    QTest::newRow("other class") << iv(0, 2, 1) << iv(1, 3, 2) << 1.0 / 3.0;
}

void TestRegionAgreement::iou()
{
    QFETCH(Interval, a);
    QFETCH(Interval, b);
    QFETCH(double, expected);
    QVERIFY(std::abs(tally::intervalIoU(a, b) - expected) < 1e-12);
    QVERIFY(std::abs(tally::intervalIoU(b, a) - expected) < 1e-12);
}

void TestRegionAgreement::regionAgreementThresholdAndClass()
{
    const QList<Interval> a = {iv(0, 1, 1), iv(2, 3, 1), iv(4, 5, 2)};
    // IoUs with a[i]: 0.9 / 1.1, 0.5 / 1.5, 1.0 (but class 1 against class 2).
    const QList<Interval> b = {iv(0.1, 1.1, 1), iv(2.5, 3.5, 1), iv(4, 5, 1)};

    const RegionAgreement strict = regionAgreement(a, b, 0.5);
    QCOMPARE(strict.matches.size(), 1);
    QCOMPARE(strict.matches[0].indexA, 0);
    QCOMPARE(strict.matches[0].indexB, 0);
    QVERIFY(std::abs(strict.matches[0].iou - 0.9 / 1.1) < 1e-12);
    QCOMPARE(strict.countA, 3);
    QCOMPARE(strict.countB, 3);
    QVERIFY(std::abs(strict.precision - 1.0 / 3.0) < 1e-12);
    QVERIFY(std::abs(strict.recall - 1.0 / 3.0) < 1e-12);
    QVERIFY(std::abs(strict.f1 - 1.0 / 3.0) < 1e-12);

    const RegionAgreement loose = regionAgreement(a, b, 0.3);
    QCOMPARE(loose.matches.size(), 2);
    QVERIFY(std::abs(loose.f1 - 2.0 / 3.0) < 1e-12);

    const RegionAgreement anyClass = regionAgreement(a, b, 0.5, false);
    QCOMPARE(anyClass.matches.size(), 2);
    QCOMPARE(anyClass.matches[0].indexA, 2); // IoU 1 first
    QCOMPARE(anyClass.matches[1].indexA, 0);

    // Threshold 0 still needs an overlap.
    QCOMPARE(regionAgreement({iv(0, 1)}, {iv(1, 2)}, 0.0).matches.size(), 0);

    // Unequal sizes: precision against b, recall against a.
    const RegionAgreement uneven = regionAgreement({iv(0, 1)}, {iv(0, 1), iv(3, 4)}, 0.5);
    QCOMPARE(uneven.precision, 0.5);
    QCOMPARE(uneven.recall, 1.0);
    QVERIFY(std::abs(uneven.f1 - 2.0 / 3.0) < 1e-12);
}

void TestRegionAgreement::regionAgreementGreedyAndTies()
{
    // b[1] overlaps a[0] better (0.95 against 0.9): greedy takes it, b[0] stays free.
    const RegionAgreement best = regionAgreement({iv(0, 2)}, {iv(0, 1.8), iv(0.1, 2)}, 0.5);
    QCOMPARE(best.matches.size(), 1);
    QCOMPARE(best.matches[0].indexB, 1);
    QVERIFY(std::abs(best.matches[0].iou - 0.95) < 1e-12);

    // a[0] and a[1] both have IoU 0.6 with b[0]: the lower index wins.
    const RegionAgreement tie = regionAgreement({iv(0, 2), iv(1, 3)}, {iv(0.5, 2.5)}, 0.5);
    QCOMPARE(tie.matches.size(), 1);
    QCOMPARE(tie.matches[0].indexA, 0);
    QVERIFY(std::abs(tie.matches[0].iou - 0.6) < 1e-12);

    // Greedy: a[0]-b[0] (IoU 0.9) is taken before a[1]-b[0] (5/9); a[1] stays unmatched.
    const QList<Interval> a = {iv(0, 10), iv(0, 5)};
    const QList<Interval> b = {iv(0, 9)};
    const RegionAgreement greedy = regionAgreement(a, b, 0.5);
    QCOMPARE(greedy.matches.size(), 1);
    QCOMPARE(greedy.matches[0].indexA, 0);

    // Boxes: time×frequency IoU 1/7 is below 0.5, same time ranges would give 1/3.
    QCOMPARE(regionAgreement({band(0, 2, 0, 100)}, {band(1, 3, 50, 150)}, 0.1).matches.size(), 1);
    QCOMPARE(regionAgreement({band(0, 2, 0, 100)}, {band(1, 3, 50, 150)}, 0.2).matches.size(), 0);
}

void TestRegionAgreement::regionAgreementEmptySets()
{
    const RegionAgreement none = regionAgreement({}, {}, 0.5);
    QCOMPARE(none.f1, 1.0);
    QVERIFY(std::isnan(none.precision));
    QVERIFY(std::isnan(none.recall));

    const RegionAgreement onlyA = regionAgreement({iv(0, 1)}, {}, 0.5);
    QCOMPARE(onlyA.f1, 0.0);
    QCOMPARE(onlyA.recall, 0.0);
    QVERIFY(std::isnan(onlyA.precision));

    const RegionAgreement onlyB = regionAgreement({}, {iv(0, 1)}, 0.5);
    QCOMPARE(onlyB.precision, 0.0);
    QVERIFY(std::isnan(onlyB.recall));
}

QTEST_GUILESS_MAIN(TestRegionAgreement)
#include "test_region_agreement.moc"
