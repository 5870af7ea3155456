#include "formats/CommonVoiceImporter.h"

#include "formats/CommonVoiceTsv.h"
#include "formats/DatasetScope.h"
#include "formats/FileListing.h"
#include "formats/ImportPipeline.h"
#include "formats/SampleMeasure.h"
#include "store/Project.h"
#include "store/SampleMeta.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace tally {

namespace {

// One data row of a TSV, resolved to its clip.
struct Row
{
    QString clipPath; // absolute
    QString storedPath;
    QString groupKey;
    QJsonObject metadata;
    int up = 0;
    int down = 0;
};

struct Listing
{
    QList<Row> rows;
    int skipped = 0;
    QList<Error> errors;
    QList<Error> warnings; // clips outside the release folder, allowed
};

// Reads one TSV into listing; `seen` holds the clip paths already listed.
void readTsv(const Project& project, const DatasetScope& scope, const QString& name,
             QSet<QString>& seen, Listing& listing)
{
    const QDir root(scope.root());
    const QString tsvPath = root.absoluteFilePath(name);
    QFile file(tsvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        listing.errors << Error{tsvPath,
                                CommonVoiceImporter::tr("cannot open: %1").arg(file.errorString())};
        return;
    }
    const QList<CommonVoiceRow> parsed =
        parseCommonVoiceTsv(file.readAll(), tsvPath, &listing.errors);
    for (const CommonVoiceRow& p : parsed) {
        if (seen.contains(p.clip)) {
            ++listing.skipped;
            continue;
        }
        seen.insert(p.clip);
        Row row;
        row.clipPath = root.absoluteFilePath(QStringLiteral("clips/") + p.clip);
        if (!scope.admit(row.clipPath,
                         CommonVoiceImporter::tr("listed on line %1 of %2").arg(p.line).arg(name),
                         &listing.errors, &listing.warnings))
            continue;
        row.storedPath = project.toStoredPath(row.clipPath);
        row.groupKey = p.groupKey;
        row.metadata = p.metadata;
        row.metadata.insert(QStringLiteral("source_tsv"), name);
        row.up = p.up;
        row.down = p.down;
        listing.rows << row;
    }
}

// Measures the clip (a long one streamed, formats/SampleMeasure.h). Thread-safe.
Result<ImportPipeline::Sample> measureRow(const Row& row, const ImportOptions& options,
                                          const QDateTime& added)
{
    if (!QFile::exists(row.clipPath))
        return Error{row.clipPath,
                     CommonVoiceImporter::tr("clip not found (listed in %1)")
                         .arg(row.metadata.value(QStringLiteral("source_tsv")).toString())};
    Result<ImportPipeline::Sample> sample = ImportPipeline::measureFile(
        row.clipPath, measureAudioFile, CommonVoiceImporter::tr("cannot open: %1"), options, added);
    if (!sample)
        return sample;
    ImportPipeline::Sample& s = sample.value();
    s.record.path = row.storedPath;
    s.record.kind = SampleKind::Audio;
    s.record.groupKey = row.groupKey;
    s.extras.metadata = row.metadata;
    s.extras.importedUp = row.up;
    s.extras.importedDown = row.down;
    return sample;
}

Listing listRows(const Project& project, const QDir& root, bool allowOutside)
{
    Listing listing;
    QSet<QString> seen;
    const DatasetScope scope(root.absolutePath(), allowOutside);
    for (const QString& name : CommonVoiceImporter::tsvNames())
        if (QFileInfo(root.absoluteFilePath(name)).isFile())
            readTsv(project, scope, name, seen, listing);
    return listing;
}

} // namespace

QStringList CommonVoiceImporter::tsvNames()
{
    return {QStringLiteral("validated.tsv"), QStringLiteral("invalidated.tsv"),
            QStringLiteral("other.tsv")};
}

ImportReport CommonVoiceImporter::run(Project& project, const QString& rootDir,
                                      const ImportOptions& options, const ImportProgress& progress,
                                      const std::atomic_bool* cancel)
{
    ImportReport report;
    const QDir root(QFileInfo(rootDir).absoluteFilePath());
    if (!QFileInfo(rootDir).isDir()) {
        report.errors << Error{rootDir, tr("not a folder")};
        return report;
    }
    const QStringList names = tsvNames();
    const bool anyTsv = std::any_of(names.cbegin(), names.cend(), [&](const QString& n) {
        return QFileInfo(root.absoluteFilePath(n)).isFile();
    });
    if (!anyTsv) {
        report.errors << Error{rootDir, tr("no validated.tsv, invalidated.tsv or other.tsv")};
        return report;
    }
    const Listing listing = listRows(project, root, options.allowOutside);
    report.skipped = listing.skipped;
    report.errors = listing.errors;
    report.warnings = listing.warnings;
    const QDateTime added = QDateTime::currentDateTimeUtc();
    QStringList storedPaths;
    storedPaths.reserve(listing.rows.size());
    for (const Row& row : listing.rows)
        storedPaths << row.storedPath;
    const auto measure = [&](qsizetype i) { return measureRow(listing.rows[i], options, added); };
    const auto insert = [&](std::vector<SampleRecord>& records,
                            const std::vector<SampleExtras>& extras, int* duplicates) -> Status {
        const Status st = SampleMeta(project).insertSamples(records, extras, duplicates);
        if (!st)
            return Error{project.path(), tr("cannot store samples: %1").arg(st.error().reason)};
        return {};
    };
    ImportPipeline::run(project, storedPaths, measure, insert, options, progress, cancel, report);
    return report;
}

} // namespace tally
