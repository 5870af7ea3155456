// ThresholdHistogram: the bins of the values, the threshold line, and dragging it with
// QTest mouse events (press on the line, move, release) on the offscreen platform.
#include "ThresholdHistogram.h"

#include <QSignalSpy>
#include <QtTest>
#include <cmath>
#include <numeric>

using namespace tally;

class TestThresholdHistogram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void binsHoldEveryValue();
    void setterDoesNotEmit();
    void dragMovesTheLine();
    void pressAwayFromTheLineDoesNotDrag();
    void dragStaysInRange();

private:
    // 51 values from -60 to -10 dBFS, threshold -40, shown at 500 x 240 px.
    void prepare(ThresholdHistogram& h);
};

void TestThresholdHistogram::prepare(ThresholdHistogram& h)
{
    QVector<double> values;
    for (int i = 0; i <= 50; ++i)
        values << -60.0 + i;
    h.setValues(values);
    h.setThreshold(-40.0);
    h.setUnit(QStringLiteral("dBFS"));
    h.resize(500, 240);
    h.show();
    QVERIFY(QTest::qWaitForWindowExposed(&h));
    h.replot(QCustomPlot::rpImmediateRefresh); // lays out the axis rect for this size
}

void TestThresholdHistogram::binsHoldEveryValue()
{
    ThresholdHistogram h;
    QVector<double> values{-50.0, -49.0, -20.0, std::nan(""), INFINITY, -30.0};
    h.setValues(values);
    QCOMPARE(h.valueCount(), 4); // not-finite values left out
    const QVector<double> counts = h.binCounts();
    QCOMPARE(std::accumulate(counts.cbegin(), counts.cend(), 0.0), 4.0);
    QCOMPARE(counts.size(), h.binCentres().size());
    QVERIFY(counts.size() >= 8);
    // The lowest bin holds -50 and -49 (bin width 30 / 8 = 3.75).
    QCOMPARE(counts.first(), 2.0);
    QCOMPARE(h.binWidth(), 30.0 / 8);
    h.setUnit(QStringLiteral("dBFS"));
    QCOMPARE(h.xAxis->label(), QStringLiteral("dBFS"));
}

void TestThresholdHistogram::setterDoesNotEmit()
{
    ThresholdHistogram h;
    prepare(h);
    QSignalSpy dragged(&h, &ThresholdHistogram::thresholdDragged);
    QSignalSpy chosen(&h, &ThresholdHistogram::thresholdChosen);
    h.setThreshold(-25.0);
    QCOMPARE(h.threshold(), -25.0);
    QCOMPARE(dragged.count(), 0);
    QCOMPARE(chosen.count(), 0);
}

void TestThresholdHistogram::dragMovesTheLine()
{
    ThresholdHistogram h;
    prepare(h);
    QSignalSpy dragged(&h, &ThresholdHistogram::thresholdDragged);
    QSignalSpy chosen(&h, &ThresholdHistogram::thresholdChosen);
    const double startPx = h.thresholdPixel();
    QVERIFY(startPx > 0 && startPx < h.width());
    const int y = h.height() / 2;
    const double targetPx = h.xAxis->coordToPixel(-30.0);
    QVERIFY(targetPx - startPx > 40); // -30 lies right of -40
    const double onePx = h.valueAtPixel(startPx + 1) - h.valueAtPixel(startPx);

    QTest::mousePress(&h, Qt::LeftButton, {}, QPoint(int(std::lround(startPx)), y));
    QVERIFY(h.isDragging());
    const int midPx = int(std::lround((startPx + targetPx) / 2));
    QTest::mouseMove(&h, QPoint(midPx, y));
    QCOMPARE(dragged.count(), 1);
    QVERIFY(std::abs(dragged.last().at(0).toDouble() - h.valueAtPixel(midPx)) < 1e-9);
    QVERIFY(dragged.last().at(0).toDouble() > -40.0 && dragged.last().at(0).toDouble() < -30.0);
    QCOMPARE(chosen.count(), 0);
    QTest::mouseMove(&h, QPoint(int(std::lround(targetPx)), y));
    QCOMPARE(dragged.count(), 2);
    QTest::mouseRelease(&h, Qt::LeftButton, {}, QPoint(int(std::lround(targetPx)), y));
    QVERIFY(!h.isDragging());
    QCOMPARE(chosen.count(), 1);
    const double value = chosen.first().at(0).toDouble();
    QVERIFY2(std::abs(value - -30.0) <= std::abs(onePx), qPrintable(QString::number(value)));
    QCOMPARE(h.threshold(), value);
    // The line is drawn where the pointer let go.
    QVERIFY(std::abs(h.thresholdPixel() - std::lround(targetPx)) < 1.0);
    h.replot(QCustomPlot::rpImmediateRefresh);
    auto* line = qobject_cast<QCPItemStraightLine*>(h.item(0));
    QVERIFY(line);
    QCOMPARE(line->point1->coords().x(), value);
    QCOMPARE(line->point2->coords().x(), value);
}

void TestThresholdHistogram::pressAwayFromTheLineDoesNotDrag()
{
    ThresholdHistogram h;
    prepare(h);
    QSignalSpy dragged(&h, &ThresholdHistogram::thresholdDragged);
    QSignalSpy chosen(&h, &ThresholdHistogram::thresholdChosen);
    const int y = h.height() / 2;
    const int away = int(std::lround(h.thresholdPixel())) + 4 * ThresholdHistogram::kGrabPx;
    QTest::mousePress(&h, Qt::LeftButton, {}, QPoint(away, y));
    QVERIFY(!h.isDragging());
    QTest::mouseMove(&h, QPoint(away + 20, y));
    QTest::mouseRelease(&h, Qt::LeftButton, {}, QPoint(away + 20, y));
    QCOMPARE(dragged.count(), 0);
    QCOMPARE(chosen.count(), 0);
    QCOMPARE(h.threshold(), -40.0);
}

void TestThresholdHistogram::dragStaysInRange()
{
    ThresholdHistogram h;
    prepare(h);
    QSignalSpy chosen(&h, &ThresholdHistogram::thresholdChosen);
    const int y = h.height() / 2;
    QTest::mousePress(&h, Qt::LeftButton, {}, QPoint(int(std::lround(h.thresholdPixel())), y));
    QTest::mouseMove(&h, QPoint(h.width() + 300, y)); // far past the right edge
    QTest::mouseRelease(&h, Qt::LeftButton, {}, QPoint(h.width() + 300, y));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().at(0).toDouble(), h.xAxis->range().upper);
}

QTEST_MAIN(TestThresholdHistogram)
#include "test_threshold_histogram.moc"
