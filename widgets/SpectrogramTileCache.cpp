#include "SpectrogramTileCache.h"

#include <algorithm>

namespace tally {

qint64 spectrogramColumnCount(qint64 frames, qint64 stepFrames)
{
    if (frames <= 0 || stepFrames <= 0)
        return 0;
    return 1 + (frames - 1) / stepFrames;
}

namespace {

// Copies nFft frames of `channel` (or the channel mean) starting at `startFrame`
// into `out`, zero outside the signal.
void readFrame(const Signal& signal, int channel, qint64 startFrame, int nFft, float* out)
{
    const qint64 frames = signal.frames();
    const int channels = signal.channels;
    for (int i = 0; i < nFft; ++i) {
        const qint64 f = startFrame + i;
        if (f < 0 || f >= frames) {
            out[i] = 0.0f;
            continue;
        }
        const float* frame = signal.samples.data() + f * channels;
        if (channel >= 0) {
            out[i] = frame[channel];
        } else {
            float sum = 0.0f;
            for (int c = 0; c < channels; ++c)
                sum += frame[c];
            out[i] = sum / float(channels);
        }
    }
}

} // namespace

SpectrogramTilePtr computeSpectrogramTile(const Signal& signal, const SpectrogramTileKey& key,
                                          const StftParams& params, const std::atomic_bool* cancel)
{
    const qint64 total = spectrogramColumnCount(signal.frames(), key.stepFrames);
    const qint64 first = key.tileIndex * SpectrogramTile::kColumns;
    if (first < 0 || first >= total || signal.channels <= 0)
        return nullptr;
    StftEngine engine(params);
    auto tile = std::make_shared<SpectrogramTile>();
    tile->firstColumn = first;
    tile->columns = int(std::min<qint64>(SpectrogramTile::kColumns, total - first));
    tile->bins = engine.outputBins();
    tile->db.resize(size_t(tile->columns) * size_t(tile->bins));
    std::vector<float> frame(size_t(params.nFft));
    std::vector<float> column(size_t(tile->bins));
    for (int i = 0; i < tile->columns; ++i) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return nullptr;
        const qint64 centre = (first + i) * key.stepFrames;
        readFrame(signal, key.channel, centre - params.nFft / 2, params.nFft, frame.data());
        engine.frameDb(frame.data(), column.data());
        for (int b = 0; b < tile->bins; ++b)
            tile->row(b)[i] = column[size_t(b)];
    }
    return tile;
}

SpectrogramTileCache::SpectrogramTileCache(qint64 maxBytes) : m_maxBytes(maxBytes) {}

SpectrogramTilePtr SpectrogramTileCache::get(const SpectrogramTileKey& key)
{
    const auto it = m_index.find(key);
    if (it == m_index.end())
        return nullptr;
    m_lru.splice(m_lru.begin(), m_lru, it->second);
    return it->second->second;
}

void SpectrogramTileCache::insert(const SpectrogramTileKey& key, SpectrogramTilePtr tile)
{
    if (!tile)
        return;
    const auto it = m_index.find(key);
    if (it != m_index.end()) {
        m_bytes -= it->second->second->bytes();
        m_lru.erase(it->second);
        m_index.erase(it);
    }
    m_bytes += tile->bytes();
    m_lru.emplace_front(key, std::move(tile));
    m_index[key] = m_lru.begin();
    evict();
}

void SpectrogramTileCache::evict()
{
    // The newest tile always stays, even if it alone exceeds the limit.
    while (m_bytes > m_maxBytes && m_lru.size() > 1) {
        const Entry& last = m_lru.back();
        m_bytes -= last.second->bytes();
        m_index.erase(last.first);
        m_lru.pop_back();
    }
}

void SpectrogramTileCache::clear()
{
    m_lru.clear();
    m_index.clear();
    m_bytes = 0;
}

void SpectrogramTileCache::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = maxBytes;
    evict();
}

} // namespace tally
