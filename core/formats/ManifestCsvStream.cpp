// ManifestExporter: the CSV manifest written as the selection streams from the project.
#include "formats/DatasetCard.h"
#include "formats/ExportFolder.h"
#include "formats/ManifestExporter.h"
#include "store/Exports.h"
#include "store/Project.h"

#include <QSaveFile>
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

// manifest.csv written through a QSaveFile in blocks, every write checked; nothing is
// left at the path unless finish() succeeds.
class CsvStream
{
public:
    explicit CsvStream(const QString& path) : m_file(path) {}
    bool open() { return m_file.open(QIODevice::WriteOnly) || fail(); }
    // Appends text; writes a block once enough is buffered.
    bool add(QString& text) { return text.size() < kBlockChars || flush(text); }
    bool finish(QString& text) { return (flush(text) && m_file.commit()) || fail(); }
    Error error() const { return Error{m_file.fileName(), m_reason}; }

private:
    static constexpr qsizetype kBlockChars = 1 << 19;
    bool flush(QString& text)
    {
        const QByteArray bytes = text.toUtf8();
        text.clear();
        return m_file.write(bytes) == bytes.size() || fail();
    }
    bool fail()
    {
        if (m_reason.isEmpty())
            m_reason = m_file.errorString();
        m_file.cancelWriting();
        return false;
    }

    QSaveFile m_file;
    QString m_reason;
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
    QHash<QString, std::vector<qint64>> idsByClass; // the version's items
    ExportSelection counts;
    const Status scanned = forEachExportItem(
        project, o.filter, inputs,
        [&](ExportItem&& it) {
            if (!ok)
                return;
            appendCsvRow(text, it, flatten(it.metadata), keys.value(), ManifestPaths::SourcePath);
            ok = out.add(text);
            tally.add(it);
            idsByClass[it.className].push_back(it.sampleId);
        },
        &counts);
    report.skipped = counts.skipped();
    if (!scanned || !ok || !out.finish(text)) {
        report.errors << (scanned ? out.error() : scanned.error());
        return report; // the staging folder goes with `folder`: nothing is left
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
        if (Status s = folder.writeFile(name, bytes); !s)
            report.errors << s.error();
        else
            report.files << name;
    }
    if (Status s = folder.commit(); !s) {
        report.errors << s.error();
        return report;
    }
    report.written = int(tally.items);
    if (o.recordVersion) {
        const Result<qint64> v =
            Exports(project).recordExportOfStored(format, report.folder, params, idsByClass);
        v ? void(report.version = v.value()) : void(report.errors << v.error());
    }
    return report;
}

} // namespace tally
