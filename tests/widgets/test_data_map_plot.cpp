// DataMapPlot (issue 15) on the offscreen platform, driven with QTest events: three
// lattices of points 0.2 apart (about 12 px at this size, so the pick radius of 6 px
// names one point). A click on a point's pixel activates it, a hover names it and shows
// the provider's tooltip, a lasso (lasso mode or Shift+drag) around a lattice selects
// exactly its ids and Esc clears them, a drag pans, the wheel zooms and resetView
// restores the fitted ranges; the drawn pixels show the palette, the selection's rim
// and the current sample's ring. With TALLY_SCREENSHOT_DIR set, a map of 20,000 points
// in ten Gaussian clusters, with a selection and a current sample, is saved as a PNG.
#include "DataMapPlot.h"

#include <QSignalSpy>
#include <QtTest>
#include <cmath>
#include <random>

using namespace tally;

namespace {

constexpr int kSide = 7;      // a lattice is kSide x kSide points
constexpr double kStep = 0.2; // between neighbours, data units
constexpr qint64 kFirstId = 1000;
const QPointF kOrigins[] = {{0.0, 0.0}, {10.0, 0.0}, {5.0, 8.0}};
const QVector<QColor> kPalette = {QColor(0, 114, 178), QColor(213, 94, 0), QColor(0, 158, 115)};

struct Fixture
{
    QVector<qint64> ids;
    std::vector<float> xy;
    QVector<int> colours;
    QVector<qint64> idsOf[3];
};

Fixture lattices()
{
    Fixture f;
    for (int c = 0; c < 3; ++c)
        for (int i = 0; i < kSide * kSide; ++i) {
            const qint64 id = kFirstId + f.ids.size();
            f.ids << id;
            f.idsOf[c] << id;
            f.xy.push_back(float(kOrigins[c].x() + (i % kSide) * kStep));
            f.xy.push_back(float(kOrigins[c].y() + (i / kSide) * kStep));
            f.colours << c;
        }
    return f;
}

void showPlot(DataMapPlot& p, const Fixture& f)
{
    p.resize(800, 600);
    p.show();
    QVERIFY(QTest::qWaitForWindowExposed(&p));
    p.setPoints(f.ids, f.xy, f.colours, kPalette,
                {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("maybe")});
    p.replot(QCustomPlot::rpImmediateRefresh);
}

QPoint pixel(const DataMapPlot& p, double x, double y)
{
    return QPoint(int(std::lround(p.xAxis->coordToPixel(x))),
                  int(std::lround(p.yAxis->coordToPixel(y))));
}

QPoint pixelOfId(const DataMapPlot& p, qint64 id)
{
    return p.pixelOf(id).toPoint();
}

// A drag through the corners of the rectangle [x0, x1] x [y0, y1] (data units), closed.
void lassoDrag(DataMapPlot& p, double x0, double y0, double x1, double y1,
               Qt::KeyboardModifiers modifiers = {})
{
    const QPoint corners[] = {pixel(p, x0, y0), pixel(p, x1, y0), pixel(p, x1, y1),
                              pixel(p, x0, y1), pixel(p, x0, y0)};
    QTest::mousePress(&p, Qt::LeftButton, modifiers, corners[0]);
    for (int c = 1; c < 5; ++c)
        for (int s = 1; s <= 4; ++s)
            QTest::mouseMove(&p, corners[c - 1] + (corners[c] - corners[c - 1]) * s / 4);
    QTest::mouseRelease(&p, Qt::LeftButton, modifiers, corners[4]);
}

bool near(QColor a, QColor b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
               std::abs(a.blue() - b.blue()) <=
           tolerance;
}

void sendWheel(DataMapPlot& p, QPoint at, int delta)
{
    QWheelEvent e(at, p.mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                  Qt::NoScrollPhase, false);
    QApplication::sendEvent(&p, &e);
}

} // namespace

class TestDataMapPlot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clickActivatesThePoint();
    void hoverNamesThePoint();
    void lassoSelectsExactlyTheLattice();
    void shiftDragLassoesWithoutPanning();
    void dragPansAndWheelZooms();
    void drawsPaletteSelectionAndCurrent();
    void badInputDoesNotCrash();
    void screenshot();
};

void TestDataMapPlot::clickActivatesThePoint()
{
    const Fixture f = lattices();
    DataMapPlot p;
    showPlot(p, f);
    QCOMPARE(p.pointCount(), 3 * kSide * kSide);
    QSignalSpy activated(&p, &DataMapPlot::pointActivated);
    for (qint64 id : {f.idsOf[0][0], f.idsOf[1][24], f.idsOf[2][48], f.idsOf[0][9]}) {
        QTest::mouseClick(&p, Qt::LeftButton, {}, pixelOfId(p, id));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().at(0).toLongLong(), id);
    }
    QTest::mouseClick(&p, Qt::LeftButton, {}, pixel(p, 5.0, 3.0)); // between the lattices
    QCOMPARE(activated.count(), 0);
    // 3 px right of a point is 9 px from its right neighbour: the point itself.
    const QPoint a = pixelOfId(p, f.idsOf[1][0]);
    QTest::mouseClick(&p, Qt::LeftButton, {}, a + QPoint(3, 0));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().at(0).toLongLong(), f.idsOf[1][0]);
}

