#include "audio/FrameSource.h"

#include "audio/AudioStream.h"

#include <algorithm>

namespace tally {

Result<std::vector<float>> SignalFrameSource::read(qint64 startFrame, qint64 count) const
{
    const qint64 total = m_signal->frames();
    const qint64 first = std::clamp<qint64>(startFrame, 0, total);
    const qint64 last = std::clamp<qint64>(startFrame + std::max<qint64>(count, 0), first, total);
    const auto begin = m_signal->samples.begin() + first * m_signal->channels;
    return std::vector<float>(begin, begin + (last - first) * m_signal->channels);
}

Result<std::shared_ptr<FileFrameSource>> FileFrameSource::open(const QString& path)
{
    Result<std::unique_ptr<AudioStream>> stream = AudioStream::open(path);
    if (!stream)
        return stream.error();
    std::shared_ptr<FileFrameSource> s(new FileFrameSource);
    s->m_path = path;
    s->m_rateHz = stream.value()->info().rateHz;
    s->m_channels = stream.value()->info().channels;
    s->m_frames = stream.value()->info().frames;
    s->m_stream = std::move(stream).value();
    return s;
}

FileFrameSource::~FileFrameSource() = default;

Result<std::vector<float>> FileFrameSource::read(qint64 startFrame, qint64 count) const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_stream->readRange(startFrame, count);
}

} // namespace tally
