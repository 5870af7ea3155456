#pragma once
// Writes the project's images and their boxes per split (see shared/FORMATS.md):
//
//   Coco         OUT/<split>.json per split (images / annotations / categories; bbox
//                [x, y, w, h] in pixels, area = w * h, iscrowd 0) and OUT/images/<split>/
//   Voc          OUT/Annotations/<name>.xml (size, object/name/bndbox, 1-based integer
//                VOCdevkit coordinates: xmin = round(x) + 1, xmax = round(x + w)),
//                OUT/JPEGImages/<name>, OUT/ImageSets/Main/<split>.txt
//   Yolo         OUT/images/<split>/, OUT/labels/<split>/<base>.txt (class x_c y_c w h,
//                normalised, 6 decimals), OUT/data.yaml (path, train/val/test, nc, names:)
//   EdgeImpulse  OUT/<split>/<name> and OUT/info.labels with boundingBoxes (integer pixels)
//   Vww          folder-per-class classification: OUT/<split>/person/ and
//                OUT/<split>/not_person/ by the Visual Wake Words rule
//                (review/VisualWakeWords.h)
//   ImageClasses folder-per-class by each image's effective class: OUT/<split>/<class>/
//
// Splits are the stored ones ("training" -> train, "validation" -> val, "testing" ->
// test in COCO / YOLO / VOC names; Edge Impulse uses training / testing, validation
// going to testing); an image without a split goes to train. Image files are copied
// byte for byte (names made unique when two images share a base name). Only image
// samples are written. Which boxes: BoxExportOptions::annotator when set; otherwise,
// per image, the boxes of the annotator with most boxes on it, "imported" losing ties
// to a person, then the lower annotator id. Categories are every class used by a
// written box, in class-name order (COCO ids from 1; YOLO ids from 0).
//
// Written through ExportFolder (a staging folder renamed into place), so a failed or
// cancelled export leaves no half-written OUT; recorded as an export version.
// Per-file problems (an image missing on disk) are reported and the rest goes on.

#include "formats/ExportSet.h"

#include <QString>
#include <atomic>
#include <optional>

namespace tally {

class Project;

enum class BoxExportFormat { Coco, Voc, Yolo, EdgeImpulse, Vww, ImageClasses };

// "coco" / "voc" / "yolo" / "edge-impulse-boxes" / "vww" / "image-classes", and back.
QString boxExportFormatName(BoxExportFormat format);
std::optional<BoxExportFormat> parseBoxExportFormat(const QString& name);

struct BoxExportOptions
{
    BoxExportFormat format = BoxExportFormat::Coco;
    QString folder;                 // OUT
    bool overwrite = false;
    QString annotator;              // whose boxes; empty = chosen per image (see above)
    QString personClass = QStringLiteral("person"); // Vww
    double minAreaFraction = 0.005;                  // Vww
    ExportFilter filter;
    ExportInputs inputs;
};

class BoxExporter
{
public:
    static ExportReport run(Project& project, const BoxExportOptions& options,
                            const ExportProgress& progress = {}, const std::atomic_bool* cancel = nullptr);
};

} // namespace tally
