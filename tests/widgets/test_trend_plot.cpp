// TrendPlot and SpectrumPlot (issue 14) on the offscreen platform: a drag between the
// pixels of two known times selects exactly the snapshots inside, a click picks the
// nearest snapshot, Esc and a click clear the selection, the onset line, the class
// strip; the spectrum's fault markers and log axis. With TALLY_SCREENSHOT_DIR set, a
// trend and an envelope spectrum are saved as PNGs; redrawTime prints the time of a
// full redraw of a 6,324-snapshot, 4-channel trend (no assertion on it).
#include "SpectrumPlot.h"
#include "TrendPlot.h"
#include "sensor/Bearing.h"
#include "sensor/Spectrum.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>
#include <random>

using namespace tally;

namespace {

// 2004-02-12 10:32:39 UTC, the first snapshot of the IMS rig's second test.
constexpr double kStartSec = 1076582000.0;
constexpr double kGapSec = 600.0;
constexpr double kBreakSec = 86400.0; // the recording stops for a day after kBreakAfter
constexpr int kPoints = 200;
constexpr int kBreakAfter = 99;

// Snapshots every 10 minutes with a one-day break after index 99.
std::vector<double> fixtureTimes(int n = kPoints)
{
    std::vector<double> t;
    for (int i = 0; i < n; ++i)
        t.push_back(kStartSec + i * kGapSec + (i > kBreakAfter ? kBreakSec : 0.0));
    return t;
}

// `channels` channels of an rms that rises slowly, then fast after 70 % of the run.
QList<TrendSeries> fixtureSeries(int n, int channels)
{
    const QColor colours[] = {QColor(0, 114, 178), QColor(213, 94, 0), QColor(0, 158, 115),
                              QColor(120, 120, 120)};
    std::mt19937 rng(14);
    std::normal_distribution<double> noise(0.0, 0.004);
    QList<TrendSeries> series;
    for (int c = 0; c < channels; ++c) {
        TrendSeries s{QStringLiteral("channel %1").arg(c + 1), colours[c % 4], {}};
        for (int i = 0; i < n; ++i) {
            const double x = double(i) / n;
            const double wear = x > 0.7 ? std::pow((x - 0.7) / 0.3, 2.0) * (0.3 - 0.05 * c) : 0;
            s.values.push_back(0.08 + 0.01 * c + 0.01 * x + wear + noise(rng));
        }
        series << s;
    }
    return series;
}

void showPlot(QCustomPlot& p)
{
    p.resize(800, 400);
    p.show();
    QVERIFY(QTest::qWaitForWindowExposed(&p));
    p.replot(QCustomPlot::rpImmediateRefresh); // lays out the axis rect for this size
}

QPoint pointAt(const TrendPlot& p, double sec)
{
    return QPoint(int(std::lround(p.pixelAtTime(sec))), p.axisRect()->center().y());
}

void drag(TrendPlot& p, double fromSec, double toSec)
{
    const QPoint a = pointAt(p, fromSec), b = pointAt(p, toSec);
    QTest::mousePress(&p, Qt::LeftButton, {}, a);
    QTest::mouseMove(&p, (a + b) / 2);
    QTest::mouseMove(&p, b);
    QTest::mouseRelease(&p, Qt::LeftButton, {}, b);
}

// An outer race defect: a 4 kHz resonance rung at every BPFO, in noise, 1 s at 20,480 Hz.
std::vector<float> outerRaceSignal(double rateHz, double bpfoHz)
{
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0.0, 0.05);
    std::vector<float> x(static_cast<size_t>(rateHz));
    for (size_t i = 0; i < x.size(); ++i) {
        const double t = i / rateHz;
        const double sinceHit = std::fmod(t, 1.0 / bpfoHz);
        x[i] = float(std::exp(-sinceHit * 800.0) * std::sin(2 * M_PI * 4000.0 * t) + noise(rng));
    }
    return x;
}

} // namespace

