#include "dsp/SummaryPyramid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tally {
namespace {

constexpr qint64 kCancelCheckBlocks = 4096;

// Level k+1 from level k: pairs of blocks combined (an odd last block stays alone).
void buildNext(const std::vector<float>& fine, int channels, std::vector<float>& coarse)
{
    const qint64 fineBlocks = qint64(fine.size()) / (channels * 2);
    const qint64 blocks = (fineBlocks + 1) / 2;
    coarse.resize(size_t(blocks * channels * 2));
    for (qint64 b = 0; b < blocks; ++b) {
        const float* a = fine.data() + size_t(2 * b * channels * 2);
        const bool pair = 2 * b + 1 < fineBlocks;
        const float* z = pair ? a + channels * 2 : a;
        float* dst = coarse.data() + size_t(b * channels * 2);
        for (int c = 0; c < channels; ++c) {
            dst[2 * c] = std::min(a[2 * c], z[2 * c]);
            dst[2 * c + 1] = std::max(a[2 * c + 1], z[2 * c + 1]);
        }
    }
}

} // namespace

bool SummaryPyramid::build(const float* interleaved, qint64 frames, int channels,
                           const std::atomic_bool* cancel)
{
    begin(channels, frames);
    constexpr qint64 kChunkFrames = kCancelCheckBlocks << kBaseShift;
    for (qint64 done = 0; done < frames && channels > 0; done += kChunkFrames) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            clear();
            return false;
        }
        append(interleaved + done * channels, std::min(kChunkFrames, frames - done));
    }
    return finish(cancel);
}

void SummaryPyramid::begin(int channels, qint64 expectedFrames)
{
    m_levels.assign(1, {});
    m_channels = std::max(channels, 0);
    m_frames = 0;
    m_partial.assign(size_t(m_channels) * 2, 0.0f);
    m_partialFrames = 0;
    const qint64 blocks = (std::max<qint64>(expectedFrames, 0) >> kBaseShift) + 1;
    m_levels[0].reserve(size_t(blocks * m_channels * 2));
}

// Level 0: min/max of each block of 2^kBaseShift frames (the last may be short).
// A block cut by the edge of an append stays open in m_partial for the next one.
void SummaryPyramid::append(const float* interleaved, qint64 frames)
{
    const qint64 blockFrames = qint64(1) << kBaseShift;
    const int channels = m_channels;
    float* part = m_partial.data();
    for (qint64 f = 0; f < frames && channels > 0; ++f) {
        const float* row = interleaved + f * channels;
        if (m_partialFrames == 0) {
            for (int c = 0; c < channels; ++c)
                part[2 * c] = part[2 * c + 1] = row[c];
        } else {
            for (int c = 0; c < channels; ++c) {
                part[2 * c] = std::min(part[2 * c], row[c]);
                part[2 * c + 1] = std::max(part[2 * c + 1], row[c]);
            }
        }
        if (++m_partialFrames == blockFrames)
            closePartialBlock();
    }
    m_frames += std::max<qint64>(frames, 0);
}

void SummaryPyramid::clear()
{
    m_levels.clear();
    m_channels = 0;
    m_frames = 0;
    m_partial.clear();
    m_partialFrames = 0;
}

void SummaryPyramid::closePartialBlock()
{
    m_levels[0].insert(m_levels[0].end(), m_partial.begin(), m_partial.end());
    m_partialFrames = 0;
}

bool SummaryPyramid::finish(const std::atomic_bool* cancel)
{
    if (m_partialFrames > 0)
        closePartialBlock();
    m_partial.clear();
    m_partial.shrink_to_fit();
    if (m_frames <= 0 || m_channels <= 0) {
        clear();
        return !(cancel && cancel->load());
    }
    m_levels[0].shrink_to_fit();
    // Coarser levels until one block covers everything.
    while (m_levels.back().size() > size_t(m_channels * 2)) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            clear();
            return false;
        }
        std::vector<float> next;
        buildNext(m_levels.back(), m_channels, next);
        m_levels.push_back(std::move(next));
    }
    return true;
}

qint64 SummaryPyramid::memoryBytes() const
{
    qint64 bytes = 0;
    for (const std::vector<float>& level : m_levels)
        bytes += qint64(level.capacity() * sizeof(float));
    return bytes;
}

qint64 SummaryPyramid::blockCount(int level) const
{
    if (level < 0 || level >= levels() || m_channels <= 0)
        return 0;
    return qint64(m_levels[size_t(level)].size()) / (m_channels * 2);
}

float SummaryPyramid::blockMin(int level, int channel, qint64 block) const
{
    return m_levels[size_t(level)][size_t((block * m_channels + channel) * 2)];
}

float SummaryPyramid::blockMax(int level, int channel, qint64 block) const
{
    return m_levels[size_t(level)][size_t((block * m_channels + channel) * 2 + 1)];
}

// Level choice: the coarsest whose block is no wider than a column, so every column
// combines one or two blocks. Column i spans blocks [round(s_i / B), round(s_{i+1} / B))
// with s_i = startFrame + i * w; since w >= B that range is never empty.
void SummaryPyramid::query(int channel, double startFrame, double endFrame, int columns,
                           float* mins, float* maxs) const
{
    const float nan = std::numeric_limits<float>::quiet_NaN();
    if (columns <= 0)
        return;
    const double w = (endFrame - startFrame) / columns;
    if (levels() == 0 || channel < 0 || channel >= m_channels || !(w > 0)) {
        std::fill(mins, mins + columns, nan);
        std::fill(maxs, maxs + columns, nan);
        return;
    }
    int level = 0;
    while (level + 1 < levels() && double(blockFrames(level + 1)) <= w)
        ++level;
    const double blockWidth = double(blockFrames(level));
    const qint64 blocks = blockCount(level);
    const float* data = m_levels[size_t(level)].data();
    const size_t stride = size_t(m_channels) * 2;
    for (int i = 0; i < columns; ++i) {
        const qint64 first = std::llround((startFrame + i * w) / blockWidth);
        // Below block resolution (w < B, outside the contract) still show one block.
        const qint64 last =
            qMax(first + 1, qint64(std::llround((startFrame + (i + 1) * w) / blockWidth)));
        const qint64 b0 = qMax<qint64>(0, first);
        const qint64 b1 = qMin(blocks, last);
        float lo = nan, hi = nan;
        if (b0 < b1) {
            const float* p = data + size_t(b0) * stride + size_t(channel) * 2;
            lo = p[0];
            hi = p[1];
            for (qint64 b = b0 + 1; b < b1; ++b) {
                p += stride;
                lo = std::min(lo, p[0]);
                hi = std::max(hi, p[1]);
            }
        }
        mins[i] = lo;
        maxs[i] = hi;
    }
}

} // namespace tally
