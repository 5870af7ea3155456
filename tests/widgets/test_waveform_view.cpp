// WaveformView: background pyramid, envelope vs. samples, lanes, mouse edits.
// Runs on the offscreen platform (CTest sets QT_QPA_PLATFORM=offscreen).
// Set TALLY_SCREENSHOT_DIR to also write a PNG of the widget there.

#include "TestSupport.h"
#include "WaveformView.h"

#include <QSignalSpy>
#include <QtTest>
#include <cmath>
#include <memory>

using namespace tally;

namespace {

constexpr int kRate = 16000;

SignalPtr shared(Signal s)
{
    return std::make_shared<const Signal>(std::move(s));
}

// Channel c is a 440 Hz sine of amplitude 0.2 * (c + 1).
SignalPtr multichannel(int channels, qint64 frames)
{
    Signal s;
    s.rateHz = kRate;
    s.channels = channels;
    s.samples.resize(size_t(frames * channels));
    for (qint64 f = 0; f < frames; ++f)
        for (int c = 0; c < channels; ++c)
            s.samples[size_t(f * channels + c)] =
                float(0.2 * (c + 1) * std::sin(2.0 * M_PI * 440.0 * double(f) / kRate));
    return shared(std::move(s));
}

double maxValue(const QCPGraph* g, double fromKey, double toKey)
{
    double m = -1e9;
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
        if (it->key >= fromKey && it->key <= toKey)
            m = std::max(m, it->value);
    return m;
}

double minValue(const QCPGraph* g, double fromKey, double toKey)
{
    double m = 1e9;
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
        if (it->key >= fromKey && it->key <= toKey)
            m = std::min(m, it->value);
    return m;
}

void saveScreenshot(QCustomPlot* plot, const QString& name)
{
    const QString dir = qEnvironmentVariable("TALLY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    plot->replot(QCustomPlot::rpImmediateRefresh); // the view's own replot is queued
    plot->grab().save(dir + QLatin1Char('/') + name);
}

// The vertical middle of lane 0, in widget pixels.
int laneMiddleY(const WaveformView& v)
{
    return v.timeRect(0)->center().y();
}

} // namespace

class TestWaveformView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WaveformView> m_view;

    // A shown 900x360 view with `signal`, waited until drawn.
    bool showWith(SignalPtr signal)
    {
        m_view = std::make_unique<WaveformView>();
        m_view->resize(900, 360);
        m_view->show();
        if (!QTest::qWaitForWindowExposed(m_view.get()))
            return false;
        m_view->setSignal(std::move(signal));
        return QTest::qWaitFor([this] { return m_view->hasData(); }, 5000);
    }

private Q_SLOTS:
    void cleanup() { m_view.reset(); }

    void emptyViewHasNoData()
    {
        WaveformView v;
        v.resize(400, 200);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QVERIFY(!v.hasData());
        QCOMPARE(v.lanes(), 1);
        QCOMPARE(v.durationSec(), 0.0);
    }

    void sineEnvelope()
    {
        QVERIFY(showWith(shared(test::sine(440.0, 0.5, kRate, 10 * kRate))));
        QCOMPARE(m_view->lanes(), 1);
        QVERIFY(!m_view->showsSamples());
        QCOMPARE(m_view->visibleStartSec(), 0.0);
        QCOMPARE(m_view->visibleEndSec(), 10.0);
        const QCPGraph* upper = m_view->upperGraph(0);
        const QCPGraph* lower = m_view->lowerGraph(0);
        QCOMPARE(upper->dataCount(), m_view->plotWidthPx());
        QCOMPARE(lower->dataCount(), m_view->plotWidthPx());
        // Every column spans many periods: max ~ +0.5, min ~ -0.5 everywhere.
        QVERIFY(std::abs(maxValue(upper, 0, 10) - 0.5) < 0.01);
        QVERIFY(std::abs(minValue(upper, 0, 10) - 0.5) < 0.01);
        QVERIFY(std::abs(maxValue(lower, 0, 10) + 0.5) < 0.01);
        QVERIFY(std::abs(minValue(lower, 0, 10) + 0.5) < 0.01);
        saveScreenshot(m_view.get(), QStringLiteral("waveform_sine.png"));
    }