class TestTrendPlot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setTrendShowsEveryPoint();
    void dragSelectsSnapshotsInside_data();
    void dragSelectsSnapshotsInside();
    void dragOverNoSnapshotEmitsNothing();
    void clickPicksNearestSnapshot();
    void escapeAndClickClearSelection();
    void settersDoNotEmit();
    void onsetLine();
    void classStrip();
    void wheelZoomsTime();
    void spectrumMarkers();
    void spectrumLogAxis();
    void markerLabelsDoNotOverlap();
    void screenshots();
    void redrawTime();

private:
    void prepare(TrendPlot& p);
};

void TestTrendPlot::prepare(TrendPlot& p)
{
    p.setTrend(fixtureTimes(), fixtureSeries(kPoints, 2), QStringLiteral("rms"));
    showPlot(p);
}

void TestTrendPlot::setTrendShowsEveryPoint()
{
    TrendPlot p;
    prepare(p);
    QCOMPARE(p.pointCount(), kPoints);
    QCOMPARE(p.seriesCount(), 2);
    QCOMPARE(p.graphCount(), 2);
    QCOMPARE(p.graph(0)->dataCount(), kPoints);
    QCOMPARE(p.yAxis->label(), QStringLiteral("rms"));
    QVERIFY(p.legend->visible()); // two channels
    QVERIFY(p.xAxis->range().contains(p.timeAt(0)));
    QVERIFY(p.xAxis->range().contains(p.timeAt(kPoints - 1)));
    QVERIFY(p.xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>());

    // The QDateTime overload gives the same seconds.
    std::vector<QDateTime> times;
    for (double t : fixtureTimes())
        times.push_back(QDateTime::fromSecsSinceEpoch(qint64(t), Qt::UTC));
    TrendPlot q;
    q.setTrend(times, fixtureSeries(kPoints, 1), QStringLiteral("kurtosis"));
    QCOMPARE(q.timeAt(150), fixtureTimes()[150]);
    QVERIFY(!q.legend->visible()); // one channel: the y label names it
}

void TestTrendPlot::dragSelectsSnapshotsInside_data()
{
    QTest::addColumn<double>("fromSec");
    QTest::addColumn<double>("toSec");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<bool>("zoomed"); // to snapshots 140..160, 35 px apart
    const std::vector<double> t = fixtureTimes();
    const double third = kGapSec / 3; // more than a pixel's worth, less than a gap
    QTest::newRow("inside") << t[20] - third << t[40] + third << 20 << 40 << false;
    QTest::newRow("right to left") << t[40] + third << t[20] - third << 20 << 40 << false;
    QTest::newRow("across the break") << t[95] - third << t[105] + third << 95 << 105 << false;
    QTest::newRow("from before the start")
        << t[0] - 3 * kGapSec << t[10] + third << 0 << 10 << false;
    QTest::newRow("one snapshot") << t[150] - third << t[150] + third << 150 << 150 << true;
    QTest::newRow("zoomed") << t[145] - third << t[152] + third << 145 << 152 << true;
}

void TestTrendPlot::dragSelectsSnapshotsInside()
{
    QFETCH(double, fromSec);
    QFETCH(double, toSec);
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(bool, zoomed);
    TrendPlot p;
    prepare(p);
    if (zoomed) {
        p.setVisibleRange(p.timeAt(140), p.timeAt(160));
        p.replot(QCustomPlot::rpImmediateRefresh);
    }
    QSignalSpy selected(&p, &TrendPlot::rangeSelected);
    QSignalSpy clicked(&p, &TrendPlot::pointClicked);
    drag(p, fromSec, toSec);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().at(0).toInt(), first);
    QCOMPARE(selected.first().at(1).toInt(), last);
    QCOMPARE(clicked.count(), 0);
    QVERIFY(p.selection());
    QCOMPARE(*p.selection(), std::make_pair(first, last));
    QVERIFY(p.selectionBand()->visible());
    // The band covers the dragged pixels.
    const double left = p.selectionBand()->topLeft->pixelPosition().x();
    const double right = p.selectionBand()->bottomRight->pixelPosition().x();
    QVERIFY(std::abs(left - std::min(pointAt(p, fromSec).x(), pointAt(p, toSec).x())) < 1.0);
    QVERIFY(std::abs(right - std::max(pointAt(p, fromSec).x(), pointAt(p, toSec).x())) < 1.0);
}

