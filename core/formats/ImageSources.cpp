// The pieces of the image import the readers share (ImageSources.h): placing boxes on
// an image, the plain folder listing, and which files are images. Kept apart from the
// import driver (ImageImporter.cpp) so that the readers build without the store (the
// fuzzers link them alone).
#include "formats/ImageSources.h"

#include "formats/FileListing.h"
#include "formats/ImageImporter.h"

#include <QDir>
#include <cmath>

namespace tally {

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

QStringList listedFiles(const QString& root, bool followOutside, ImageListing* listing)
{
    FolderFiles folder = listFolder(root, followOutside);
    listing->skipped += folder.hidden;
    listing->errors << folder.errors;
    listing->warnings << folder.warnings;
    return std::move(folder.files);
}

ImageListing listImageFolder(const QString& root, bool followOutside)
{
    ImageListing listing;
    const QDir base(root);
    for (const QString& rel : listedFiles(root, followOutside, &listing)) {
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

bool ImageImporter::isImageFileName(const QString& fileName)
{
    static const QStringList kExtensions{QStringLiteral("png"),  QStringLiteral("jpg"),
                                         QStringLiteral("jpeg"), QStringLiteral("bmp"),
                                         QStringLiteral("gif"),  QStringLiteral("webp")};
    return hasExtension(fileName, kExtensions);
}

} // namespace tally
