#pragma once
// Spectra of one channel of a vibration snapshot, on KissFFT (as core/dsp).
//
// averagedSpectrum() is Welch's method:
//   segment = the largest power of two <= min(requested, n) (so a short input still
//             gets one segment), periodic Hann window (dsp/Window.h), hop segment / 2
//             (50 % overlap); samples after the last whole segment are not used.
//   power[b] = c_b * mean over segments of |rfft(x * w)[b]|^2 / (sum w)^2,
//             c_b = 2 for 0 < b < segment / 2, else 1 (one-sided), so a sine of
//             amplitude A centred on a bin reads A^2 / 2, its mean square.
//   db[b] = 10 log10(max(power[b], 1e-20)), bin b at b * rateHz / segment Hz.
//   A tone spreads over the window's main lobe; a sum of power[] over bins divided by
//   enbwBins (the window's equivalent noise bandwidth, 1.5 bins for Hann) is the mean
//   square of the signal in those bins.
//
// envelopeSpectrum() demodulates first: the whole input's real FFT is kept only in
// [lowHz, highHz] (highHz clamped to Nyquist; if nothing is left, the whole band is
// used), negative frequencies are zeroed and positive ones doubled, the inverse FFT is
// the analytic signal, its magnitude the envelope; the envelope's mean is removed and
// its averagedSpectrum() taken. An odd-length input loses its last sample (the real
// FFT needs an even size).
//
// Thread-safety: the functions are reentrant; each thread keeps its own FFT plans.

#include <span>
#include <vector>

namespace tally {

struct Spectrum
{
    double binHz = 0;          // bin spacing: rateHz / segment
    std::vector<double> power; // segment / 2 + 1 values, see above
    std::vector<double> db;    // same size
    double enbwBins = 1;       // segment * sum(w^2) / sum(w)^2

    int bins() const { return int(db.size()); }
    bool isEmpty() const { return db.empty(); }
    double hzAt(int bin) const { return bin * binHz; }
};

constexpr int kDefaultSpectrumSegment = 4096;

// Empty when fewer than 2 samples or rateHz <= 0.
Spectrum averagedSpectrum(std::span<const float> x, double rateHz,
                          int segment = kDefaultSpectrumSegment);

struct EnvelopeParams
{
    double lowHz = 1000;  // band kept before demodulation
    double highHz = 8000; // clamped to rateHz / 2
    int segment = kDefaultSpectrumSegment;
};

// The envelope |analytic(band-passed x)|, one value per input sample (odd n: n - 1),
// mean not removed. Empty when fewer than 2 samples or rateHz <= 0.
std::vector<float> envelope(std::span<const float> x, double rateHz, double lowHz, double highHz);
Spectrum envelopeSpectrum(std::span<const float> x, double rateHz,
                          const EnvelopeParams& params = {});

struct SpectrumPeak
{
    double hz = 0;
    double db = 0;
};

// The `count` strongest local maxima of s.db (a bin above its left neighbour and not
// below its right one; the first and last bins never count), strongest first. Each is
// placed by a parabola through the peak bin and its neighbours (in dB), which moves
// it by at most half a bin and gives the interpolated height.
std::vector<SpectrumPeak> peaks(const Spectrum& s, int count);

} // namespace tally
