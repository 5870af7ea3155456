// ConfusionHeatmap: cell data and text, axis labels, the agreement diagonal,
// cell text fitting and clicks.
// Runs on the offscreen platform (CTest sets QT_QPA_PLATFORM=offscreen).
// Set TALLY_SCREENSHOT_DIR to also write PNGs of the map there.

#include "ConfusionHeatmap.h"

#include <QSignalSpy>
#include <QtTest>

using namespace tally;

namespace {

const QStringList kClasses = {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("dog")};

// Rows: alice's classes; columns: bob's.
const std::vector<std::vector<int>> kCounts = {{40, 3, 1}, {5, 30, 0}, {2, 0, 19}};

void saveScreenshot(QCustomPlot* plot, const QString& name)
{
    const QString dir = qEnvironmentVariable("TALLY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    plot->replot(QCustomPlot::rpImmediateRefresh);
    QCoreApplication::processEvents(); // queued replots after a relayout
    plot->grab().save(dir + QLatin1Char('/') + name);
}

bool showAndLayOut(ConfusionHeatmap& map, const QSize& size)
{
    map.resize(size);
    map.show();
    if (!QTest::qWaitForWindowExposed(&map))
        return false;
    map.replot(QCustomPlot::rpImmediateRefresh);
    QCoreApplication::processEvents();
    map.replot(QCustomPlot::rpImmediateRefresh);
    return true;
}

QStringList tickLabels(const QCPAxis* axis)
{
    auto ticker = axis->ticker().dynamicCast<QCPAxisTickerText>();
    return ticker ? QStringList(ticker->ticks().values()) : QStringList();
}

} // namespace

class TestConfusionHeatmap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void emptyMap()
    {
        ConfusionHeatmap map;
        QCOMPARE(map.rowCount(), 0);
        QCOMPARE(map.columnCount(), 0);
        QCOMPARE(map.cellText(0, 0), QString());
        QCOMPARE(map.cellAt(QPointF(10, 10)), qMakePair(-1, -1));
    }

