#include "assist/Baseline.h"

#include <QCoreApplication>
#include <QHash>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cmath>
#include <linear.h>
#include <mutex>
#include <numeric>
#include <optional>

namespace tally::assist {

namespace {

void quiet(const char*) {}

struct Group
{
    QString name;
    int first = 0; // position of the group's first sample
    std::vector<int> members;
};

// Groups by name; a sample with group "" (or with no groups given) is its own group.
std::vector<Group> collectGroups(const QStringList& groups, int n)
{
    std::vector<Group> out;
    QHash<QString, size_t> index;
    for (int i = 0; i < n; ++i) {
        const QString name = groups.isEmpty() ? QString() : groups[i];
        if (name.isEmpty()) {
            out.push_back(Group{name, i, {i}});
            continue;
        }
        const auto it = index.constFind(name);
        if (it == index.constEnd()) {
            index.insert(name, out.size());
            out.push_back(Group{name, i, {i}});
        } else {
            out[*it].members.push_back(i);
        }
    }
    return out;
}

Status validate(const BaselineInput& in)
{
    const size_t n = in.features.size();
    if (in.classes < 1)
        return Error{
            {}, QCoreApplication::translate("tally::assist::Baseline", "there are no classes")};
    if (in.labels.size() != n || (!in.groups.isEmpty() && size_t(in.groups.size()) != n))
        return Error{{},
                     QCoreApplication::translate("tally::assist::Baseline",
                                                 "features, labels and groups differ in length")};
    if (n == 0 || in.features[0].empty())
        return Error{{},
                     QCoreApplication::translate("tally::assist::Baseline",
                                                 "there are no samples or no features")};
    if (!(in.c > 0) || !std::isfinite(in.c))
        return Error{
            {},
            QCoreApplication::translate("tally::assist::Baseline", "C must be a positive number")};
    for (size_t i = 0; i < n; ++i) {
        if (in.features[i].size() != in.features[0].size())
            return Error{{},
                         QCoreApplication::translate("tally::assist::Baseline",
                                                     "sample %1 has %2 features, not %3")
                             .arg(i)
                             .arg(in.features[i].size())
                             .arg(in.features[0].size())};
        if (!std::all_of(in.features[i].begin(), in.features[i].end(),
                         [](float v) { return std::isfinite(v); }))
            return Error{
                {},
                QCoreApplication::translate("tally::assist::Baseline",
                                            "sample %1 has a feature that is not a finite number")
                    .arg(i)};
        if (in.labels[i] < 0 || in.labels[i] >= in.classes)
            return Error{{},
                         QCoreApplication::translate("tally::assist::Baseline",
                                                     "sample %1 has class %2, outside 0..%3")
                             .arg(i)
                             .arg(in.labels[i])
                             .arg(in.classes - 1)};
    }
    return {};
}

// Mean and 1/std of each feature over the given rows (a constant feature keeps scale 1).
struct Standardiser
{
    std::vector<double> mean, invStd;

    Standardiser(const std::vector<std::vector<float>>& x, const std::vector<int>& rows)
    {
        const size_t d = x[0].size();
        mean.assign(d, 0.0);
        invStd.assign(d, 1.0);
        std::vector<double> sq(d, 0.0);
        for (int r : rows)
            for (size_t j = 0; j < d; ++j)
                mean[j] += x[size_t(r)][j];
        for (size_t j = 0; j < d; ++j)
            mean[j] /= double(rows.size());
        for (int r : rows)
            for (size_t j = 0; j < d; ++j) {
                const double v = x[size_t(r)][j] - mean[j];
                sq[j] += v * v;
            }
        for (size_t j = 0; j < d; ++j) {
            const double sd = std::sqrt(sq[j] / double(rows.size()));
            invStd[j] = sd > 1e-12 ? 1.0 / sd : 1.0;
        }
    }
};

// liblinear's sparse rows for the given samples: features 1..d, the bias node d+1
// (value 1), the terminator -1.
struct NodeRows
{
    std::vector<feature_node> nodes;
    std::vector<feature_node*> rows;

