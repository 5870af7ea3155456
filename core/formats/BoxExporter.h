#pragma once
// Writes the project's images and their boxes per split (see shared/FORMATS.md):
//
//   Coco         OUT/<split>.json per split (images / annotations / categories; bbox
//                [x, y, w, h] in pixels, area = w * h, iscrowd 0; image ids are sample
//                ids, annotation ids box ids; file_name relative to OUT, e.g.
//                "images/train/a.png") and OUT/images/<split>/
//   Voc          OUT/Annotations/<name>.xml (size, object/name/bndbox, 1-based integer
//                VOCdevkit coordinates: xmin = round(x) + 1, xmax = round(x + w)),
//                OUT/JPEGImages/<name>, OUT/ImageSets/Main/<split>.txt
//   Yolo         OUT/images/<split>/, OUT/labels/<split>/<base>.txt (class x_c y_c w h,
//                normalised, 6 decimals; none for an image without boxes), OUT/data.yaml
//                (path, the train/val/test present, nc, names: as an id: name map)
//   EdgeImpulse  OUT/<split>/<name> and OUT/info.labels with boundingBoxes (integer pixels)
//   Vww          folder-per-class classification (split folders train / val / test):
//                OUT/<split>/person/ and
//                OUT/<split>/not_person/ by the Visual Wake Words rule
//                (review/VisualWakeWords.h)
//   ImageClasses folder-per-class by each image's effective class: OUT/<split>/<class>/
//
// Splits are the stored ones ("training" -> train, "validation" -> val, "testing" ->
// test in COCO / YOLO / VOC names; Edge Impulse uses training / testing, validation
// going to training as in the audio manifest); an image without a split goes to train. Image files
// are copied byte for byte (names made unique when two images share a base name). Only image
// samples are written. Which boxes: BoxExportOptions::annotator when set; otherwise,
// per image, the boxes of the annotator with most boxes on it, "imported" losing ties
// to a person, then the lower annotator id. Categories are every class used by a
// written box, in class-name order (COCO ids from 1; YOLO ids from 0). Boxes are clipped
// to their image; a box with no class or wholly outside its image is left out. An image
// whose size is neither stored nor readable from its header is reported and left out of
// COCO, VOC, YOLO and Vww. Image-classes leaves out images without a class (skipped);
// the other formats keep them.
//
// Written through ExportFolder (a staging folder renamed into place), so a failed or
// cancelled export leaves no half-written OUT; DATASET_CARD.md and ATTRIBUTION.md
// beside it; recorded as an export version.
// Per-file problems (an image missing on disk) are reported and the rest goes on; a file
// that cannot be written (a full disk) fails the whole export (ExportReport::failure):
// the folder stays as it was and no version is recorded.

#include "formats/ExportSet.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <optional>

namespace tally {

class Project;

enum class BoxExportFormat
{
    Coco,
    Voc,
    Yolo,
    EdgeImpulse,
    Vww,
    ImageClasses
};

// "coco" / "voc" / "yolo" / "edge-impulse-boxes" / "vww" / "image-classes", and back.
QString boxExportFormatName(BoxExportFormat format);
std::optional<BoxExportFormat> parseBoxExportFormat(const QString& name);

struct BoxExportOptions
{
    BoxExportFormat format = BoxExportFormat::Coco;
    QString folder; // OUT
    bool overwrite = false;
    QString annotator; // whose boxes; empty = chosen per image (see above)
    QString personClass = QStringLiteral("person"); // Vww
    double minAreaFraction = 0.005;                 // Vww
    ExportFilter filter;
    ExportInputs inputs;
};

class BoxExporter
{
    Q_DECLARE_TR_FUNCTIONS(tally::BoxExporter)

public:
    static ExportReport run(Project& project, const BoxExportOptions& options,
                            const ExportProgress& progress = {},
                            const std::atomic_bool* cancel = nullptr);
};

} // namespace tally
