#include "WaveformView.h"

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

namespace tally {

namespace {

const QColor kWaveFill(70, 130, 210);
const QColor kWaveLine(30, 80, 170);
constexpr double kLaneRange = 1.05; // y range of a lane: +-1 full scale plus headroom
constexpr int kMinSpanFrames = 8;   // zoom-in limit

// Worker-thread job: the pyramid of `signal`, or null if cancelled.
std::shared_ptr<const SummaryPyramid> buildPyramid(SignalPtr signal,
                                                   std::shared_ptr<std::atomic_bool> cancel)
{
    auto pyramid = std::make_shared<SummaryPyramid>();
    if (!pyramid->build(signal->samples.data(), signal->frames(), signal->channels, cancel.get()))
        return nullptr;
    return pyramid;
}

} // namespace

WaveformView::WaveformView(QWidget* parent) : TimePlot(parent)
{
    connect(&m_watcher, &QFutureWatcher<PyramidPtr>::finished, this, &WaveformView::onPyramidReady);
    buildLanes(1);
}

WaveformView::~WaveformView()
{
    // The job owns copies of the signal and the flag, so it may finish on its own;
    // cancelling just stops it early.
    cancelBuild();
}

void WaveformView::cancelBuild()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
}

void WaveformView::setSignal(SignalPtr signal)
{
    cancelBuild();
    m_signal = std::move(signal);
    m_pyramid.reset();
    m_drawn = false;
    const int channels = m_signal ? std::max(m_signal->channels, 1) : 1;
    if (channels != lanes())
        buildLanes(channels);
    for (const Lane& lane : m_lanes) {
        lane.upper->data()->clear();
        lane.lower->data()->clear();
    }
    const double rate = m_signal && m_signal->rateHz > 0 ? m_signal->rateHz : 1.0;
    setDuration(m_signal ? m_signal->durationSec() : 0.0, kMinSpanFrames / rate);
    replot(rpQueuedReplot);
    if (!m_signal || m_signal->frames() == 0)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run(buildPyramid, m_signal, m_cancel));
}

void WaveformView::onPyramidReady()
{
    // setFuture() on a newer build disconnects the older one, so a result here
    // belongs to the current signal unless it was cancelled (null).
    PyramidPtr pyramid = m_watcher.future().result();
    if (!pyramid || !m_signal)
        return;
    m_pyramid = std::move(pyramid);
    refreshData();
    replot(rpQueuedReplot);
}

void WaveformView::buildLanes(int channels)
{
    removeTimeRects();
    clearGraphs();
    plotLayout()->clear();
    m_lanes.clear();
    plotLayout()->setRowSpacing(2);
    for (int c = 0; c < channels; ++c) {
        Lane lane;
        lane.rect = new QCPAxisRect(this);
        plotLayout()->addElement(c, 0, lane.rect);
        lane.lower = addGraph(lane.rect->axis(QCPAxis::atBottom), lane.rect->axis(QCPAxis::atLeft));
        lane.upper = addGraph(lane.rect->axis(QCPAxis::atBottom), lane.rect->axis(QCPAxis::atLeft));
        styleLane(lane, c, channels);
        m_lanes.push_back(lane);
        addTimeRect(lane.rect);
    }
    setSideColumn(nullptr); // the width of the spectrogram's colour scale, kept empty
}

void WaveformView::styleLane(const Lane& lane, int channel, int channels)
{
    QCPAxis* x = lane.rect->axis(QCPAxis::atBottom);
    QCPAxis* y = lane.rect->axis(QCPAxis::atLeft);
    const bool bottomLane = channel == channels - 1;
    x->setTickLabels(bottomLane);
    x->setLabel(bottomLane ? tr("Time (s)") : QString());
    y->setRange(-kLaneRange, kLaneRange);
    if (channels > 2) { // short lanes: label -1, 0, 1 only
        auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
        ticker->setTickStep(1.0);
        y->setTicker(ticker);
    }
    y->setLabel(channels > 1 ? tr("Ch %1").arg(channel + 1) : tr("Amplitude"));
    for (QCPGraph* g : {lane.upper, lane.lower}) {
        g->setPen(QPen(kWaveLine, 1));
        g->setAntialiased(false);
        g->setAntialiasedFill(false);
        g->setAdaptiveSampling(true);
    }
}

void WaveformView::refreshData()
{
    const int columns = plotWidthPx();
    if (!m_pyramid || !m_signal || columns <= 0)
        return;
    const double framesPerPixel =
        (visibleEndSec() - visibleStartSec()) * m_signal->rateHz / columns;
    m_showsSamples = framesPerPixel < kEnvelopeFramesPerPixel;
    for (int c = 0; c < lanes(); ++c) {
        if (m_showsSamples)
            drawSamples(m_lanes[size_t(c)], c, columns);
        else
            drawEnvelope(m_lanes[size_t(c)], c, columns);
    }
    m_drawn = true;
}

// One (min, max) pair per pixel column, keyed at the column centre (s).
void WaveformView::drawEnvelope(const Lane& lane, int channel, int columns)
{
    const double startSec = visibleStartSec();
    const double endSec = visibleEndSec();
    const double rate = m_signal->rateHz;
    m_mins.resize(size_t(columns));
    m_maxs.resize(size_t(columns));
    m_pyramid->query(channel, startSec * rate, endSec * rate, columns, m_mins.data(),
                     m_maxs.data());
    const double columnSec = (endSec - startSec) / columns;
    QVector<QCPGraphData> upper(columns);
    QVector<QCPGraphData> lower(columns);
    for (int i = 0; i < columns; ++i) {
        const double key = startSec + (i + 0.5) * columnSec;
        upper[i] = QCPGraphData(key, m_maxs[size_t(i)]);
        lower[i] = QCPGraphData(key, m_mins[size_t(i)]);
    }
    lane.upper->data()->set(upper, true);
    lane.lower->data()->set(lower, true);
    lane.upper->setBrush(kWaveFill);
    lane.upper->setChannelFillGraph(lane.lower);
    lane.upper->setScatterStyle(QCPScatterStyle::ssNone);
}

// The frames from floor(start * rate) to ceil(end * rate), clamped to the signal,
// keyed at frame / rate (s).
void WaveformView::drawSamples(const Lane& lane, int channel, int columns)
{
    const double rate = m_signal->rateHz;
    const qint64 first = std::max<qint64>(0, qint64(std::floor(visibleStartSec() * rate)));
    const qint64 last =
        std::min<qint64>(m_signal->frames() - 1, qint64(std::ceil(visibleEndSec() * rate)));
    QVector<QCPGraphData> points;
    points.reserve(int(std::max<qint64>(0, last - first + 1)));
    for (qint64 f = first; f <= last; ++f)
        points.append(QCPGraphData(double(f) / rate, m_signal->at(f, channel)));
    lane.upper->data()->set(points, true);
    lane.lower->data()->clear();
    lane.upper->setChannelFillGraph(nullptr);
    lane.upper->setBrush(Qt::NoBrush);
    const double pixelsPerFrame = columns / ((visibleEndSec() - visibleStartSec()) * rate);
    lane.upper->setScatterStyle(pixelsPerFrame >= kDotsPixelsPerFrame
                                    ? QCPScatterStyle(QCPScatterStyle::ssDisc, 4)
                                    : QCPScatterStyle(QCPScatterStyle::ssNone));
}

} // namespace tally
