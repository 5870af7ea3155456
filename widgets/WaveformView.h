#pragma once
// Waveform of a Signal, one lane (axis rect) per channel, time in seconds on x.
//
// setSignal() builds a SummaryPyramid on a worker thread (a newer signal cancels
// the older build) and draws once it is ready; the GUI thread never waits.
// setSource() does the same from a FrameSource: for a file read on demand the
// pyramid is built from blocks read one after another and the view then holds only
// the pyramid and the frames around what is on screen (residentSamples()).
// Drawing is recomputed only when the visible range or the plot width changes:
//  - at >= kEnvelopeFramesPerPixel frames per pixel, one min/max pair per pixel
//    column from the pyramid, drawn as one vertical span per column (EnvelopePlot);
//  - below that, the real samples as a line (with dots when a frame spans at
//    least kDotsPixelsPerFrame pixels), read from the source: for a file, the
//    visible frames plus one span either side, kept until the view leaves them.
// Cursor, selection, play head, zoom and pan come from TimePlot.
// GUI thread only.

#include "EnvelopePlot.h"
#include "TimePlot.h"
#include "audio/FrameSource.h"
#include "audio/Signal.h"
#include "dsp/SummaryPyramid.h"

#include <QFutureWatcher>
#include <atomic>
#include <memory>
#include <vector>

namespace tally {

class WaveformView : public TimePlot
{
    Q_OBJECT
public:
    static constexpr int kEnvelopeFramesPerPixel = 1 << SummaryPyramid::kBaseShift;
    static constexpr double kDotsPixelsPerFrame = 4.0;

    explicit WaveformView(QWidget* parent = nullptr);
    ~WaveformView() override;

    // Shows `signal` (null clears the view). Resets zoom, cursor and selection.
    void setSignal(SignalPtr signal);
    // The same from any source (null clears); a signal in memory is used directly.
    void setSource(FrameSourcePtr source);
    // The y half-range of each lane, from the next setSignal on (and now for the lanes
    // shown): empty (the default) is audio's full scale, +-1 with headroom. Sensor
    // series give each channel its own (its largest magnitude).
    void setLaneRanges(std::vector<double> halfRanges);
    double laneRange(int lane) const;
    // The signal shown when it is in memory (null for a file read on demand).
    SignalPtr signal() const { return m_signal; }
    FrameSourcePtr source() const { return m_source; }
    // Signal samples (frames x channels) the view holds: the whole signal when it was
    // given one, else the window of frames read for the samples view. The pyramid is
    // apart (pyramidBytes()).
    qint64 residentSamples() const;
    qint64 pyramidBytes() const { return m_pyramid ? m_pyramid->memoryBytes() : 0; }

    // True once the pyramid is built and the visible range has been drawn.
    bool hasData() const { return m_drawn; }
    int lanes() const { return int(m_lanes.size()); }
    // True when the last draw plotted real samples rather than the envelope.
    bool showsSamples() const { return m_showsSamples; }
    // The envelope of a lane: one min/max column per pixel (empty when showsSamples()).
    const EnvelopePlot* envelope(int lane) const { return m_lanes[size_t(lane)].envelope; }
    // The sample line of a lane (empty unless showsSamples()).
    const QCPGraph* sampleLine(int lane) const { return m_lanes[size_t(lane)].line; }

protected:
    void refreshData() override;

private:
    using PyramidPtr = std::shared_ptr<const SummaryPyramid>;
    struct Lane
    {
        QCPAxisRect* rect = nullptr;
        EnvelopePlot* envelope = nullptr;
        QCPGraph* line = nullptr;
    };

    void onPyramidReady();
    void cancelBuild();
    void buildLanes(int channels);
    void styleLane(const Lane& lane, int channel, int channels);
    void drawEnvelope(const Lane& lane, int channel, int columns);
    void drawSamples(const Lane& lane, int channel, int columns);
    bool loadWindow(qint64 first, qint64 last);

    FrameSourcePtr m_source;
    SignalPtr m_signal; // m_source->signal(), kept for the direct path
    PyramidPtr m_pyramid;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<PyramidPtr> m_watcher;
    std::vector<Lane> m_lanes;
    std::vector<double> m_laneRanges; // empty: +-kLaneRange
    bool m_drawn = false;
    bool m_showsSamples = false;
    // Frames read from a file source for the samples view: [m_windowStart, + frames).
    std::vector<float> m_window;
    qint64 m_windowStart = 0;
};

} // namespace tally
