#pragma once
// Reads an audio file in blocks (libsndfile sf_readf_float) without holding it in
// memory, so a one-hour or 1 GB file costs a block buffer, not the whole signal.
// open() runs the header checks of AudioDecoder::probe first (lying headers,
// truncation, no channels or rate), so a file refused by decode() is refused here
// with the same reason.
//
// Thread-safety: one AudioStream per thread (it owns a file position); open as many
// as needed. forEachBlock() is stateless.

#include "audio/AudioDecoder.h"
#include "util/Result.h"

#include <QFile>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

struct sf_private_tag;

namespace tally {

class AudioStream
{
public:
    // Frames per block of forEachBlock() when the caller does not say.
    static constexpr qint64 kDefaultBlockFrames = 65536;

    ~AudioStream();
    AudioStream(const AudioStream&) = delete;
    AudioStream& operator=(const AudioStream&) = delete;

    static Result<std::unique_ptr<AudioStream>> open(const QString& path);

    const QString& path() const { return m_path; }
    // The header's view of the file (frames is an estimate for MP3).
    const AudioInfo& info() const { return m_info; }

    // Reads up to `frames` frames from the current position into out
    // (frames * channels floats, interleaved). Returns the frames read: 0 at the end,
    // -1 on a decoding error (errorString() says why).
    qint64 read(float* out, qint64 frames);
    // Moves to `frame` (0 .. info().frames). False if the file cannot seek there.
    bool seek(qint64 frame);
    // Frames [startFrame, startFrame + frames) clamped to the file, interleaved.
    Result<std::vector<float>> readRange(qint64 startFrame, qint64 frames);
    QString errorString() const;

    // Decodes the whole file once, in blocks of blockFrames, handing each block to
    // onBlock(interleaved, frames, channels) in order (onBlock returning false stops, giving
    // Error "cancelled"). Returns the info with the frames really decoded, and refuses
    // what AudioDecoder::decode() refuses (truncated, decoding failed, nothing decoded).
    using BlockFn = std::function<bool(const float* interleaved, qint64 frames, int channels)>;
    static Result<AudioInfo> forEachBlock(const QString& path, const BlockFn& onBlock,
                                          qint64 blockFrames = kDefaultBlockFrames);

private:
    AudioStream() = default;

    QString m_path;
    AudioInfo m_info;
    int m_format = 0; // libsndfile's SF_INFO::format
    QFile m_file;     // owns the descriptor libsndfile reads through
    sf_private_tag* m_handle = nullptr;
};

} // namespace tally
