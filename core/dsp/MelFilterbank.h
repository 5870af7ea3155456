#pragma once
// Triangular mel filterbank, the Slaney-style scale and area normalisation that
// librosa.filters.mel(sr, n_fft, n_mels, fmin=0, fmax=sr/2, htk=False, norm="slaney")
// builds. Maps an nFft/2+1 power spectrum to nMels band energies.

#include <vector>

namespace tally {

class MelFilterbank
{
public:
    MelFilterbank(int nMels, int nFft, double rateHz, double fMinHz = 0.0, double fMaxHz = -1.0);

    int bands() const { return m_nMels; }
    int bins() const { return m_nBins; }
    // Centre frequency of each band in Hz (nMels values).
    const std::vector<double>& centresHz() const { return m_centresHz; }
    // bandsOut[m] = sum_k weight(m, k) * power[k]; power has bins() values,
    // bandsOut bands() values. Thread-safe (const).
    void apply(const float* power, float* bandsOut) const;
    // The weight of linear bin `bin` in band `band` (0 outside the triangle).
    float weight(int band, int bin) const;

    static double hzToMel(double hz);
    static double melToHz(double mel);

private:
    int m_nMels = 0;
    int m_nBins = 0;
    std::vector<double> m_centresHz;
    // Sparse rows: for band m, weights over bins [m_first[m], m_first[m] + m_weights[m].size())
    std::vector<int> m_first;
    std::vector<std::vector<float>> m_weights;
};

} // namespace tally
