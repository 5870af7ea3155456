#include "audio/AudioDecoder.h"

#include "audio/ContainerCheck.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstring>
#include <functional>
#include <optional>
#include <sndfile.h>

namespace tally {
namespace {

// ---- libsndfile virtual I/O over bytes in memory (read only) ----

struct MemoryStream
{
    const char* data = nullptr;
    sf_count_t size = 0;
    sf_count_t pos = 0;
};

sf_count_t memLength(void* user)
{
    return static_cast<MemoryStream*>(user)->size;
}

sf_count_t memSeek(sf_count_t offset, int whence, void* user)
{
    auto* m = static_cast<MemoryStream*>(user);
    sf_count_t base = whence == SEEK_CUR ? m->pos : whence == SEEK_END ? m->size : 0;
    m->pos = std::clamp<sf_count_t>(base + offset, 0, m->size);
    return m->pos;
}

sf_count_t memRead(void* ptr, sf_count_t count, void* user)
{
    auto* m = static_cast<MemoryStream*>(user);
    const sf_count_t n =
        std::clamp<sf_count_t>(m->size - m->pos, 0, std::max<sf_count_t>(count, 0));
    std::memcpy(ptr, m->data + m->pos, size_t(n));
    m->pos += n;
    return n;
}

sf_count_t memWrite(const void*, sf_count_t, void*)
{
    return 0;
}
sf_count_t memTell(void* user)
{
    return static_cast<MemoryStream*>(user)->pos;
}

// Owns an open SNDFILE*.
struct SndFile
{
    SNDFILE* handle = nullptr;
    SF_INFO info{};
    ~SndFile()
    {
        if (handle)
            sf_close(handle);
    }
};

using containercheck::ByteSource;
using containercheck::checkDeclaredLength;

QString majorName(int major)
{
    switch (major) {
    case SF_FORMAT_WAV:
        return QStringLiteral("WAV");
    case SF_FORMAT_WAVEX:
        return QStringLiteral("WAVEX");
    case SF_FORMAT_RF64:
        return QStringLiteral("RF64");
    case SF_FORMAT_W64:
        return QStringLiteral("W64");
    case SF_FORMAT_AIFF:
        return QStringLiteral("AIFF");
    case SF_FORMAT_AU:
        return QStringLiteral("AU");
    case SF_FORMAT_CAF:
        return QStringLiteral("CAF");
    case SF_FORMAT_FLAC:
        return QStringLiteral("FLAC");
    case SF_FORMAT_OGG:
        return QStringLiteral("OGG");
    case SF_FORMAT_MPEG:
        return QStringLiteral("MPEG");
    default:
        return QStringLiteral("0x%1").arg(major >> 16, 0, 16);
    }
}

QString subtypeName(int subtype)
{
    switch (subtype) {
    case SF_FORMAT_PCM_S8:
        return QStringLiteral("PCM_S8");
    case SF_FORMAT_PCM_U8:
        return QStringLiteral("PCM_U8");
    case SF_FORMAT_PCM_16:
        return QStringLiteral("PCM_16");
    case SF_FORMAT_PCM_24:
        return QStringLiteral("PCM_24");
    case SF_FORMAT_PCM_32:
        return QStringLiteral("PCM_32");
    case SF_FORMAT_FLOAT:
        return QStringLiteral("FLOAT");
    case SF_FORMAT_DOUBLE:
        return QStringLiteral("DOUBLE");
    case SF_FORMAT_ULAW:
        return QStringLiteral("ULAW");
    case SF_FORMAT_ALAW:
        return QStringLiteral("ALAW");
    case SF_FORMAT_VORBIS:
        return QStringLiteral("VORBIS");
    case SF_FORMAT_OPUS:
        return QStringLiteral("OPUS");
    case SF_FORMAT_MPEG_LAYER_III:
        return QStringLiteral("MP3");
    default:
        return QStringLiteral("0x%1").arg(subtype, 0, 16);
    }
}

AudioInfo infoOf(const SF_INFO& sf)
{
    AudioInfo info;
    info.frames = sf.frames;
    info.rateHz = sf.samplerate;
    info.channels = sf.channels;
    info.format = majorName(sf.format & SF_FORMAT_TYPEMASK) + QLatin1Char(' ') +
                  subtypeName(sf.format & SF_FORMAT_SUBMASK);
    return info;
}

// Checks what libsndfile accepted but we must not: no channels, an absurd rate, a
// length that is unknown (a cut-off Ogg stream), zero, or too large to address.
std::optional<QString> checkInfo(const SF_INFO& sf)
{
    if (sf.channels <= 0 || sf.channels > AudioDecoder::kMaxChannels)
        return QStringLiteral("invalid header: %1 channels (1 to %2 are read)")
            .arg(sf.channels)
            .arg(AudioDecoder::kMaxChannels);
    if (sf.samplerate < AudioDecoder::kMinRateHz || sf.samplerate > AudioDecoder::kMaxRateHz)
        return QStringLiteral("invalid header: sample rate %1 Hz (%2 Hz to %3 Hz are read)")
            .arg(sf.samplerate)
            .arg(AudioDecoder::kMinRateHz)
            .arg(AudioDecoder::kMaxRateHz);
    if (sf.frames == SF_COUNT_MAX)
        return QStringLiteral("truncated: the stream's length cannot be found (cut off?)");
    if (sf.frames < 0 || sf.frames > SF_COUNT_MAX / sf.channels)
        return QStringLiteral("invalid header: %1 frames").arg(sf.frames);
    return std::nullopt;
}

// After the container checks (a cut-off file is "truncated", not empty).
std::optional<QString> checkNotEmpty(const SF_INFO& sf)
{
    if (sf.frames == 0)
        return QStringLiteral("no audio: the header says 0 frames");
    return std::nullopt;
}

// Why sf_open failed. libsndfile keeps the error of a failed open in a global, so
// under concurrent opens the detail text may belong to another file; the category
// is still right in practice and the message is only shown to people.
QString openFailure()
{
    const QString detail = QString::fromUtf8(sf_strerror(nullptr));
    switch (sf_error(nullptr)) {
    case SF_ERR_UNRECOGNISED_FORMAT:
        return QStringLiteral("not a recognised audio format: %1").arg(detail);
    case SF_ERR_MALFORMED_FILE:
        return QStringLiteral("malformed or truncated file: %1").arg(detail);
    case SF_ERR_UNSUPPORTED_ENCODING:
        return QStringLiteral("unsupported encoding: %1").arg(detail);
    default:
        return QStringLiteral("cannot decode: %1").arg(detail);
    }
}

ByteSource memorySource(const QByteArray& bytes)
{
    return [&bytes](qint64 offset, int len) {
        return QByteArray::fromRawData(bytes.constData() + offset,
                                       int(std::min<qint64>(len, bytes.size() - offset)));
    };
}

// Opens bytes with libsndfile and runs the header checks. stream must outlive file.
std::optional<Error> openMemory(const QByteArray& bytes, const QString& path, MemoryStream& stream,
                                SndFile& file)
{
    if (bytes.isEmpty())
        return Error{path, QStringLiteral("empty file (0 bytes)")};
    static SF_VIRTUAL_IO io{memLength, memSeek, memRead, memWrite, memTell};
    stream = MemoryStream{bytes.constData(), sf_count_t(bytes.size()), 0};
    file.handle = sf_open_virtual(&io, SFM_READ, &file.info, &stream);
    if (!file.handle)
        return Error{path, openFailure()};
    if (auto bad = checkInfo(file.info))
        return Error{path, *bad};
    if (auto cut = checkDeclaredLength(memorySource(bytes), bytes.size()))
        return Error{path, *cut};
    if (auto empty = checkNotEmpty(file.info))
        return Error{path, *empty};
    return std::nullopt;
}

// Reads every frame. The claimed count only sizes the first allocation, bounded by
// the file size, so a lying compressed header cannot make us allocate gigabytes.
Result<Signal> readAll(SndFile& file, qint64 fileBytes, const QString& path)
{
    const SF_INFO& sf = file.info;
    Signal out;
    out.rateHz = sf.samplerate;
    out.channels = sf.channels;
    const qint64 plausible = fileBytes * 16 + 65536;
    qint64 capacity = std::min<qint64>(sf.frames, plausible / sf.channels);
    capacity = std::max<qint64>(capacity, 1024);
    out.samples.resize(size_t(capacity * sf.channels));
    qint64 got = 0;
    for (;;) {
        if (got == capacity) {
            capacity *= 2;
            out.samples.resize(size_t(capacity * sf.channels));
        }
        const sf_count_t n =
            sf_readf_float(file.handle, out.samples.data() + got * sf.channels, capacity - got);
        if (n <= 0)
            break;
        got += n;
    }
    out.samples.resize(size_t(got * sf.channels));
    const bool estimate = (sf.format & SF_FORMAT_TYPEMASK) == SF_FORMAT_MPEG;
    if (sf_error(file.handle) != SF_ERR_NO_ERROR && got < sf.frames)
        return Error{path, QStringLiteral("decoding failed after %1 frames: %2")
                               .arg(got)
                               .arg(QString::fromUtf8(sf_strerror(file.handle)))};
    if (!estimate && got < sf.frames)
        return Error{
            path,
            QStringLiteral("truncated: header says %1 frames, got %2").arg(sf.frames).arg(got)};
    if (got == 0 && sf.frames > 0)
        return Error{path, QStringLiteral("no audio could be decoded")};
    return out;
}

Result<QByteArray> readFile(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return Error{path, QStringLiteral("file not found")};
    if (!f.open(QIODevice::ReadOnly))
        return Error{path, QStringLiteral("cannot open: %1").arg(f.errorString())};
    QByteArray bytes = f.readAll();
    if (f.error() != QFileDevice::NoError)
        return Error{path, QStringLiteral("cannot read: %1").arg(f.errorString())};
    return bytes;
}

} // namespace

Result<AudioInfo> AudioDecoder::probeBytes(const QByteArray& bytes, const QString& pathForErrors)
{
    MemoryStream stream;
    SndFile file;
    if (auto error = openMemory(bytes, pathForErrors, stream, file))
        return *error;
    return infoOf(file.info);
}

Result<Signal> AudioDecoder::decodeBytes(const QByteArray& bytes, const QString& pathForErrors)
{
    MemoryStream stream;
    SndFile file;
    if (auto error = openMemory(bytes, pathForErrors, stream, file))
        return *error;
    return readAll(file, bytes.size(), pathForErrors);
}

Result<AudioInfo> AudioDecoder::probe(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return Error{path, QStringLiteral("file not found")};
    if (!f.open(QIODevice::ReadOnly))
        return Error{path, QStringLiteral("cannot open: %1").arg(f.errorString())};
    if (f.size() == 0)
        return Error{path, QStringLiteral("empty file (0 bytes)")};
    SndFile file;
    // libsndfile reads the header through our descriptor; we keep ownership.
    file.handle = sf_open_fd(f.handle(), SFM_READ, &file.info, 0);
    if (!file.handle)
        return Error{path, openFailure()};
    if (auto bad = checkInfo(file.info))
        return Error{path, *bad};
    const ByteSource fromFile = [&f](qint64 offset, int len) {
        return f.seek(offset) ? f.read(len) : QByteArray();
    };
    if (auto cut = checkDeclaredLength(fromFile, f.size()))
        return Error{path, *cut};
    if (auto empty = checkNotEmpty(file.info))
        return Error{path, *empty};
    return infoOf(file.info);
}

Result<Signal> AudioDecoder::decode(const QString& path)
{
    Result<QByteArray> bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    return decodeBytes(bytes.value(), path);
}

} // namespace tally
