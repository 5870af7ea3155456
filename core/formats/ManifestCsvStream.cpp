// ManifestExporter: the CSV manifest written as the selection streams from the project.
#include "formats/DatasetCard.h"
#include "formats/ExportFolder.h"
#include "formats/ManifestExporter.h"
#include "store/ExportSnapshot.h"
#include "store/Exports.h"
#include "store/Project.h"
#include "util/CheckedFile.h"

#include <QSet>

namespace tally {

namespace {

// The flattened metadata keys of the items the export holds (a pass over the samples
// that have metadata only), sorted.
Result<QStringList> metadataKeys(Project& project, const ExportFilter& filter,
                                 const ExportInputs& inputs)
{
    QSet<QString> keys;
    ExportSelection ignored;
    const Status s = forEachExportItem(
        project, filter, inputs,
        [&](ExportItem&& it) {
            const QMap<QString, QString> flat = ManifestExporter::flatten(it.metadata);
            for (auto k = flat.keyBegin(); k != flat.keyEnd(); ++k)
                keys.insert(*k);
        },
        &ignored, true);
    if (!s)
        return s.error();
    QStringList out(keys.begin(), keys.end());
    out.sort();
    return out;
}

// manifest.csv written in blocks through a CheckedWriter (every write and the close
// checked); nothing is left at the path unless finish() succeeds.
class CsvStream
{
public:
    explicit CsvStream(const QString& path) : m_file(path) {}
    bool open() { return keep(m_file.open()); }
    // Appends text; writes a block once enough is buffered.
    bool add(QString& text) { return text.size() < kBlockChars || flush(text); }
    bool finish(QString& text) { return flush(text) && keep(m_file.close()); }
    Error error() const { return m_error; }

private:
    static constexpr qsizetype kBlockChars = 1 << 19;
    bool flush(QString& text)
    {
        const QByteArray bytes = text.toUtf8();
        text.clear();
        return keep(m_file.append(bytes));
    }
    bool keep(const Status& s)
    {
        if (!s)
            m_error = s.error();
        return bool(s);
    }

    CheckedWriter m_file;
    Error m_error;
};

} // namespace

ExportReport ManifestExporter::runCsvStreamed(Project& project, const ManifestOptions& o,
                                              const ExportInputs& inputs)
{
    ExportReport report;
    auto begun = ExportFolder::begin(o.folder, o.overwrite);
    if (!begun) {
        report.errors << begun.error();
        return report;
    }
    ExportFolder& folder = *begun.value();
    report.folder = folder.folder();
    const Result<QStringList> keys = metadataKeys(project, o.filter, inputs);
    const Result<QString> path = folder.stagedPath(csvFileName());
    if (!keys || !path) {
        report.errors << (keys ? path.error() : keys.error());
        return report;
    }
    CsvStream out(path.value());
    QString text = csvHeader(keys.value());
    bool ok = out.open();
    DatasetCardTally tally;
    ExportSnapshotWriter snapshot; // the version's items, packed as they stream
    ExportSelection counts;
    ExportSplitTally splits;
    const Status scanned = forEachExportItem(
        project, o.filter, inputs,
        [&](ExportItem&& it) {
            if (!ok)
                return;
            appendCsvRow(text, it, flatten(it.metadata), keys.value(), ManifestPaths::SourcePath);
            ok = out.add(text);
            tally.add(it);
            splits.add(it);
            snapshot.add(it.sampleId, it.contentHash, it.storedPath, it.className, it.split);
        },
        &counts);
    report.skipped = counts.skipped();
    report.skippedSamples = std::move(counts.skippedSamples);
    report.warnings = splits.warnings();
    if (!scanned) {
        report.errors << scanned.error();
        return report; // the staging folder goes with `folder`: nothing is left
    }
    if (!ok || !out.finish(text)) {
        // The staging folder goes with `folder`; the user knows the file by its final path.
        const Result<QString> shown = folder.finalPath(csvFileName());
        failExport(report, Error{shown ? shown.value() : out.error().path, out.error().reason});
        return report;
    }
    report.files << csvFileName();
    const QString format = formatName(o.format);
    const QJsonObject params{
        {QStringLiteral("paths"), QStringLiteral("project files")},
        {QStringLiteral("allowed_licences"), o.filter.allowedLicences.join(u',')},
        {QStringLiteral("status_filter"), o.filter.allowedSampleIds.has_value()}};
    const DatasetCardInfo card = DatasetCard::infoFor(project, format, params, inputs);
    const QList<QPair<QString, QByteArray>> files{
        {DatasetCard::cardFileName(), DatasetCard::markdown(tally, card).toUtf8()},
        {DatasetCard::attributionFileName(), DatasetCard::attribution(tally).toUtf8()}};
    for (const auto& [name, bytes] : files) {
        if (Status s = folder.writeFile(name, bytes); !s) {
            failExport(report, s.error()); // a side file failed: the whole export fails
            return report;
        }
        report.files << name;
    }
    report.written = int(tally.items);
    finishExport(folder, report, [&]() -> Result<qint64> {
        if (!o.recordVersion)
            return qint64(0);
        return Exports(project).recordExportSnapshot(format, report.folder, params, snapshot);
    });
    return report;
}

} // namespace tally
