#pragma once
// Min/max summary pyramid for drawing long waveforms (Sonic Visualiser style).
// Level 0 holds one (min, max) pair per channel per 2^kBaseShift frames; level k
// per 2^(kBaseShift + k) frames. Building is O(frames); a query for a range at a
// given number of columns combines consecutive blocks of the coarsest level that
// still has at least one block per column, so it costs O(columns * small).
//
// Thread-safety: build once (on any thread, e.g. a worker), then const queries
// from any thread.

#include <QtGlobal>
#include <atomic>
#include <vector>

namespace tally {

class SummaryPyramid
{
public:
    static constexpr int kBaseShift = 6; // 64 frames per level-0 block

    // interleaved: frames * channels floats. Returns false if cancelled.
    bool build(const float* interleaved, qint64 frames, int channels,
               const std::atomic_bool* cancel = nullptr);

    // The same built from consecutive blocks of any length (a file decoded block by
    // block, audio/AudioStream.h), so the signal never has to be held whole: begin(),
    // append() each block in order, finish(). The result equals build() over the
    // concatenated blocks exactly (min and max need no rounding). expectedFrames (0 if
    // unknown) only reserves memory. Queries are valid after finish() only.
    void begin(int channels, qint64 expectedFrames = 0);
    void append(const float* interleaved, qint64 frames);
    // Returns false if cancelled (the pyramid is then empty).
    bool finish(const std::atomic_bool* cancel = nullptr);
    // Bytes held by the levels (the pyramid is what a long file's view keeps).
    qint64 memoryBytes() const;

    int channels() const { return m_channels; }
    qint64 frames() const { return m_frames; }
    int levels() const { return int(m_levels.size()); }
    qint64 blockFrames(int level) const { return qint64(1) << (kBaseShift + level); }
    qint64 blockCount(int level) const;
    // Raw block access: min and max of block `block` at `level` for `channel`.
    float blockMin(int level, int channel, qint64 block) const;
    float blockMax(int level, int channel, qint64 block) const;

    // Fills mins[columns], maxs[columns]: for column i the min and max over the
    // frames [startFrame + i*w, startFrame + (i+1)*w), w = (endFrame-startFrame)/columns,
    // at block resolution (the column edges are rounded to block edges of the
    // level used). Requires (endFrame - startFrame) / columns >= 2^kBaseShift;
    // below that, draw real samples instead. Columns past the data get NaN.
    void query(int channel, double startFrame, double endFrame, int columns, float* mins,
               float* maxs) const;

private:
    int m_channels = 0;
    qint64 m_frames = 0;
    void closePartialBlock();
    void clear();

    // m_levels[k]: interleaved [block][channel][min,max]
    std::vector<std::vector<float>> m_levels;
    // While appending: the open level-0 block's min and max per channel, its frames.
    std::vector<float> m_partial;
    qint64 m_partialFrames = 0;
};

} // namespace tally
