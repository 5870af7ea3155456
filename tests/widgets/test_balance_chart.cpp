// ClassBalanceChart: plotted values, labels with percentages, the rebalance
// preview, warnings, the threshold line and category clicks.
// Runs on the offscreen platform (CTest sets QT_QPA_PLATFORM=offscreen).
// Set TALLY_SCREENSHOT_DIR to also write PNGs of the chart there.

#include "ClassBalanceChart.h"

#include <QSignalSpy>
#include <QtTest>
#include <cmath>

using namespace tally;

namespace {

// Classes yes / no / dog × splits training / validation / testing.
// Totals: yes 100, no 50, dog 50 (grand total 200).
BalanceData sample()
{
    BalanceData d;
    d.categories = {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("dog")};
    d.stacks = {QStringLiteral("training"), QStringLiteral("validation"),
                QStringLiteral("testing")};
    d.values = {{80, 40, 36}, {10, 5, 7}, {10, 5, 7}};
    d.unit = QStringLiteral("samples");
    d.stackColours = {QColor(55, 126, 184), QColor(255, 127, 0), QColor(77, 175, 74)};
    return d;
}

// The plan: undersample yes to 50; stacks listed in another order to check that
// the preview is matched by name.
BalanceData plan()
{
    BalanceData d;
    d.categories = {QStringLiteral("dog"), QStringLiteral("no"), QStringLiteral("yes")};
    d.stacks = {QStringLiteral("testing"), QStringLiteral("validation"),
                QStringLiteral("training")};
    d.values = {{7, 5, 5}, {7, 5, 5}, {36, 40, 40}};
    d.unit = QStringLiteral("samples");
    return d;
}

void saveScreenshot(QCustomPlot* plot, const QString& name)
{
    const QString dir = qEnvironmentVariable("TALLY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    plot->replot(QCustomPlot::rpImmediateRefresh);
    QCoreApplication::processEvents(); // queued replots after a relayout
    plot->grab().save(dir + QLatin1Char('/') + name);
}

bool showAndLayOut(ClassBalanceChart& chart)
{
    chart.resize(640, 420);
    chart.show();
    if (!QTest::qWaitForWindowExposed(&chart))
        return false;
    chart.replot(QCustomPlot::rpImmediateRefresh);
    QCoreApplication::processEvents();
    chart.replot(QCustomPlot::rpImmediateRefresh);
    return true;
}

} // namespace

class TestBalanceChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void emptyChart()
    {
        ClassBalanceChart chart;
        QCOMPARE(chart.categoryCount(), 0);
        QCOMPARE(chart.stackCount(), 0);
        QVERIFY(!chart.hasPreview());
        QVERIFY(!chart.warningsVisible());
        QVERIFY(std::isnan(chart.thresholdLine()));
        QCOMPARE(chart.barValue(0, 0), 0.0);
        QVERIFY(!chart.bars(0));
    }

    void barsCarryTheValues()
    {
        ClassBalanceChart chart;
        const BalanceData d = sample();
        chart.setData(d);
        QCOMPARE(chart.categoryCount(), 3);
        QCOMPARE(chart.stackCount(), 3);
        for (int s = 0; s < 3; ++s) {
            QCOMPARE(chart.bars(s)->name(), d.stacks[s]);
            QCOMPARE(chart.bars(s)->brush().color(), d.stackColours[s]);
            QCOMPARE(chart.bars(s)->data()->size(), 3);
            for (int c = 0; c < 3; ++c)
                QCOMPARE(chart.barValue(s, c), d.values[size_t(s)][size_t(c)]);
        }
        // Stacked: each split sits on the one before it.
        QCOMPARE(chart.bars(1)->barBelow(), chart.bars(0));
        QCOMPARE(chart.bars(2)->barBelow(), chart.bars(1));
        QCOMPARE(chart.categoryTotal(0), 100.0);
        QCOMPARE(chart.categoryTotal(1), 50.0);
        // Category names are the key axis tick labels.
        auto ticker = chart.xAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(ticker);
        QCOMPARE(ticker->ticks().value(0), QStringLiteral("yes"));
        QCOMPARE(ticker->ticks().value(2), QStringLiteral("dog"));
        QVERIFY(chart.legend->visible());
    }

