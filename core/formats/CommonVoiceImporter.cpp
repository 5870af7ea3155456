#include "formats/CommonVoiceImporter.h"

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
};

// Columns that are stored elsewhere than in the metadata.
bool isStoredColumn(const QString& name)
{
    static const QStringList kStored{QStringLiteral("client_id"), QStringLiteral("path"),
                                     QStringLiteral("up_votes"), QStringLiteral("down_votes")};
    return kStored.contains(name);
}

// A vote count cell: empty = 0; otherwise a whole number >= 0, or nullopt.
std::optional<int> voteCount(const QString& cell)
{
    if (cell.trimmed().isEmpty())
        return 0;
    bool ok = false;
    const int n = cell.trimmed().toInt(&ok);
    return ok && n >= 0 ? std::optional<int>(n) : std::nullopt;
}

// Reads one data line (1-based lineNo) into a Row; an empty string on success, else the reason.
QString parseRow(const QStringList& header, const QStringList& cells, Row& row)
{
    if (cells.size() != header.size())
        return CommonVoiceImporter::tr("expected %1 columns, found %2")
            .arg(header.size())
            .arg(cells.size());
    for (int i = 0; i < header.size(); ++i) {
        const QString& name = header[i];
        const QString& cell = cells[i];
        if (name == QLatin1String("up_votes") || name == QLatin1String("down_votes")) {
            const std::optional<int> n = voteCount(cell);
            if (!n)
                return CommonVoiceImporter::tr("%1 “%2” is not a whole number").arg(name, cell);
            (name == QLatin1String("up_votes") ? row.up : row.down) = *n;
        } else if (name == QLatin1String("client_id")) {
            row.groupKey = cell;
        } else if (!isStoredColumn(name) && !cell.isEmpty()) {
            row.metadata.insert(name, cell);
        }
    }
    return {};
}

// The lines of a UTF-8 text file without line ends (and without a BOM), without the
// empty lines at its end.
Result<QStringList> readLines(const QString& path)
{
    Result<QStringList> read = readTextLines(path, CommonVoiceImporter::tr("cannot open: %1"));
    if (read) {
        QStringList& lines = read.value();
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
    }
    return read;
}

// Reads one TSV into listing; `seen` holds the clip paths already listed.
void readTsv(const Project& project, const QDir& root, const QString& name, QSet<QString>& seen,
             Listing& listing)
{
    const QString tsvPath = root.absoluteFilePath(name);
    const Result<QStringList> lines = readLines(tsvPath);
    if (!lines) {
        listing.errors << lines.error();
        return;
    }
    const QStringList header = lines.value().value(0).split(QLatin1Char('\t'));
    const int pathColumn = int(header.indexOf(QStringLiteral("path")));
    if (lines.value().isEmpty() || pathColumn < 0) {
        listing.errors << Error{tsvPath,
                                CommonVoiceImporter::tr("no header line with a “path” column")};
        return;
    }
    for (int i = 1; i < lines.value().size(); ++i) {
        const QString& line = lines.value()[i];
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        Row row;
        QString reason = parseRow(header, cells, row);
        if (reason.isEmpty() && cells[pathColumn].trimmed().isEmpty())
            reason = CommonVoiceImporter::tr("empty path");
        if (!reason.isEmpty()) {
            listing.errors << Error{tsvPath,
                                    CommonVoiceImporter::tr("line %1: %2").arg(i + 1).arg(reason)};
            continue;
        }
        const QString clip = cells[pathColumn].trimmed();
        if (seen.contains(clip)) {
            ++listing.skipped;
            continue;
        }
        seen.insert(clip);
        row.clipPath = root.absoluteFilePath(QStringLiteral("clips/") + clip);
        row.storedPath = project.toStoredPath(row.clipPath);
        row.metadata.insert(QStringLiteral("source_tsv"), name);
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

Listing listRows(const Project& project, const QDir& root)
{
    Listing listing;
    QSet<QString> seen;
    for (const QString& name : CommonVoiceImporter::tsvNames())
        if (QFileInfo(root.absoluteFilePath(name)).isFile())
            readTsv(project, root, name, seen, listing);
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
    const Listing listing = listRows(project, root);
    report.skipped = listing.skipped;
    report.errors = listing.errors;
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
