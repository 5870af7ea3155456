#pragma once
// Per-channel condition features of one vibration snapshot (issue 14).
//
// From the raw samples x (no mean removed for rms and peak, as the bearing literature
// reports them), in one pass:
//   rms      sqrt(mean(x^2))
//   peak     max |x|
//   crest    peak / rms
//   kurtosis m4 / m2^2 (Pearson's, 3 for a Gaussian), population central moments
//   skewness m3 / m2^1.5
// An undefined ratio (rms 0, or all samples equal) is reported as 0.
//
// Then, from envelopeSpectrum() (sensor/Spectrum.h) with the given EnvelopeParams,
// the fault band energy of each fault frequency f (bpfo, bpfi, bsf, ftf): the sum of
// the envelope spectrum's power over the bins whose centre lies within
// +-max(2 % of h*f, 2 bins) of h*f for h = 1..4 (the frequency and its first three
// harmonics; each bin counted once; harmonics beyond Nyquist skipped), divided by the
// window's equivalent noise bandwidth so that it is the envelope's mean square in those
// bands, reported in dB as 10 log10(max(energy, 1e-20)), re 1 (input unit)^2. Two bins
// is the Hann main lobe's half-width, so a tone between bins is caught whole; 2 %
// allows for shaft-speed drift at the higher harmonics.
//
// Cost: one copy, one pass for the moments, one real FFT and one inverse complex FFT
// of the whole snapshot, then the envelope's Welch segments. Reentrant.

#include "sensor/Bearing.h"
#include "sensor/Spectrum.h"

#include <QStringList>
#include <array>
#include <span>

namespace tally {

struct SeriesFeatureSet
{
    static constexpr int kCount = 9;

    double rms = 0;
    double peak = 0;
    double crest = 0;
    double kurtosis = 0;
    double skewness = 0;
    double bpfo = 0; // fault band energies, dB
    double bpfi = 0;
    double bsf = 0;
    double ftf = 0;

    // "rms", "peak", "crest", "kurtosis", "skewness", "bpfo", "bpfi", "bsf", "ftf":
    // the CLI's feature names, in the order of values().
    static const QStringList& names();
    std::array<double, kCount> values() const;
};

constexpr double kFaultBandFraction = 0.02; // +-2 % of each harmonic
constexpr int kFaultBandMinBins = 2;        // but at least +-2 bins
constexpr int kFaultHarmonics = 4;          // the frequency and its first 3 harmonics

// The whole feature set of one channel sampled at rateHz. Empty input: all zeros and
// the fault bands at the -200 dB floor.
SeriesFeatureSet seriesFeatures(std::span<const float> mono, double rateHz,
                                const FaultFrequencies& faults,
                                const EnvelopeParams& envelopeParams = {});

// The fault band energy (dB) of faultHz in an envelope spectrum, as defined above.
double faultBandDb(const Spectrum& envelope, double faultHz);

} // namespace tally
