#pragma once
// Manifests of an export, written beside the audio of a Speech Commands export (paths
// relative to that folder) or standalone (paths are the project's own files, absolute):
//
// CSV (manifest.csv), RFC 4180: a header line, CRLF line ends, UTF-8; a field holding
// a comma, a double quote, CR or LF is quoted and its quotes doubled. Columns:
//   path, class, split, group, duration_sec, licence, source, status, kind,
//   then one column per metadata key found in any sample (sorted). Nested objects are
//   flattened with dots ("speaker.age"), arrays written as compact JSON. A metadata key
//   equal to a fixed column is written as "metadata.<key>".
//   Background samples are rows with kind "background" and an empty class.
//
// Edge Impulse (info.labels), shared/FORMATS.md:
//   {"version": 1, "files": [{"path", "category", "label": {"type": "label",
//    "label": CLASS}, "metadata": {...}}]}
//   Edge Impulse knows only "training" and "testing": testing -> "testing", validation,
//   training and no split -> "training"; the stored split is kept in metadata "split"
//   (so validation can be told apart). Metadata values are strings: split, group,
//   licence, source, status (when set) and the sample's metadata, flattened as above.
//   Background samples are not listed (Edge Impulse has no unlabelled category).
//
// Thread-safety: csv()/infoLabels() are pure; run() uses the project on the calling
// thread and writes through ExportFolder (staging, then moved into place).

#include "formats/ExportSet.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace tally {

class Project;

enum class ManifestPaths
{
    ExportPath, // ExportItem::exportPath, relative to the export folder
    SourcePath, // ExportItem::absolutePath, the project's file
};

enum class ManifestFormat
{
    Csv,
    EdgeImpulse,
};

struct ManifestOptions
{
    QString folder;         // output folder (created if missing)
    bool overwrite = false; // allow a non-empty folder
    ManifestFormat format = ManifestFormat::Csv;
    bool recordVersion = true;
    ExportFilter filter;
};

class ManifestExporter
{
public:
    static QString csvFileName() { return QStringLiteral("manifest.csv"); }
    static QString infoLabelsFileName() { return QStringLiteral("info.labels"); }
    static QString formatName(ManifestFormat format); // "csv" / "edge-impulse"

    static QByteArray csv(const std::vector<ExportItem>& items, ManifestPaths paths);
    static QByteArray infoLabels(const std::vector<ExportItem>& items, ManifestPaths paths);
    // The pieces of infoLabels(), for exporters that add to an entry (BoxExporter adds
    // "boundingBoxes"): one file's entry (an empty class gives the label
    // {"type": "unlabeled"}), and the document around the entries.
    static QJsonObject infoLabelsEntry(const ExportItem& item, const QString& path,
                                       const QString& category);
    static QByteArray infoLabelsDocument(const QJsonArray& files);

    // Standalone: the manifest, DATASET_CARD.md and ATTRIBUTION.md into options.folder,
    // then the version. written = rows (files for Edge Impulse). A file that cannot be
    // written fails the export (ExportReport::failure): the folder stays as it was and
    // no version is recorded.
    static ExportReport run(Project& project, const ManifestOptions& options,
                            const ExportInputs& inputs = {});

    // The CSV header line for these metadata keys (flattened, sorted) and one item's
    // line (flatMetadata = flatten(item.metadata)), each ending in CRLF: csv() is the
    // header and then every item's line; the streamed CSV export writes them as it goes.
    static QString csvHeader(const QStringList& metadataKeys);
    static void appendCsvRow(QString& text, const ExportItem& item,
                             const QMap<QString, QString>& flatMetadata,
                             const QStringList& metadataKeys, ManifestPaths paths);

    // One RFC 4180 field (quoted only when needed).
    static QString csvField(const QString& value);
    // Metadata flattened to text values (see above), keys sorted.
    static QMap<QString, QString> flatten(const QJsonObject& metadata);

private:
    // The CSV format of run(), streamed (formats/ManifestCsvStream.cpp): the selection is
    // read row by row from the project and written to manifest.csv as it is read; the
    // card, the attribution and the version are built from counts and sample ids, so
    // memory does not grow with the project.
    static ExportReport runCsvStreamed(Project& project, const ManifestOptions& options,
                                       const ExportInputs& inputs);
};

} // namespace tally