    void stepAppearsAtTheRightTime()
    {
        // 0 for 10 s, then +-1 alternating per frame for 10 s.
        Signal s;
        s.rateHz = kRate;
        s.channels = 1;
        s.samples.assign(size_t(20 * kRate), 0.0f);
        for (qint64 f = 10 * kRate; f < 20 * kRate; ++f)
            s.samples[size_t(f)] = (f % 2) ? 1.0f : -1.0f;
        QVERIFY(showWith(shared(std::move(s))));
        const QCPGraph* upper = m_view->upperGraph(0);
        const QCPGraph* lower = m_view->lowerGraph(0);
        QCOMPARE(maxValue(upper, 0.0, 9.9), 0.0);
        QCOMPARE(minValue(lower, 0.0, 9.9), 0.0);
        QCOMPARE(minValue(upper, 10.1, 20.0), 1.0);
        QCOMPARE(maxValue(lower, 10.1, 20.0), -1.0);
    }

    void lanesPerChannel_data()
    {
        QTest::addColumn<int>("channels");
        QTest::newRow("mono") << 1;
        QTest::newRow("stereo") << 2;
        QTest::newRow("four") << 4;
    }

    void lanesPerChannel()
    {
        QFETCH(int, channels);
        QVERIFY(showWith(multichannel(channels, 5 * kRate)));
        QCOMPARE(m_view->lanes(), channels);
        QCOMPARE(m_view->timeRectCount(), channels);
        for (int c = 0; c < channels; ++c) {
            const double amplitude = 0.2 * (c + 1);
            QVERIFY(std::abs(maxValue(m_view->upperGraph(c), 0, 5) - amplitude) < 0.01);
            QVERIFY(std::abs(minValue(m_view->lowerGraph(c), 0, 5) + amplitude) < 0.01);
            QCOMPARE(m_view->timeRect(c)->axis(QCPAxis::atBottom)->range().upper, 5.0);
        }
        if (channels == 4)
            saveScreenshot(m_view.get(), QStringLiteral("waveform_4ch.png"));
    }

    void zoomedInDrawsRealSamples()
    {
        auto signal = shared(test::sine(440.0, 0.5, kRate, 10 * kRate));
        QVERIFY(showWith(signal));
        QSignalSpy ranges(m_view.get(), &WaveformView::visibleRangeChanged);
        m_view->setVisibleRange(1.0, 1.01);
        QCOMPARE(ranges.count(), 1);
        QVERIFY(m_view->showsSamples());
        const qint64 first = qint64(std::floor(m_view->visibleStartSec() * kRate));
        const qint64 last = qint64(std::ceil(m_view->visibleEndSec() * kRate));
        const QCPGraph* line = m_view->upperGraph(0);
        QCOMPARE(qint64(line->dataCount()), last - first + 1);
        QCOMPARE(m_view->lowerGraph(0)->dataCount(), 0);
        auto it = line->data()->constBegin();
        for (qint64 f = first; f <= last; ++f, ++it) {
            QCOMPARE(it->key, double(f) / kRate);
            QCOMPARE(float(it->value), signal->at(f, 0));
        }
        // ~5 px per frame: dots are drawn.
        QVERIFY(line->scatterStyle().shape() != QCPScatterStyle::ssNone);
        saveScreenshot(m_view.get(), QStringLiteral("waveform_samples.png"));
        m_view->zoomToFit();
        QVERIFY(!m_view->showsSamples());
        QCOMPARE(m_view->visibleEndSec(), 10.0);
    }

