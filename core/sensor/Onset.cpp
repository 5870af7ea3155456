#include "sensor/Onset.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace tally {

namespace {

constexpr double kMadToSigma = 1.4826;
constexpr double kFlatRelative = 1e-9;

// Median of v (reordered); v is not empty.
double median(std::vector<double> v)
{
    const size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
    const double upper = v[mid];
    if (v.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(mid));
    return 0.5 * (lower + upper);
}

} // namespace

std::optional<int> onsetIndex(const std::vector<double>& trend, int baselineCount, double k,
                              int run)
{
    const int n = int(trend.size());
    if (baselineCount < 1 || run < 1 || n <= baselineCount)
        return std::nullopt;
    std::vector<double> baseline;
    std::copy_if(trend.begin(), trend.begin() + baselineCount, std::back_inserter(baseline),
                 [](double v) { return std::isfinite(v); });
    if (baseline.empty())
        return std::nullopt;
    const double m = median(baseline);
    for (double& v : baseline)
        v = std::abs(v - m);
    double sigma = kMadToSigma * median(baseline);
    if (!(sigma > 0))
        sigma = kFlatRelative * std::max(std::abs(m), 1e-300);
    const double threshold = m + k * sigma;
    int above = 0; // consecutive values above the threshold ending at i
    for (int i = baselineCount; i < n; ++i) {
        above = trend[size_t(i)] > threshold ? above + 1 : 0;
        if (above == run)
            return i - run + 1;
    }
    return std::nullopt;
}

} // namespace tally