void TestTrendPlot::dragOverNoSnapshotEmitsNothing()
{
    TrendPlot p;
    prepare(p);
    QSignalSpy selected(&p, &TrendPlot::rangeSelected);
    const double breakStart = p.timeAt(kBreakAfter), breakEnd = p.timeAt(kBreakAfter + 1);
    drag(p, breakStart + kBreakSec * 0.3, breakStart + kBreakSec * 0.6);
    QVERIFY(breakStart + kBreakSec * 0.6 < breakEnd);
    QCOMPARE(selected.count(), 0);
    QVERIFY(!p.selection());
    QVERIFY(!p.selectionBand()->visible());
}

void TestTrendPlot::clickPicksNearestSnapshot()
{
    TrendPlot p;
    prepare(p);
    QSignalSpy clicked(&p, &TrendPlot::pointClicked);
    QSignalSpy selected(&p, &TrendPlot::rangeSelected);
    p.setVisibleRange(p.timeAt(110), p.timeAt(130)); // 35 px between snapshots
    p.replot(QCustomPlot::rpImmediateRefresh);
    // 2 px right of snapshot 120 (and a 3 px wobble, under the drag threshold).
    const QPoint at = pointAt(p, p.timeAt(120)) + QPoint(2, 0);
    QTest::mousePress(&p, Qt::LeftButton, {}, at);
    QTest::mouseMove(&p, at + QPoint(3, 0));
    QTest::mouseRelease(&p, Qt::LeftButton, {}, at);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().at(0).toInt(), 120);
    QCOMPARE(selected.count(), 0);
    QCOMPARE(p.nearestIndex(p.timeAt(120) + kGapSec * 0.4), 120);
    QCOMPARE(p.nearestIndex(p.timeAt(120) + kGapSec * 0.6), 121);
    // In the middle of the break no snapshot is within kPickPx: nothing.
    p.zoomToFit();
    p.replot(QCustomPlot::rpImmediateRefresh);
    QTest::mouseClick(&p, Qt::LeftButton, {}, pointAt(p, p.timeAt(kBreakAfter) + kBreakSec / 2));
    QCOMPARE(clicked.count(), 1);
}

void TestTrendPlot::escapeAndClickClearSelection()
{
    TrendPlot p;
    prepare(p);
    QSignalSpy cleared(&p, &TrendPlot::selectionCleared);
    drag(p, p.timeAt(10) - 100, p.timeAt(30) + 100);
    QVERIFY(p.selection());
    QTest::keyClick(&p, Qt::Key_Escape);
    QVERIFY(!p.selection());
    QVERIFY(!p.selectionBand()->visible());
    QCOMPARE(cleared.count(), 1);
    QTest::keyClick(&p, Qt::Key_Escape); // nothing left to clear
    QCOMPARE(cleared.count(), 1);

    drag(p, p.timeAt(10) - 100, p.timeAt(30) + 100);
    QVERIFY(p.selection());
    QTest::mouseClick(&p, Qt::LeftButton, {}, pointAt(p, p.timeAt(150)));
    QVERIFY(!p.selection());
    QCOMPARE(cleared.count(), 2);
}

void TestTrendPlot::settersDoNotEmit()
{
    TrendPlot p;
    prepare(p);
    QSignalSpy selected(&p, &TrendPlot::rangeSelected);
    QSignalSpy cleared(&p, &TrendPlot::selectionCleared);
    p.setSelection(5, 9);
    QCOMPARE(*p.selection(), std::make_pair(5, 9));
    QVERIFY(p.selectionBand()->visible());
    p.setSelection(9, 5); // empty: cleared
    QVERIFY(!p.selection());
    p.setSelection(190, 500);
    QCOMPARE(*p.selection(), std::make_pair(190, kPoints - 1));
    p.clearSelection();
    QCOMPARE(selected.count(), 0);
    QCOMPARE(cleared.count(), 0);
}

