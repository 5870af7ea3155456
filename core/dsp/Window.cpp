#include "dsp/Window.h"

#include <cmath>

namespace tally {

std::vector<float> makeWindow(WindowType type, int n)
{
    std::vector<float> w(size_t(qMax(n, 0)));
    // Computed in double so the float result is the correctly rounded definition.
    const double step = n > 0 ? 2.0 * M_PI / double(n) : 0.0;
    for (int k = 0; k < n; ++k) {
        const double x = step * k;
        double v = 0.0;
        switch (type) {
        case WindowType::Hann:
            v = 0.5 - 0.5 * std::cos(x);
            break;
        case WindowType::Hamming:
            v = 0.54 - 0.46 * std::cos(x);
            break;
        case WindowType::Blackman:
            v = 0.42 - 0.5 * std::cos(x) + 0.08 * std::cos(2.0 * x);
            break;
        }
        w[size_t(k)] = float(v);
    }
    return w;
}

bool parseWindowType(const QString& name, WindowType* out)
{
    const QString n = name.trimmed().toLower();
    WindowType t;
    if (n == QLatin1String("hann") || n == QLatin1String("hanning"))
        t = WindowType::Hann;
    else if (n == QLatin1String("hamming"))
        t = WindowType::Hamming;
    else if (n == QLatin1String("blackman"))
        t = WindowType::Blackman;
    else
        return false;
    if (out)
        *out = t;
    return true;
}

QString windowTypeName(WindowType type)
{
    switch (type) {
    case WindowType::Hann:
        return QStringLiteral("hann");
    case WindowType::Hamming:
        return QStringLiteral("hamming");
    case WindowType::Blackman:
        return QStringLiteral("blackman");
    }
    return QString();
}

} // namespace tally
