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

constexpr qint64 kReadBlockFrames = 1 << 16; // pyramid build from a file, per read

// Worker-thread job: the pyramid of `source`, or null if cancelled or unreadable.
// A file source is read block by block, so only one block is held at a time.
std::shared_ptr<const SummaryPyramid> buildPyramid(FrameSourcePtr source,
                                                   std::shared_ptr<std::atomic_bool> cancel)
{
    auto pyramid = std::make_shared<SummaryPyramid>();
    if (const SignalPtr signal = source->signal()) {
        if (!pyramid->build(signal->samples.data(), signal->frames(), signal->channels,
                            cancel.get()))
            return nullptr;
        return pyramid;
    }
    pyramid->begin(source->channels(), source->frames());
    for (qint64 done = 0; done < source->frames(); done += kReadBlockFrames) {
        if (cancel->load(std::memory_order_relaxed))
            return nullptr;
        const Result<std::vector<float>> block = source->read(done, kReadBlockFrames);
        if (!block || block.value().empty())
            break; // draws what was read (a file cut short shows its real end)
        pyramid->append(block.value().data(), qint64(block.value().size()) / source->channels());
    }
    if (!pyramid->finish(cancel.get()))
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
    setSource(signal ? std::make_shared<SignalFrameSource>(std::move(signal)) : nullptr);
}

qint64 WaveformView::residentSamples() const
{
    return (m_signal ? qint64(m_signal->samples.size()) : 0) + qint64(m_window.size());
}

void WaveformView::setSource(FrameSourcePtr source)
{
    cancelBuild();
    m_source = std::move(source);
    m_signal = m_source ? m_source->signal() : nullptr;
    m_pyramid.reset();
    m_window.clear();
    m_window.shrink_to_fit();
    m_windowStart = 0;
    m_drawn = false;
    const int channels = m_source ? std::max(m_source->channels(), 1) : 1;
    if (channels != lanes())
        buildLanes(channels);
    for (const Lane& lane : m_lanes) {
        lane.envelope->clearColumns();
        lane.line->data()->clear();
    }
    const double rate = m_source && m_source->rateHz() > 0 ? m_source->rateHz() : 1.0;
    setDuration(m_source ? m_source->durationSec() : 0.0, kMinSpanFrames / rate);
    replot(rpQueuedReplot);
    if (!m_source || m_source->frames() == 0)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run(buildPyramid, m_source, m_cancel));
}

void WaveformView::onPyramidReady()
{
    // setFuture() on a newer build disconnects the older one, so a result here
    // belongs to the current signal unless it was cancelled (null).
    PyramidPtr pyramid = m_watcher.future().result();
    if (!pyramid || !m_source)
        return;
    m_pyramid = std::move(pyramid);
    refreshData();
    replot(rpQueuedReplot);
}

