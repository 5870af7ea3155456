#include "formats/SpeechCommandsImporter.h"

#include "formats/SampleMeasure.h"
#include "store/Project.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace tally {

Q_LOGGING_CATEGORY(lcImport, "tally.import")

namespace {

// One audio file found under the root, with what its place in the tree says.
struct FileEntry
{
    QString absolutePath;
    QString storedPath;
    QString className;
    QString groupKey;
    SampleKind kind = SampleKind::Audio;
};

struct Listing
{
    QList<FileEntry> files; // audio, sorted by relative path
    int skipped = 0;        // hidden or not audio
};

// The outcome for one file, computed on a pool thread.
struct Processed
{
    enum class State
    {
        Ok,
        Failed,
        Duplicate,
        Cancelled
    } state = State::Ok;
    SampleRecord record;
    Error error;
};

bool isCancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Relative paths of every regular file below root (hidden folders not entered),
// in sorted order so that an import is reproducible.
QStringList relativeFiles(const QString& root)
{
    QStringList out;
    const QDir base(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = base.relativeFilePath(it.next());
        const QStringList parts = rel.split(QLatin1Char('/'));
        const bool inHiddenFolder =
            std::any_of(parts.cbegin(), parts.cend() - 1,
                        [](const QString& p) { return p.startsWith(QLatin1Char('.')); });
        if (!inHiddenFolder)
            out << rel;
    }
    out.sort();
    return out;
}

Listing listFiles(const Project& project, const QString& root)
{
    Listing listing;
    const QDir base(root);
    for (const QString& rel : relativeFiles(root)) {
        const int slash = rel.lastIndexOf(QLatin1Char('/'));
        const QString fileName = rel.mid(slash + 1);
        if (fileName.startsWith(QLatin1Char('.')) ||
            !SpeechCommandsImporter::isAudioFileName(fileName)) {
            ++listing.skipped;
            continue;
        }
        FileEntry e;
        e.absolutePath = base.absoluteFilePath(rel);
        e.storedPath = project.toStoredPath(e.absolutePath);
        e.groupKey = SpeechCommandsImporter::groupKeyOf(fileName);
        const QString top = slash < 0 ? QString() : rel.left(rel.indexOf(QLatin1Char('/')));
        if (top == SpeechCommandsImporter::backgroundFolder())
            e.kind = SampleKind::Background;
        else
            e.className = top;
        listing.files << e;
    }
    return listing;
}

// Reads the file once; hashes and decodes the same bytes. Thread-safe.
Processed processFile(const FileEntry& e, const ImportOptions& options, const QDateTime& added,
                      const std::atomic_bool* cancel)
{
    Processed p;
    if (isCancelled(cancel)) {
        p.state = Processed::State::Cancelled;
        return p;
    }
    QFile file(e.absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        p.state = Processed::State::Failed;
        p.error = Error{e.absolutePath, QStringLiteral("cannot open: %1").arg(file.errorString())};
        return p;
    }
    Result<SampleRecord> measured = measureAudioBytes(file.readAll(), e.absolutePath);
    if (!measured) {
        p.state = Processed::State::Failed;
        p.error = measured.error();
        return p;
    }
    p.record = std::move(measured).value();
    SampleRecord& r = p.record;
    r.path = e.storedPath;
    r.kind = e.kind;
    r.className = e.className;
    r.groupKey = e.groupKey;
    r.licence = options.licence;
    r.source = options.source;
    r.added = added;
    return p;
}

// Commits one batch's good records in one transaction; files that failed go to
// the report's errors. Returns false when the database refused the batch.
bool commitBatch(Project& project, const QList<Processed>& results, ImportReport& report)
{
    std::vector<SampleRecord> records;
    records.reserve(size_t(results.size()));
    for (const Processed& p : results) {
        if (p.state == Processed::State::Ok)
            records.push_back(p.record);
        else if (p.state == Processed::State::Failed)
            report.errors << p.error;
        else if (p.state == Processed::State::Duplicate)
            ++report.duplicates;
    }
    int duplicates = 0;
    if (!records.empty()) {
        const Status st = project.insertSamples(records, &duplicates);
        if (!st) {
            report.errors << Error{
                project.path(), QStringLiteral("cannot store samples: %1").arg(st.error().reason)};
            return false;
        }
    }
    report.imported += int(records.size()) - duplicates;
    report.duplicates += duplicates;
    return true;
}

// Paths the project already holds: those files are reported as duplicates without
// being read again.
QSet<QString> storedPaths(const Project& project)
{
    QSet<QString> paths;
    if (project.sampleCount() == 0)
        return paths;
    const std::vector<SampleRecord> all = project.samples();
    paths.reserve(qsizetype(all.size()));
    for (const SampleRecord& r : all)
        paths.insert(r.path);
    return paths;
}

} // namespace

