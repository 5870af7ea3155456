#pragma once
// The cross-validated baseline: multiclass L2-regularised logistic regression (liblinear,
// solver L2R_LR, one-vs-rest, bias term 1, eps 0.01) whose probabilities are all
// out-of-fold, the input confident learning needs (assist/ConfidentLearning.h).
//
// Folds are grouped: every sample of one group (speaker, recording, site) is in one fold,
// so a model never sees the group it predicts. planFolds() assigns them
// deterministically: groups sorted by size (largest first), then by name, then (the
// samples that are their own group, group "") by position; each goes into the fold
// that holds fewest samples so far (ties: the lower fold). With fewer groups than folds
// there are as many folds as groups; fewer than 2 groups is an error.
//
// Each fold's model is trained on the other folds, the features standardised by the
// mean and standard deviation of those training rows only (a constant feature keeps
// scale 1). A class missing from a fold's training rows gets probability 0 in that
// fold's rows, which still sum to 1 over the others (liblinear's model->label is mapped
// back to the class index); a fold trained on a single class predicts it with 1.
//
// Thread-safety: pure. Folds train in parallel on the global thread pool, each with its
// own liblinear problem and model (liblinear keeps no state between calls but its print
// function, silenced once here; L2R_LR uses no random numbers, so the result does not
// depend on the number of threads).

#include "util/Result.h"

#include <QStringList>
#include <cstdint>
#include <functional>
#include <vector>

namespace tally::assist {

struct BaselineInput
{
    std::vector<std::vector<float>> features; // n rows of equal length
    std::vector<int> labels;                  // class index 0..classes-1
    QStringList groups; // n entries, or empty; "" = the sample is its own group
    int classes = 0;
    int folds = 5;
    double c = 1.0;  // liblinear's C (inverse regularisation)
    int threads = 0; // folds trained at once; <= 0: the global pool's thread count
    // Samples without a label: predicted by one more model trained on every labelled
    // sample (so the uncertainty queue has probabilities for them).
    std::vector<std::vector<float>> unlabelled;
};

struct BaselineResult
{
    std::vector<float> probs;       // n × classes, row-major, out-of-fold
    std::vector<int> foldOf;        // n
    double accuracy = 0;            // argmax (ties: the lower class) against the labels
    std::vector<int64_t> confusion; // classes × classes [given][predicted]
    int folds = 0;
    std::vector<float> unlabelledProbs; // unlabelled.size() × classes
    int64_t at(int given, int predicted) const
    {
        return confusion[size_t(given) * size_t(classes()) + size_t(predicted)];
    }
    int classes() const { return foldOf.empty() ? 0 : int(probs.size() / foldOf.size()); }
};

struct FoldPlan
{
    std::vector<int> foldOf; // per sample
    int folds = 0;
};

// The grouped fold assignment above for n samples (groups empty or of size n).
Result<FoldPlan> planFolds(const QStringList& groups, int n, int folds);

// Called on the calling thread before each batch of folds with (folds done, folds);
// false cancels (the error "cancelled").
using BaselineProgress = std::function<bool(int done, int total)>;

Result<BaselineResult> trainOutOfFold(const BaselineInput& input,
                                      const BaselineProgress& progress = {});

} // namespace tally::assist
