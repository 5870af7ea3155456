#include "formats/SpeechCommandsImporter.h"

#include "formats/DatasetScope.h"
#include "formats/FileListing.h"
#include "formats/ImportPipeline.h"
#include "formats/SampleMeasure.h"
#include "store/Project.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>

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
    QList<Error> errors;    // links resolving outside root (refused), dangling links
    QList<Error> warnings;  // links resolving outside root (allowed), links to files listed
};

Listing listFiles(const Project& project, const QString& root, bool allowOutside)
{
    Listing listing;
    const QDir base(root);
    const DatasetScope scope(root, allowOutside);
    FolderFiles folder = listFolder(root, allowOutside);
    listing.skipped = folder.hidden;
    listing.errors = std::move(folder.errors);
    listing.warnings = std::move(folder.warnings);
    for (const QString& rel : std::as_const(folder.files)) {
        const int slash = rel.lastIndexOf(QLatin1Char('/'));
        const QString fileName = rel.mid(slash + 1);
        if (!SpeechCommandsImporter::isAudioFileName(fileName)) {
            ++listing.skipped;
            continue;
        }
        FileEntry e;
        e.absolutePath = base.absoluteFilePath(rel);
        if (!scope.admit(e.absolutePath, {}, &listing.errors, &listing.warnings))
            continue;
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

// Measures the file (a long one streamed, formats/SampleMeasure.h). Thread-safe.
Result<ImportPipeline::Sample> measureFile(const FileEntry& e, const ImportOptions& options,
                                           const QDateTime& added)
{
    Result<ImportPipeline::Sample> sample = ImportPipeline::measureFile(
        e.absolutePath, measureAudioFile, QStringLiteral("cannot open: %1"), options, added);
    if (!sample)
        return sample;
    SampleRecord& r = sample.value().record;
    r.path = e.storedPath;
    r.kind = e.kind;
    r.className = e.className;
    r.groupKey = e.groupKey;
    return sample;
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
    return hasExtension(fileName, kExtensions);
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
    const Listing listing =
        listFiles(project, QFileInfo(rootDir).absoluteFilePath(), options.allowOutside);
    qCDebug(lcImport) << "listed" << listing.files.size() << "audio files," << listing.skipped
                      << "skipped, in" << clock.elapsed() << "ms";
    report.skipped = listing.skipped;
    report.errors = listing.errors;
    report.warnings = listing.warnings;
    const QDateTime added = QDateTime::currentDateTimeUtc();
    QStringList storedPaths;
    storedPaths.reserve(listing.files.size());
    for (const FileEntry& e : listing.files)
        storedPaths << e.storedPath;
    const auto measure = [&](qsizetype i) { return measureFile(listing.files[i], options, added); };
    const auto insert = [&](std::vector<SampleRecord>& records, const std::vector<SampleExtras>&,
                            int* duplicates) -> Status {
        const Status st = project.insertSamples(records, duplicates);
        if (!st)
            return Error{project.path(),
                         QStringLiteral("cannot store samples: %1").arg(st.error().reason)};
        return {};
    };
    ImportPipeline::run(project, storedPaths, measure, insert, options, progress, cancel, report);
    qCDebug(lcImport) << "imported" << report.imported << "in" << clock.elapsed() << "ms";
    return report;
}

} // namespace tally
