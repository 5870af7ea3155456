#pragma once
// Imports a folder laid out like Google Speech Commands (see shared/FORMATS.md):
//
//   ROOT/<label>/<speaker>_nohash_<n>.wav   -> Audio sample, class <label>,
//                                              group key <speaker>
//   ROOT/_background_noise_/<name>.wav      -> Background sample, no class
//
// The class is the first folder below ROOT. The group key is the file's base name
// up to "_nohash_" (the whole base name without extension when it has none). Audio
// files are recognised by extension: wav, flac, ogg, oga, mp3, aiff, aif. Hidden
// files and anything else (README, LICENSE, validation_list.txt, ...) are counted
// as skipped; hidden folders are not entered. Files are handled in sorted relative
// path order, so the ids an import assigns are reproducible. Folders that are symbolic
// links are not entered; a file that is a symbolic link resolving outside ROOT is an
// error, or imported with a warning when options.allowOutside (formats/DatasetScope.h).
//
// Each file is read once: its SHA-1 (hex) is taken from the same bytes that are
// decoded, then duration, rate, channels, frames, RMS dBFS, peak and clipped
// fraction are stored with the licence and source of the options.
//
// Threading (formats/ImportPipeline.h): run() is synchronous. Reading, hashing,
// decoding and statistics run in parallel on a private thread pool (one thread per
// core); the inserts happen on the
// calling thread, the one that owns `project`, in transactions of
// options.batchSize records, while the next batch is being decoded. The GUI calls
// run() from a worker thread with a Project opened on that thread.
// cancel (optional) is polled between files; once it is set no further batch is
// committed, so the project holds whole batches only.

#include "formats/ImportReport.h"

#include <QString>
#include <atomic>

namespace tally {

class Project;

class SpeechCommandsImporter
{
public:
    static ImportReport run(Project& project, const QString& rootDir, const ImportOptions& options,
                            const ImportProgress& progress = {},
                            const std::atomic_bool* cancel = nullptr);

    // "bed/0a7c2a8d_nohash_1.wav" -> "0a7c2a8d"; "white_noise.wav" -> "white_noise".
    static QString groupKeyOf(const QString& fileName);
    static bool isAudioFileName(const QString& fileName);
    static QString backgroundFolder() { return QStringLiteral("_background_noise_"); }
};

} // namespace tally
