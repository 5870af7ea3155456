#include "assist/ConfidentLearning.h"

#include <algorithm>

namespace tally::assist {

namespace {

std::vector<std::optional<double>> classThresholds(const std::vector<int>& given,
                                                   const std::vector<float>& probs, int m)
{
    std::vector<double> sum(size_t(m), 0.0);
    std::vector<int64_t> count(size_t(m), 0);
    for (size_t i = 0; i < given.size(); ++i) {
        const int g = given[i];
        if (g < 0 || g >= m)
            continue;
        sum[size_t(g)] += probs[i * size_t(m) + size_t(g)];
        ++count[size_t(g)];
    }
    std::vector<std::optional<double>> t(static_cast<size_t>(m));
    for (int j = 0; j < m; ++j)
        if (count[size_t(j)] > 0)
            t[size_t(j)] = sum[size_t(j)] / double(count[size_t(j)]);
    return t;
}

// The confident label: argmax of P[i][j] over the candidates (P[i][j] >= t_j), ties to
// the lower index; -1 when no class is a candidate.
int confidentLabel(const float* row, const std::vector<std::optional<double>>& t, int m)
{
    int best = -1;
    for (int j = 0; j < m; ++j) {
        if (!t[size_t(j)] || double(row[j]) < *t[size_t(j)])
            continue;
        if (best < 0 || row[j] > row[best])
            best = j;
    }
    return best;
}

} // namespace

ConfidentJoint confidentLearning(const std::vector<int>& given, const std::vector<float>& probs,
                                 int classes)
{
    ConfidentJoint cj;
    cj.classes = classes;
    cj.joint.assign(size_t(classes) * size_t(classes), 0);
    if (classes <= 0 || probs.size() < given.size() * size_t(classes))
        return cj;
    cj.thresholds = classThresholds(given, probs, classes);
    for (size_t i = 0; i < given.size(); ++i) {
        const int g = given[i];
        if (g < 0 || g >= classes)
            continue;
        const float* row = probs.data() + i * size_t(classes);
        const int c = confidentLabel(row, cj.thresholds, classes);
        if (c < 0)
            continue;
        ++cj.counted;
        ++cj.joint[size_t(g) * size_t(classes) + size_t(c)];
        if (c != g)
            cj.issues.push_back({int64_t(i), g, c, row[g]});
    }
    std::stable_sort(cj.issues.begin(), cj.issues.end(),
                     [](const LabelIssue& a, const LabelIssue& b) {
                         return a.selfConfidence < b.selfConfidence;
                     });
    return cj;
}

} // namespace tally::assist
