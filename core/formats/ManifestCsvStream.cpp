// ManifestExporter: the CSV manifest written as the selection streams from the project.
#include "formats/DatasetCard.h"
#include "formats/ExportFolder.h"
#include "formats/ManifestExporter.h"
#include "store/ExportSnapshot.h"
#include "store/Exports.h"
#include "store/Project.h"
#include "store/SampleScan.h"
#include "util/CheckedFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace tally {

namespace {

// The flattened metadata keys of every distinct metadata text in the project, sorted: the
// keys the export's header most likely needs, found without a pass over the samples.
// The pass that writes the rows collects the keys its items really have; when those
// differ (a key only skipped samples carry), the rows are written again with them.
Result<QStringList> candidateMetadataKeys(Project& project)
{
    const Result<QStringList> texts = distinctSampleMetadata(project);
    if (!texts)
        return texts.error();
    QSet<QString> keys;
    for (const QString& text : texts.value()) {
        const QMap<QString, QString> flat =
            ManifestExporter::flatten(QJsonDocument::fromJson(text.toUtf8()).object());
        for (auto k = flat.keyBegin(); k != flat.keyEnd(); ++k)
            keys.insert(*k);
    }
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

// One pass over the export's items writing manifest.csv with the given metadata keys,
// tallying what the card, the version and the report need.
struct CsvPass
{
    DatasetCardTally tally;
    ExportSnapshotWriter snapshot; // the version's items, packed as they stream
    ExportSelection counts;
    ExportSplitTally splits;
    QSet<QString> used; // metadata keys the written items have
    bool writeFailed = false;

    QStringList usedKeys() const
    {
        QStringList out(used.begin(), used.end());
        out.sort();
        return out;
    }

    Status write(Project& project, const ManifestOptions& o, const ExportInputs& inputs,
                 const QString& path, const QStringList& keys)
    {
        CsvStream out(path);
        QString text = ManifestExporter::csvHeader(keys);
        bool ok = out.open();
        const Status scanned = forEachExportItem(
            project, o.filter, inputs,
            [&](ExportItem&& it) {
                if (!ok)
                    return;
                const QMap<QString, QString> flat = ManifestExporter::flatten(it.metadata);
                for (auto k = flat.keyBegin(); k != flat.keyEnd(); ++k)
                    used.insert(*k);
                ManifestExporter::appendCsvRow(text, it, flat, keys, ManifestPaths::SourcePath);
                ok = out.add(text);
                tally.add(it);
                splits.add(it);
                snapshot.add(it.sampleId, it.contentHash, it.storedPath, it.className, it.split);
            },
            &counts);
        if (!scanned)
            return scanned;
        if (!ok || !out.finish(text)) {
            writeFailed = true;
            return out.error();
        }
        return {};
    }
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
    const Result<QStringList> candidates = candidateMetadataKeys(project);
    const Result<QString> path = folder.stagedPath(csvFileName());
    if (!candidates || !path) {
        report.errors << (candidates ? path.error() : candidates.error());
        return report;
    }
    auto pass = std::make_unique<CsvPass>();
    Status written = pass->write(project, o, inputs, path.value(), candidates.value());
    if (written && pass->usedKeys() != candidates.value()) {
        const QStringList used = pass->usedKeys();
        pass = std::make_unique<CsvPass>();
        QFile::remove(path.value()); // the staged file of the first pass, written anew
        written = pass->write(project, o, inputs, path.value(), used);
    }
    report.skipped = pass->counts.skipped();
    report.skippedSamples = std::move(pass->counts.skippedSamples);
    report.warnings = pass->splits.warnings();
    if (!written) {
        if (!pass->writeFailed) {
            report.errors << written.error();
            return report; // the staging folder goes with `folder`: nothing is left
        }
        // The staging folder goes with `folder`; the user knows the file by its final path.
        const Result<QString> shown = folder.finalPath(csvFileName());
        failExport(report,
                   Error{shown ? shown.value() : written.error().path, written.error().reason});
        return report;
    }
    const DatasetCardTally& tally = pass->tally;
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
        return Exports(project).recordExportSnapshot(format, report.folder, params, pass->snapshot);
    });
    return report;
}

} // namespace tally
