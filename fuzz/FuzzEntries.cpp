#include "FuzzEntries.h"

#include "audio/AudioDecoder.h"
#include "formats/AudacityLabels.h"
#include "formats/CommonVoiceTsv.h"
#include "formats/DatasetScope.h"
#include "formats/ImageSources.h"
#include "sensor/SeriesReaders.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cmath>

namespace tally::fuzz {

namespace {

const QString kName = QStringLiteral("fuzz-input");

QString checkErrors(const QList<Error>& errors)
{
    for (const Error& e : errors)
        if (e.path.isEmpty() || e.reason.isEmpty())
            return QStringLiteral("an error without a path or a reason: \"%1\"").arg(e.toString());
    return {};
}

QString checkError(const Error& e, const QString& path)
{
    if (e.path != path)
        return QStringLiteral("the error names %1, not %2").arg(e.path, path);
    return checkErrors({e});
}

// The folder the path-taking readers read from, made once per process.
const QDir& scratch()
{
    static QTemporaryDir dir;
    static const QDir root(dir.path());
    return root;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString audio(const QByteArray& bytes)
{
    const Result<AudioInfo> probed = AudioDecoder::probeBytes(bytes, kName);
    const Result<Signal> decoded = AudioDecoder::decodeBytes(bytes, kName);
    if (!probed)
        if (QString bad = checkError(probed.error(), kName); !bad.isEmpty())
            return bad;
    if (!decoded)
        return checkError(decoded.error(), kName);
    const Signal& s = decoded.value();
    if (!probed)
        return QStringLiteral("decode accepted what probe refused (%1)").arg(probed.error().reason);
    const AudioInfo& info = probed.value();
    if (s.rateHz != info.rateHz || s.channels != info.channels)
        return QStringLiteral("probe says %1 Hz × %2, decode %3 Hz × %4")
            .arg(info.rateHz)
            .arg(info.channels)
            .arg(s.rateHz)
            .arg(s.channels);
    if (s.rateHz < AudioDecoder::kMinRateHz || s.rateHz > AudioDecoder::kMaxRateHz ||
        s.channels < 1 || s.channels > AudioDecoder::kMaxChannels)
        return QStringLiteral("decoded %1 Hz × %2 channels").arg(s.rateHz).arg(s.channels);
    if (s.frames() <= 0 || s.samples.size() != size_t(s.frames()) * size_t(s.channels))
        return QStringLiteral("decoded %1 samples for %2 channels")
            .arg(s.samples.size())
            .arg(s.channels);
    if (!info.format.contains(QLatin1String("MPEG")) && s.frames() < info.frames)
        return QStringLiteral("decoded %1 frames of %2").arg(s.frames()).arg(info.frames);
    return {};
}

QString audacity(const QByteArray& bytes)
{
    const Result<QList<AudacityLabel>> parsed = parseAudacityLabels(bytes, kName);
    if (!parsed)
        return checkError(parsed.error(), kName);
    for (const AudacityLabel& l : parsed.value()) {
        if (!std::isfinite(l.startSec) || !std::isfinite(l.endSec) || l.startSec < 0 ||
            l.endSec < l.startSec)
            return QStringLiteral("a label from %1 s to %2 s").arg(l.startSec).arg(l.endSec);
        if (l.lowHz.has_value() != l.highHz.has_value() ||
            (l.hasBand() && !(*l.lowHz >= 0 && *l.lowHz < *l.highHz)))
            return QStringLiteral("a band from %1 Hz to %2 Hz")
                .arg(l.lowHz.value_or(-1))
                .arg(l.highHz.value_or(-1));
    }
    // What Tally writes, Tally reads back: the same number of labels.
    const Result<QList<AudacityLabel>> again =
        parseAudacityLabels(formatAudacityLabels(parsed.value()), kName);
    if (!again)
        return QStringLiteral("its own output is refused: %1").arg(again.error().reason);
    if (again.value().size() != parsed.value().size())
        return QStringLiteral("%1 labels written, %2 read back")
            .arg(parsed.value().size())
            .arg(again.value().size());
    return {};
}

// Boxes placed on a width × height image lie inside it with a positive size.
QString checkPlaced(const imageimport::ImageAnnotation& a, QSize size)
{
    QList<Error> errors;
    const QList<ImportedBox> boxes = imageimport::placeBoxes(a, size, kName, &errors);
    for (const ImportedBox& b : boxes)
        if (!(b.x >= 0 && b.y >= 0 && b.w > 0 && b.h > 0 && b.x + b.w <= size.width() + 1e-6 &&
              b.y + b.h <= size.height() + 1e-6))
            return QStringLiteral("a box at (%1, %2) of %3 × %4 on a %5 × %6 image")
                .arg(b.x)
                .arg(b.y)
                .arg(b.w)
                .arg(b.h)
                .arg(size.width())
                .arg(size.height());
    if (QString bad = checkErrors(errors); !bad.isEmpty())
        return bad;
    return checkErrors(a.errors);
}

QSize imageSize(const imageimport::ImageAnnotation& a)
{
    return a.declaredSize.isValid() && !a.declaredSize.isEmpty() ? a.declaredSize : QSize(64, 48);
}

QString checkListing(const imageimport::ImageListing& listing)
{
    if (QString bad = checkErrors(listing.errors); !bad.isEmpty())
        return bad;
    for (const imageimport::ImageItem& item : listing.items) {
        imageimport::ImageAnnotation a = item.annotationFile.isEmpty()
                                             ? item.annotation
                                             : listing.readAnnotation(item.annotationFile);
        if (QString bad = checkPlaced(a, imageSize(a)); !bad.isEmpty())
            return bad;
    }
    return {};
}

QString voc(const QByteArray& bytes)
{
    const imageimport::ImageAnnotation a = imageimport::readVocXml(bytes, kName);
    if (a.file != kName)
        return QStringLiteral("the annotation names %1").arg(a.file);
    return checkPlaced(a, imageSize(a));
}

// A COCO file beside two images (a.png, images/b.jpg), read as an import reads it.
QString coco(const QByteArray& bytes)
{
    const QDir& root = scratch();
    const QString json = root.filePath(QStringLiteral("coco/coco.json"));
    if (!writeFile(json, bytes) || !writeFile(root.filePath(QStringLiteral("coco/a.png")), {}) ||
        !writeFile(root.filePath(QStringLiteral("coco/images/b.jpg")), {}))
        return QStringLiteral("cannot write the scratch files");
    const imageimport::ImageListing listing = imageimport::listCoco(json);
    const DatasetScope scope(root.filePath(QStringLiteral("coco")), false);
    for (const imageimport::ImageItem& item : listing.items)
        scope.outsideReason(item.absolutePath);
    return checkListing(listing);
}

// Split at NUL bytes: data.yaml, labels/a.txt (for images/a.png), classes.txt.
QString yolo(const QByteArray& bytes)
{
    const QList<QByteArray> parts = bytes.split('\0');
    const QDir& root = scratch();
    const QString folder = root.filePath(QStringLiteral("yolo"));
    QDir(folder).removeRecursively();
    const QString names[3] = {QStringLiteral("data.yaml"), QStringLiteral("labels/a.txt"),
                              QStringLiteral("classes.txt")};
    for (int i = 0; i < 3 && i < parts.size(); ++i)
        if (!writeFile(folder + QLatin1Char('/') + names[i], parts[i]))
            return QStringLiteral("cannot write the scratch files");
    if (!writeFile(folder + QStringLiteral("/images/a.png"), {}))
        return QStringLiteral("cannot write the scratch files");
    return checkListing(imageimport::listYolo(folder));
}

QString commonVoice(const QByteArray& bytes)
{
    QList<Error> errors;
    const QList<CommonVoiceRow> rows = parseCommonVoiceTsv(bytes, kName, &errors);
    const QString root = scratch().filePath(QStringLiteral("cv"));
    const DatasetScope scope(root, false);
    for (const CommonVoiceRow& r : rows) {
        if (r.clip.isEmpty() || r.clip != r.clip.trimmed() || r.line < 2 || r.up < 0 || r.down < 0)
            return QStringLiteral("a row on line %1 with clip \"%2\", votes %3 / %4")
                .arg(r.line)
                .arg(r.clip)
                .arg(r.up)
                .arg(r.down);
        scope.outsideReason(root + QStringLiteral("/clips/") + r.clip);
    }
    return checkErrors(errors);
}

// A reader's series: at least one channel, whole frames, finite values, a usable rate.
QString checkSeries(const Result<SeriesData>& parsed, const char* reader)
{
    if (!parsed) {
        const Error& e = parsed.error();
        if (e.reason.isEmpty() || !e.path.isEmpty())
            return QStringLiteral("%1: an error with path \"%2\" and reason \"%3\"")
                .arg(QLatin1String(reader), e.path, e.reason);
        return {};
    }
    const SeriesData& s = parsed.value();
    if (s.channels < 1 || s.frames.size() != size_t(s.frameCount()) * size_t(s.channels))
        return QStringLiteral("%1: %2 values for %3 channels")
            .arg(QLatin1String(reader))
            .arg(s.frames.size())
            .arg(s.channels);
    if (!(std::isfinite(s.rateHz) && s.rateHz > 0))
        return QStringLiteral("%1: a rate of %2 Hz").arg(QLatin1String(reader)).arg(s.rateHz);
    for (size_t i = 0; i < s.frames.size(); ++i)
        if (!std::isfinite(s.frames[i]))
            return QStringLiteral("%1: value %2 is %3")
                .arg(QLatin1String(reader))
                .arg(i)
                .arg(s.frames[i]);
    if (!s.channelNames.isEmpty() && s.channelNames.size() != s.channels)
        return QStringLiteral("%1: %2 channel names for %3 channels")
            .arg(QLatin1String(reader))
            .arg(s.channelNames.size())
            .arg(s.channels);
    return {};
}

// The same bytes as an IMS snapshot and as a sensor CSV file.
QString series(const QByteArray& bytes)
{
    if (QString bad = checkSeries(parseImsText(bytes), "IMS text"); !bad.isEmpty())
        return bad;
    return checkSeries(parseSensorCsv(bytes), "sensor CSV");
}

} // namespace

QStringList targetNames()
{
    return {QStringLiteral("audio"), QStringLiteral("coco"),         QStringLiteral("voc"),
            QStringLiteral("yolo"),  QStringLiteral("common-voice"), QStringLiteral("audacity"),
            QStringLiteral("series")};
}

QString runTarget(const QString& target, const QByteArray& bytes)
{
    if (target == QLatin1String("audio"))
        return audio(bytes);
    if (target == QLatin1String("coco"))
        return coco(bytes);
    if (target == QLatin1String("voc"))
        return voc(bytes);
    if (target == QLatin1String("yolo"))
        return yolo(bytes);
    if (target == QLatin1String("common-voice"))
        return commonVoice(bytes);
    if (target == QLatin1String("audacity"))
        return audacity(bytes);
    if (target == QLatin1String("series"))
        return series(bytes);
    return QStringLiteral("no fuzz target %1").arg(target);
}

} // namespace tally::fuzz
