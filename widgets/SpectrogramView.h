#pragma once
// Spectrogram of one channel (or the channel mean) of a Signal, time in seconds
// on x (aligned with WaveformView: connect visibleRangeChanged both ways),
// frequency on y: Hz for linear bins, mel bands labelled with their centre Hz
// when params.melBands > 0. A colour scale shows the dB range.
//
// Only what is in view is computed, at the resolution in view, off the GUI
// thread: for the visible range and width the column step is the hop times the
// largest power of two not above the frames per pixel (so 1 to 2 columns per
// pixel, never fewer than one column per hop); columns are computed in tiles of
// SpectrogramTile::kColumns (see SpectrogramTileCache.h) on the global thread
// pool, kept in a bounded LRU cache, drawn as they arrive. Requests for tiles
// that left the view are cancelled. Cursor, selection, play head, zoom and pan
// come from TimePlot. GUI thread only.

#include "SpectrogramTileCache.h"
#include "TimePlot.h"
#include "audio/Signal.h"
#include "dsp/Stft.h"

#include <QFutureWatcher>
#include <map>
#include <memory>

namespace tally {

class SpectrogramView : public TimePlot
{
    Q_OBJECT
public:
    explicit SpectrogramView(QWidget* parent = nullptr);
    ~SpectrogramView() override;

    // Shows `signal` (null clears). Resets zoom, cursor and selection; drops the cache.
    void setSignal(SignalPtr signal);
    SignalPtr signal() const { return m_signal; }
    // -1 (default): the mean of all channels; otherwise one channel.
    void setChannel(int channel);
    int channel() const { return m_channel; }
    // FFT size, hop, window, mel bands. rateHz is taken from the signal. Invalid
    // params (see isValidStftParams) are ignored and return false.
    bool setParams(const StftParams& params);
    StftParams params() const { return m_params; }
    // Colour scale range in dB.
    void setDbRange(double minDb, double maxDb);
    void setGradient(QCPColorGradient::GradientPreset preset);
    // Bounds the tile cache (default 64 MiB).
    void setCacheLimitBytes(qint64 bytes) { m_cache.setMaxBytes(bytes); }

    // True when every tile of the visible range is drawn.
    bool hasData() const { return m_hasData; }
    QCPColorMap* colorMap() const { return m_map; }
    QCPColorScale* colorScale() const { return m_scale; }
    // Frames between drawn columns for the current view (0 before the first draw).
    qint64 columnStepFrames() const { return m_view.stepFrames; }

    // Statistics for tests and benchmarks: tiles found in the cache / launched when
    // a view was requested, tiles computed, tiles being computed now.
    qint64 tileCacheHits() const { return m_cacheHits; }
    qint64 tileCacheMisses() const { return m_cacheMisses; }
    qint64 tilesComputed() const { return m_tilesComputed; }
    int pendingTiles() const { return int(m_pending.size()); }
    const SpectrogramTileCache& tileCache() const { return m_cache; }

    // Frequency axis: Hz on the linear axis; on the mel axis, the fractional band
    // index, linear in Hz between adjacent band centres (extrapolated past the
    // first and last centre). hzAtValue() clamps to [0, maxHz()].
    double valueAtHz(double hz) const override;
    double hzAtValue(double value) const override;
    double maxHz() const override { return m_params.rateHz / 2.0; }

protected:
    void refreshData() override;

private:
    // The columns [firstColumn, lastColumn] at stepFrames that cover the view.
    struct ViewColumns
    {
        qint64 stepFrames = 0;
        qint64 firstColumn = 0;
        qint64 lastColumn = -1;
        bool isValid() const { return stepFrames > 0 && lastColumn > firstColumn; }
    };
    struct Pending
    {
        std::shared_ptr<std::atomic_bool> cancel;
        QFutureWatcher<SpectrogramTilePtr>* watcher = nullptr; // child of this
    };

    ViewColumns viewColumns() const;
    SpectrogramTileKey tileKey(qint64 stepFrames, qint64 tileIndex) const;
    void requestTiles();
    void launchTile(const SpectrogramTileKey& key);
    void onTileFinished(const SpectrogramTileKey& key, QFutureWatcher<SpectrogramTilePtr>* watcher);
    void cancelPending(bool keepVisible);
    void rebuildImage();
    int outputBins() const;
    QCPRange frequencyCellRange() const;
    void updateFrequencyAxis();

    SignalPtr m_signal;
    StftParams m_params;
    std::vector<double> m_melCentresHz; // band centres when melBands > 0
    int m_channel = -1;
    QCPColorMap* m_map = nullptr;     // owned by the plot
    QCPColorScale* m_scale = nullptr; // owned by the plot layout
    SpectrogramTileCache m_cache;
    std::map<SpectrogramTileKey, Pending> m_pending;
    ViewColumns m_view;
    bool m_hasData = false;
    qint64 m_cacheHits = 0;
    qint64 m_cacheMisses = 0;
    qint64 m_tilesComputed = 0;
};

} // namespace tally