void TestDataMapPlot::hoverNamesThePoint()
{
    const Fixture f = lattices();
    DataMapPlot p;
    showPlot(p, f);
    QSignalSpy hovered(&p, &DataMapPlot::hovered);
    const qint64 id = f.idsOf[2][17];
    QTest::mouseMove(&p, pixelOfId(p, id));
    QCOMPARE(hovered.count(), 1);
    QCOMPARE(hovered.takeFirst().at(0).toLongLong(), id);
    QCOMPARE(p.lastTooltip(), QStringLiteral("sample %1").arg(id));

    p.setTooltipProvider([](qint64 i) { return QStringLiteral("clip-%1.wav").arg(i); });
    const qint64 other = f.idsOf[0][3];
    QTest::mouseMove(&p, pixelOfId(p, other));
    QCOMPARE(hovered.count(), 1);
    QCOMPARE(hovered.takeFirst().at(0).toLongLong(), other);
    QCOMPARE(p.lastTooltip(), QStringLiteral("clip-%1.wav").arg(other));
    QTest::mouseMove(&p, pixelOfId(p, other) + QPoint(1, 0)); // the same point: no signal
    QCOMPARE(hovered.count(), 0);

    QTest::mouseMove(&p, pixel(p, 5.0, 3.0));
    QCOMPARE(hovered.count(), 1);
    QCOMPARE(hovered.takeFirst().at(0).toLongLong(), qint64(-1));
    QVERIFY(p.lastTooltip().isEmpty());
}

void TestDataMapPlot::lassoSelectsExactlyTheLattice()
{
    const Fixture f = lattices();
    DataMapPlot p;
    showPlot(p, f);
    p.setLassoMode(true);
    const QCPRange before = p.xAxis->range();
    QSignalSpy selected(&p, &DataMapPlot::lassoSelected);
    QSignalSpy cleared(&p, &DataMapPlot::selectionCleared);
    const double end = (kSide - 1) * kStep;
    lassoDrag(p, 10.0 - 0.1, -0.1, 10.0 + end + 0.1, end + 0.1);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.takeFirst().at(0).value<QVector<qint64>>(), f.idsOf[1]);
    QCOMPARE(p.selectedIds(), f.idsOf[1]);
    QCOMPARE(p.xAxis->range(), before); // no pan in lasso mode

    // A lasso around the lower half of the first lattice: rows 0..3.
    lassoDrag(p, -0.1, -0.1, end + 0.1, 3 * kStep + 0.1);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.takeFirst().at(0).value<QVector<qint64>>(), f.idsOf[0].mid(0, 4 * kSide));

    QTest::keyClick(&p, Qt::Key_Escape);
    QCOMPARE(cleared.count(), 1);
    QVERIFY(p.selectedIds().isEmpty());
    QTest::keyClick(&p, Qt::Key_Escape); // nothing left to clear
    QCOMPARE(cleared.count(), 1);
}

void TestDataMapPlot::shiftDragLassoesWithoutPanning()
{
    const Fixture f = lattices();
    DataMapPlot p;
    showPlot(p, f);
    QVERIFY(!p.lassoMode());
    const QCPRange x = p.xAxis->range(), y = p.yAxis->range();
    QSignalSpy selected(&p, &DataMapPlot::lassoSelected);
    const double end = (kSide - 1) * kStep;
    lassoDrag(p, 5.0 - 0.1, 8.0 - 0.1, 5.0 + end + 0.1, 8.0 + end + 0.1, Qt::ShiftModifier);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.takeFirst().at(0).value<QVector<qint64>>(), f.idsOf[2]);
    QCOMPARE(p.xAxis->range(), x);
    QCOMPARE(p.yAxis->range(), y);
}

void TestDataMapPlot::dragPansAndWheelZooms()
{
    const Fixture f = lattices();
    DataMapPlot p;
    showPlot(p, f);
    const QCPRange x = p.xAxis->range(), y = p.yAxis->range();
    const double pxPerUnit = p.axisRect()->width() / x.size();
    QSignalSpy activated(&p, &DataMapPlot::pointActivated);
    const QPoint from = pixel(p, 5.0, 3.0);
    QTest::mousePress(&p, Qt::LeftButton, {}, from);
    QTest::mouseMove(&p, from + QPoint(50, 0));
    QTest::mouseMove(&p, from + QPoint(100, 0));
    QTest::mouseRelease(&p, Qt::LeftButton, {}, from + QPoint(100, 0));
    QCOMPARE(activated.count(), 0);
    QVERIFY(std::abs(p.xAxis->range().lower - (x.lower - 100 / pxPerUnit)) < 1e-6);
    QCOMPARE(p.yAxis->range(), y);

    p.resetView();
    QCOMPARE(p.xAxis->range(), x);
    sendWheel(p, p.axisRect()->center(), 120);
    QVERIFY(p.xAxis->range().size() < x.size() * 0.95);
    QVERIFY(p.yAxis->range().size() < y.size() * 0.95);
    // Equal scales on both axes, before and after the zoom.
    QVERIFY(std::abs(p.axisRect()->width() / p.xAxis->range().size() -
                     p.axisRect()->height() / p.yAxis->range().size()) < 1e-6 * pxPerUnit);
    QTest::mouseDClick(&p, Qt::LeftButton, {}, from);
    QCOMPARE(p.xAxis->range(), x);
    QCOMPARE(p.yAxis->range(), y);
}