void WaveformView::buildLanes(int channels)
{
    removeTimeRects();
    clearPlottables();
    plotLayout()->clear();
    m_lanes.clear();
    plotLayout()->setRowSpacing(2);
    for (int c = 0; c < channels; ++c) {
        Lane lane;
        lane.rect = new QCPAxisRect(this);
        plotLayout()->addElement(c, 0, lane.rect);
        QCPAxis* x = lane.rect->axis(QCPAxis::atBottom);
        QCPAxis* y = lane.rect->axis(QCPAxis::atLeft);
        lane.envelope = new EnvelopePlot(x, y); // the plot owns it
        lane.line = addGraph(x, y);
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
    const double range = laneRange(channel);
    y->setRange(-range, range);
    if (channels > 2 && m_laneRanges.empty()) { // short lanes: label -1, 0, 1 only
        auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
        ticker->setTickStep(1.0);
        y->setTicker(ticker);
    }
    y->setLabel(channels > 1 ? tr("Ch %1").arg(channel + 1) : tr("Amplitude"));
    lane.envelope->setColours(kWaveFill, kWaveLine);
    lane.line->setPen(QPen(kWaveLine, 1));
    lane.line->setAntialiased(false);
    lane.line->setAdaptiveSampling(true);
}

void WaveformView::setLaneRanges(std::vector<double> halfRanges)
{
    m_laneRanges = std::move(halfRanges);
    for (int c = 0; c < lanes(); ++c) {
        QCPAxis* y = m_lanes[size_t(c)].rect->axis(QCPAxis::atLeft);
        y->setRange(-laneRange(c), laneRange(c));
        if (!m_laneRanges.empty())
            y->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
    replot(rpQueuedReplot);
}

double WaveformView::laneRange(int lane) const
{
    if (lane < 0 || size_t(lane) >= m_laneRanges.size() || !(m_laneRanges[size_t(lane)] > 0))
        return kLaneRange;
    return m_laneRanges[size_t(lane)];
}

void WaveformView::refreshData()
{
    const int columns = plotWidthPx();
    if (!m_pyramid || !m_source || columns <= 0)
        return;
    const double framesPerPixel =
        (visibleEndSec() - visibleStartSec()) * m_source->rateHz() / columns;
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
    const double rate = m_source->rateHz();
    std::vector<float> mins(static_cast<size_t>(columns));
    std::vector<float> maxs(static_cast<size_t>(columns));
    m_pyramid->query(channel, startSec * rate, endSec * rate, columns, mins.data(), maxs.data());
    const double columnSec = (endSec - startSec) / columns;
    lane.envelope->setColumns(startSec + 0.5 * columnSec, columnSec, std::move(mins),
                              std::move(maxs));
    lane.line->data()->clear();
}

// For a file source: makes m_window hold frames [first, last], reading them with one
// span of margin either side unless the window holds them already. False when the
// file cannot be read (the lane then shows nothing).
bool WaveformView::loadWindow(qint64 first, qint64 last)
{
    const int channels = m_source->channels();
    const qint64 held = qint64(m_window.size()) / channels;
    if (first >= m_windowStart && last < m_windowStart + held)
        return true;
    const qint64 margin = last - first + 1;
    const qint64 start = std::max<qint64>(0, first - margin);
    Result<std::vector<float>> read = m_source->read(start, 3 * margin);
    m_window = read ? std::move(read).value() : std::vector<float>();
    m_windowStart = start;
    return qint64(m_window.size()) / channels > last - start;
}

// The frames from floor(start * rate) to ceil(end * rate), clamped to the signal,
// keyed at frame / rate (s).
void WaveformView::drawSamples(const Lane& lane, int channel, int columns)
{
    const double rate = m_source->rateHz();
    const int channels = m_source->channels();
    const qint64 first = std::max<qint64>(0, qint64(std::floor(visibleStartSec() * rate)));
    qint64 last =
        std::min<qint64>(m_source->frames() - 1, qint64(std::ceil(visibleEndSec() * rate)));
    const float* data = m_signal ? m_signal->samples.data() : nullptr;
    qint64 base = 0; // the frame data[channel] belongs to
    if (!m_signal && last >= first) {
        if (!loadWindow(first, last))
            last = m_windowStart + qint64(m_window.size()) / channels - 1;
        data = m_window.data();
        base = m_windowStart;
    }
    QVector<QCPGraphData> points;
    points.reserve(int(std::max<qint64>(0, last - first + 1)));
    for (qint64 f = first; f <= last; ++f)
        points.append(QCPGraphData(double(f) / rate, data[(f - base) * channels + channel]));
    lane.line->data()->set(points, true);
    lane.envelope->clearColumns();
    const double pixelsPerFrame = columns / ((visibleEndSec() - visibleStartSec()) * rate);
    lane.line->setScatterStyle(pixelsPerFrame >= kDotsPixelsPerFrame
                                   ? QCPScatterStyle(QCPScatterStyle::ssDisc, 4)
                                   : QCPScatterStyle(QCPScatterStyle::ssNone));
}

} // namespace tally