    void cellDataAndLabels()
    {
        ConfusionHeatmap map;
        map.setMatrix(kClasses, kClasses, kCounts, QStringLiteral("alice"), QStringLiteral("bob"));
        QCOMPARE(map.rowCount(), 3);
        QCOMPARE(map.columnCount(), 3);
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 3; ++c) {
                const int n = kCounts[size_t(r)][size_t(c)];
                QCOMPARE(map.count(r, c), n);
                QCOMPARE(map.cellValue(r, c), double(n)); // what the colour map holds
                QCOMPARE(map.cellText(r, c), QString::number(n));
                QCOMPARE(map.isDiagonal(r, c), r == c);
            }
        }
        QCOMPARE(tickLabels(map.xAxis), kClasses);
        QCOMPARE(tickLabels(map.yAxis), kClasses);
        QCOMPARE(map.yAxis->label(), QStringLiteral("alice"));
        QCOMPARE(map.xAxis->label(), QStringLiteral("bob"));
        QVERIFY(map.yAxis->rangeReversed()); // row 0 on top
        QCOMPARE(map.colorMap()->dataRange().upper, 40.0);
        // Row share in the tooltip: 5 of 35.
        const QString tip = map.cellToolTip(1, 0);
        QVERIFY2(tip.contains(QStringLiteral("alice: no")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("bob: yes")));
        QVERIFY(tip.contains(QStringLiteral("Count 5")));
        QVERIFY(tip.contains(QStringLiteral("14.3%")));
    }

    void diagonalFollowsTheNames()
    {
        // Columns in another order, with a class only bob used.
        const QStringList cols = {QStringLiteral("dog"), QStringLiteral("yes"),
                                  QStringLiteral("cat")};
        ConfusionHeatmap map;
        map.setMatrix(kClasses, cols, kCounts, QStringLiteral("alice"), QStringLiteral("bob"));
        QVERIFY(map.isDiagonal(0, 1)); // yes / yes
        QVERIFY(map.isDiagonal(2, 0)); // dog / dog
        QVERIFY(!map.isDiagonal(0, 0));
        QVERIFY(!map.isDiagonal(1, 2));
    }

    void raggedAndSingleCell()
    {
        ConfusionHeatmap map;
        map.setMatrix(kClasses, kClasses, {{1}, {}}, QString(), QString());
        QCOMPARE(map.count(0, 0), 1);
        QCOMPARE(map.count(2, 2), 0);
        QCOMPARE(map.cellText(2, 2), QStringLiteral("0"));
        map.setMatrix({QStringLiteral("yes")}, {QStringLiteral("yes")}, {{7}}, QString(),
                      QString());
        QCOMPARE(map.cellValue(0, 0), 7.0);
        QVERIFY(showAndLayOut(map, QSize(300, 260)));
        QCOMPARE(map.cellAt(map.cellCentre(0, 0)), qMakePair(0, 0));
    }

    void clickEmitsTheCell()
    {
        ConfusionHeatmap map;
        map.setMatrix(kClasses, kClasses, kCounts, QStringLiteral("alice"), QStringLiteral("bob"));
        QVERIFY(showAndLayOut(map, QSize(480, 420)));
        QSignalSpy spy(&map, &ConfusionHeatmap::cellClicked);
        QTest::mouseClick(&map, Qt::LeftButton, {}, map.cellCentre(2, 1).toPoint());
        QTest::mouseClick(&map, Qt::LeftButton, {}, map.cellCentre(0, 2).toPoint());
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toInt(), 2);
        QCOMPARE(spy.at(0).at(1).toInt(), 1);
        QCOMPARE(spy.at(1).at(0).toInt(), 0);
        QCOMPARE(spy.at(1).at(1).toInt(), 2);
        // On the tick labels or the colour scale: nothing.
        QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(2, map.height() / 2));
        QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(map.width() - 5, map.height() / 2));
        QCOMPARE(spy.count(), 2);
    }

    void cellTextFitsTheCells()
    {
        ConfusionHeatmap map;
        map.setMatrix(kClasses, kClasses, kCounts, QStringLiteral("alice"), QStringLiteral("bob"));
        QVERIFY(showAndLayOut(map, QSize(480, 420)));
        QVERIFY(map.cellTextVisible(0, 0));
        QVERIFY(map.cellTextVisible(1, 2));

        // 40 classes in a small widget: cells too small for text.
        QStringList many;
        std::vector<std::vector<int>> counts(40, std::vector<int>(40, 123));
        for (int i = 0; i < 40; ++i)
            many << QStringLiteral("class%1").arg(i);
        map.setMatrix(many, many, counts, QString(), QString());
        map.replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(!map.cellTextVisible(0, 0));
        QCOMPARE(map.cellText(0, 0), QStringLiteral("123")); // still there for the tooltip
    }

    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("TALLY_SCREENSHOT_DIR"))
            QSKIP("TALLY_SCREENSHOT_DIR not set");
        ConfusionHeatmap map;
        map.setTitle(QStringLiteral("alice vs bob — 86% agreement"));
        map.setMatrix(kClasses, kClasses, kCounts, QStringLiteral("alice"), QStringLiteral("bob"));
        QVERIFY(showAndLayOut(map, QSize(480, 420)));
        saveScreenshot(&map, QStringLiteral("confusion_3.png"));

        const QStringList words = {"yes", "no",  "up",   "down", "left",      "right",
                                   "on",  "off", "stop", "go",   "_unknown_", "_silence_"};
        std::vector<std::vector<int>> counts(12, std::vector<int>(12, 0));
        for (int r = 0; r < 12; ++r)
            for (int c = 0; c < 12; ++c)
                counts[size_t(r)][size_t(c)] = r == c ? 180 + 13 * r : (r * 7 + c * 3) % 9;
        map.setTitle(QString());
        map.setMatrix(words, words, counts, QStringLiteral("alice"), QStringLiteral("bob"));
        map.resize(640, 560);
        saveScreenshot(&map, QStringLiteral("confusion_12.png"));
    }
};

QTEST_MAIN(TestConfusionHeatmap)
#include "test_confusion_heatmap.moc"
