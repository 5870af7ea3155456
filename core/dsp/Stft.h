#pragma once
// Short-time Fourier transform on KissFFT's real FFT.
//
// Contract (this is also what `tally-cli spectrogram` writes):
//   frames = 1 + (len - nFft) / hop  (no padding; 0 frames if len < nFft)
//   frame f covers samples [f*hop, f*hop + nFft)
//   power[b] = |rfft(x * window)[b]|^2, b = 0..nFft/2
//   dB = 10 * log10(max(power, 1e-10))
// With melBands > 0 the power spectrum is first mapped through a MelFilterbank
// (see MelFilterbank.h) and the dB taken of the band energies.
//
// Thread-safety: a StftEngine is not shared between threads; make one per
// thread (they are cheap). computeSpectrogram() uses all cores itself.

#include "dsp/Window.h"

#include <QString>
#include <QtGlobal>
#include <atomic>
#include <memory>
#include <vector>

namespace tally {

class MelFilterbank;

struct StftParams
{
    int nFft = 512;
    int hop = 160;
    WindowType window = WindowType::Hann;
    int melBands = 0;      // 0 = linear frequency bins
    double rateHz = 16000; // only used for the mel scale
};

// Row-major (frames x bins) matrix of dB values.
struct Spectrogram
{
    qint64 frames = 0;
    int bins = 0;
    std::vector<float> db; // size frames * bins
    float at(qint64 frame, int bin) const { return db[size_t(frame * bins + bin)]; }
};

class StftEngine
{
public:
    explicit StftEngine(const StftParams& params);
    ~StftEngine();
    StftEngine(const StftEngine&) = delete;
    StftEngine& operator=(const StftEngine&) = delete;

    const StftParams& params() const { return m_params; }
    int outputBins() const; // nFft/2+1, or melBands

    // Power spectrum (nFft/2+1 values) of nFft samples starting at frame[0].
    void power(const float* frame, float* powerOut);
    // dB row (outputBins() values) of nFft samples starting at frame[0].
    void frameDb(const float* frame, float* dbOut);

private:
    StftParams m_params;
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// True if nFft is even and >= 2 (KissFFT's real FFT needs an even size; powers of
// two are fastest), hop >= 1 and melBands >= 0 (with rateHz > 0 when melBands > 0).
// On false, *reason (if given) says which parameter is wrong, in plain English.
bool isValidStftParams(const StftParams& params, QString* reason = nullptr);

// Frame count of the contract above: 1 + (n - nFft) / hop, or 0 if n < nFft.
qint64 stftFrameCount(qint64 n, int nFft, int hop);

// The whole STFT of a mono signal, following the contract above, using all cores.
// Returns an empty Spectrogram (frames == 0) if n < nFft or if cancelled; bins is
// still set to the output bin count when the parameters are valid.
Spectrogram computeSpectrogram(const float* mono, qint64 n, const StftParams& params,
                               const std::atomic_bool* cancel = nullptr);
// As above on at most `threads` threads (the caller's included): <= 0 means every
// thread of QThreadPool::globalInstance(), 1 means the calling thread only.
Spectrogram computeSpectrogram(const float* mono, qint64 n, const StftParams& params, int threads,
                               const std::atomic_bool* cancel = nullptr);

// 10*log10(max(p, 1e-10)), vectorisable; |error| < 1e-3 dB.
void powerToDb(const float* power, float* db, int n);

} // namespace tally
