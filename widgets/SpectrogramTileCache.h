#pragma once
// Tiles of spectrogram columns for SpectrogramView, and their LRU cache.
//
// A tile holds kColumns consecutive columns at one column step (frames between
// columns, a power-of-two multiple of the hop). Column c of step s is the STFT
// frame centred on frame c * s: it covers [c*s - nFft/2, c*s + nFft/2), zero
// padded outside the signal, so column c sits at time c * s / rateHz seconds.
// Each column is StftEngine::frameDb() of that frame (a column sampled every
// step, no peak over the hops in between).
//
// computeSpectrogramTile() is a pure function, safe on any thread. The cache is
// not thread-safe: the view uses it on the GUI thread only.

#include "audio/Signal.h"
#include "dsp/Stft.h"

#include <QtGlobal>
#include <atomic>
#include <list>
#include <map>
#include <memory>
#include <tuple>
#include <vector>

namespace tally {

struct SpectrogramTileKey
{
    int nFft = 0;
    int hop = 0;
    int window = 0;
    int melBands = 0;
    int channel = -1; // -1: the mean of all channels
    qint64 stepFrames = 0;
    qint64 tileIndex = 0;

    auto tied() const
    {
        return std::tie(nFft, hop, window, melBands, channel, stepFrames, tileIndex);
    }
    bool operator<(const SpectrogramTileKey& o) const { return tied() < o.tied(); }
    bool operator==(const SpectrogramTileKey& o) const { return tied() == o.tied(); }
};

struct SpectrogramTile
{
    static constexpr int kColumns = 256;
    qint64 firstColumn = 0;
    int columns = 0;       // <= kColumns (the last tile of a signal may be short)
    int bins = 0;          // StftEngine::outputBins()
    std::vector<float> db; // bin-major: db[bin * columns + column] (rows copy straight
                           // into the colour map, which is stored the same way)
    // The `columns` values of one bin. Writers and readers of db go through these,
    // so the layout is defined here only: a layout change edits this header and
    // rebuilds every user (a reader compiled against another layout transposes
    // the tile: each tile then shows a frequency sweep over time, darkest at its
    // end where the highest bins land).
    float* row(int bin) { return db.data() + size_t(bin) * size_t(columns); }
    const float* row(int bin) const { return db.data() + size_t(bin) * size_t(columns); }
    qint64 bytes() const { return qint64(db.size() * sizeof(float)) + qint64(sizeof(*this)); }
};

using SpectrogramTilePtr = std::shared_ptr<const SpectrogramTile>;

// Columns at `stepFrames` for a signal of `frames` frames: 1 + (frames - 1) / step.
qint64 spectrogramColumnCount(qint64 frames, qint64 stepFrames);

// Computes one tile; null if cancelled (checked between columns) or out of range.
SpectrogramTilePtr computeSpectrogramTile(const Signal& signal, const SpectrogramTileKey& key,
                                          const StftParams& params, const std::atomic_bool* cancel);

// Least-recently-used cache of tiles bounded by total bytes.
class SpectrogramTileCache
{
public:
    explicit SpectrogramTileCache(qint64 maxBytes = 64ll << 20);

    // The tile, marked most recently used; null if absent.
    SpectrogramTilePtr get(const SpectrogramTileKey& key);
    bool contains(const SpectrogramTileKey& key) const { return m_index.count(key) > 0; }
    // Inserts (or replaces), then evicts least recently used tiles over the limit.
    void insert(const SpectrogramTileKey& key, SpectrogramTilePtr tile);
    void clear();
    void setMaxBytes(qint64 maxBytes);
    qint64 bytes() const { return m_bytes; }
    int count() const { return int(m_index.size()); }

private:
    using Entry = std::pair<SpectrogramTileKey, SpectrogramTilePtr>;
    void evict();

    qint64 m_maxBytes;
    qint64 m_bytes = 0;
    std::list<Entry> m_lru; // front = most recently used
    std::map<SpectrogramTileKey, std::list<Entry>::iterator> m_index;
};

} // namespace tally