void TestTrendPlot::onsetLine()
{
    TrendPlot p;
    prepare(p);
    QVERIFY(!p.onsetLine()->visible());
    p.setOnset(140);
    p.replot(QCustomPlot::rpImmediateRefresh);
    QCOMPARE(p.onset(), std::optional<int>(140));
    QVERIFY(p.onsetLine()->visible());
    QCOMPARE(p.onsetLine()->point1->coords().x(), p.timeAt(140));
    QCOMPARE(p.onsetLine()->point2->coords().x(), p.timeAt(140));
    QVERIFY(std::abs(p.onsetLine()->point1->pixelPosition().x() - p.pixelAtTime(p.timeAt(140))) <
            0.5);
    p.setOnset(std::nullopt);
    QVERIFY(!p.onsetLine()->visible());
    p.setOnset(kPoints); // out of range: none
    QVERIFY(!p.onset());
    QVERIFY(!p.onsetLine()->visible());
    p.setOnset(3);
    p.setTrend(fixtureTimes(), fixtureSeries(kPoints, 1), QStringLiteral("rms"));
    QVERIFY(!p.onsetLine()->visible()); // a new trend has no onset
}

void TestTrendPlot::classStrip()
{
    TrendPlot p;
    prepare(p);
    QStringList classes;
    for (int i = 0; i < kPoints; ++i)
        classes << (i < 60   ? QStringLiteral("normal")
                    : i < 90 ? QString()
                             : QStringLiteral("outer race"));
    const QHash<QString, QColor> colours{{QStringLiteral("normal"), QColor(0, 158, 115)},
                                         {QStringLiteral("outer race"), QColor(213, 94, 0)}};
    p.setPointClasses(classes, colours);
    QCOMPARE(p.classRunCount(), 3);
    QCOMPARE(p.graphCount(), 2 + 3); // the channels, then one legend entry per class
    QCOMPARE(p.graph(2)->name(), QStringLiteral("normal"));
    QCOMPARE(p.graph(3)->name(), QStringLiteral("unlabelled"));
    QCOMPARE(p.graph(4)->name(), QStringLiteral("outer race"));
    QCOMPARE(p.legend->itemCount(), 5);
    // The strip sits below the data: the lowest value is above the strip's pixels.
    p.replot(QCustomPlot::rpImmediateRefresh);
    const double lowestPx = p.yAxis->coordToPixel(0.08 - 0.02);
    QVERIFY(lowestPx < p.axisRect()->bottom() - TrendPlot::kClassStripPx);
    p.setPointClasses({}, {});
    QCOMPARE(p.classRunCount(), 0);
    QCOMPARE(p.graphCount(), 2);
}

void TestTrendPlot::wheelZoomsTime()
{
    TrendPlot p;
    prepare(p);
    const QCPRange before = p.xAxis->range();
    const QPoint at = pointAt(p, p.timeAt(50));
    const double secAt = p.timeAtPixel(at.x());
    QWheelEvent in(at, p.mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                   Qt::NoScrollPhase, false);
    QApplication::sendEvent(&p, &in);
    const QCPRange after = p.xAxis->range();
    QVERIFY(std::abs(after.size() - before.size() * 0.8) < 1.0);
    QVERIFY(std::abs(p.timeAtPixel(at.x()) - secAt) < 1.0); // zoomed around the pointer
    const QCPRange yBefore = p.yAxis->range();
    QWheelEvent out(at, p.mapToGlobal(at), QPoint(), QPoint(0, -1200), Qt::NoButton, Qt::NoModifier,
                    Qt::NoScrollPhase, false);
    QApplication::sendEvent(&p, &out);
    QVERIFY(std::abs(p.xAxis->range().size() - before.size()) < 1.0); // no wider than the run
    QCOMPARE(p.yAxis->range(), yBefore);                              // time only
}

