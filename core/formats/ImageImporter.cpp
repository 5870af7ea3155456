#include "formats/ImageImporter.h"

#include "formats/FileListing.h"
#include "formats/ImageMeasure.h"
#include "formats/ImageSources.h"
#include "formats/ImportPipeline.h"
#include "store/Project.h"
#include "store/SampleMeta.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <cmath>
#include <vector>

namespace tally {

Q_LOGGING_CATEGORY(lcImageImport, "tally.import.images")

namespace imageimport {

QString baseName(const QString& path)
{
    const QString name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    const int dot = int(name.lastIndexOf(QLatin1Char('.')));
    return dot > 0 ? name.left(dot) : name;
}

namespace {

// Clamps the span [start, start + length] into [0, limit] when it sticks out by at
// most one pixel; false when it sticks out further or has no length left.
bool fitAxis(double& start, double& length, double limit)
{
    constexpr double kSlackPx = 1.0 + 1e-9; // the 1e-9 absorbs rounding of YOLO fractions
    if (start < 0.0) {
        if (start < -kSlackPx)
            return false;
        length += start;
        start = 0.0;
    }
    if (start + length > limit) {
        if (start + length > limit + kSlackPx)
            return false;
        length = limit - start;
    }
    return length > 0.0;
}

// Why box b cannot be stored on a width × height image (after clamping it), or empty.
QString placeBox(ImportedBox& b, double width, double height)
{
    if (!std::isfinite(b.x) || !std::isfinite(b.y) || !std::isfinite(b.w) || !std::isfinite(b.h))
        return ImageImporter::tr("the box's coordinates are not finite numbers");
    if (!(b.w > 0.0) || !(b.h > 0.0))
        return ImageImporter::tr("the box's size %1 × %2 is not positive").arg(b.w).arg(b.h);
    const ImportedBox given = b;
    if (!fitAxis(b.x, b.w, width) || !fitAxis(b.y, b.h, height))
        return ImageImporter::tr(
                   "the box at (%1, %2) of %3 × %4 pixels lies outside the %5 × %6 image")
            .arg(given.x)
            .arg(given.y)
            .arg(given.w)
            .arg(given.h)
            .arg(width)
            .arg(height);
    return {};
}

} // namespace

QList<ImportedBox> placeBoxes(const ImageAnnotation& annotation, QSize size,
                              const QString& imageName, QList<Error>* errors)
{
    QList<ImportedBox> out;
    out.reserve(annotation.boxes.size());
    const double width = size.width();
    const double height = size.height();
    for (const PendingBox& p : annotation.boxes) {
        ImportedBox b = p.box;
        if (p.normalised) {
            b.x *= width;
            b.w *= width;
            b.y *= height;
            b.h *= height;
        }
        const QString reason = placeBox(b, width, height);
        if (reason.isEmpty())
            out << b;
        else
            *errors << Error{annotation.file,
                             ImageImporter::tr("%1 (%2): %3").arg(p.where, imageName, reason)};
    }
    return out;
}

ImageListing listImageFolder(const QString& root)
{
    ImageListing listing;
    const QDir base(root);
    for (const QString& rel : filesUnder(root, &listing.skipped)) {
        if (!ImageImporter::isImageFileName(rel)) {
            ++listing.skipped;
            continue;
        }
        ImageItem item;
        item.absolutePath = base.absoluteFilePath(rel);
        const int slash = int(rel.indexOf(QLatin1Char('/')));
        if (slash > 0)
            item.className = rel.left(slash);
        listing.items << item;
    }
    return listing;
}

} // namespace imageimport

using imageimport::ImageAnnotation;
using imageimport::ImageItem;
using imageimport::ImageListing;
namespace {

imageimport::ImageListing listFor(ImageFormat format, const QString& path)
{
    switch (format) {
    case ImageFormat::Images:
        return imageimport::listImageFolder(path);
    case ImageFormat::Coco:
        return imageimport::listCoco(path);
    case ImageFormat::Voc:
        return imageimport::listVoc(path);
    case ImageFormat::Yolo:
        return imageimport::listYolo(path);
    }
    return {};
}

// Boxes of one annotation placed on the measured image; problems go to *notes.
QList<ImportedBox> boxesFor(const ImageAnnotation& a, const SampleRecord& r,
                            const QString& imageName, QList<Error>* notes)
{
    *notes << a.errors;
    const QSize size(r.width, r.height);
    if (a.declaredSize.isValid() && a.declaredSize != size)
        *notes << Error{
            a.file, ImageImporter::tr(
                        "gives %1 the size %2 × %3 but the image is %4 × %5; its boxes are checked "
                        "against the image")
                        .arg(imageName)
                        .arg(a.declaredSize.width())
                        .arg(a.declaredSize.height())
                        .arg(size.width())
                        .arg(size.height())};
    return imageimport::placeBoxes(a, size, imageName, notes);
}

// Reads the image once: hash, header size and truncation check from the same bytes,
// then its boxes. Problems with boxes go to *notes (the image is still imported).
// Thread-safe.
Result<ImportPipeline::Sample> measureItem(const ImageListing& listing, const ImageItem& item,
                                           const QString& storedPath, const ImportOptions& options,
                                           const QDateTime& added, QList<Error>* notes)
{
    Result<ImportPipeline::Sample> sample = ImportPipeline::measureFile(
        item.absolutePath, measureImageBytes, ImageImporter::tr("cannot open: %1"), options, added);
    if (!sample)
        return sample;
    SampleRecord& r = sample.value().record;
    r.path = storedPath;
    r.className = item.className;
    const QString imageName = QFileInfo(item.absolutePath).fileName();
    QList<ImportedBox>& boxes = sample.value().extras.boxes;
    if (item.annotationFile.isEmpty())
        boxes = boxesFor(item.annotation, r, imageName, notes);
    else
        boxes = boxesFor(listing.readAnnotation(item.annotationFile), r, imageName, notes);
    return sample;
}

} // namespace

QString imageFormatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Images:
        return QStringLiteral("images");
    case ImageFormat::Coco:
        return QStringLiteral("coco");
    case ImageFormat::Voc:
        return QStringLiteral("voc");
    case ImageFormat::Yolo:
        return QStringLiteral("yolo");
    }
    return {};
}

