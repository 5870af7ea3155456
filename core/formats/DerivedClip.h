#pragma once
// Derived clips: a stretch of a sample's audio written as a new file and stored as a
// new sample of the project, as when cutting a 1.5 s recording to its loudest 1 s.
//
// The file is <dir>/<base>_loudest.wav (base = the original's file name without its
// last extension; dir = outDir, or the original's folder when outDir is empty),
// 16-bit PCM WAV at the original's rate and channel count. An existing file is never
// overwritten. The new sample keeps the original's kind, class, group key, licence
// and source; its hash (SHA-1 hex) and statistics come from the bytes as written, so
// they match what an import of that file would store.
//
// Threading: like Project, call from the thread that opened it.

#include "audio/LoudestWindow.h"
#include "store/SampleRecord.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace tally {

class Project;

class DerivedClip
{
    Q_DECLARE_TR_FUNCTIONS(tally::DerivedClip)

public:
    static QString suffix() { return QStringLiteral("_loudest"); }

    // Absolute path the clip of `original` would get (outDir relative: to the current
    // folder). Nothing is written.
    static QString targetPath(const Project& project, const SampleRecord& original,
                              const QString& outDir = {});

    // Writes frames `range` of `decoded` (the original's audio) to targetPath() and
    // inserts the new sample. outDir is created if missing. Errors name the file and
    // the reason: the file exists, the range is outside the audio, writing failed, or
    // the path is already a sample (then the file written here is removed again).
    static Result<SampleRecord> write(Project& project, const SampleRecord& original,
                                      const Signal& decoded, FrameRange range,
                                      const QString& outDir = {});
};

} // namespace tally
