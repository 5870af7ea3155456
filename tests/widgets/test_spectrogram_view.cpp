// SpectrogramView: tiles computed off the GUI thread, peak at the right row,
// params/mel axis, tile cache, column step per zoom, shared mouse behaviour.
// Runs on the offscreen platform (CTest sets QT_QPA_PLATFORM=offscreen).
// Set TALLY_SCREENSHOT_DIR to also write a PNG of the widget there.

#include "SpectrogramView.h"
#include "TestSupport.h"
#include "dsp/MelFilterbank.h"

#include <QSignalSpy>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <memory>
#include <random>
#include <vector>

using namespace tally;

namespace {

constexpr int kRate = 16000;

SignalPtr sineSignal(double hz, double seconds)
{
    return std::make_shared<const Signal>(test::sine(hz, 0.5, kRate, qint64(seconds * kRate)));
}

// Uniform white noise, amplitude 0.5, fixed seed.
SignalPtr noiseSignal(double seconds)
{
    Signal s;
    s.rateHz = kRate;
    s.channels = 1;
    s.samples.resize(size_t(seconds * kRate));
    std::mt19937 rng(3);
    std::uniform_real_distribution<float> u(-0.5f, 0.5f);
    for (float& x : s.samples)
        x = u(rng);
    return std::make_shared<const Signal>(std::move(s));
}

// Mean over the rows of column `k` of the colour map (NaN if any cell is NaN).
double columnMean(QCPColorMapData* d, int k)
{
    double sum = 0.0;
    for (int v = 0; v < d->valueSize(); ++v)
        sum += d->cell(k, v);
    return sum / d->valueSize();
}

// Row (value index) of the largest value in column `k` of the colour map.
int argmaxRow(QCPColorMap* map, int k)
{
    QCPColorMapData* d = map->data();
    int best = 0;
    for (int v = 1; v < d->valueSize(); ++v)
        if (d->cell(k, v) > d->cell(k, best))
            best = v;
    return best;
}

void saveScreenshot(QCustomPlot* plot, const QString& name)
{
    const QString dir = qEnvironmentVariable("TALLY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    plot->replot(QCustomPlot::rpImmediateRefresh); // the view's own replot is queued
    plot->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestSpectrogramView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SpectrogramView> m_view;

    bool showWith(SignalPtr signal)
    {
        m_view = std::make_unique<SpectrogramView>();
        m_view->resize(900, 400);
        m_view->show();
        if (!QTest::qWaitForWindowExposed(m_view.get()))
            return false;
        m_view->setSignal(std::move(signal));
        return QTest::qWaitFor([this] { return m_view->hasData(); }, 10000);
    }

private Q_SLOTS:
    void cleanup() { m_view.reset(); }

    void sinePeaksAtOneKilohertz()
    {
        QVERIFY(showWith(sineSignal(1000.0, 5.0)));
        QCPColorMap* map = m_view->colorMap();
        QCPColorMapData* d = map->data();
        QCOMPARE(d->valueSize(), 512 / 2 + 1);
        // Less than one hop per pixel: one column per hop, at frames 0, 160, ..., 79840.
        QCOMPARE(m_view->columnStepFrames(), qint64(160));
        QCOMPARE(d->keySize(), 500);
        // The row whose centre is nearest 1 kHz.
        int nearest = 0;
        double bestDist = 1e9;
        for (int v = 0; v < d->valueSize(); ++v) {
            double key = 0, hz = 0;
            d->cellToCoord(0, v, &key, &hz);
            if (std::abs(hz - 1000.0) < bestDist) {
                bestDist = std::abs(hz - 1000.0);
                nearest = v;
            }
        }
        for (int k : {d->keySize() / 4, d->keySize() / 2, 3 * d->keySize() / 4})
            QCOMPARE(argmaxRow(map, k), nearest);
        QCOMPARE(m_view->colorMap()->valueAxis()->label(), QStringLiteral("Frequency (Hz)"));
        QCOMPARE(m_view->colorMap()->keyAxis()->label(), QStringLiteral("Time (s)"));
        saveScreenshot(m_view.get(), QStringLiteral("spectrogram_sine.png"));
    }

    // Regression: a dark column appeared at tile boundaries (10.24 s here) and at the
    // right end of a 20 s noise file at ~450 px (column step 640 frames).
    void noiseHasNoDarkColumns()
    {
        m_view = std::make_unique<SpectrogramView>();
        m_view->resize(560, 300);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setSignal(noiseSignal(20.0));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->hasData(), 10000);
        QCOMPARE(m_view->columnStepFrames(), qint64(640));
        QCPColorMapData* d = m_view->colorMap()->data();
        QVERIFY(d->keySize() > SpectrogramTile::kColumns); // the view spans a tile boundary
        std::vector<double> means;
        for (int k = 0; k < d->keySize(); ++k) {
            const double m = columnMean(d, k);
            QVERIFY2(std::isfinite(m), qPrintable(QStringLiteral("column %1 has NaN").arg(k)));
            means.push_back(m);
        }
        std::vector<double> sorted = means;
        std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
        const double median = sorted[sorted.size() / 2];
        // Columns whose frame reaches past either end of the signal are zero padded
        // (the first one is half silence: -3 dB); all others see the same noise.
        const int halfFft = m_view->params().nFft / 2;
        for (int k = 0; k < int(means.size()); ++k) {
            double sec = 0.0, hz = 0.0;
            d->cellToCoord(k, 0, &sec, &hz);
            const qint64 centre = qRound64(sec * kRate);
            if (centre - halfFft < 0 || centre + halfFft > 20 * kRate)
                continue;
            QVERIFY2(std::abs(means[size_t(k)] - median) < 3.0,
                     qPrintable(QStringLiteral("column %1: %2 dB, median %3 dB")
                                    .arg(k)
                                    .arg(means[size_t(k)])
                                    .arg(median)));
        }
        saveScreenshot(m_view.get(), QStringLiteral("spectrogram_noise.png"));
    }

    void timeAxisMatchesTheSignal()
    {
        QVERIFY(showWith(sineSignal(1000.0, 5.0)));
        const QCPRange keys = m_view->colorMap()->data()->keyRange();
        const double stepSec = double(m_view->columnStepFrames()) / kRate;
        QVERIFY(keys.lower <= stepSec);
        QVERIFY(keys.upper >= 5.0 - stepSec);
        QVERIFY(keys.upper <= 5.0);
        QCOMPARE(m_view->visibleEndSec(), 5.0);
    }

    void changingParamsRecomputes()
    {
        QVERIFY(showWith(sineSignal(1000.0, 5.0)));
        const qint64 computed = m_view->tilesComputed();
        StftParams p = m_view->params();
        p.nFft = 1024;
        p.hop = 256;
        QVERIFY(m_view->setParams(p));
        QVERIFY(!m_view->hasData());
        QTRY_VERIFY(m_view->hasData());
        QVERIFY(m_view->tilesComputed() > computed);
        QCPColorMapData* d = m_view->colorMap()->data();
        QCOMPARE(d->valueSize(), 1024 / 2 + 1);
        // 1000 Hz is exactly bin 64 at 16 kHz / 1024.
        QCOMPARE(argmaxRow(m_view->colorMap(), d->keySize() / 2), 64);
        p.nFft = 7; // odd: invalid, ignored
        QVERIFY(!m_view->setParams(p));
        QCOMPARE(m_view->params().nFft, 1024);
    }

    void melBandsLabelledInHertz()
    {
        QVERIFY(showWith(sineSignal(1000.0, 5.0)));
        StftParams p = m_view->params();
        p.melBands = 40;
        QVERIFY(m_view->setParams(p));
        QTRY_VERIFY(m_view->hasData());
        QCPColorMapData* d = m_view->colorMap()->data();
        QCOMPARE(d->valueSize(), 40);
        const MelFilterbank bank(40, p.nFft, kRate);
        int nearest = 0;
        for (int m = 1; m < 40; ++m)
            if (std::abs(bank.centresHz()[size_t(m)] - 1000.0) <
                std::abs(bank.centresHz()[size_t(nearest)] - 1000.0))
                nearest = m;
        QVERIFY(std::abs(argmaxRow(m_view->colorMap(), d->keySize() / 2) - nearest) <= 1);
        QCPAxis* y = m_view->colorMap()->valueAxis();
        auto ticker = y->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(ticker);
        QVERIFY(!ticker->ticks().isEmpty());
        // Band 0 is labelled with its centre frequency.
        QCOMPARE(ticker->ticks().firstKey(), 0.0);
        QCOMPARE(ticker->ticks().first(), QString::number(qRound(bank.centresHz()[0])));
        QVERIFY(y->label().contains(QStringLiteral("Hz")));
        saveScreenshot(m_view.get(), QStringLiteral("spectrogram_mel.png"));
    }

    void secondIdenticalRequestHitsTheCache()
    {
        QVERIFY(showWith(sineSignal(1000.0, 120.0)));
        m_view->setVisibleRange(10.0, 15.0);
        QTRY_VERIFY(m_view->hasData());
        m_view->setVisibleRange(60.0, 65.0);
        QTRY_VERIFY(m_view->hasData());
        const qint64 computed = m_view->tilesComputed();
        const qint64 hits = m_view->tileCacheHits();
        const qint64 misses = m_view->tileCacheMisses();
        m_view->setVisibleRange(10.0, 15.0);
        QVERIFY(m_view->hasData()); // drawn at once from the cache
        QVERIFY(m_view->tileCacheHits() > hits);
        QCOMPARE(m_view->tileCacheMisses(), misses);
        QCOMPARE(m_view->tilesComputed(), computed);
        QCOMPARE(m_view->pendingTiles(), 0);
    }

    void cacheStaysBounded()
    {
        QVERIFY(showWith(sineSignal(1000.0, 120.0)));
        const qint64 limit = 2ll << 20;
        m_view->setCacheLimitBytes(limit);
        for (double t = 0.0; t < 110.0; t += 10.0) {
            m_view->setVisibleRange(t, t + 5.0);
            QTRY_VERIFY(m_view->hasData());
        }
        QVERIFY(m_view->tileCache().bytes() <= limit);
        QVERIFY(m_view->tileCache().count() > 0);
    }

    void columnStepFollowsZoom()
    {
        QVERIFY(showWith(sineSignal(1000.0, 60.0)));
        const int width = m_view->plotWidthPx();
        const double framesPerPixel = 60.0 * kRate / width;
        const qint64 step = m_view->columnStepFrames();
        QVERIFY(step % 160 == 0);
        QVERIFY(double(step) <= framesPerPixel);
        QVERIFY(double(step) * 2 > framesPerPixel);
        m_view->setVisibleRange(1.0, 1.5);
        QCOMPARE(m_view->columnStepFrames(), qint64(160));
        QTRY_VERIFY(m_view->hasData());
    }

    void staleRequestsAreCancelled()
    {
        QVERIFY(showWith(sineSignal(1000.0, 300.0)));
        for (int i = 0; i < 20; ++i)
            m_view->setVisibleRange(i * 10.0, i * 10.0 + 8.0);
        // Only the last view's tiles may still be pending.
        QVERIFY(m_view->pendingTiles() <= 5); // an 8 s view spans at most 5 tiles here
        QTRY_VERIFY(m_view->hasData());
        QTRY_COMPARE(m_view->pendingTiles(), 0);
    }

    void sharesMouseBehaviour()
    {
        QVERIFY(showWith(sineSignal(1000.0, 5.0)));
        QSignalSpy selections(m_view.get(), &SpectrogramView::selectionChanged);
        QSignalSpy ranges(m_view.get(), &SpectrogramView::visibleRangeChanged);
        QCPAxis* x = m_view->timeRect(0)->axis(QCPAxis::atBottom);
        const int y = m_view->timeRect(0)->center().y();
        const QPoint a(m_view->timeRect(0)->left() + 150, y);
        const QPoint b(m_view->timeRect(0)->left() + 350, y);
        QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::NoModifier, a);
        QTest::mouseMove(m_view.get(), b);
        QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::NoModifier, b);
        QVERIFY(!selections.isEmpty());
        QVERIFY(qFuzzyCompare(selections.last().at(0).toDouble(), x->pixelToCoord(a.x())));
        QVERIFY(qFuzzyCompare(selections.last().at(1).toDouble(), x->pixelToCoord(b.x())));
        QWheelEvent in(QPointF(b), m_view->mapToGlobal(QPointF(b)), QPoint(), QPoint(0, 120),
                       Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view.get(), &in);
        QCOMPARE(ranges.count(), 1);
        QVERIFY(m_view->visibleEndSec() - m_view->visibleStartSec() < 5.0);
        m_view->setPlayhead(1.0);
        QTRY_VERIFY(m_view->hasData());
        saveScreenshot(m_view.get(), QStringLiteral("spectrogram_selection.png"));
    }

    void multichannelUsesTheChosenChannel()
    {
        // Channel 0 silent, channel 1 a 2 kHz sine.
        Signal s;
        s.rateHz = kRate;
        s.channels = 2;
        const Signal tone = test::sine(2000.0, 0.5, kRate, 3 * kRate);
        s.samples.resize(size_t(tone.frames() * 2));
        for (qint64 f = 0; f < tone.frames(); ++f) {
            s.samples[size_t(2 * f)] = 0.0f;
            s.samples[size_t(2 * f + 1)] = tone.at(f, 0);
        }
        QVERIFY(showWith(std::make_shared<const Signal>(std::move(s))));
        QCPColorMapData* d = m_view->colorMap()->data();
        QCOMPARE(argmaxRow(m_view->colorMap(), d->keySize() / 2), 64); // 2 kHz, mean of channels
        m_view->setChannel(0);
        QTRY_VERIFY(m_view->hasData());
        QVERIFY(d->cell(d->keySize() / 2, 64) < -50.0); // silence
        m_view->setChannel(1);
        QTRY_VERIFY(m_view->hasData());
        QCOMPARE(argmaxRow(m_view->colorMap(), d->keySize() / 2), 64);
    }
};

QTEST_MAIN(TestSpectrogramView)
#include "test_spectrogram_view.moc"
