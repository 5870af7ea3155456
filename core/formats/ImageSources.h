#pragma once
// Inside ImageImporter: what the format readers (CocoReader.cpp, VocReader.cpp,
// YoloReader.cpp, the folder listing in ImageImporter.cpp) hand to the shared import
// driver, and the pieces they share. Not for use outside core/formats/Image*.cpp and
// the readers.
//
// A reader lists the images to import (absolute paths, sorted) with what it knows
// about their boxes. Boxes whose image size is not known yet (YOLO's fractions, and
// the check that a box lies inside its image) are placed by placeBoxes() once the
// image's header has been read. Annotation files that belong to one image (VOC XML,
// YOLO txt) are read in the measuring step, on pool threads, by the listing's
// readAnnotation, which must therefore be thread-safe.
//
// Errors: every problem is an Error naming the file (the annotation file for a bad
// box, the image for a bad image) and the reason; nothing here throws.

#include "store/SampleMeta.h"
#include "util/Result.h"

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>
#include <functional>

namespace tally::imageimport {

// A box as an annotation file gives it, before its image's size is known.
struct PendingBox
{
    ImportedBox box;         // pixels; fractions of the image's size when normalised
    bool normalised = false; // YOLO: x, y, w, h are fractions of width and height
    QString where;           // "annotation 17", "object 2 (dog)", "line 3": for errors
};

// What one annotation file says about one image.
struct ImageAnnotation
{
    QString file;       // the annotation file (errors about its boxes name it)
    QSize declaredSize; // the size the file gives the image; invalid = none given
    QList<PendingBox> boxes;
    QList<Error> errors; // problems found while reading (boxes already left out)
};

struct ImageItem
{
    QString absolutePath;   // the image file
    QString className;      // import class (folder format), else empty
    QString annotationFile; // read by ImageListing::readAnnotation while measuring; empty = none
    ImageAnnotation annotation; // used when annotationFile is empty (COCO: read with the listing)
};

struct ImageListing
{
    QList<ImageItem> items; // sorted by absolutePath, no path twice
    int skipped = 0;        // hidden files, files that are neither images nor annotations
    QList<Error> errors;    // annotation files that could not be used, links refused (listFolder)
    QList<Error> warnings;  // links left out so that no file is listed twice (listFolder)
    // Reads one annotationFile; thread-safe (runs on pool threads).
    std::function<ImageAnnotation(const QString& file)> readAnnotation;
};

// The file name without its folder and its last extension ("a/b.c.png" -> "b.c").
QString baseName(const QString& path);

// Turns pending boxes into pixels on a size.width() × size.height() image. A box that
// sticks out by at most 1 pixel is clamped; one further out, or with a size not > 0
// once placed, is left out with an Error naming annotation.file, the box's `where`
// and imageName.
QList<ImportedBox> placeBoxes(const ImageAnnotation& annotation, QSize size,
                              const QString& imageName, QList<Error>* errors);

// One Pascal VOC XML file's content (path only names it in errors): what
// ImageListing::readAnnotation gives for a VOC file, from bytes already in memory (the
// fuzzer and tests). Thread-safe.
ImageAnnotation readVocXml(const QByteArray& bytes, const QString& path);

// The readers. `path` is the absolute path the user gave. The folder readers list with
// listFolder (formats/FileListing.h): followOutside enters links to folders outside root
// (ImportOptions::allowOutside); its errors and warnings go into the listing's.
ImageListing listImageFolder(const QString& root, bool followOutside = false);
ImageListing listCoco(const QString& path);
ImageListing listVoc(const QString& root, bool followOutside = false);
ImageListing listYolo(const QString& root, bool followOutside = false);

// The files listFolder finds below root, its hidden count added to listing->skipped and
// its errors and warnings to the listing's.
QStringList listedFiles(const QString& root, bool followOutside, ImageListing* listing);

} // namespace tally::imageimport