std::optional<ImageFormat> parseImageFormat(const QString& name)
{
    for (ImageFormat f :
         {ImageFormat::Images, ImageFormat::Coco, ImageFormat::Voc, ImageFormat::Yolo})
        if (name.trimmed().compare(imageFormatName(f), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

bool ImageImporter::isImageFileName(const QString& fileName)
{
    static const QStringList kExtensions{QStringLiteral("png"),  QStringLiteral("jpg"),
                                         QStringLiteral("jpeg"), QStringLiteral("bmp"),
                                         QStringLiteral("gif"),  QStringLiteral("webp")};
    return hasExtension(fileName, kExtensions);
}

ImportReport ImageImporter::run(Project& project, ImageFormat format, const QString& path,
                                const ImportOptions& options, const ImportProgress& progress,
                                const std::atomic_bool* cancel)
{
    ImportReport report;
    const QFileInfo info(path);
    if (!info.exists()) {
        report.errors << Error{path, tr("no such file or folder")};
        return report;
    }
    if (format != ImageFormat::Coco && !info.isDir()) {
        report.errors << Error{path, tr("not a folder")};
        return report;
    }
    QElapsedTimer clock;
    clock.start();
    // Relative paths are taken from the current folder, as a shell user expects.
    const ImageListing listing = listFor(format, info.absoluteFilePath());
    qCDebug(lcImageImport) << "listed" << listing.items.size() << "images in" << clock.elapsed()
                           << "ms";
    report.skipped = listing.skipped;
    report.errors = listing.errors;

    QStringList storedPaths;
    QHash<QString, qsizetype> indexOf;
    storedPaths.reserve(listing.items.size());
    indexOf.reserve(listing.items.size());
    for (const ImageItem& item : listing.items) {
        const QString stored = project.toStoredPath(item.absolutePath);
        indexOf.insert(stored, storedPaths.size());
        storedPaths << stored;
    }
    // Box problems found while measuring item i; reported only when its image is stored.
    std::vector<QList<Error>> notes(size_t(listing.items.size()));
    const QDateTime added = QDateTime::currentDateTimeUtc();
    const auto measure = [&](qsizetype i) {
        return measureItem(listing, listing.items[i], storedPaths[i], options, added,
                           &notes[size_t(i)]);
    };
    const auto insert = [&](std::vector<SampleRecord>& records,
                            const std::vector<SampleExtras>& extras, int* duplicates) -> Status {
        const Status st = SampleMeta(project).insertSamples(records, extras, duplicates);
        if (!st)
            return Error{project.path(), tr("cannot store samples: %1").arg(st.error().reason)};
        for (size_t k = 0; k < records.size(); ++k) {
            if (records[k].id == 0)
                continue;
            report.boxes += int(extras[k].boxes.size());
            report.errors << notes[size_t(indexOf.value(records[k].path))];
        }
        return {};
    };
    ImportPipeline::run(project, storedPaths, measure, insert, options, progress, cancel, report);
    qCDebug(lcImageImport) << "imported" << report.imported << "images," << report.boxes
                           << "boxes, in" << clock.elapsed() << "ms";
    return report;
}

} // namespace tally
