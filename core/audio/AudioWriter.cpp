#include "audio/AudioWriter.h"

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>
#include <cstring>
#include <sndfile.h>

namespace tally {
namespace {

// libsndfile virtual I/O into a growing QByteArray (read back for header rewrites).
struct MemorySink
{
    QByteArray bytes;
    sf_count_t pos = 0;
};

sf_count_t sinkLength(void* user)
{
    return static_cast<MemorySink*>(user)->bytes.size();
}

sf_count_t sinkSeek(sf_count_t offset, int whence, void* user)
{
    auto* m = static_cast<MemorySink*>(user);
    const sf_count_t base = whence == SEEK_CUR ? m->pos : whence == SEEK_END ? m->bytes.size() : 0;
    m->pos = std::max<sf_count_t>(base + offset, 0);
    return m->pos;
}

sf_count_t sinkRead(void* ptr, sf_count_t count, void* user)
{
    auto* m = static_cast<MemorySink*>(user);
    const sf_count_t n = std::clamp<sf_count_t>(m->bytes.size() - m->pos, 0, count);
    std::memcpy(ptr, m->bytes.constData() + m->pos, size_t(n));
    m->pos += n;
    return n;
}

sf_count_t sinkWrite(const void* ptr, sf_count_t count, void* user)
{
    auto* m = static_cast<MemorySink*>(user);
    if (m->pos + count > m->bytes.size())
        m->bytes.resize(qsizetype(m->pos + count));
    std::memcpy(m->bytes.data() + m->pos, ptr, size_t(count));
    m->pos += count;
    return count;
}

sf_count_t sinkTell(void* user)
{
    return static_cast<MemorySink*>(user)->pos;
}

int subtypeOf(WavSubtype subtype)
{
    switch (subtype) {
    case WavSubtype::Pcm24:
        return SF_FORMAT_PCM_24;
    case WavSubtype::Float:
        return SF_FORMAT_FLOAT;
    case WavSubtype::Pcm16:
        break;
    }
    return SF_FORMAT_PCM_16;
}

// Encodes the whole signal into sink->bytes. Returns an empty string or the reason.
QString encode(const Signal& signal, WavSubtype subtype, MemorySink* sink)
{
    SF_VIRTUAL_IO io{sinkLength, sinkSeek, sinkRead, sinkWrite, sinkTell};
    SF_INFO info{};
    info.samplerate = signal.rateHz;
    info.channels = signal.channels;
    info.format = SF_FORMAT_WAV | subtypeOf(subtype);
    if (!sf_format_check(&info))
        return QStringLiteral("cannot write WAV with %1 Hz, %2 channels")
            .arg(signal.rateHz)
            .arg(signal.channels);
    SNDFILE* file = sf_open_virtual(&io, SFM_WRITE, &info, sink);
    if (!file)
        return QString::fromUtf8(sf_strerror(nullptr));
    sf_command(file, SFC_SET_CLIPPING, nullptr, SF_TRUE);
    const sf_count_t written = sf_writef_float(file, signal.samples.data(), signal.frames());
    QString reason;
    if (written != signal.frames())
        reason = QStringLiteral("wrote %1 of %2 frames: %3")
                     .arg(written)
                     .arg(signal.frames())
                     .arg(QString::fromUtf8(sf_strerror(file)));
    if (sf_close(file) != 0 && reason.isEmpty())
        reason = QStringLiteral("cannot finish the WAV header");
    return reason;
}

} // namespace

Status AudioWriter::writeWav(const QString& path, const Signal& signal, WavSubtype subtype)
{
    if (signal.rateHz <= 0 || signal.channels <= 0)
        return Error{path, QStringLiteral("invalid signal (%1 Hz, %2 channels)")
                               .arg(signal.rateHz)
                               .arg(signal.channels)};
    MemorySink sink;
    sink.bytes.reserve(qsizetype(signal.samples.size() * 4 + 256));
    if (const QString reason = encode(signal, subtype, &sink); !reason.isEmpty())
        return Error{path, reason};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{path, QStringLiteral("cannot create the folder")};
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{path, QStringLiteral("cannot open for writing: %1").arg(out.errorString())};
    if (out.write(sink.bytes) != sink.bytes.size() || !out.commit())
        return Error{path, QStringLiteral("cannot write: %1").arg(out.errorString())};
    return {};
}

} // namespace tally
