#include "audio/ContainerCheck.h"

#include <algorithm>

namespace tally::containercheck {

namespace {

// Chunk walks stop after this many chunks (a file of tiny chunks is not worth more).
constexpr int kMaxChunks = 4096;

// The bytes at [offset, offset + len) that the file holds (empty outside it).
QByteArray bytesAt(const ByteSource& read, qint64 fileSize, qint64 offset, int len)
{
    if (offset < 0 || offset >= fileSize || len <= 0)
        return {};
    return read(offset, int(std::min<qint64>(len, fileSize - offset)));
}

quint64 readUInt(const QByteArray& b, int at, int bytes, bool bigEndian)
{
    quint64 v = 0;
    for (int i = 0; i < bytes; ++i) {
        const int index = bigEndian ? at + i : at + bytes - 1 - i;
        v = v << 8 | quint8(b[index]);
    }
    return v;
}

QString truncatedFrames(qint64 claimedFrames, qint64 heldFrames)
{
    return QStringLiteral("truncated: header says %1 frames, file holds %2")
        .arg(claimedFrames)
        .arg(std::max<qint64>(heldFrames, 0));
}

// Declared audio bytes against available ones; unit = bytes per frame (0: unknown,
// the message then counts bytes).
std::optional<QString> compare(quint64 declared, qint64 available, qint64 unit)
{
    available = std::max<qint64>(available, 0);
    if (declared <= quint64(available))
        return std::nullopt;
    if (unit <= 0)
        return QStringLiteral("truncated: header says %1 bytes of audio, file holds %2")
            .arg(declared)
            .arg(available);
    return truncatedFrames(qint64(declared / quint64(unit)), available / unit);
}

// RIFF/RIFX/RF64/BW64 WAVE: walks to the data chunk. RF64 gives the real data size in
// its ds64 chunk and writes all ones in the data chunk's own size field.
std::optional<QString> checkWav(const ByteSource& read, qint64 fileSize)
{
    const QByteArray head = bytesAt(read, fileSize, 0, 12);
    if (head.size() < 12 || head.mid(8, 4) != "WAVE")
        return std::nullopt;
    const bool big = head.startsWith("RIFX");
    const bool rf64 = head.startsWith("RF64") || head.startsWith("BW64");
    if (!big && !rf64 && !head.startsWith("RIFF"))
        return std::nullopt;
    qint64 blockAlign = 0;
    std::optional<quint64> ds64Data;
    qint64 pos = 12;
    for (int guard = 0; guard < kMaxChunks && pos + 8 <= fileSize; ++guard) {
        const QByteArray chunk = bytesAt(read, fileSize, pos, 28);
        if (chunk.size() < 8)
            break;
        const quint32 size = quint32(readUInt(chunk, 4, 4, big));
        if (chunk.startsWith("fmt ") && chunk.size() >= 22) {
            blockAlign = qint64(readUInt(chunk, 20, 2, big));
        } else if (rf64 && chunk.startsWith("ds64") && chunk.size() >= 24) {
            ds64Data = readUInt(chunk, 16, 8, false);
        } else if (chunk.startsWith("data")) {
            quint64 declared = size;
            if (size == 0xFFFFFFFFu && ds64Data)
                declared = *ds64Data;
            else if (size == 0 || size == 0xFFFFFFFFu)
                return std::nullopt; // unknown: written by streaming recorders
            return compare(declared, fileSize - (pos + 8), blockAlign);
        }
        pos += 8 + qint64(size) + (size & 1);
    }
    return std::nullopt;
}

// Bytes per frame of an AIFC compression type Tally can size; 0 = compressed.
int aifcSampleBytes(const QByteArray& compression, int bits)
{
    if (compression == "NONE" || compression == "sowt" || compression == "twos")
        return (bits + 7) / 8;
    if (compression == "ulaw" || compression == "ULAW" || compression == "alaw" ||
        compression == "ALAW")
        return 1;
    if (compression == "fl32" || compression == "FL32")
        return 4;
    if (compression == "fl64" || compression == "FL64")
        return 8;
    return 0;
}

// AIFF and AIFC: the frame count in COMM against the bytes the SSND chunk really holds.
std::optional<QString> checkAiff(const ByteSource& read, qint64 fileSize)
{
    const QByteArray head = bytesAt(read, fileSize, 0, 12);
    const bool aifc = head.mid(8, 4) == "AIFC";
    if (head.size() < 12 || !head.startsWith("FORM") || (head.mid(8, 4) != "AIFF" && !aifc))
        return std::nullopt;
    qint64 claimedFrames = -1, frameBytes = 0, available = -1;
    qint64 pos = 12;
    for (int guard = 0; guard < kMaxChunks && pos + 8 <= fileSize; ++guard) {
        const QByteArray chunk = bytesAt(read, fileSize, pos, 30);
        if (chunk.size() < 8)
            break;
        const quint32 size = quint32(readUInt(chunk, 4, 4, true));
        if (chunk.startsWith("COMM") && chunk.size() >= 16) {
            const int channels = int(readUInt(chunk, 8, 2, true));
            const int bits = int(readUInt(chunk, 14, 2, true));
            const int sampleBytes = aifc ? aifcSampleBytes(chunk.mid(26, 4), bits) : (bits + 7) / 8;
            if (sampleBytes == 0)
                return std::nullopt;
            claimedFrames = qint64(readUInt(chunk, 10, 4, true));
            frameBytes = qint64(channels) * sampleBytes;
        } else if (chunk.startsWith("SSND") && chunk.size() >= 12) {
            available = fileSize - (pos + 16 + qint64(readUInt(chunk, 8, 4, true)));
        }
        pos += 8 + qint64(size) + (size & 1);
    }
    if (claimedFrames < 0 || available < 0 || frameBytes <= 0)
        return std::nullopt;
    if (claimedFrames * frameBytes <= available)
        return std::nullopt;
    return truncatedFrames(claimedFrames, available / frameBytes);
}

// Sony Wave64: GUID chunk ids, 64-bit little-endian sizes that include the 24-byte
// chunk header, chunks aligned to 8 bytes.
std::optional<QString> checkW64(const ByteSource& read, qint64 fileSize)
{
    static const QByteArray kRiff("riff\x2E\x91\xCF\x11\xA5\xD6\x28\xDB\x04\xC1\x00\x00", 16);
    static const QByteArray kWaveSuffix("\xF3\xAC\xD3\x11\x8C\xD1\x00\xC0\x4F\x8E\xDB\x8A", 12);
    const QByteArray head = bytesAt(read, fileSize, 0, 40);
    if (head.size() < 40 || head.left(16) != kRiff || head.mid(24, 4) != "wave")
        return std::nullopt;
    qint64 blockAlign = 0;
    qint64 pos = 40;
    for (int guard = 0; guard < kMaxChunks && pos + 24 <= fileSize; ++guard) {
        const QByteArray chunk = bytesAt(read, fileSize, pos, 40);
        if (chunk.size() < 24 || chunk.mid(4, 12) != kWaveSuffix)
            break;
        const quint64 size = readUInt(chunk, 16, 8, false);
        if (size < 24)
            break; // malformed: libsndfile's own problem to report
        if (chunk.startsWith("fmt ") && chunk.size() >= 38)
            blockAlign = qint64(readUInt(chunk, 36, 2, false));
        else if (chunk.startsWith("data"))
            return compare(size - 24, fileSize - (pos + 24), blockAlign);
        if (size > quint64(fileSize))
            break;
        pos += qint64((size + 7) & ~quint64(7));
    }
    return std::nullopt;
}

// Sun/NeXT AU: a data size in the header (all ones = unknown).
std::optional<QString> checkAu(const ByteSource& read, qint64 fileSize)
{
    const QByteArray head = bytesAt(read, fileSize, 0, 24);
    const bool big = head.startsWith(".snd");
    if (head.size() < 24 || (!big && !head.startsWith("dns.")))
        return std::nullopt;
    const quint64 offset = readUInt(head, 4, 4, big);
    const quint64 size = readUInt(head, 8, 4, big);
    const quint64 encoding = readUInt(head, 12, 4, big);
    const qint64 channels = qint64(readUInt(head, 20, 4, big));
    if (size == 0xFFFFFFFFu || offset > quint64(fileSize))
        return std::nullopt;
    static const int kBytes[] = {0, 1, 1, 2, 3, 4, 4, 8}; // encodings 1..7
    const int sampleBytes = encoding < 8 ? kBytes[encoding] : encoding == 27 ? 1 : 0;
    return compare(size, fileSize - qint64(offset), qint64(sampleBytes) * channels);
}

// Apple CAF: big-endian 64-bit chunk sizes; a data chunk of size -1 runs to the end.
std::optional<QString> checkCaf(const ByteSource& read, qint64 fileSize)
{
    const QByteArray head = bytesAt(read, fileSize, 0, 8);
    if (head.size() < 8 || !head.startsWith("caff"))
        return std::nullopt;
    qint64 frameBytes = 0;
    qint64 pos = 8;
    for (int guard = 0; guard < kMaxChunks && pos + 12 <= fileSize; ++guard) {
        const QByteArray chunk = bytesAt(read, fileSize, pos, 44);
        if (chunk.size() < 12)
            break;
        const qint64 size = qint64(readUInt(chunk, 4, 8, true));
        if (chunk.startsWith("desc") && chunk.size() >= 40) {
            const qint64 bytesPerPacket = qint64(readUInt(chunk, 28, 4, true));
            const qint64 framesPerPacket = qint64(readUInt(chunk, 32, 4, true));
            if (bytesPerPacket > 0 && framesPerPacket == 1)
                frameBytes = bytesPerPacket;
        } else if (chunk.startsWith("data")) {
            if (size < 4)
                return std::nullopt; // -1: to the end of the file
            return compare(quint64(size - 4), fileSize - (pos + 16), frameBytes);
        }
        if (size < 0 || size > fileSize)
            break;
        pos += 12 + size;
    }
    return std::nullopt;
}

// Ogg: walks the pages from the start (each header gives its page's length). A page
// that runs past the end of the file, or a last page without the end-of-stream flag,
// is a cut-off file that would otherwise read as a shorter stream. Bytes after the
// last page that are not a page (a tag someone appended) end the walk.
std::optional<QString> checkOgg(const ByteSource& read, qint64 fileSize)
{
    constexpr int kMaxPages = 1 << 22;
    qint64 pos = 0;
    bool endOfStream = false;
    for (int guard = 0; guard < kMaxPages && pos < fileSize; ++guard) {
        const QByteArray header = bytesAt(read, fileSize, pos, 27 + 255);
        if (!header.startsWith("OggS") || (header.size() >= 5 && header[4] != '\0'))
            return std::nullopt; // not a page: not Ogg, or junk after the last page
        if (header.size() < 27 || header.size() < 27 + quint8(header[26]))
            return QStringLiteral("truncated: the file ends inside an Ogg page header");
        const int segments = quint8(header[26]);
        qint64 length = 27 + segments;
        for (int s = 0; s < segments; ++s)
            length += quint8(header[27 + s]);
        if (pos + length > fileSize)
            return QStringLiteral("truncated: the file ends inside an Ogg page");
        endOfStream = quint8(header[5]) & 0x04;
        pos += length;
    }
    if (pos >= fileSize && !endOfStream)
        return QStringLiteral("truncated: the Ogg stream ends without its end-of-stream page");
    return std::nullopt;
}

} // namespace

std::optional<QString> checkDeclaredLength(const ByteSource& read, qint64 fileSize)
{
    for (auto check : {checkWav, checkAiff, checkW64, checkAu, checkCaf, checkOgg})
        if (auto reason = check(read, fileSize))
            return reason;
    return std::nullopt;
}

} // namespace tally::containercheck
