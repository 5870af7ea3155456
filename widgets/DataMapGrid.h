#pragma once
// A uniform grid over 2-D points (data coordinates), about four points to a cell, so
// that "the point under the pointer" looks at a few cells instead of every point.
// Distances are measured in pixels: the caller gives the pixels per data unit of each
// axis, so the answer matches what is drawn at any zoom. Not thread-safe; immutable
// after build().

#include <vector>

namespace tally {

class DataMapGrid
{
public:
    // xy: n x 2 row-major (x, y). Points that are not finite are never found.
    void build(const std::vector<float>& xy);
    // The point nearest to (x, y) within radiusPx, measured in pixels with
    // pxPerUnitX / pxPerUnitY (both > 0); ties to the lower index. -1 when none.
    int nearest(double x, double y, double pxPerUnitX, double pxPerUnitY, double radiusPx) const;

private:
    int cellX(double x) const;
    int cellY(double y) const;

    std::vector<float> m_xy; // a copy of the points given to build()
    double m_minX = 0.0, m_minY = 0.0;
    double m_cellW = 1.0, m_cellH = 1.0;
    int m_cols = 0, m_rows = 0;
    std::vector<int> m_start; // per cell (row-major), the first entry in m_order; + sentinel
    std::vector<int> m_order; // point indices grouped by cell
};

} // namespace tally
