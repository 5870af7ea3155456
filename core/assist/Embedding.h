#pragma once
// Fixed-length feature vectors for the cross-validated baseline (assist/Baseline.h).
//
// Audio (kAudioEmbeddingDims = 80): decoded by audio/AudioDecoder, mixed to mono (the
// mean of the channels, SpeechCommandsExporter::mixDown), brought to 16 kHz by
// audio/Resampler (soxr High), cut to its loudest 1 s (audio/LoudestWindow.h; a shorter
// clip is zero-padded on both sides, centred, to 1 s), then a log-mel spectrogram:
// 25 ms Hann frames (400 samples) every 10 ms (160), 40 Slaney mel bands
// (dsp/MelFilterbank.h) of the power spectrum (dsp/Stft.h), value = ln(power + 1e-6).
// The 98 frames are pooled per band: values [0, 40) are the bands' means, [40, 80)
// their standard deviations (population, not sample).
//
// Image (kImageEmbeddingDims = 1764): read with QImageReader, converted to 8-bit grey,
// resized to 64 × 64 (smooth, aspect ratio not kept), then OpenCV's HOG descriptor with
// a 64 × 64 window, 16 × 16 blocks every 8 px, 8 × 8 cells and 9 orientation bins:
// 7 × 7 blocks × 4 cells × 9 bins = 1764 values, in OpenCV's order.
//
// Errors name the file and the reason; nothing here crashes on bad input.
// Thread-safety: pure functions; call from any thread (embedAll uses the global pool).

#include "audio/Signal.h"
#include "util/Result.h"

#include <QImage>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace tally::assist {

constexpr int kEmbeddingRateHz = 16000;
constexpr int kMelBands = 40;
constexpr int kAudioEmbeddingDims = 2 * kMelBands; // 80
constexpr int kImageSide = 64;
constexpr int kImageEmbeddingDims = 1764;

enum class EmbeddingKind
{
    Audio,
    Image
};

Result<std::vector<float>> audioEmbedding(const QString& path);
// The same from a decoded signal (errors have no path: the caller knows the file).
Result<std::vector<float>> audioEmbedding(const Signal& signal);

Result<std::vector<float>> imageEmbedding(const QString& path);
Result<std::vector<float>> imageEmbedding(const QImage& image);

// One file's embedding, or why it has none.
struct EmbeddedFile
{
    std::vector<float> values;  // empty when error is set
    std::optional<Error> error; // names the file
    bool isOk() const { return !error.has_value(); }
};

// Called on the calling thread before each chunk with (files done, files given), false
// cancelling, and once more at the end (its answer then ignored: nothing is left to stop).
using EmbedProgress = std::function<bool(int done, int total)>;

// Every path's embedding, in the order given, computed on the global thread pool in
// chunks of chunkSize files so that a cancel is honoured within one chunk. A file that
// fails keeps its error and the others go on; the only error of the whole call is
// "cancelled".
Result<std::vector<EmbeddedFile>> embedAll(const QStringList& paths, EmbeddingKind kind,
                                           const EmbedProgress& progress = {}, int chunkSize = 256);

} // namespace tally::assist
