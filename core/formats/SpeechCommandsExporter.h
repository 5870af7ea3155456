#pragma once
// Exports a project in the Google Speech Commands layout (shared/FORMATS.md):
//
//   OUT/<class>/<file>.wav            every audio sample with a class, as 16-bit mono
//                                     WAV at options.rateHz, exactly
//                                     round(lengthSec * rateHz) frames
//   OUT/_background_noise_/<file>.wav background samples: resampled, mono, full length
//   OUT/validation_list.txt           "<class>/<file>.wav" per line, sorted, for the
//   OUT/testing_list.txt              samples whose stored split is validation / testing
//                                     (training, and samples without a split, are the rest)
//   OUT/manifest.csv, OUT/info.labels (options; ManifestExporter, paths relative to OUT)
//   OUT/DATASET_CARD.md, OUT/ATTRIBUTION.md (always; DatasetCard)
//   OUT/class_weights.json            always: {"<class>": weight} by
//                                     Balance::classWeights of the training files
//                                     written (augmented copies included)
//
// Each clip: decoded, mixed down to mono (mean of the channels), then fitted:
//   - longer than the target: ClipFit::LoudestWindow keeps the window of the target
//     length with the most energy (as the Speech Commands authors cut 1.5 s recordings
//     to the loudest 1 s; audio/LoudestWindow.h), ClipFit::CentreCrop the middle one.
//     The window is chosen at the source rate; it is cut out with a margin of
//     kMarginFrames on each side, resampled (options.resampler), and the margin dropped,
//     so the filter sees real context at the edges and only ~1 s is resampled.
//   - shorter: resampled whole and zero-padded on both sides (centred; the odd frame
//     goes to the end).
//
// File names keep the source's base name (extension becomes .wav), so Speech Commands
// hashing of the exported name gives the same split as of the original. Names are made
// safe by ExportPaths::safeComponent; a class name that would leave the folder ("..",
// slashes) is refused for its samples (an error naming the would-be path). Two files
// of one class with the same name (from different source folders; compared ignoring
// case) keep the name for the lower sample id; the next get a suffix that leaves the
// hash base unchanged: "spk_nohash_0.wav" -> "spk_nohash_0_2.wav", "take.wav" ->
// "take_nohash_2.wav" (3, 4, ... for more). A class named "_background_noise_" is
// refused (it would read back as background).
//
// Oversampling (options.oversampleTo > 0): Balance::planOversample over the exported
// training samples (split "training" or none; hash key: content hash, else stored
// path) brings each class up to oversampleTo. Each planned copy k (1-based) of a clip
// is written beside it as "<stem>_aug<k>.wav" ("spk_nohash_3" -> "spk_nohash_3_aug1",
// "take" -> "take_nohash_aug1"), so Speech Commands hashing of the copy gives the
// original's split; copies are never in validation_list.txt / testing_list.txt. The
// copy is the fitted clip with Balance::augmentation(hashKey, k, options.augmentation)
// applied by ClipAugmenter, mixing the export's background samples (mono, at rateHz;
// even when includeBackground is off). The manifests list the copies with metadata
// augmented_from (the original's export path), shift_ms, gain_db and, when mixed,
// snr_db and background. Versions and ATTRIBUTION.md list the original samples only;
// the dataset card counts the files written, copies included.
//
// Threading: run() is synchronous; call it from a worker thread with a Project opened
// on that thread (the GUI) or from main (the CLI). Clips are decoded, resampled and
// written on options.threads threads of a private pool; progress is called on the
// calling thread (about every 50 ms and at the end); cancel is polled before each clip.
// Files go to a staging folder beside OUT (formats/ExportFolder.h) that replaces OUT as
// a whole at the end: a cancelled export leaves OUT as it was, and records no version.
// A clip that cannot be used (undecodable, unsafe name) is reported with path and reason
// and left out of the lists; the rest goes on. A file that cannot be written (a full
// disk, a size limit) fails the whole export: the other threads stop, OUT is left as it
// was, no version is recorded, and ExportReport::failure names the file and the reason.
// Otherwise the export is recorded as a version (store/Exports.h) with every written
// sample.

#include "audio/Resampler.h"
#include "audio/Signal.h"
#include "formats/ExportSet.h"
#include "splits/Balance.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>

namespace tally {

class Project;

// How clips are resampled: always libsoxr (audio/Resampler.h), at one of its sinc
// recipes (never Quick: cubic interpolation lets aliases through). High is the default:
// flat to ~0.9 of the new Nyquist frequency, aliases more than 120 dB down, and a 1 s
// clip costs about 0.2 ms; Low and Medium are barely cheaper, VeryHigh costs ~3x.
enum class ExportResampler
{
    SoxrLow,
    SoxrMedium,
    SoxrHigh,
    SoxrVeryHigh,
};

enum class ClipFit
{
    LoudestWindow, // default: the loudest window of the target length
    CentreCrop,    // the middle window of the target length
};

struct SpeechCommandsOptions
{
    QString folder;         // the output folder (created if missing)
    bool overwrite = false; // allow a non-empty folder (see ExportFolder)
    int rateHz = 16000;     // output rate
    double lengthSec = 1.0; // clip length (background files keep theirs)
    ClipFit fit = ClipFit::LoudestWindow;
    ExportResampler resampler = ExportResampler::SoxrHigh;
    bool includeBackground = true;
    bool writeCsvManifest = true; // manifest.csv beside the audio
    bool writeInfoLabels = true;  // info.labels beside the audio
    bool recordVersion = true;
    int threads = 0; // 0: QThread::idealThreadCount()
    ExportFilter filter;
    qint64 oversampleTo = 0;         // training samples per class with copies; 0 = off
    AugmentationParams augmentation; // of the oversampled copies
};

class SpeechCommandsExporter
{
    Q_DECLARE_TR_FUNCTIONS(tally::SpeechCommandsExporter)

public:
    static constexpr qint64 kMarginFrames = 256; // source frames of context per side

    static ExportReport run(Project& project, const SpeechCommandsOptions& options,
                            const ExportInputs& inputs = {}, const ExportProgress& progress = {},
                            const std::atomic_bool* cancel = nullptr);

    // The clip pipeline after decoding (pure; exposed for tests): mono, fitted to
    // exactly targetFrames at rateHz. targetFrames <= 0: full length (background).
    static Result<Signal> fitClip(const Signal& input, int rateHz, qint64 targetFrames, ClipFit fit,
                                  ExportResampler resampler = ExportResampler::SoxrHigh);
    static Result<Signal> resample(const Signal& input, int rateHz, ExportResampler resampler);
    // Mean of the channels (a mono signal is returned as it is).
    static Signal mixDown(const Signal& input);
    // The parameters recorded with the version and written in the dataset card.
    static QJsonObject parameters(const SpeechCommandsOptions& options);
};

} // namespace tally
