#pragma once
// The annotation files of a box export (formats/BoxExporter.h), made from the images as
// they were written: COCO per-split JSON, Pascal VOC XML and image sets, YOLO label
// files and data.yaml, Edge Impulse info.labels. BoxExporter plans and copies the
// images; these functions only turn what was written into bytes.
//
// Thread-safety: pure functions (no file system, no project); call from any thread.

#include "formats/ExportSet.h"
#include "store/Records.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace tally {

// One image as written.
struct BoxExportImage
{
    ExportItem item;        // exportPath: the image as written, relative to OUT;
                            // width / height known (> 0) for COCO, VOC and YOLO
    QString split;          // the format's split folder: "train" / "val" / "test"
                            // (Edge Impulse: "training" / "testing")
    QList<BoxRecord> boxes; // clipped to the image, each with a class
    int depth = 3;          // colour channels (VOC <depth>)
};

// A file to write, relative to OUT.
struct BoxExportFile
{
    QString relativePath;
    QByteArray bytes;
};

namespace boxfiles {

// "train", "val", "test": the order split files and data.yaml list them in.
const QStringList& splitOrder();

// Every class name used by a box of images, sorted (COCO ids from 1, YOLO from 0).
QStringList categories(const std::vector<BoxExportImage>& images);

// OUT/<split>.json for every split with an image; file_name relative to OUT.
std::vector<BoxExportFile> coco(const std::vector<BoxExportImage>& images);
// OUT/Annotations/<base>.xml per image, OUT/ImageSets/Main/<split>.txt per split.
std::vector<BoxExportFile> voc(const std::vector<BoxExportImage>& images);
// OUT/labels/<split>/<base>.txt per image with boxes, OUT/data.yaml (path = finalFolder).
std::vector<BoxExportFile> yolo(const std::vector<BoxExportImage>& images,
                                const QString& finalFolder);
// OUT/info.labels.
std::vector<BoxExportFile> edgeImpulse(const std::vector<BoxExportImage>& images);

// A YAML scalar: plain when it is safe to leave so, else double-quoted with escapes
// (names such as "yes", "null", "1" or "a: b" would otherwise read back as something else).
QString yamlScalar(const QString& text);

} // namespace boxfiles

} // namespace tally
