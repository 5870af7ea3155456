#pragma once
// Confident learning (Northcutt, Jiang, Chuang 2021; cleanlab's confident_learning
// filter), exactly as shared/FORMATS.md defines it: per-class thresholds, the confident
// joint, and the label issues ranked by self-confidence. Pure: no store, no files.
//
// Inputs are n samples, each with a given class index (or -1: no given label, skipped)
// and m out-of-sample probabilities in row-major order (probs[i * m + j]). The caller
// orders the classes by Unicode code point (FORMATS.md) and orders the samples by path
// where ties must be broken by path: ties in self-confidence keep the input order.

#include <cstdint>
#include <optional>
#include <vector>

namespace tally::assist {

struct LabelIssue
{
    int64_t index = 0;           // the sample's position in the input
    int given = 0;               // ỹ
    int suggested = 0;           // ŷ, the confident label
    float selfConfidence = 0.0f; // P[i][ỹ]
};

struct ConfidentJoint
{
    int classes = 0;
    std::vector<std::optional<double>> thresholds; // per class; none: no sample given it
    std::vector<int64_t> joint;                    // classes × classes, C[given][confident]
    std::vector<LabelIssue> issues;                // lowest self-confidence first
    int64_t counted = 0;                           // samples with a non-empty candidate set
    int64_t at(int given, int confident) const
    {
        return joint[size_t(given) * classes + confident];
    }
};

// n = given.size(); probs.size() must be n * classes.
ConfidentJoint confidentLearning(const std::vector<int>& given, const std::vector<float>& probs,
                                 int classes);

} // namespace tally::assist