    NodeRows(const std::vector<std::vector<float>>& x, const std::vector<int>& which,
             const Standardiser& s)
    {
        const int d = int(x[0].size());
        nodes.resize(which.size() * size_t(d + 2));
        for (size_t r = 0; r < which.size(); ++r) {
            feature_node* row = nodes.data() + r * size_t(d + 2);
            const std::vector<float>& v = x[size_t(which[r])];
            for (int j = 0; j < d; ++j)
                row[j] =
                    feature_node{j + 1, (v[size_t(j)] - s.mean[size_t(j)]) * s.invStd[size_t(j)]};
            row[d] = feature_node{d + 1, 1.0};
            row[d + 1] = feature_node{-1, 0.0};
            rows.push_back(row);
        }
    }
};

struct ModelDeleter
{
    void operator()(model* m) const { free_and_destroy_model(&m); }
};

// Trains on every fold but k and writes the probability rows of fold k's samples.
Status trainFold(const BaselineInput& in, const FoldPlan& plan, int k, std::vector<float>* probs)
{
    std::vector<int> trainIdx, testIdx;
    for (size_t i = 0; i < plan.foldOf.size(); ++i)
        (plan.foldOf[i] == k ? testIdx : trainIdx).push_back(int(i));
    const Standardiser stdz(in.features, trainIdx);
    const NodeRows trainRows(in.features, trainIdx, stdz), testRows(in.features, testIdx, stdz);
    std::vector<double> y(trainIdx.size());
    for (size_t r = 0; r < trainIdx.size(); ++r)
        y[r] = in.labels[size_t(trainIdx[r])];
    const size_t m = size_t(in.classes);
    if (std::all_of(y.begin(), y.end(), [&](double v) { return v == y[0]; })) {
        for (int i : testIdx)
            (*probs)[size_t(i) * m + size_t(y[0])] = 1.0f;
        return {};
    }
    problem prob{int(trainIdx.size()), int(in.features[0].size()) + 1, y.data(),
                 const_cast<feature_node**>(trainRows.rows.data()), 1.0};
    parameter param{L2R_LR, 0.01, in.c, 0, nullptr, nullptr, 0.1, nullptr};
    if (const char* why = check_parameter(&prob, &param))
        return Error{{},
                     QCoreApplication::translate("tally::assist::Baseline",
                                                 "liblinear refused the parameters: %1")
                         .arg(why)};
    const std::unique_ptr<::model, ModelDeleter> fitted(::train(&prob, &param));
    if (!fitted)
        return Error{{},
                     QCoreApplication::translate("tally::assist::Baseline",
                                                 "liblinear could not trainIdx fold %1")
                         .arg(k + 1)};
    std::vector<double> estimates(size_t(fitted->nr_class));
    for (size_t r = 0; r < testIdx.size(); ++r) {
        predict_probability(fitted.get(), testRows.rows[r], estimates.data());
        float* row = probs->data() + size_t(testIdx[r]) * m;
        for (int j = 0; j < fitted->nr_class; ++j)
            row[fitted->label[j]] = float(estimates[size_t(j)]);
    }
    return {};
}

void summarise(const BaselineInput& in, BaselineResult* r)
{
    const size_t m = size_t(in.classes);
    r->confusion.assign(m * m, 0);
    int64_t right = 0;
    for (size_t i = 0; i < in.labels.size(); ++i) {
        const float* row = r->probs.data() + i * m;
        const int predicted = int(std::max_element(row, row + m) - row);
        right += predicted == in.labels[i];
        ++r->confusion[size_t(in.labels[i]) * m + size_t(predicted)];
    }
    r->accuracy = double(right) / double(in.labels.size());
}

// The unlabelled rows, by a model trained on every labelled row: they are a test "fold"
// (0) after the labelled ones (fold 1) of one combined input.
Status predictUnlabelled(const BaselineInput& in, BaselineResult* r)
{
    if (in.unlabelled.empty())
        return {};
    for (const std::vector<float>& row : in.unlabelled)
        if (row.size() != in.features[0].size())
            return Error{{},
                         QCoreApplication::translate("tally::assist::Baseline",
                                                     "an unlabelled row has %1 values, not %2")
                             .arg(row.size())
                             .arg(in.features[0].size())};
    BaselineInput all;
    all.features = in.features;
    all.features.insert(all.features.end(), in.unlabelled.begin(), in.unlabelled.end());
    all.labels = in.labels;
    all.labels.resize(all.features.size(), 0);
    all.classes = in.classes;
    all.c = in.c;
    FoldPlan plan{std::vector<int>(all.features.size(), 0), 2};
    std::fill(plan.foldOf.begin(), plan.foldOf.begin() + qsizetype(in.features.size()), 1);
    std::vector<float> probs(all.features.size() * size_t(in.classes), 0.0f);
    if (Status st = trainFold(all, plan, 0, &probs); !st)
        return st;
    r->unlabelledProbs.assign(probs.begin() + qsizetype(in.features.size() * size_t(in.classes)),
                              probs.end());
    return {};
}

} // namespace

Result<FoldPlan> planFolds(const QStringList& groups, int n, int folds)
{
    if (!groups.isEmpty() && groups.size() != n)
        return Error{
            {},
            QCoreApplication::translate("tally::assist::Baseline", "%1 groups given for %2 samples")
                .arg(groups.size())
                .arg(n)};
    std::vector<Group> g = collectGroups(groups, n);
    if (g.size() < 2 || folds < 2)
        return Error{
            {},
            QCoreApplication::translate("tally::assist::Baseline",
                                        "cross-validation needs at least 2 folds and 2 groups; "
                                        "there are %1 groups and %2 folds were asked for")
                .arg(g.size())
                .arg(folds)};
    std::sort(g.begin(), g.end(), [](const Group& a, const Group& b) {
        if (a.members.size() != b.members.size())
            return a.members.size() > b.members.size();
        if (a.name != b.name)
            return a.name < b.name;
        return a.first < b.first;
    });
    FoldPlan plan{std::vector<int>(size_t(n), 0), std::min(folds, int(g.size()))};
    std::vector<size_t> size(size_t(plan.folds), 0);
    for (const Group& group : g) {
        const int k = int(std::min_element(size.begin(), size.end()) - size.begin());
        size[size_t(k)] += group.members.size();
        for (int i : group.members)
            plan.foldOf[size_t(i)] = k;
    }
    return plan;
}

Result<BaselineResult> trainOutOfFold(const BaselineInput& in, const BaselineProgress& progress)
{
    if (const Status ok = validate(in); !ok)
        return ok.error();
    Result<FoldPlan> plan = planFolds(in.groups, int(in.features.size()), in.folds);
    if (!plan)
        return plan.error();
    static std::once_flag silenced;
    std::call_once(silenced, [] { set_print_string_function(&quiet); });
    BaselineResult r;
    r.folds = plan.value().folds;
    r.foldOf = plan.value().foldOf;
    r.probs.assign(in.features.size() * size_t(in.classes), 0.0f);
    const int batch = in.threads > 0 ? in.threads : QThreadPool::globalInstance()->maxThreadCount();
    std::vector<Status> status(size_t(r.folds));
    for (int start = 0; start < r.folds; start += batch) {
        if (progress && !progress(start, r.folds))
            return Error{{}, QCoreApplication::translate("tally::assist::Baseline", "cancelled")};
        std::vector<int> ks(size_t(std::min(batch, r.folds - start)));
        std::iota(ks.begin(), ks.end(), start);
        QtConcurrent::blockingMap(
            ks, [&](int k) { status[size_t(k)] = trainFold(in, plan.value(), k, &r.probs); });
    }
    for (const Status& s : status)
        if (!s)
            return s.error();
    if (Status st = predictUnlabelled(in, &r); !st)
        return st.error();
    if (progress)
        progress(r.folds, r.folds);
    summarise(in, &r);
    return r;
}

} // namespace tally::assist
