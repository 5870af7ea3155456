#include "SpectrogramView.h"

#include "dsp/MelFilterbank.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <limits>

namespace tally {

namespace {

constexpr double kDefaultMinDb = -40.0;
constexpr double kDefaultMaxDb = 50.0;
constexpr int kMelTickCount = 8;

// Worker-thread job; owns what it reads, so it never touches the view.
SpectrogramTilePtr tileJob(SignalPtr signal, SpectrogramTileKey key, StftParams params,
                           std::shared_ptr<std::atomic_bool> cancel)
{
    return computeSpectrogramTile(*signal, key, params, cancel.get());
}

// QCPColorMapData with row access: setCell() per cell (bounds checks, data-bound
// updates, strided writes) costs more than the rest of a redraw; the storage is
// value-major (row b holds keySize() cells), which the tiles match.
class RowColorMapData : public QCPColorMapData
{
public:
    RowColorMapData() : QCPColorMapData(2, 2, QCPRange(0, 1), QCPRange(0, 1)) {}
    // The keySize() cells of row `valueIndex`; call markModified() after writing.
    double* row(int valueIndex) { return mData + size_t(valueIndex) * size_t(mKeySize); }
    void markModified() { mDataModified = true; }
};

// Copies columns [c0, c1] (absolute column numbers) of `tile` into the map rows,
// whose cell 0 is column `firstColumn`; NaN for every cell when tile is null.
void copyTileRows(const SpectrogramTile* tile, qint64 firstColumn, qint64 c0, qint64 c1, int bins,
                  RowColorMapData* data)
{
    const int n = int(c1 - c0 + 1);
    const size_t offset = size_t(c0 - firstColumn);
    for (int b = 0; b < bins; ++b) {
        double* out = data->row(b) + offset;
        if (!tile) {
            std::fill(out, out + n, std::numeric_limits<double>::quiet_NaN());
            continue;
        }
        const float* in = tile->row(b) + size_t(c0 - tile->firstColumn);
        std::copy(in, in + n, out);
    }
}

QString hzLabel(double hz)
{
    if (hz >= 1000.0)
        return QStringLiteral("%L1k").arg(hz / 1000.0, 0, 'f', hz >= 10000.0 ? 0 : 1);
    return QLocale().toString(qRound(hz));
}

} // namespace

SpectrogramView::SpectrogramView(QWidget* parent) : TimePlot(parent)
{
    QCPAxisRect* rect = axisRect();
    m_map = new QCPColorMap(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    m_map->setData(new RowColorMapData); // the map owns it
    m_map->setInterpolate(true);
    m_map->setTightBoundary(false);
    m_scale = new QCPColorScale(this);
    m_scale->setType(QCPAxis::atRight);
    m_scale->axis()->setLabel(tr("dB"));
    // A fixed width, whatever its tick labels, so that the time rect lines up with
    // the waveform's (see TimePlot): the bar, then its labels in a fixed margin.
    QCPAxisRect* scaleRect = m_scale->axis()->axisRect();
    scaleRect->setAutoMargins(QCP::msTop | QCP::msBottom);
    scaleRect->setMargins(QMargins(0, 0, sideColumnWidthPx() - m_scale->barWidth(), 0));
    setSideColumn(m_scale);
    m_map->setColorScale(m_scale);
    auto* group = new QCPMarginGroup(this);
    rect->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    rect->axis(QCPAxis::atBottom)->setLabel(tr("Time (s)"));
    setGradient(QCPColorGradient::gpThermal);
    setDbRange(kDefaultMinDb, kDefaultMaxDb);
    addTimeRect(rect, true);
    updateFrequencyAxis();
}

SpectrogramView::~SpectrogramView()
{
    cancelPending(false);
}

void SpectrogramView::setSignal(SignalPtr signal)
{
    cancelPending(false);
    m_cache.clear();
    m_signal = std::move(signal);
    m_hasData = false;
    m_view = ViewColumns();
    m_map->data()->clear();
    if (m_signal && m_signal->rateHz > 0)
        m_params.rateHz = m_signal->rateHz;
    updateFrequencyAxis();
    const double rate = m_signal && m_signal->rateHz > 0 ? m_signal->rateHz : 1.0;
    setDuration(m_signal ? m_signal->durationSec() : 0.0, 8.0 / rate);
    refreshData();
    replot(rpQueuedReplot);
}

void SpectrogramView::setChannel(int channel)
{
    if (channel == m_channel)
        return;
    m_channel = channel;
    cancelPending(false);
    refreshData();
    replot(rpQueuedReplot);
}

bool SpectrogramView::setParams(const StftParams& params)
{
    StftParams p = params;
    if (m_signal && m_signal->rateHz > 0)
        p.rateHz = m_signal->rateHz;
    if (!isValidStftParams(p))
        return false;
    m_params = p;
    cancelPending(false);
    m_hasData = false;
    updateFrequencyAxis();
    refreshData();
    replot(rpQueuedReplot);
    return true;
}

void SpectrogramView::setDbRange(double minDb, double maxDb)
{
    if (maxDb <= minDb)
        return;
    m_map->setDataRange(QCPRange(minDb, maxDb));
    replot(rpQueuedReplot);
}

void SpectrogramView::setGradient(QCPColorGradient::GradientPreset preset)
{
    QCPColorGradient gradient(preset);
    gradient.setNanHandling(QCPColorGradient::nhTransparent); // tiles not computed yet
    m_map->setGradient(gradient);
    replot(rpQueuedReplot);
}

int SpectrogramView::outputBins() const
{
    return m_params.melBands > 0 ? m_params.melBands : m_params.nFft / 2 + 1;
}

// Coordinates of the first and last row centres: Hz, or mel band index.
QCPRange SpectrogramView::frequencyCellRange() const
{
    if (m_params.melBands > 0)
        return QCPRange(0, m_params.melBands - 1);
    return QCPRange(0, m_params.rateHz / 2.0);
}

void SpectrogramView::updateFrequencyAxis()
{
    QCPAxis* y = axisRect()->axis(QCPAxis::atLeft);
    if (m_params.melBands > 0) {
        const MelFilterbank bank(m_params.melBands, m_params.nFft, m_params.rateHz);
        m_melCentresHz = bank.centresHz();
        const std::vector<double>& centres = m_melCentresHz;
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        const int every = std::max(1, m_params.melBands / kMelTickCount);
        for (int band = 0; band < int(centres.size()); band += every)
            ticker->addTick(band, hzLabel(centres[size_t(band)]));
        y->setTicker(ticker);
        y->setLabel(tr("Frequency (Hz, mel bands)"));
        y->setRange(-0.5, m_params.melBands - 0.5);
    } else {
        m_melCentresHz.clear();
        y->setTicker(QSharedPointer<QCPAxisTicker>::create());
        y->setLabel(tr("Frequency (Hz)"));
        y->setRange(0.0, m_params.rateHz / 2.0);
    }
}

double SpectrogramView::valueAtHz(double hz) const
{
    const std::vector<double>& c = m_melCentresHz;
    if (m_params.melBands <= 0 || c.size() < 2)
        return hz;
    const int last = int(c.size()) - 1;
    // The segment [c[i], c[i+1]] holding hz (the first or last one outside them).
    const auto it = std::upper_bound(c.begin(), c.end(), hz);
    const int i = std::clamp(int(it - c.begin()) - 1, 0, last - 1);
    const double band = i + (hz - c[size_t(i)]) / (c[size_t(i) + 1] - c[size_t(i)]);
    return std::clamp(band, -0.5, last + 0.5);
}

double SpectrogramView::hzAtValue(double value) const
{
    const std::vector<double>& c = m_melCentresHz;
    double hz = value;
    if (m_params.melBands > 0 && c.size() >= 2) {
        const int last = int(c.size()) - 1;
        const int i = std::clamp(int(std::floor(value)), 0, last - 1);
        hz = c[size_t(i)] + (value - i) * (c[size_t(i) + 1] - c[size_t(i)]);
    }
    return std::clamp(hz, 0.0, maxHz());
}

SpectrogramView::ViewColumns SpectrogramView::viewColumns() const
{
    ViewColumns v;
    const int widthPx = plotWidthPx();
    if (!m_signal || m_signal->rateHz <= 0 || widthPx <= 0)
        return v;
    const double rate = m_signal->rateHz;
    const double framesPerPixel = (visibleEndSec() - visibleStartSec()) * rate / widthPx;
    qint64 step = m_params.hop;
    while (double(step * 2) <= framesPerPixel)
        step *= 2;
    const qint64 total = spectrogramColumnCount(m_signal->frames(), step);
    if (total < 2)
        return v;
    v.stepFrames = step;
    v.firstColumn =
        std::clamp<qint64>(qint64(std::floor(visibleStartSec() * rate / step)), 0, total - 2);
    v.lastColumn = std::clamp<qint64>(qint64(std::ceil(visibleEndSec() * rate / step)),
                                      v.firstColumn + 1, total - 1);
    return v;
}

SpectrogramTileKey SpectrogramView::tileKey(qint64 stepFrames, qint64 tileIndex) const
{
    SpectrogramTileKey key;
    key.nFft = m_params.nFft;
    key.hop = m_params.hop;
    key.window = int(m_params.window);
    key.melBands = m_params.melBands;
    key.channel = m_signal && m_channel >= m_signal->channels ? -1 : m_channel;
    key.stepFrames = stepFrames;
    key.tileIndex = tileIndex;
    return key;
}

void SpectrogramView::refreshData()
{
    m_view = viewColumns();
    if (!m_view.isValid()) {
        m_hasData = false;
        m_map->data()->clear();
        return;
    }
    requestTiles();
    rebuildImage();
}

void SpectrogramView::requestTiles()
{
    cancelPending(true);
    const qint64 firstTile = m_view.firstColumn / SpectrogramTile::kColumns;
    const qint64 lastTile = m_view.lastColumn / SpectrogramTile::kColumns;
    // Centre tiles first: they are what the user looks at.
    std::vector<qint64> tiles;
    for (qint64 t = firstTile; t <= lastTile; ++t)
        tiles.push_back(t);
    const qint64 middle = (firstTile + lastTile) / 2;
    std::stable_sort(tiles.begin(), tiles.end(), [middle](qint64 a, qint64 b) {
        return std::abs(a - middle) < std::abs(b - middle);
    });
    for (qint64 t : tiles) {
        const SpectrogramTileKey key = tileKey(m_view.stepFrames, t);
        if (m_cache.contains(key)) {
            ++m_cacheHits;
        } else if (m_pending.count(key) == 0) {
            ++m_cacheMisses;
            launchTile(key);
        }
    }
}

void SpectrogramView::launchTile(const SpectrogramTileKey& key)
{
    Pending p;
    p.cancel = std::make_shared<std::atomic_bool>(false);
    p.watcher = new QFutureWatcher<SpectrogramTilePtr>(this);
    QFutureWatcher<SpectrogramTilePtr>* watcher = p.watcher;
    connect(watcher, &QFutureWatcher<SpectrogramTilePtr>::finished, this,
            [this, key, watcher] { onTileFinished(key, watcher); });
    m_pending[key] = p;
    watcher->setFuture(QtConcurrent::run(tileJob, m_signal, key, m_params, p.cancel));
}

void SpectrogramView::onTileFinished(const SpectrogramTileKey& key,
                                     QFutureWatcher<SpectrogramTilePtr>* watcher)
{
    watcher->deleteLater();
    const auto it = m_pending.find(key);
    if (it == m_pending.end() || it->second.watcher != watcher)
        return; // cancelled and replaced meanwhile
    m_pending.erase(it);
    SpectrogramTilePtr tile = watcher->result();
    if (!tile)
        return;
    m_cache.insert(key, std::move(tile));
    ++m_tilesComputed;
    rebuildImage();
    replot(rpQueuedReplot);
}

// keepVisible: spare the requests for tiles of the current view.
void SpectrogramView::cancelPending(bool keepVisible)
{
    const qint64 firstTile = m_view.firstColumn / SpectrogramTile::kColumns;
    const qint64 lastTile = m_view.lastColumn / SpectrogramTile::kColumns;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        const SpectrogramTileKey& key = it->first;
        const bool visible = m_view.isValid() && key == tileKey(m_view.stepFrames, key.tileIndex) &&
                             key.tileIndex >= firstTile && key.tileIndex <= lastTile;
        if (keepVisible && visible) {
            ++it;
            continue;
        }
        it->second.cancel->store(true);
        it->second.watcher->disconnect(this);
        it->second.watcher->deleteLater();
        it = m_pending.erase(it);
    }
}

// Copies the cached tiles of the view into the colour map; missing ones are NaN
// (transparent) until they arrive.
void SpectrogramView::rebuildImage()
{
    if (!m_view.isValid())
        return;
    const int columns = int(m_view.lastColumn - m_view.firstColumn + 1);
    const int bins = outputBins();
    auto* data = static_cast<RowColorMapData*>(m_map->data());
    if (data->keySize() != columns || data->valueSize() != bins)
        data->setSize(columns, bins);
    const double secPerColumn = double(m_view.stepFrames) / m_signal->rateHz;
    data->setRange(QCPRange(m_view.firstColumn * secPerColumn, m_view.lastColumn * secPerColumn),
                   frequencyCellRange());
    bool complete = true;
    const qint64 firstTile = m_view.firstColumn / SpectrogramTile::kColumns;
    const qint64 lastTile = m_view.lastColumn / SpectrogramTile::kColumns;
    for (qint64 t = firstTile; t <= lastTile; ++t) {
        const SpectrogramTilePtr tile = m_cache.get(tileKey(m_view.stepFrames, t));
        const bool usable = tile && tile->bins == bins;
        complete = complete && usable;
        const qint64 c0 = std::max(m_view.firstColumn, t * SpectrogramTile::kColumns);
        const qint64 c1 = std::min(m_view.lastColumn, (t + 1) * SpectrogramTile::kColumns - 1);
        copyTileRows(usable ? tile.get() : nullptr, m_view.firstColumn, c0, c1, bins, data);
    }
    data->markModified();
    m_hasData = complete;
}

} // namespace tally
