#include "assist/DataMap.h"

#include <Eigen/Dense>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cmath>

// hnswlib 0.6.2's SSE path prefetches one entry past a full link list (nmslib/hnswlib
// issues 107 and 578): a harmless read that AddressSanitizer reports. Sanitizer builds
// (TALLY_SANITIZE) use its plain loops instead, as hnswlib's own sanitizer tests do.
#if defined(__SANITIZE_ADDRESS__)
#define TALLY_HNSW_PLAIN
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TALLY_HNSW_PLAIN
#endif
#endif
#if defined(TALLY_HNSW_PLAIN) && !defined(NO_MANUAL_VECTORIZATION)
#define NO_MANUAL_VECTORIZATION
#endif
#include <hnswlib/hnswlib.h>

namespace tally::assist {

namespace {

using RowMajorF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using RowsF = Eigen::Map<const RowMajorF>;

constexpr Eigen::Index kBlockRows = 4096; // rows cast to double at a time
constexpr int kChunk = 512;               // points per parallel task

// Column means in double; false when a value is not finite.
bool columnMeans(const RowsF& x, Eigen::VectorXd& mean)
{
    mean = Eigen::VectorXd::Zero(x.cols());
    for (Eigen::Index r = 0; r < x.rows(); r += kBlockRows) {
        const Eigen::Index rows = std::min(kBlockRows, x.rows() - r);
        const Eigen::MatrixXd b = x.middleRows(r, rows).cast<double>();
        if (!b.allFinite())
            return false;
        mean += b.colwise().sum().transpose();
    }
    mean /= double(x.rows());
    return true;
}

// The covariance of the centred rows (divided by n - 1), block by block in double.
Eigen::MatrixXd covariance(const RowsF& x, const Eigen::VectorXd& mean)
{
    Eigen::MatrixXd cov = Eigen::MatrixXd::Zero(x.cols(), x.cols());
    for (Eigen::Index r = 0; r < x.rows(); r += kBlockRows) {
        const Eigen::Index rows = std::min(kBlockRows, x.rows() - r);
        const Eigen::MatrixXd b = x.middleRows(r, rows).cast<double>().rowwise() - mean.transpose();
        cov.selfadjointView<Eigen::Lower>().rankUpdate(b.transpose());
    }
    cov = cov.selfadjointView<Eigen::Lower>();
    return cov / double(x.rows() - 1);
}

// The two leading eigenvectors as columns, sign-fixed; a column is zero when its
// eigenvalue is negligible against the largest (no variance along it).
Eigen::MatrixXd leadingComponents(const Eigen::MatrixXd& cov)
{
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(cov);
    const Eigen::Index d = cov.rows();
    Eigen::MatrixXd w = Eigen::MatrixXd::Zero(d, 2);
    if (eig.info() != Eigen::Success)
        return w;
    const double largest = eig.eigenvalues()(d - 1);
    for (int c = 0; c < 2 && c < d; ++c) {
        const double value = eig.eigenvalues()(d - 1 - c);
        if (!(largest > 0.0) || value <= largest * 1e-12)
            continue;
        Eigen::VectorXd v = eig.eigenvectors().col(d - 1 - c);
        Eigen::Index top = 0;
        for (Eigen::Index k = 1; k < d; ++k)
            if (std::abs(v(k)) > std::abs(v(top)) * (1.0 + 1e-9))
                top = k;
        if (v(top) < 0.0)
            v = -v;
        w.col(c) = v;
    }
    return w;
}

} // namespace

std::vector<float> pca2(const std::vector<float>& x, int n, int dims)
{
    std::vector<float> out(size_t(std::max(n, 0)) * 2, 0.0f);
    if (n < 2 || dims < 1 || x.size() != size_t(n) * size_t(dims))
        return out;
    const RowsF rows(x.data(), n, dims);
    Eigen::VectorXd mean;
    if (!columnMeans(rows, mean))
        return out;
    const Eigen::MatrixXd w = leadingComponents(covariance(rows, mean));
    for (Eigen::Index r = 0; r < n; r += kBlockRows) {
        const Eigen::Index count = std::min(kBlockRows, Eigen::Index(n) - r);
        const Eigen::MatrixXd p =
            (rows.middleRows(r, count).cast<double>().rowwise() - mean.transpose()) * w;
        for (Eigen::Index i = 0; i < count; ++i) {
            out[size_t(r + i) * 2] = float(p(i, 0));
            out[size_t(r + i) * 2 + 1] = float(p(i, 1));
        }
    }
    return out;
}

namespace {

// [begin, end) ranges of kChunk points covering [first, n), for QtConcurrent.
std::vector<std::pair<int, int>> chunks(int first, int n)
{
    std::vector<std::pair<int, int>> c;
    for (int b = first; b < n; b += kChunk)
        c.emplace_back(b, std::min(b + kChunk, n));
    return c;
}

} // namespace

NeighbourIndex::NeighbourIndex(const std::vector<float>& x, int n, int dims, int efConstruction)
{
    if (n < 1 || dims < 1 || x.size() != size_t(n) * size_t(dims))
        return;
    m_n = n;
    m_dims = dims;
    m_x = x;
    build(std::max(efConstruction, 1));
}

NeighbourIndex::~NeighbourIndex() = default;

// The first point alone (it becomes the entry point), then the rest in parallel:
// hnswlib's addPoint locks what it changes, as its own Python bindings rely on.
void NeighbourIndex::build(int efConstruction)
{
    m_space = std::make_unique<hnswlib::L2Space>(size_t(m_dims));
    m_index = std::make_unique<hnswlib::HierarchicalNSW<float>>(m_space.get(), size_t(m_n), kM,
                                                                size_t(efConstruction));
    m_index->setEf(kEfSearch);
    m_internal.assign(size_t(m_n), 0);
    m_internal[0] = m_index->addPoint(m_x.data(), hnswlib::labeltype(0), -1);
    auto parts = chunks(1, m_n);
    QtConcurrent::blockingMap(parts, [this](const std::pair<int, int>& c) {
        for (int i = c.first; i < c.second; ++i)
            m_internal[size_t(i)] = m_index->addPoint(m_x.data() + size_t(i) * size_t(m_dims),
                                                      hnswlib::labeltype(i), -1);
    });
}

// The query is an indexed point, so the search starts at that point in the bottom layer
// instead of descending from the entry point: a descent can end in the wrong one of
// well-separated clusters (one 100k build gave a point a mean neighbour distance of 35.7
// against 12 for the rest). hnswlib's searchBaseLayerST is public for this.
std::vector<std::pair<int, float>> NeighbourIndex::nearest(int i, int k) const
{
    k = std::min(k, m_n - 1);
    if (!m_index || i < 0 || i >= m_n || k < 1)
        return {};
    const float* query = m_x.data() + size_t(i) * size_t(m_dims);
    const size_t ef = std::max(size_t(kEfSearch), size_t(k) + 1);
    auto found = m_index->searchBaseLayerST<false>(m_internal[size_t(i)], query, ef);
    while (found.size() > size_t(k) + 1)
        found.pop();
    std::vector<std::pair<int, float>> out;
    out.reserve(found.size());
    bool selfSeen = false;
    for (; !found.empty(); found.pop()) {
        const int j = int(m_index->getExternalLabel(found.top().second));
        if (j == i && !selfSeen)
            selfSeen = true;
        else
            out.emplace_back(j, std::sqrt(std::max(found.top().first, 0.0f)));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second < b.second : a.first < b.first;
    });
    if (out.size() > size_t(k))
        out.resize(size_t(k)); // self was not among the results (duplicates): the farthest goes
    return out;
}

std::vector<float> NeighbourIndex::outlierScores(int k) const
{
    std::vector<float> scores(size_t(m_n), 0.0f);
    auto parts = chunks(0, m_n);
    QtConcurrent::blockingMap(parts, [&](const std::pair<int, int>& c) {
        for (int i = c.first; i < c.second; ++i) {
            const auto near = nearest(i, k);
            double sum = 0.0;
            for (const auto& [j, d] : near)
                sum += d;
            scores[size_t(i)] = near.empty() ? 0.0f : float(sum / double(near.size()));
        }
    });
    return scores;
}

} // namespace tally::assist
