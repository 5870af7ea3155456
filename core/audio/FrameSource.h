#pragma once
// Where a view reads a signal's frames from: a decoded Signal held in memory, or a
// file read in blocks on demand (audio/AudioStream.h), so that a long recording's
// waveform keeps only its summary pyramid and the frames on screen.
// Frames are interleaved floats, as in Signal.
//
// Thread-safety: const methods may be called from any thread at once (a view's
// worker builds the pyramid while the GUI thread reads the frames it shows).

#include "audio/Signal.h"
#include "util/Result.h"

#include <QString>
#include <memory>
#include <mutex>
#include <vector>

namespace tally {

class AudioStream;

class FrameSource
{
public:
    virtual ~FrameSource() = default;
    virtual int rateHz() const = 0;
    virtual int channels() const = 0;
    virtual qint64 frames() const = 0;
    double durationSec() const { return rateHz() > 0 ? double(frames()) / rateHz() : 0.0; }
    // Frames [startFrame, startFrame + count) clamped to the signal, interleaved.
    virtual Result<std::vector<float>> read(qint64 startFrame, qint64 count) const = 0;
    // The whole signal when it is in memory; null for a file read on demand.
    virtual SignalPtr signal() const { return nullptr; }
};

using FrameSourcePtr = std::shared_ptr<const FrameSource>;

// A decoded signal in memory.
class SignalFrameSource final : public FrameSource
{
public:
    explicit SignalFrameSource(SignalPtr signal) : m_signal(std::move(signal)) {}
    int rateHz() const override { return m_signal->rateHz; }
    int channels() const override { return m_signal->channels; }
    qint64 frames() const override { return m_signal->frames(); }
    Result<std::vector<float>> read(qint64 startFrame, qint64 count) const override;
    SignalPtr signal() const override { return m_signal; }

private:
    SignalPtr m_signal;
};

// A file, decoded block by block when read; holds no frames itself. MP3 frame
// counts are the header's estimate.
class FileFrameSource final : public FrameSource
{
public:
    static Result<std::shared_ptr<FileFrameSource>> open(const QString& path);
    ~FileFrameSource() override;
    int rateHz() const override { return m_rateHz; }
    int channels() const override { return m_channels; }
    qint64 frames() const override { return m_frames; }
    Result<std::vector<float>> read(qint64 startFrame, qint64 count) const override;
    const QString& path() const { return m_path; }

private:
    FileFrameSource() = default;
    QString m_path;
    int m_rateHz = 0;
    int m_channels = 0;
    qint64 m_frames = 0;
    mutable std::mutex m_mutex; // guards m_stream's file position
    std::unique_ptr<AudioStream> m_stream;
};

} // namespace tally