void TestTrendPlot::spectrumMarkers()
{
    SpectrumPlot p;
    Spectrum s;
    s.binHz = 5.0;
    s.db.assign(2049, -60.0);
    s.power.assign(2049, 1e-6);
    p.setSpectrum(s, QStringLiteral("envelope"));
    QCOMPARE(p.title(), QStringLiteral("envelope"));
    QCOMPARE(p.spectrumGraph()->dataCount(), 2049);
    const FaultFrequencies f = faultFrequencies(BearingGeometry::imsPreset());
    p.setFaultMarkers(f, 3);
    QList<double> lineHz;
    for (int i = 0; i < p.itemCount(); ++i)
        if (auto* line = qobject_cast<QCPItemStraightLine*>(p.item(i))) {
            QCOMPARE(line->point1->coords().x(), line->point2->coords().x());
            lineHz << line->point1->coords().x();
        }
    QCOMPARE(lineHz.size(), 12);
    QCOMPARE(p.faultMarkers().size(), 12);
    const double expected[] = {f.bpfo, 2 * f.bpfo, 3 * f.bpfo, f.bpfi, 2 * f.bpfi, 3 * f.bpfi,
                               f.bsf,  2 * f.bsf,  3 * f.bsf,  f.ftf,  2 * f.ftf,  3 * f.ftf};
    for (int i = 0; i < 12; ++i) {
        QCOMPARE(lineHz[i], expected[i]);
        QCOMPARE(p.faultMarkers()[i].hz, expected[i]);
    }
    QCOMPARE(p.faultMarkers()[0].label, QStringLiteral("BPFO"));
    QCOMPARE(p.faultMarkers()[1].label, QStringLiteral("2×BPFO"));
    QCOMPARE(p.faultMarkers()[11].label, QStringLiteral("3×FTF"));
    QVERIFY(p.faultMarkers()[0].colour != p.faultMarkers()[3].colour);
    QCOMPARE(p.itemCount(), 24); // a label per line

    FaultFrequencies partial = f;
    partial.bsf = 0.0; // not drawn
    p.setFaultMarkers(partial, 2);
    QCOMPARE(p.faultMarkers().size(), 6);
    QCOMPARE(p.itemCount(), 12);
    p.clearFaultMarkers();
    QCOMPARE(p.itemCount(), 0);
    QVERIFY(p.faultMarkers().isEmpty());
}

void TestTrendPlot::spectrumLogAxis()
{
    SpectrumPlot p;
    Spectrum s;
    s.binHz = 10.0;
    for (int b = 0; b < 100; ++b)
        s.db.push_back(-b * 0.5);
    s.power.assign(100, 1.0);
    p.setSpectrum(s, QStringLiteral("Welch"));
    QCOMPARE(p.xAxis->scaleType(), QCPAxis::stLinear);
    QCOMPARE(p.xAxis->range().lower, 0.0);
    p.setLogFrequency(true);
    QVERIFY(p.logFrequency());
    QCOMPARE(p.xAxis->scaleType(), QCPAxis::stLogarithmic);
    QVERIFY(p.xAxis->ticker().dynamicCast<QCPAxisTickerLog>());
    QCOMPARE(p.spectrumGraph()->dataCount(), 99); // 0 Hz left out
    QCOMPARE(p.xAxis->range().lower, 10.0);
    QCOMPARE(p.xAxis->range().upper, 990.0);
    p.setLogFrequency(false);
    QCOMPARE(p.xAxis->scaleType(), QCPAxis::stLinear);
    QCOMPARE(p.spectrumGraph()->dataCount(), 100);
}

void TestTrendPlot::markerLabelsDoNotOverlap()
{
    SpectrumPlot p;
    Spectrum s;
    s.binHz = 5.0;
    s.db.assign(2049, -60.0);
    s.power.assign(2049, 1e-6);
    p.setSpectrum(s, QStringLiteral("envelope"));
    const FaultFrequencies f = faultFrequencies(BearingGeometry::imsPreset());
    p.setFaultMarkers(f, 3);
    showPlot(p);
    const double minGapPx = QFontMetricsF(p.font()).height();
    const auto check = [&](double lowHz, double highHz, int& hidden) {
        p.xAxis->setRange(lowHz, highHz);
        p.replot(QCustomPlot::rpImmediateRefresh);
        QList<double> shownPx;
        hidden = 0;
        for (int i = 0; i < p.faultMarkers().size(); ++i) {
            const SpectrumPlot::FaultMarker& m = p.faultMarkers()[i];
            const bool inView = m.hz >= lowHz && m.hz <= highHz;
            if (!inView)
                QVERIFY(!p.labelShown(i));
            else if (m.harmonic == 1)
                QVERIFY2(p.labelShown(i), qPrintable(m.label)); // the four are far apart
            if (p.labelShown(i))
                shownPx << p.xAxis->coordToPixel(m.hz);
            else if (inView)
                ++hidden;
        }
        for (int a = 0; a < shownPx.size(); ++a)
            for (int b = a + 1; b < shownPx.size(); ++b)
                QVERIFY(std::abs(shownPx[a] - shownPx[b]) >= minGapPx);
    };
    // 2×BSF (280 Hz) is 17 Hz from BPFI (297 Hz): hidden over 1 kHz, shown zoomed in.
    int hidden = 0;
    check(0.0, 1000.0, hidden);
    QVERIFY(hidden > 0);
    check(250.0, 320.0, hidden);
    QCOMPARE(hidden, 0);
}