    void missingValuesCountZero()
    {
        BalanceData d = sample();
        d.values.resize(2);     // no "testing" row
        d.values[0].resize(1);  // training: only "yes"
        d.stackColours.clear(); // palette colours
        ClassBalanceChart chart;
        chart.setData(d);
        QCOMPARE(chart.barValue(0, 0), 80.0);
        QCOMPARE(chart.barValue(0, 1), 0.0);
        QCOMPARE(chart.barValue(2, 2), 0.0);
        QVERIFY(chart.bars(0)->brush().color() != chart.bars(1)->brush().color());
    }

    void labelsShowCountsAndPercentages_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::newRow("vertical") << int(Qt::Vertical);
        QTest::newRow("horizontal") << int(Qt::Horizontal);
    }

    void labelsShowCountsAndPercentages()
    {
        QFETCH(int, orientation);
        ClassBalanceChart chart;
        chart.setOrientation(Qt::Orientation(orientation));
        chart.setData(sample());
        for (int c : {0, 1, 2}) {
            const QString label = chart.barLabel(c);
            QVERIFY2(label.contains(QString::number(int(chart.categoryTotal(c)))),
                     qPrintable(label));
        }
        QVERIFY(chart.barLabel(0).contains(QStringLiteral("50.0%")));
        QVERIFY(chart.barLabel(1).contains(QStringLiteral("25.0%")));
        // Segment tooltip: share of the bar and of the split.
        const QString tip = chart.segmentToolTip(0, 0); // yes / training: 80 of 100, 80 of 156
        QVERIFY2(tip.contains(QStringLiteral("80")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("80.0%")));
        QVERIFY(tip.contains(QStringLiteral("51.3%")));
    }

    void hoursUnit()
    {
        BalanceData d = sample();
        d.unit = QStringLiteral("hours");
        d.values = {{1.5, 0.25, 0.25}, {0.5, 0, 0}, {0, 0, 0}};
        ClassBalanceChart chart;
        chart.setData(d);
        QCOMPARE(chart.formatAmount(3.25), QStringLiteral("3.25 h"));
        QVERIFY2(chart.barLabel(0).contains(QStringLiteral("2.00 h")),
                 qPrintable(chart.barLabel(0)));
        QVERIFY(chart.barLabel(0).contains(QStringLiteral("80.0%")));
        QCOMPARE(chart.yAxis->label(), QStringLiteral("Hours"));
    }

    void previewShowsThePlannedValues()
    {
        ClassBalanceChart chart;
        chart.setData(sample());
        QVERIFY(std::isnan(chart.previewValue(0, 0)));
        chart.setPreview(plan());
        QVERIFY(chart.hasPreview());
        // training / yes was 80, planned 40; matched by name, not by position.
        QCOMPARE(chart.barValue(0, 0), 80.0);
        QCOMPARE(chart.previewValue(0, 0), 40.0);
        QCOMPARE(chart.previewValue(0, 2), 36.0);
        QCOMPARE(chart.previewValue(2, 0), 5.0);
        QVERIFY(chart.previewBars(0));
        QVERIFY(chart.previewBars(0)->brush().color().alpha() < 255); // ghost bars
        QCOMPARE(chart.previewBars(0)->pen().style(), Qt::DashLine);
        // Current and planned bars stand side by side.
        const double currentKey = chart.bars(0)->data()->constBegin()->key;
        const double plannedKey = chart.previewBars(0)->data()->constBegin()->key;
        QVERIFY(currentKey < plannedKey);
        QVERIFY(chart.previewLabel(0).startsWith(QStringLiteral("50")));
        QVERIFY(chart.segmentToolTip(0, 0).contains(QStringLiteral("Planned: 40")));
        chart.clearPreview();
        QVERIFY(!chart.hasPreview());
        QVERIFY(!chart.previewBars(0));
        QVERIFY(chart.previewLabel(0).isEmpty());
        // New data drops a preview.
        chart.setPreview(plan());
        chart.setData(sample());
        QVERIFY(!chart.hasPreview());
    }

    void warningsShowInRed()
    {
        ClassBalanceChart chart;
        chart.setData(sample());
        QVERIFY(!chart.warningsVisible());
        const QStringList warnings = {QStringLiteral("“no” has 50% of the samples of “yes”"),
                                      QStringLiteral("“dog” has only 7 testing samples")};
        chart.setWarnings(warnings);
        QVERIFY(chart.warningsVisible());
        QCOMPARE(chart.warnings(), warnings);
        QVERIFY(chart.warningText().contains(warnings[0]));
        QVERIFY(chart.warningText().contains(warnings[1]));
        chart.setWarnings({});
        QVERIFY(!chart.warningsVisible());
    }

    void thresholdLine()
    {
        ClassBalanceChart chart;
        chart.setData(sample());
        chart.setThresholdLine(60.0);
        QCOMPARE(chart.thresholdLine(), 60.0);
        QVERIFY(chart.yAxis->range().upper >= 60.0);
        chart.setThresholdLine(-1.0);
        QVERIFY(std::isnan(chart.thresholdLine()));
        chart.setThresholdLine(500.0); // above every bar: still in range
        QVERIFY(chart.yAxis->range().upper >= 500.0);
        chart.clearThresholdLine();
        QVERIFY(std::isnan(chart.thresholdLine()));
    }

    void clickEmitsTheCategory_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::newRow("vertical") << int(Qt::Vertical);
        QTest::newRow("horizontal") << int(Qt::Horizontal);
    }

    void clickEmitsTheCategory()
    {
        QFETCH(int, orientation);
        ClassBalanceChart chart;
        chart.setOrientation(Qt::Orientation(orientation));
        chart.setData(sample());
        QVERIFY(showAndLayOut(chart));
        QSignalSpy spy(&chart, &ClassBalanceChart::categoryClicked);
        for (int c : {1, 2, 0}) {
            QCOMPARE(chart.categoryAt(chart.barCentre(c)), c);
            QTest::mouseClick(&chart, Qt::LeftButton, {}, chart.barCentre(c).toPoint());
        }
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("no"));
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("dog"));
        QCOMPARE(spy.at(2).at(0).toString(), QStringLiteral("yes"));
        // Outside the axis rect: nothing.
        QTest::mouseClick(&chart, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(spy.count(), 3);
    }

    void labelsFitTheirBars()
    {
        // Twelve classes with long names: labels stay inside the chart, tick labels rotate.
        BalanceData d = sample();
        d.categories.clear();
        d.values.assign(3, {});
        for (int c = 0; c < 12; ++c) {
            d.categories << QStringLiteral("class_number_%1").arg(c);
            for (int s = 0; s < 3; ++s)
                d.values[size_t(s)].push_back(100.0 * (c + 1) / (s + 1));
        }
        ClassBalanceChart chart;
        chart.setData(d);
        QVERIFY(showAndLayOut(chart));
        QVERIFY(chart.xAxis->tickLabelRotation() != 0.0);
        const double upper = chart.yAxis->range().upper;
        QVERIFY(upper > chart.categoryTotal(11));
    }

    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("TALLY_SCREENSHOT_DIR"))
            QSKIP("TALLY_SCREENSHOT_DIR not set");
        ClassBalanceChart chart;
        chart.setTitle(QStringLiteral("Samples per class by split"));
        chart.setData(sample());
        chart.setWarnings({QStringLiteral("“no” has 50% of the samples of “yes”"),
                           QStringLiteral("“dog” has only 7 testing samples")});
        chart.setThresholdLine(60.0);
        QVERIFY(showAndLayOut(chart));
        saveScreenshot(&chart, QStringLiteral("balance_vertical.png"));
        chart.setPreview(plan());
        saveScreenshot(&chart, QStringLiteral("balance_preview.png"));
        chart.setOrientation(Qt::Horizontal);
        chart.setPreview(plan());
        saveScreenshot(&chart, QStringLiteral("balance_horizontal.png"));

        BalanceData many = sample();
        many.categories.clear();
        many.values.assign(3, {});
        const QStringList words = {"yes",  "no", "up",   "down", "left", "right", "on",       "off",
                                   "stop", "go", "zero", "one",  "two",  "three", "_unknown_"};
        for (int c = 0; c < words.size(); ++c) {
            many.categories << words[c];
            for (int s = 0; s < 3; ++s)
                many.values[size_t(s)].push_back((s == 0 ? 1800.0 : 230.0) + 37 * ((c * 7) % 11));
        }
        ClassBalanceChart big;
        big.setTitle(QStringLiteral("Speech Commands"));
        big.setData(many);
        QVERIFY(showAndLayOut(big));
        saveScreenshot(&big, QStringLiteral("balance_many.png"));
    }
};

QTEST_MAIN(TestBalanceChart)
#include "test_balance_chart.moc"
