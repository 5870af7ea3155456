#include "formats/CommonVoiceImporter.h"

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
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace tally {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tally::CommonVoiceImporter", text);
}

// One data row of a TSV, resolved to its clip.
struct Row
{
    QString clipPath;      // absolute
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

struct Processed
{
    enum class State { Ok, Failed, Duplicate, Cancelled } state = State::Ok;
    SampleRecord record;
    SampleExtras extras;
    Error error;
};

bool isCancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

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
        return tr("expected %1 columns, found %2").arg(header.size()).arg(cells.size());
    for (int i = 0; i < header.size(); ++i) {
        const QString& name = header[i];
        const QString& cell = cells[i];
        if (name == QLatin1String("up_votes") || name == QLatin1String("down_votes")) {
            const std::optional<int> n = voteCount(cell);
            if (!n)
                return tr("%1 “%2” is not a whole number").arg(name, cell);
            (name == QLatin1String("up_votes") ? row.up : row.down) = *n;
        } else if (name == QLatin1String("client_id")) {
            row.groupKey = cell;
        } else if (!isStoredColumn(name) && !cell.isEmpty()) {
            row.metadata.insert(name, cell);
        }
    }
    return {};
}

// The lines of a UTF-8 text file without line ends (and without a BOM).
Result<QStringList> readLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{path, tr("cannot open: %1").arg(f.errorString())};
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& l : lines)
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// Reads one TSV into listing; `seen` holds the clip paths already listed.
void readTsv(const Project& project, const QDir& root, const QString& name, QSet<QString>& seen, Listing& listing)
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
        listing.errors << Error{tsvPath, tr("no header line with a “path” column")};
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
            reason = tr("empty path");
        if (!reason.isEmpty()) {
            listing.errors << Error{tsvPath, tr("line %1: %2").arg(i + 1).arg(reason)};
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

// Reads the clip once; hashes and decodes the same bytes. Thread-safe.
Processed processRow(const Row& row, const ImportOptions& options, const QDateTime& added,
                     const std::atomic_bool* cancel)
{
    Processed p;
    if (isCancelled(cancel)) {
        p.state = Processed::State::Cancelled;
        return p;
    }
    p.state = Processed::State::Failed;
    QFile file(row.clipPath);
    if (!file.exists()) {
        p.error = Error{row.clipPath, tr("clip not found (listed in %1)")
                                          .arg(row.metadata.value(QStringLiteral("source_tsv")).toString())};
        return p;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        p.error = Error{row.clipPath, tr("cannot open: %1").arg(file.errorString())};
        return p;
    }
    Result<SampleRecord> measured = measureAudioBytes(file.readAll(), row.clipPath);
    if (!measured) {
        p.error = measured.error();
        return p;
    }
    p.state = Processed::State::Ok;
    p.record = std::move(measured).value();
    p.record.path = row.storedPath;
    p.record.kind = SampleKind::Audio;
    p.record.groupKey = row.groupKey;
    p.record.licence = options.licence;
    p.record.source = options.source;
    p.record.added = added;
    p.extras = SampleExtras{row.metadata, row.up, row.down};
    return p;
}

// Commits one batch's good records (with their metadata) in one transaction. Returns
// false when the database refused the batch.
bool commitBatch(Project& project, const QList<Processed>& results, ImportReport& report)
{
    std::vector<SampleRecord> records;
    std::vector<SampleExtras> extras;
    for (const Processed& p : results) {
        if (p.state == Processed::State::Ok) {
            records.push_back(p.record);
            extras.push_back(p.extras);
        } else if (p.state == Processed::State::Failed) {
            report.errors << p.error;
        } else if (p.state == Processed::State::Duplicate) {
            ++report.duplicates;
        }
    }
    int duplicates = 0;
    if (!records.empty()) {
        const Status st = SampleMeta(project).insertSamples(records, extras, &duplicates);
        if (!st) {
            report.errors << Error{project.path(), tr("cannot store samples: %1").arg(st.error().reason)};
            return false;
        }
    }
    report.imported += int(records.size()) - duplicates;
    report.duplicates += duplicates;
    return true;
}

QSet<QString> storedPaths(const Project& project)
{
    QSet<QString> paths;
    if (project.sampleCount() == 0)
        return paths;
    for (const SampleRecord& r : project.samples())
        paths.insert(r.path);
    return paths;
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
    return {QStringLiteral("validated.tsv"), QStringLiteral("invalidated.tsv"), QStringLiteral("other.tsv")};
}

ImportReport CommonVoiceImporter::run(Project& project, const QString& rootDir, const ImportOptions& options,
                                      const ImportProgress& progress, const std::atomic_bool* cancel)
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
    const QSet<QString> existing = storedPaths(project);
    const int total = listing.skipped + int(listing.errors.size()) + int(listing.rows.size());
    const int batchSize = std::max(options.batchSize, 1);
    const QDateTime added = QDateTime::currentDateTimeUtc();

    QThreadPool pool;
    pool.setMaxThreadCount(std::max(QThread::idealThreadCount(), 1));
    const auto work = [&](const Row& row) {
        if (existing.contains(row.storedPath)) {
            Processed p;
            p.state = Processed::State::Duplicate;
            return p;
        }
        return processRow(row, options, added, cancel);
    };
    const auto startBatch = [&](qsizetype first) {
        return QtConcurrent::mapped(&pool, listing.rows.mid(first, batchSize), work);
    };
    int done = total - int(listing.rows.size());
    if (progress)
        progress(done, total);
    // Pipeline: batch k+1 decodes on the pool while batch k is committed here.
    QFuture<Processed> pending = startBatch(0);
    for (qsizetype first = 0; first < listing.rows.size(); first += batchSize) {
        const QList<Processed> results = pending.results();
        if (isCancelled(cancel)) {
            report.cancelled = true;
            break;
        }
        if (first + batchSize < listing.rows.size())
            pending = startBatch(first + batchSize);
        if (!commitBatch(project, results, report))
            break;
        done += int(results.size());
        if (progress)
            progress(done, total);
    }
    pending.cancel();
    pending.waitForFinished();
    return report;
}

} // namespace tally
