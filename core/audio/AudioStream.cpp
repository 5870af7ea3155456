#include "audio/AudioStream.h"

#include <algorithm>
#include <sndfile.h>

namespace tally {

AudioStream::~AudioStream()
{
    if (m_handle)
        sf_close(m_handle); // before m_file closes the descriptor
}

Result<std::unique_ptr<AudioStream>> AudioStream::open(const QString& path)
{
    // The header checks live in one place; probe() reads the header only.
    Result<AudioInfo> probed = AudioDecoder::probe(path);
    if (!probed)
        return probed.error();
    std::unique_ptr<AudioStream> s(new AudioStream);
    s->m_path = path;
    s->m_file.setFileName(path);
    if (!s->m_file.open(QIODevice::ReadOnly))
        return Error{path, QStringLiteral("cannot open: %1").arg(s->m_file.errorString())};
    SF_INFO sf{};
    s->m_handle = sf_open_fd(s->m_file.handle(), SFM_READ, &sf, 0);
    if (!s->m_handle)
        return Error{
            path, QStringLiteral("cannot decode: %1").arg(QString::fromUtf8(sf_strerror(nullptr)))};
    if (sf.channels != probed.value().channels || sf.samplerate != probed.value().rateHz)
        return Error{path, QStringLiteral("file changed while it was opened")};
    s->m_info = probed.value();
    s->m_format = sf.format;
    return s;
}

qint64 AudioStream::read(float* out, qint64 frames)
{
    if (frames <= 0)
        return 0;
    const sf_count_t n = sf_readf_float(m_handle, out, frames);
    if (n > 0)
        return n;
    return sf_error(m_handle) == SF_ERR_NO_ERROR ? 0 : -1;
}

bool AudioStream::seek(qint64 frame)
{
    return sf_seek(m_handle, frame, SEEK_SET) == frame;
}

QString AudioStream::errorString() const
{
    return QString::fromUtf8(sf_strerror(m_handle));
}

Result<std::vector<float>> AudioStream::readRange(qint64 startFrame, qint64 frames)
{
    const int channels = m_info.channels;
    startFrame = std::clamp<qint64>(startFrame, 0, m_info.frames);
    frames = std::clamp<qint64>(frames, 0, m_info.frames - startFrame);
    std::vector<float> out(size_t(frames * channels));
    if (frames == 0)
        return out;
    if (!seek(startFrame))
        return Error{m_path, QStringLiteral("cannot seek to frame %1").arg(startFrame)};
    qint64 got = 0;
    while (got < frames) {
        const qint64 n = read(out.data() + got * channels, frames - got);
        if (n < 0)
            return Error{m_path, QStringLiteral("decoding failed at frame %1: %2")
                                     .arg(startFrame + got)
                                     .arg(errorString())};
        if (n == 0)
            break;
        got += n;
    }
    out.resize(size_t(got * channels));
    return out;
}

// The same verdicts as AudioDecoder's whole-file read (readAll), block by block.
Result<AudioInfo> AudioStream::forEachBlock(const QString& path, const BlockFn& onBlock,
                                            qint64 blockFrames)
{
    Result<std::unique_ptr<AudioStream>> opened = open(path);
    if (!opened)
        return opened.error();
    AudioStream& s = *opened.value();
    const AudioInfo claimed = s.info();
    std::vector<float> block(size_t(std::max<qint64>(blockFrames, 1) * claimed.channels));
    const qint64 perBlock = qint64(block.size()) / claimed.channels;
    qint64 got = 0;
    bool failed = false;
    for (;;) {
        const qint64 n = s.read(block.data(), perBlock);
        if (n < 0)
            failed = true;
        if (n <= 0)
            break;
        got += n;
        if (!onBlock(block.data(), n, claimed.channels))
            return Error{path, QStringLiteral("cancelled")};
    }
    const bool estimate = (s.m_format & SF_FORMAT_TYPEMASK) == SF_FORMAT_MPEG;
    if (failed && got < claimed.frames)
        return Error{
            path,
            QStringLiteral("decoding failed after %1 frames: %2").arg(got).arg(s.errorString())};
    if (!estimate && got < claimed.frames)
        return Error{path, QStringLiteral("truncated: header says %1 frames, got %2")
                               .arg(claimed.frames)
                               .arg(got)};
    if (got == 0 && claimed.frames > 0)
        return Error{path, QStringLiteral("no audio could be decoded")};
    AudioInfo info = claimed;
    info.frames = got;
    return info;
}

} // namespace tally