    void rangeIsClamped()
    {
        QVERIFY(showWith(shared(test::sine(100.0, 0.5, kRate, 4 * kRate))));
        QSignalSpy ranges(m_view.get(), &WaveformView::visibleRangeChanged);
        m_view->setVisibleRange(-1.0, 1.0); // keeps the 2 s span, moved into [0, 4]
        QCOMPARE(m_view->visibleStartSec(), 0.0);
        QCOMPARE(m_view->visibleEndSec(), 2.0);
        m_view->setVisibleRange(3.0, 9.0);
        QCOMPARE(m_view->visibleStartSec(), 0.0);
        QCOMPARE(m_view->visibleEndSec(), 4.0);
        QCOMPARE(ranges.count(), 2);
        m_view->setVisibleRange(0.0, 4.0); // unchanged: no signal, so no sync loop
        QCOMPARE(ranges.count(), 2);
        QCOMPARE(ranges.last().at(1).toDouble(), 4.0);
    }

    void dragSelects()
    {
        QVERIFY(showWith(shared(test::sine(440.0, 0.5, kRate, 10 * kRate))));
        QSignalSpy selections(m_view.get(), &WaveformView::selectionChanged);
        QSignalSpy cursors(m_view.get(), &WaveformView::cursorChanged);
        QCPAxis* x = m_view->timeRect(0)->axis(QCPAxis::atBottom);
        const int y = laneMiddleY(*m_view);
        const QPoint a(m_view->timeRect(0)->left() + 100, y);
        const QPoint b(m_view->timeRect(0)->left() + 400, y);
        QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::NoModifier, a);
        QTest::mouseMove(m_view.get(), QPoint(a.x() + 50, y));
        QTest::mouseMove(m_view.get(), b);
        QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::NoModifier, b);
        QVERIFY(selections.count() >= 1);
        const double start = selections.last().at(0).toDouble();
        const double end = selections.last().at(1).toDouble();
        QVERIFY(qFuzzyCompare(start, x->pixelToCoord(a.x())));
        QVERIFY(qFuzzyCompare(end, x->pixelToCoord(b.x())));
        QVERIFY(m_view->hasSelection());
        QCOMPARE(m_view->selectionStartSec(), start);
        QCOMPARE(m_view->selectionEndSec(), end);
        QCOMPARE(cursors.count(), 1);
        QVERIFY(qFuzzyCompare(m_view->cursorSec(), start));
        saveScreenshot(m_view.get(), QStringLiteral("waveform_selection.png"));
    }

    void dragLeftwardsSelectsTheSameWay()
    {
        QVERIFY(showWith(shared(test::sine(440.0, 0.5, kRate, 10 * kRate))));
        QSignalSpy selections(m_view.get(), &WaveformView::selectionChanged);
        QCPAxis* x = m_view->timeRect(0)->axis(QCPAxis::atBottom);
        const int y = laneMiddleY(*m_view);
        const QPoint a(m_view->timeRect(0)->left() + 500, y);
        const QPoint b(m_view->timeRect(0)->left() + 200, y);
        QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::NoModifier, a);
        QTest::mouseMove(m_view.get(), b);
        QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::NoModifier, b);
        QVERIFY(!selections.isEmpty());
        QVERIFY(qFuzzyCompare(selections.last().at(0).toDouble(), x->pixelToCoord(b.x())));
        QVERIFY(qFuzzyCompare(selections.last().at(1).toDouble(), x->pixelToCoord(a.x())));
    }

    void clickSetsCursorAndClearsSelection()
    {
        QVERIFY(showWith(shared(test::sine(440.0, 0.5, kRate, 10 * kRate))));
        m_view->setSelection(2.0, 3.0);
        QSignalSpy selections(m_view.get(), &WaveformView::selectionChanged);
        QSignalSpy cursors(m_view.get(), &WaveformView::cursorChanged);
        const QPoint p(m_view->timeRect(0)->left() + 250, laneMiddleY(*m_view));
        QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, p);
        QCOMPARE(cursors.count(), 1);
        const double expected = m_view->timeRect(0)->axis(QCPAxis::atBottom)->pixelToCoord(p.x());
        QVERIFY(qFuzzyCompare(cursors.last().at(0).toDouble(), expected));
        QVERIFY(qFuzzyCompare(m_view->cursorSec(), expected));
        QCOMPARE(selections.count(), 1);
        QCOMPARE(selections.last().at(0).toDouble(), -1.0);
        QVERIFY(!m_view->hasSelection());
    }

    void wheelZoomsAroundThePointer()
    {
        QVERIFY(showWith(shared(test::sine(440.0, 0.5, kRate, 10 * kRate))));
        QSignalSpy ranges(m_view.get(), &WaveformView::visibleRangeChanged);
        const QPointF pos(m_view->timeRect(0)->left() + 300, laneMiddleY(*m_view));
        const double under = m_view->secAtPixel(pos.x());
        QWheelEvent in(pos, m_view->mapToGlobal(pos), QPoint(), QPoint(0, 240), Qt::NoButton,
                       Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view.get(), &in);
        QCOMPARE(ranges.count(), 1);
        const double span = m_view->visibleEndSec() - m_view->visibleStartSec();
        QVERIFY(span < 10.0 * 0.7);
        QVERIFY(std::abs(m_view->secAtPixel(pos.x()) - under) < 1e-6);
        QWheelEvent out(pos, m_view->mapToGlobal(pos), QPoint(), QPoint(0, -2400), Qt::NoButton,
                        Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view.get(), &out);
        QCOMPARE(m_view->visibleStartSec(), 0.0);
        QCOMPARE(m_view->visibleEndSec(), 10.0);
    }

    void shiftDragPans()
    {
        QVERIFY(showWith(shared(test::sine(440.0, 0.5, kRate, 10 * kRate))));
        m_view->setVisibleRange(4.0, 6.0);
        QSignalSpy selections(m_view.get(), &WaveformView::selectionChanged);
        const int y = laneMiddleY(*m_view);
        const QPoint a(m_view->timeRect(0)->left() + 400, y);
        const QPoint b(a.x() - 100, y);
        const double secPerPx = 2.0 / m_view->plotWidthPx();
        QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, a);
        QTest::mouseMove(m_view.get(), b);
        QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, b);
        QVERIFY(std::abs(m_view->visibleStartSec() - (4.0 + 100 * secPerPx)) < 1e-9);
        QVERIFY(std::abs(m_view->visibleEndSec() - (6.0 + 100 * secPerPx)) < 1e-9);
        QCOMPARE(selections.count(), 0);
    }

    void playheadShowsAndHides()
    {
        QVERIFY(showWith(shared(test::sine(440.0, 0.5, kRate, 10 * kRate))));
        m_view->setPlayhead(3.5);
        QCOMPARE(m_view->playheadSec(), 3.5);
        m_view->setPlayhead(20.0);
        QCOMPARE(m_view->playheadSec(), 10.0);
        m_view->setPlayhead(-1.0);
        QVERIFY(m_view->playheadSec() < 0.0);
    }

    void newSignalReplacesTheOld()
    {
        QVERIFY(showWith(shared(test::sine(440.0, 0.5, kRate, 10 * kRate))));
        // Two signals in a row: the first build is cancelled, the second shown.
        m_view->setSignal(shared(test::sine(440.0, 0.9, kRate, 60 * kRate)));
        m_view->setSignal(multichannel(2, 3 * kRate));
        QVERIFY(!m_view->hasData());
        QTRY_VERIFY(m_view->hasData());
        QCOMPARE(m_view->lanes(), 2);
        QCOMPARE(m_view->visibleEndSec(), 3.0);
        QVERIFY(std::abs(maxValue(m_view->upperGraph(1), 0, 3) - 0.4) < 0.01);
        m_view->setSignal(nullptr);
        QVERIFY(!m_view->hasData());
        QCOMPARE(m_view->lanes(), 1);
    }

    void resizeRedraws()
    {
        QVERIFY(showWith(shared(test::sine(440.0, 0.5, kRate, 10 * kRate))));
        const int before = m_view->upperGraph(0)->dataCount();
        m_view->resize(600, 360);
        QTRY_VERIFY(m_view->upperGraph(0)->dataCount() != before);
        QCOMPARE(m_view->upperGraph(0)->dataCount(), m_view->plotWidthPx());
    }
};

QTEST_MAIN(TestWaveformView)
#include "test_waveform_view.moc"
