#include "formats/ImageMeasure.h"

#include "formats/ImageImporter.h"
#include "formats/ImageSources.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>

namespace tally {

namespace {

quint32 bigEndian32(const QByteArray& b, qsizetype at)
{
    const auto* p = reinterpret_cast<const uchar*>(b.constData() + at);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint32 littleEndian32(const QByteArray& b, qsizetype at)
{
    const auto* p = reinterpret_cast<const uchar*>(b.constData() + at);
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

// The Qt format name the magic bytes say; empty when they say nothing we know.
QByteArray formatOf(const QByteArray& b)
{
    if (b.startsWith("\x89PNG\r\n\x1a\n"))
        return QByteArrayLiteral("png");
    if (b.startsWith("\xff\xd8\xff"))
        return QByteArrayLiteral("jpeg");
    if (b.startsWith("GIF87a") || b.startsWith("GIF89a"))
        return QByteArrayLiteral("gif");
    if (b.startsWith("BM"))
        return QByteArrayLiteral("bmp");
    if (b.size() >= 12 && b.startsWith("RIFF") && b.mid(8, 4) == "WEBP")
        return QByteArrayLiteral("webp");
    return {};
}

// The bytes without trailing NUL padding (some writers pad files to a block size).
qsizetype lengthWithoutPadding(const QByteArray& b)
{
    qsizetype n = b.size();
    while (n > 0 && b.at(n - 1) == '\0')
        --n;
    return n;
}

// Walks the PNG chunks: each must fit in the file, and IEND must come.
QString pngTruncation(const QByteArray& b)
{
    qint64 pos = 8;
    while (pos + 8 <= b.size()) {
        const qint64 length = bigEndian32(b, pos);
        const QByteArray type = b.mid(pos + 4, 4);
        const qint64 end = pos + 12 + length;
        if (end > b.size())
            return ImageImporter::tr("truncated: the PNG %1 chunk runs past the end of the file")
                .arg(QString::fromLatin1(type.toPercentEncoding()));
        if (type == "IEND")
            return {};
        pos = end;
    }
    return ImageImporter::tr("truncated: the PNG has no IEND chunk");
}

// Why the file looks cut short, or an empty string when it looks whole.
QString truncation(const QByteArray& format, const QByteArray& b)
{
    if (format == "png")
        return pngTruncation(b);
    if (format == "jpeg") {
        const qsizetype n = lengthWithoutPadding(b);
        if (n < 4 || uchar(b.at(n - 2)) != 0xff || uchar(b.at(n - 1)) != 0xd9)
            return ImageImporter::tr("truncated: the JPEG does not end with the EOI marker");
    } else if (format == "gif") {
        const qsizetype n = lengthWithoutPadding(b);
        if (n < 1 || b.at(n - 1) != ';')
            return ImageImporter::tr("truncated: the GIF does not end with its trailer");
    } else if (format == "bmp") {
        const qint64 declared = b.size() >= 14 ? littleEndian32(b, 2) : 0;
        const qint64 pixelsAt = b.size() >= 14 ? littleEndian32(b, 10) : 0;
        if (b.size() < 14 || declared > b.size() || pixelsAt > b.size())
            return ImageImporter::tr("truncated: the BMP header says %1 bytes, the file has %2")
                .arg(std::max(declared, pixelsAt))
                .arg(b.size());
    } else if (format == "webp") {
        const qint64 declared = qint64(littleEndian32(b, 4)) + 8;
        if (declared > b.size())
            return ImageImporter::tr("truncated: the WebP header says %1 bytes, the file has %2")
                .arg(declared)
                .arg(b.size());
    }
    return {};
}

} // namespace

Result<SampleRecord> measureImageBytes(const QByteArray& bytes, const QString& pathForErrors)
{
    if (bytes.isEmpty())
        return Error{pathForErrors, ImageImporter::tr("empty file")};
    const QByteArray format = formatOf(bytes);
    // First, so that a file cut inside its header is called truncated, not unreadable.
    if (const QString cut = truncation(format, bytes); !cut.isEmpty())
        return Error{pathForErrors, cut};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return Error{
            pathForErrors,
            format.isEmpty()
                ? ImageImporter::tr("not an image that can be read: %1").arg(reader.errorString())
                : ImageImporter::tr("cannot read the %1 header: %2")
                      .arg(QString::fromLatin1(format).toUpper(), reader.errorString())};
    SampleRecord r;
    r.kind = SampleKind::Image;
    r.contentHash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    r.width = size.width();
    r.height = size.height();
    return r;
}

} // namespace tally
