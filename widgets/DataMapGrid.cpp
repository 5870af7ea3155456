#include "DataMapGrid.h"

#include <algorithm>
#include <cmath>

namespace tally {

namespace {

constexpr double kPointsPerCell = 4.0;
constexpr int kMaxSide = 2048; // cells along an axis

bool finitePoint(const std::vector<float>& xy, size_t i)
{
    return std::isfinite(xy[2 * i]) && std::isfinite(xy[2 * i + 1]);
}

} // namespace

// Counting sort of the points by cell: m_start[c]..m_start[c + 1] index m_order.
void DataMapGrid::build(const std::vector<float>& xy)
{
    m_xy = xy;
    const size_t n = xy.size() / 2;
    double minX = INFINITY, minY = INFINITY, maxX = -INFINITY, maxY = -INFINITY;
    for (size_t i = 0; i < n; ++i)
        if (finitePoint(xy, i)) {
            minX = std::min(minX, double(xy[2 * i]));
            maxX = std::max(maxX, double(xy[2 * i]));
            minY = std::min(minY, double(xy[2 * i + 1]));
            maxY = std::max(maxY, double(xy[2 * i + 1]));
        }
    if (!(maxX >= minX)) {
        m_cols = m_rows = 0;
        m_start.clear();
        m_order.clear();
        return;
    }
    const int side = std::clamp(int(std::ceil(std::sqrt(n / kPointsPerCell))), 1, kMaxSide);
    m_cols = m_rows = side;
    m_minX = minX;
    m_minY = minY;
    m_cellW = std::max(maxX - minX, 1e-30) / side * (1.0 + 1e-9);
    m_cellH = std::max(maxY - minY, 1e-30) / side * (1.0 + 1e-9);
    m_start.assign(size_t(m_cols) * size_t(m_rows) + 1, 0);
    std::vector<int> cellOf(n, -1);
    for (size_t i = 0; i < n; ++i)
        if (finitePoint(xy, i)) {
            cellOf[i] = cellY(xy[2 * i + 1]) * m_cols + cellX(xy[2 * i]);
            ++m_start[size_t(cellOf[i]) + 1];
        }
    for (size_t c = 1; c < m_start.size(); ++c)
        m_start[c] += m_start[c - 1];
    m_order.assign(size_t(m_start.back()), 0);
    std::vector<int> fill(m_start.begin(), m_start.end() - 1);
    for (size_t i = 0; i < n; ++i)
        if (cellOf[i] >= 0)
            m_order[size_t(fill[size_t(cellOf[i])]++)] = int(i);
}

int DataMapGrid::cellX(double x) const
{
    return std::clamp(int(std::floor((x - m_minX) / m_cellW)), 0, m_cols - 1);
}

int DataMapGrid::cellY(double y) const
{
    return std::clamp(int(std::floor((y - m_minY) / m_cellH)), 0, m_rows - 1);
}

int DataMapGrid::nearest(double x, double y, double pxPerUnitX, double pxPerUnitY,
                         double radiusPx) const
{
    if (m_cols == 0 || !(pxPerUnitX > 0.0) || !(pxPerUnitY > 0.0) || !std::isfinite(x) ||
        !std::isfinite(y))
        return -1;
    const double rx = radiusPx / pxPerUnitX, ry = radiusPx / pxPerUnitY;
    const double maxX = m_minX + m_cols * m_cellW, maxY = m_minY + m_rows * m_cellH;
    if (x + rx < m_minX || x - rx > maxX || y + ry < m_minY || y - ry > maxY)
        return -1;
    const int c0 = cellX(x - rx), c1 = cellX(x + rx), r0 = cellY(y - ry), r1 = cellY(y + ry);
    int best = -1;
    double bestD2 = radiusPx * radiusPx;
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c) {
            const size_t cell = size_t(r) * size_t(m_cols) + size_t(c);
            for (int k = m_start[cell]; k < m_start[cell + 1]; ++k) {
                const int i = m_order[size_t(k)];
                const double dx = (m_xy[2 * size_t(i)] - x) * pxPerUnitX;
                const double dy = (m_xy[2 * size_t(i) + 1] - y) * pxPerUnitY;
                const double d2 = dx * dx + dy * dy;
                if (d2 < bestD2 || (d2 == bestD2 && (best < 0 || i < best))) {
                    bestD2 = d2;
                    best = i;
                }
            }
        }
    return best;
}

} // namespace tally
