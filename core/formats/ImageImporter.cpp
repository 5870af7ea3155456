#include "formats/ImageImporter.h"

#include "formats/DatasetScope.h"
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

using imageimport::ImageAnnotation;
using imageimport::ImageItem;
using imageimport::ImageListing;
namespace {

imageimport::ImageListing listFor(ImageFormat format, const QString& path, bool allowOutside)
{
    switch (format) {
    case ImageFormat::Images:
        return imageimport::listImageFolder(path, allowOutside);
    case ImageFormat::Coco:
        return imageimport::listCoco(path);
    case ImageFormat::Voc:
        return imageimport::listVoc(path, allowOutside);
    case ImageFormat::Yolo:
        return imageimport::listYolo(path, allowOutside);
    }
    return {};
}

// Leaves out the items whose image lies outside root (formats/DatasetScope.h): refused
// into report.errors, or kept with a warning when allowOutside. An annotation file
// outside is not read (its image still imported).
void keepInside(ImageListing& listing, const QString& root, bool allowOutside, ImportReport& report)
{
    const DatasetScope scope(root, allowOutside);
    QList<ImageItem> kept;
    kept.reserve(listing.items.size());
    for (ImageItem& item : listing.items) {
        const QString listedIn =
            item.annotation.file.isEmpty()
                ? QString()
                : ImageImporter::tr("listed in %1").arg(QFileInfo(item.annotation.file).fileName());
        if (!scope.admit(item.absolutePath, listedIn, &report.errors, &report.warnings))
            continue;
        if (!item.annotationFile.isEmpty() &&
            !scope.admit(item.annotationFile, {}, &report.errors, &report.warnings))
            item.annotationFile.clear();
        kept << std::move(item);
    }
    listing.items = std::move(kept);
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
    ImageListing listing = listFor(format, info.absoluteFilePath(), options.allowOutside);
    qCDebug(lcImageImport) << "listed" << listing.items.size() << "images in" << clock.elapsed()
                           << "ms";
    report.skipped = listing.skipped;
    report.errors = listing.errors;
    report.warnings = listing.warnings;
    keepInside(listing, info.isDir() ? info.absoluteFilePath() : info.absolutePath(),
               options.allowOutside, report);

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
