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

// The maxima (or the minima) of the envelope columns keyed within [fromKey, toKey].
std::vector<double> columns(const EnvelopePlot* e, double fromKey, double toKey, bool maxima)
{
    std::vector<double> out;
    for (int i = 0; i < e->columnCount(); ++i)
        if (e->keyAt(i) >= fromKey && e->keyAt(i) <= toKey)
            out.push_back(maxima ? e->maxAt(i) : e->minAt(i));
    return out;
}

double highest(const std::vector<double>& v)
{
    return v.empty() ? -1e9 : *std::max_element(v.begin(), v.end());
}

double lowest(const std::vector<double>& v)
{
    return v.empty() ? 1e9 : *std::min_element(v.begin(), v.end());
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
        const EnvelopePlot* envelope = m_view->envelope(0);
        QCOMPARE(envelope->columnCount(), m_view->plotWidthPx());
        QCOMPARE(m_view->sampleLine(0)->dataCount(), 0);
        // Every column spans many periods: max ~ +0.5, min ~ -0.5 everywhere.
        QVERIFY(std::abs(highest(columns(envelope, 0, 10, true)) - 0.5) < 0.01);
        QVERIFY(std::abs(lowest(columns(envelope, 0, 10, true)) - 0.5) < 0.01);
        QVERIFY(std::abs(highest(columns(envelope, 0, 10, false)) + 0.5) < 0.01);
        QVERIFY(std::abs(lowest(columns(envelope, 0, 10, false)) + 0.5) < 0.01);
        saveScreenshot(m_view.get(), QStringLiteral("waveform_sine.png"));
    }

    // What a person sees: in a middle column of a +-0.5 sine, the pixels between the
    // envelope's ends are the fill colour, its ends the outline colour, and the pixels
    // beyond them the background.
    void envelopeIsDrawnAsColumnSpans()
    {
        QVERIFY(showWith(shared(test::sine(440.0, 0.5, kRate, 10 * kRate))));
        m_view->replot(QCustomPlot::rpImmediateRefresh);
        const QImage image = m_view->toPixmap(m_view->width(), m_view->height()).toImage();
        QCPAxis* x = m_view->timeRect(0)->axis(QCPAxis::atBottom);
        QCPAxis* y = m_view->timeRect(0)->axis(QCPAxis::atLeft);
        const EnvelopePlot* envelope = m_view->envelope(0);
        const int column = envelope->columnCount() / 2;
        const int px = int(std::floor(x->coordToPixel(envelope->keyAt(column))));
        const auto colourAt = [&](double value) {
            return image.pixelColor(px, int(std::round(y->coordToPixel(value))));
        };
        const QColor fill(70, 130, 210);
        const QColor outline(30, 80, 170);
        for (double v : {-0.4, -0.2, 0.0, 0.2, 0.4})
            QCOMPARE(colourAt(v), fill);
        QCOMPARE(colourAt(envelope->maxAt(column)), outline);
        QCOMPARE(colourAt(envelope->minAt(column)), outline);
        for (double v : {-0.8, 0.8})
            QVERIFY(colourAt(v) != fill && colourAt(v) != outline);
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
        const EnvelopePlot* envelope = m_view->envelope(0);
        QCOMPARE(highest(columns(envelope, 0.0, 9.9, true)), 0.0);
        QCOMPARE(lowest(columns(envelope, 0.0, 9.9, false)), 0.0);
        QCOMPARE(lowest(columns(envelope, 10.1, 20.0, true)), 1.0);
        QCOMPARE(highest(columns(envelope, 10.1, 20.0, false)), -1.0);
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
            QVERIFY(std::abs(highest(columns(m_view->envelope(c), 0, 5, true)) - amplitude) < 0.01);
            QVERIFY(std::abs(lowest(columns(m_view->envelope(c), 0, 5, false)) + amplitude) < 0.01);
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
        const QCPGraph* line = m_view->sampleLine(0);
        QCOMPARE(qint64(line->dataCount()), last - first + 1);
        QCOMPARE(m_view->envelope(0)->columnCount(), 0);
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
        QVERIFY(std::abs(highest(columns(m_view->envelope(1), 0, 3, true)) - 0.4) < 0.01);
        m_view->setSignal(nullptr);
        QVERIFY(!m_view->hasData());
        QCOMPARE(m_view->lanes(), 1);
    }

    void resizeRedraws()
    {
        QVERIFY(showWith(shared(test::sine(440.0, 0.5, kRate, 10 * kRate))));
        const int before = m_view->envelope(0)->columnCount();
        m_view->resize(600, 360);
        QTRY_VERIFY(m_view->envelope(0)->columnCount() != before);
        QCOMPARE(m_view->envelope(0)->columnCount(), m_view->plotWidthPx());
    }
};

QTEST_MAIN(TestWaveformView)
#include "test_waveform_view.moc"