void TestDataMapPlot::drawsPaletteSelectionAndCurrent()
{
    const Fixture f = lattices();
    DataMapPlot p;
    showPlot(p, f);
    const qint64 corner = f.idsOf[1][0]; // its left and lower neighbours are empty
    const QPoint at = pixelOfId(p, corner);
    QImage image = p.grab().toImage();
    QVERIFY(near(image.pixelColor(at), kPalette[1]));
    QVERIFY(near(image.pixelColor(at + QPoint(-6, 6)), Qt::white)); // off the grid lines
    QVERIFY(!near(image.pixelColor(at + QPoint(-8, 0)), QColor(220, 20, 60), 80));

    lassoDrag(p, 10.0 - 0.1, -0.1, 10.1, 0.1, Qt::ShiftModifier);
    QCOMPARE(p.selectedIds(), QVector<qint64>{corner});
    p.replot(QCustomPlot::rpImmediateRefresh);
    image = p.grab().toImage();
    QVERIFY(near(image.pixelColor(at), kPalette[1]));
    QVERIFY(near(image.pixelColor(at + QPoint(-3, 0)), QColor(20, 20, 20)));

    p.setCurrent(corner);
    p.setNeighbours({f.idsOf[1][1], f.idsOf[1][kSide], 424242});
    QCOMPARE(p.current(), corner);
    p.replot(QCustomPlot::rpImmediateRefresh);
    image = p.grab().toImage();
    QVERIFY(near(image.pixelColor(at + QPoint(-8, 0)), QColor(220, 20, 60), 80));
    p.setCurrent(424242);
    QCOMPARE(p.current(), qint64(-1));
}

void TestDataMapPlot::badInputDoesNotCrash()
{
    DataMapPlot p;
    Fixture f = lattices();
    showPlot(p, f);
    p.setPoints({}, {}, {}, {}, {});
    QCOMPARE(p.pointCount(), 0);
    QCOMPARE(p.idAt(p.axisRect()->center()), qint64(-1));
    QTest::mouseClick(&p, Qt::LeftButton, {}, p.axisRect()->center());
    // More ids than coordinates, a colour out of range, a point that is not finite.
    f.xy.resize(f.xy.size() - 2);
    f.xy[0] = std::nanf("");
    f.colours[5] = 99;
    p.setPoints(f.ids, f.xy, f.colours.mid(0, 10), kPalette, {});
    QCOMPARE(p.pointCount(), int(f.ids.size()) - 1);
    p.replot(QCustomPlot::rpImmediateRefresh);
    const QImage image = p.grab().toImage();
    QVERIFY(near(image.pixelColor(pixelOfId(p, f.ids[5])), QColor(160, 160, 160)));
    QVERIFY(near(image.pixelColor(pixelOfId(p, f.ids[20])), QColor(160, 160, 160)));
    QVERIFY(std::isnan(p.pixelOf(f.ids.last()).x())); // it has no coordinates
}

void TestDataMapPlot::screenshot()
{
    const QString dir = qEnvironmentVariable("TALLY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("TALLY_SCREENSHOT_DIR not set");
    std::mt19937 rng(15);
    std::normal_distribution<float> g(0.0f, 1.0f);
    Fixture f;
    QVector<QColor> palette;
    QStringList names;
    for (int c = 0; c < 10; ++c) {
        palette << QColor::fromHsv(c * 36, 200, 210);
        names << QStringLiteral("class %1").arg(c);
    }
    for (int i = 0; i < 20000; ++i) {
        const int c = i % 10;
        f.ids << i;
        f.colours << c;
        f.xy.push_back(float(6 * std::cos(c * 0.63) + g(rng)));
        f.xy.push_back(float(6 * std::sin(c * 0.63) + g(rng) * 0.7f));
    }
    DataMapPlot p;
    p.resize(1000, 700);
    p.show();
    QVERIFY(QTest::qWaitForWindowExposed(&p));
    p.setPoints(f.ids, f.xy, f.colours, palette, names);
    lassoDrag(p, 5.0, -1.0, 7.0, 1.0, Qt::ShiftModifier);
    p.setCurrent(7);
    p.setNeighbours({17, 27, 37, 47});
    p.replot(QCustomPlot::rpImmediateRefresh);
    QVERIFY(p.grab().save(dir + QStringLiteral("/data-map.png")));
}

QTEST_MAIN(TestDataMapPlot)
#include "test_data_map_plot.moc"
