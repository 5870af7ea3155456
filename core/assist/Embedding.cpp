#include "assist/Embedding.h"

#include "audio/AudioDecoder.h"
#include "audio/LoudestWindow.h"
#include "audio/Resampler.h"
#include "dsp/MelFilterbank.h"
#include "dsp/Stft.h"
#include "formats/SpeechCommandsExporter.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentMap>
#include <cmath>
#include <numeric>
#include <opencv2/objdetect.hpp>

namespace tally::assist {

namespace {

constexpr int kFrameSamples = 400; // 25 ms at 16 kHz
constexpr int kHopSamples = 160;   // 10 ms
constexpr double kLogFloor = 1e-6;

// Per-thread STFT and filterbank: StftEngine is not shared between threads.
struct MelEngine
{
    StftEngine stft{
        StftParams{kFrameSamples, kHopSamples, WindowType::Hann, 0, double(kEmbeddingRateHz)}};
    MelFilterbank mel{kMelBands, kFrameSamples, double(kEmbeddingRateHz)};
    std::vector<float> power = std::vector<float>(kFrameSamples / 2 + 1);
    std::vector<float> bands = std::vector<float>(kMelBands);
};

// Mean and standard deviation over time of each band's ln(power + 1e-6).
std::vector<float> pooledLogMel(const std::vector<float>& mono)
{
    thread_local MelEngine e;
    const qint64 frames = stftFrameCount(qint64(mono.size()), kFrameSamples, kHopSamples);
    std::vector<double> sum(kMelBands, 0.0), sumSq(kMelBands, 0.0);
    for (qint64 f = 0; f < frames; ++f) {
        e.stft.power(mono.data() + f * kHopSamples, e.power.data());
        e.mel.apply(e.power.data(), e.bands.data());
        for (int b = 0; b < kMelBands; ++b) {
            const double v = std::log(double(e.bands[size_t(b)]) + kLogFloor);
            sum[size_t(b)] += v;
            sumSq[size_t(b)] += v * v;
        }
    }
    std::vector<float> out(kAudioEmbeddingDims, 0.0f);
    for (int b = 0; b < kMelBands && frames > 0; ++b) {
        const double mean = sum[size_t(b)] / double(frames);
        const double var = sumSq[size_t(b)] / double(frames) - mean * mean;
        out[size_t(b)] = float(mean);
        out[size_t(kMelBands + b)] = float(std::sqrt(std::max(var, 0.0)));
    }
    return out;
}

EmbeddedFile embedOne(const QString& path, EmbeddingKind kind)
{
    const Result<std::vector<float>> r =
        kind == EmbeddingKind::Audio ? audioEmbedding(path) : imageEmbedding(path);
    if (!r)
        return EmbeddedFile{{}, r.error()};
    return EmbeddedFile{r.value(), std::nullopt};
}

} // namespace

Result<std::vector<float>> audioEmbedding(const Signal& signal)
{
    if (signal.rateHz <= 0 || signal.channels <= 0 || signal.frames() == 0)
        return Error{{},
                     QCoreApplication::translate("tally::assist::Embedding",
                                                 "the clip is empty or has no sample rate")};
    const Signal mixed = signal.channels == 1 ? Signal{} : SpeechCommandsExporter::mixDown(signal);
    const Signal& mono = signal.channels == 1 ? signal : mixed; // no copy of a mono clip
    // Kept per thread, as AudioFingerprint keeps its buffers: SpeechCommandsExporter::fitClip
    // makes two fresh 64 kB signals a clip, and over 20,000 clips (bench_assist_train)
    // that took 15.1 s CPU against 10.4 s with these buffers, most of it page faults.
    thread_local Signal at16k{kEmbeddingRateHz, 1, {}};
    thread_local std::vector<float> second;
    if (const Status ok =
            Resampler::resampleInto(mono, kEmbeddingRateHz, ResampleQuality::High, &at16k.samples);
        !ok)
        return ok.error();
    const FrameRange loud = loudestWindow(at16k, kEmbeddingRateHz);
    second.assign(size_t(kEmbeddingRateHz), 0.0f);
    std::copy(at16k.samples.begin() + loud.startFrame, at16k.samples.begin() + loud.endFrame,
              second.begin() + (kEmbeddingRateHz - loud.frames()) / 2);
    return pooledLogMel(second);
}

Result<std::vector<float>> audioEmbedding(const QString& path)
{
    const Result<Signal> decoded = AudioDecoder::decode(path);
    if (!decoded)
        return decoded.error();
    Result<std::vector<float>> e = audioEmbedding(decoded.value());
    if (!e)
        return Error{path, e.error().reason};
    return e;
}

Result<std::vector<float>> imageEmbedding(const QImage& image)
{
    if (image.isNull())
        return Error{{},
                     QCoreApplication::translate("tally::assist::Embedding", "the image is empty")};
    const QImage grey =
        image.convertToFormat(QImage::Format_Grayscale8)
            .scaled(kImageSide, kImageSide, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const cv::Mat mat(grey.height(), grey.width(), CV_8UC1, const_cast<uchar*>(grey.constBits()),
                      size_t(grey.bytesPerLine()));
    const cv::HOGDescriptor hog(cv::Size(kImageSide, kImageSide), cv::Size(16, 16), cv::Size(8, 8),
                                cv::Size(8, 8), 9);
    std::vector<float> descriptor;
    hog.compute(mat, descriptor);
    if (int(descriptor.size()) != kImageEmbeddingDims)
        return Error{{},
                     QCoreApplication::translate("tally::assist::Embedding",
                                                 "the HOG descriptor has an unexpected size")};
    return descriptor;
}

Result<std::vector<float>> imageEmbedding(const QString& path)
{
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull())
        return Error{path, QCoreApplication::translate("tally::assist::Embedding",
                                                       "cannot read the image: %1")
                               .arg(reader.errorString())};
    Result<std::vector<float>> e = imageEmbedding(image);
    if (!e)
        return Error{path, e.error().reason};
    return e;
}

Result<std::vector<EmbeddedFile>> embedAll(const QStringList& paths, EmbeddingKind kind,
                                           const EmbedProgress& progress, int chunkSize)
{
    const int total = int(paths.size());
    const int chunk = std::max(chunkSize, 1);
    std::vector<EmbeddedFile> out(static_cast<size_t>(total));
    for (int start = 0; start < total; start += chunk) {
        if (progress && !progress(start, total))
            return Error{{}, QCoreApplication::translate("tally::assist::Embedding", "cancelled")};
        std::vector<int> indices(size_t(std::min(chunk, total - start)));
        std::iota(indices.begin(), indices.end(), start);
        QtConcurrent::blockingMap(indices,
                                  [&](int i) { out[size_t(i)] = embedOne(paths[i], kind); });
    }
    if (progress)
        progress(total, total); // all done: a cancel now has nothing left to stop
    return out;
}

} // namespace tally::assist
