#pragma once
// Analysis windows. All are the *periodic* (DFT-even) form that
// scipy.signal.get_window(name, n) returns (fftbins=True):
//   w[k] = f(2*pi*k / n), k = 0..n-1
//   Hann     0.5 - 0.5 cos(x)
//   Hamming  0.54 - 0.46 cos(x)
//   Blackman 0.42 - 0.5 cos(x) + 0.08 cos(2x)

#include <QString>
#include <vector>

namespace tally {

enum class WindowType
{
    Hann,
    Hamming,
    Blackman
};

std::vector<float> makeWindow(WindowType type, int n);
// "hann" / "hamming" / "blackman" (case-insensitive); false if unknown.
bool parseWindowType(const QString& name, WindowType* out);
QString windowTypeName(WindowType type);

} // namespace tally