void TestTrendPlot::screenshots()
{
    const QString dir = qEnvironmentVariable("TALLY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("TALLY_SCREENSHOT_DIR not set");
    // A run of 984 snapshots (the IMS second test's length), four channels, labelled.
    const int n = 984;
    std::vector<double> times;
    for (int i = 0; i < n; ++i)
        times.push_back(kStartSec + i * kGapSec);
    TrendPlot trend;
    trend.setTrend(times, fixtureSeries(n, 4), QStringLiteral("rms (g)"));
    QStringList classes;
    for (int i = 0; i < n; ++i)
        classes << (i < 530   ? QStringLiteral("normal")
                    : i < 700 ? QString()
                              : QStringLiteral("outer race"));
    trend.setPointClasses(classes, {{QStringLiteral("normal"), QColor(0, 158, 115)},
                                    {QStringLiteral("outer race"), QColor(213, 94, 0)}});
    trend.setOnset(700);
    trend.setSelection(760, 820);
    showPlot(trend);
    QVERIFY(trend.grab().save(dir + QStringLiteral("/trend-plot.png")));

    const double rateHz = 20480.0;
    const FaultFrequencies f = faultFrequencies(BearingGeometry::imsPreset());
    const std::vector<float> x = outerRaceSignal(rateHz, f.bpfo);
    SpectrumPlot spectrum;
    spectrum.setSpectrum(envelopeSpectrum(x, rateHz, {2000.0, 8000.0, 4096}),
                         QStringLiteral("Envelope spectrum, channel 1"));
    spectrum.setFaultMarkers(f, 3);
    spectrum.xAxis->setRange(0.0, 1000.0);
    showPlot(spectrum);
    QVERIFY(spectrum.grab().save(dir + QStringLiteral("/envelope-spectrum.png")));
    spectrum.setLogFrequency(true);
    spectrum.xAxis->setRange(10.0, 10240.0);
    spectrum.replot(QCustomPlot::rpImmediateRefresh);
    QVERIFY(spectrum.grab().save(dir + QStringLiteral("/envelope-spectrum-log.png")));
}

void TestTrendPlot::redrawTime()
{
    const int n = 6324, runs = 50; // the IMS first test's snapshots, its four bearings
    std::vector<double> times;
    for (int i = 0; i < n; ++i)
        times.push_back(kStartSec + i * kGapSec);
    TrendPlot p;
    p.setTrend(times, fixtureSeries(n, 4), QStringLiteral("rms"));
    QStringList classes;
    for (int i = 0; i < n; ++i)
        classes << (i % 97 < 60 ? QStringLiteral("normal") : QStringLiteral("outer race"));
    p.setPointClasses(
        classes, {{QStringLiteral("normal"), Qt::green}, {QStringLiteral("outer race"), Qt::red}});
    p.setOnset(n * 3 / 4);
    showPlot(p);
    QElapsedTimer timer;
    double sumMs = 0.0, maxMs = 0.0;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        p.replot(QCustomPlot::rpImmediateRefresh);
        const double ms = timer.nsecsElapsed() / 1e6;
        sumMs += ms;
        maxMs = std::max(maxMs, ms);
    }
    qInfo("TrendPlot %d snapshots x 4 channels, %d classes runs, %dx%d px: redraw mean %.2f ms, "
          "max %.2f ms (%d replots)",
          n, p.classRunCount(), p.width(), p.height(), sumMs / runs, maxMs, runs);
}

QTEST_MAIN(TestTrendPlot)
#include "test_trend_plot.moc"