QString SpeechCommandsImporter::groupKeyOf(const QString& fileName)
{
    const QString name = fileName.mid(fileName.lastIndexOf(QLatin1Char('/')) + 1);
    const int nohash = name.indexOf(QLatin1String("_nohash_"));
    if (nohash >= 0)
        return name.left(nohash);
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? name.left(dot) : name;
}

bool SpeechCommandsImporter::isAudioFileName(const QString& fileName)
{
    static const QStringList kExtensions{
        QStringLiteral("wav"), QStringLiteral("flac"), QStringLiteral("ogg"), QStringLiteral("oga"),
        QStringLiteral("mp3"), QStringLiteral("aiff"), QStringLiteral("aif")};
    const int dot = fileName.lastIndexOf(QLatin1Char('.'));
    return dot > 0 && kExtensions.contains(fileName.mid(dot + 1), Qt::CaseInsensitive);
}

ImportReport SpeechCommandsImporter::run(Project& project, const QString& rootDir,
                                         const ImportOptions& options,
                                         const ImportProgress& progress,
                                         const std::atomic_bool* cancel)
{
    ImportReport report;
    if (!QFileInfo(rootDir).isDir()) {
        report.errors << Error{rootDir, QStringLiteral("not a folder")};
        return report;
    }
    QElapsedTimer clock;
    clock.start();
    // Relative roots are taken from the current folder, as a shell user expects.
    const Listing listing = listFiles(project, QFileInfo(rootDir).absoluteFilePath());
    const QSet<QString> existing = storedPaths(project);
    qCDebug(lcImport) << "listed" << listing.files.size() << "audio files," << listing.skipped
                      << "skipped, in" << clock.elapsed() << "ms";
    report.skipped = listing.skipped;
    const int total = listing.skipped + int(listing.files.size());
    const int batchSize = std::max(options.batchSize, 1);
    const QDateTime added = QDateTime::currentDateTimeUtc();

    QThreadPool pool;
    pool.setMaxThreadCount(std::max(QThread::idealThreadCount(), 1));
    const auto work = [&](const FileEntry& e) {
        if (existing.contains(e.storedPath)) {
            Processed p;
            p.state = Processed::State::Duplicate;
            return p;
        }
        return processFile(e, options, added, cancel);
    };
    const auto startBatch = [&](qsizetype first) {
        return QtConcurrent::mapped(&pool, listing.files.mid(first, batchSize), work);
    };

    int done = listing.skipped;
    if (progress)
        progress(done, total);
    // Pipeline: batch k+1 decodes on the pool while batch k is committed here.
    QFuture<Processed> pending = startBatch(0);
    for (qsizetype first = 0; first < listing.files.size(); first += batchSize) {
        const QList<Processed> results = pending.results();
        if (isCancelled(cancel)) {
            report.cancelled = true;
            break;
        }
        if (first + batchSize < listing.files.size())
            pending = startBatch(first + batchSize);
        if (!commitBatch(project, results, report))
            break;
        done += int(results.size());
        if (progress)
            progress(done, total);
    }
    pending.cancel();
    pending.waitForFinished();
    qCDebug(lcImport) << "imported" << report.imported << "in" << clock.elapsed() << "ms";
    return report;
}

} // namespace tally
