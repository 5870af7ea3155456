#include "formats/DerivedClip.h"

#include "audio/AudioWriter.h"
#include "formats/SampleMeasure.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tally {
namespace {

// The record of the file at absolutePath, read back once: hash and decode the same
// bytes. Class, group key, licence and source come from the original.
Result<SampleRecord> recordOfWritten(const Project& project, const SampleRecord& original,
                                     const QString& absolutePath)
{
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{absolutePath, DerivedClip::tr("cannot read back: %1").arg(file.errorString())};
    Result<SampleRecord> measured = measureAudioBytes(file.readAll(), absolutePath);
    if (!measured)
        return measured.error();
    SampleRecord r = std::move(measured).value();
    r.path = project.toStoredPath(absolutePath);
    r.kind = original.kind;
    r.className = original.className;
    r.groupKey = original.groupKey;
    r.licence = original.licence;
    r.source = original.source;
    r.added = QDateTime::currentDateTimeUtc();
    return r;
}

// Inserts r; a path the project already holds is an error, not a silent skip.
Status insertOne(Project& project, SampleRecord& r, const QString& absolutePath)
{
    std::vector<SampleRecord> records{r};
    int duplicates = 0;
    const Status st = project.insertSamples(records, &duplicates);
    if (!st)
        return Error{absolutePath,
                     DerivedClip::tr("cannot store the sample: %1").arg(st.error().reason)};
    if (duplicates > 0)
        return Error{absolutePath, DerivedClip::tr("already a sample of the project")};
    r.id = records.front().id;
    return {};
}

} // namespace

QString DerivedClip::targetPath(const Project& project, const SampleRecord& original,
                                const QString& outDir)
{
    const QFileInfo source(project.toAbsolutePath(original.path));
    const QDir dir(outDir.isEmpty() ? source.absolutePath() : QFileInfo(outDir).absoluteFilePath());
    return QDir::cleanPath(
        dir.absoluteFilePath(source.completeBaseName() + suffix() + QStringLiteral(".wav")));
}

Result<SampleRecord> DerivedClip::write(Project& project, const SampleRecord& original,
                                        const Signal& decoded, FrameRange range,
                                        const QString& outDir)
{
    const QString path = targetPath(project, original, outDir);
    // Checked before writing: AudioWriter replaces files atomically, it never refuses.
    if (QFileInfo::exists(path))
        return Error{path, tr("already exists; not overwritten")};
    Result<Signal> clip = extractFrames(decoded, range);
    if (!clip)
        return Error{path, clip.error().reason};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{path, tr("cannot create its folder")};
    const Status written = AudioWriter::writeWav(path, clip.value(), WavSubtype::Pcm16);
    if (!written)
        return written.error();
    Result<SampleRecord> record = recordOfWritten(project, original, path);
    Status stored = record ? insertOne(project, record.value(), path) : Status(record.error());
    if (!stored) {
        QFile::remove(path); // it did not exist before; leave nothing unrecorded behind
        return stored.error();
    }
    return record;
}

} // namespace tally
