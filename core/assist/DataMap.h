#pragma once
// The data map (issue 15): a 2-D projection of the samples' embeddings for the scatter
// view, and a nearest-neighbour index over the embeddings for "show me similar samples"
// and outlier scores. Pure: no store, no files, no widgets.
//
// Embeddings are n rows of `dims` floats, row-major (x[i * dims + d]); row i is point i.
// Bad shapes never crash: they give zeros or empty answers as stated below.

#include <memory>
#include <utility>
#include <vector>

namespace hnswlib {
class L2Space;
template <typename dist_t> class HierarchicalNSW;
} // namespace hnswlib

namespace tally::assist {

// The projection of the centred data on its first two principal components, n x 2
// row-major (x, y). Computed from the dims x dims covariance (in double) with Eigen's
// SelfAdjointEigenSolver, so it is linear in n. Each component's sign is fixed: its
// loading of largest magnitude is positive (ties to the lower dimension). A component
// without variance projects to 0. Zeros (n x 2, or empty for n < 0) when n < 2,
// dims < 1, x.size() != n * dims, or a value is not finite.
std::vector<float> pca2(const std::vector<float>& x, int n, int dims);

// Approximate nearest neighbours by Euclidean distance: hnswlib's HNSW graph (L2 space,
// M 16, ef_construction 200 unless given, search ef max(64, k + 1)), built on all cores.
// A smaller efConstruction builds faster with a lower recall (bench_data_map_view prints
// both). Keeps a copy of the points. An invalid shape (n < 1, dims < 1,
// x.size() != n * dims) makes an empty index: size() 0, nearest() empty. The const
// functions may be called from several threads at once.
class NeighbourIndex
{
public:
    static constexpr int kM = 16;
    static constexpr int kEfConstruction = 200;
    static constexpr int kEfSearch = 64;

    NeighbourIndex(const std::vector<float>& x, int n, int dims,
                   int efConstruction = kEfConstruction);
    ~NeighbourIndex();
    NeighbourIndex(const NeighbourIndex&) = delete;
    NeighbourIndex& operator=(const NeighbourIndex&) = delete;

    int size() const { return m_n; }
    int dims() const { return m_dims; }

    // The k nearest points other than i (k clamped to size() - 1), nearest first (ties
    // to the lower index), with their Euclidean (not squared) distance. The search
    // starts at point i itself. Empty when i is out of range or k < 1.
    std::vector<std::pair<int, float>> nearest(int i, int k) const;
    // Per point, the mean distance to its k nearest others (0 when there are none);
    // larger is more isolated. Runs on all cores.
    std::vector<float> outlierScores(int k) const;

private:
    void build(int efConstruction);

    int m_n = 0;
    int m_dims = 0;
    std::vector<float> m_x;
    std::vector<unsigned int> m_internal; // per point, hnswlib's internal id (tableint)
    std::unique_ptr<hnswlib::L2Space> m_space;
    std::unique_ptr<hnswlib::HierarchicalNSW<float>> m_index;
};

} // namespace tally::assist
