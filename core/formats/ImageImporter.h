#pragma once
// Imports images, with or without box annotations (see shared/FORMATS.md):
//
//   Images  a folder of images; ROOT/<class>/<name>.png gets import class <class>,
//           images directly in ROOT get none. Extensions: png, jpg, jpeg, bmp, gif, webp.
//   Coco    a COCO detection JSON file, or a folder holding one (the first *.json in
//           sorted order, also looked for in annotations/); file_name is resolved
//           against the JSON's folder, then images/ beside it, then the folder given.
//   Voc     a folder of Pascal VOC XML (Annotations/*.xml beside JPEGImages/, or the
//           XML files beside their images); 1-based VOCdevkit coordinates and floats
//           are both read: x = xmin - 1, w = xmax - xmin + 1 when every coordinate
//           of the file is an integer, x = xmin, w = xmax - xmin otherwise.
//   Yolo    a folder with images (images/<split>/ or flat) and labels (labels/<split>/
//           or beside the images: same base name, .txt); class names from data.yaml
//           (`names:` as a list or an id: name map) or classes.txt.
//
// Each image is read once: SHA-1 of its bytes, width and height from the header
// (QImageReader::size(), no pixels decoded), and a truncation check (PNG: IEND chunk
// present; JPEG: ends with the EOI marker; GIF: trailer; BMP: file as long as its header
// says; WebP: as long as its RIFF header says). Samples are SampleKind::Image with the
// options' licence and source, and an empty group key (each image is its own group for
// a grouped split). Boxes are stored with the sample in the same transaction, under
// the annotator the file names (a COCO annotation's "annotator" / VOC <annotator> when
// present), else "imported"; classes are created as needed. Images are inserted in
// sorted path order.
//
// Bad input is reported in report.errors with the file and the reason, and the rest
// imports: an unreadable or truncated image (not imported); a COCO annotation with a
// box outside its image, a negative or zero size, a missing or unknown image_id or
// category_id (that box skipped, the image imported); a VOC object without a <name> (that
// box skipped); a broken JSON or XML, a COCO file with a raw control character inside a
// string (invalid JSON that Qt's parser would let through: the whole file refused), a
// VOC file without <size> (its boxes skipped; the image imported with its header size); a YOLO
// row with values outside 0–1 or an unknown class id (file:line, that row skipped).
// A box that sticks out of its image by at most 1 pixel is clamped, not refused. Box
// errors name the annotation file; the reason says which annotation ("annotation 17",
// "object 2 (dog)", "line 3") and which image. An annotation file whose size for the
// image differs from the image's header is reported; its boxes are checked against
// the header size. YOLO without data.yaml or classes.txt: reported once, the boxes get
// their class ids as class names. report.boxes counts the boxes stored.
//
// Media outside the dataset folder (the folder given, or a COCO JSON file's folder): a
// COCO file_name that is absolute or climbs out with "..", a symbolic link (to an image
// or an annotation file) resolving outside. Refused into report.errors with the file and
// the reason, or imported with a report.warnings entry when options.allowOutside
// (formats/DatasetScope.h).
//
// Threading and cancel as formats/ImportPipeline.h: synchronous, measuring in parallel.

#include "formats/ImportReport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <optional>

namespace tally {

class Project;

enum class ImageFormat
{
    Images,
    Coco,
    Voc,
    Yolo
};

// "images" / "coco" / "voc" / "yolo", and back (case-insensitive).
QString imageFormatName(ImageFormat format);
std::optional<ImageFormat> parseImageFormat(const QString& name);

class ImageImporter
{
    Q_DECLARE_TR_FUNCTIONS(tally::ImageImporter)

public:
    static ImportReport run(Project& project, ImageFormat format, const QString& path,
                            const ImportOptions& options, const ImportProgress& progress = {},
                            const std::atomic_bool* cancel = nullptr);

    static bool isImageFileName(const QString& fileName);
};

} // namespace tally
