#pragma once
// What DataMapPlot draws, as two QCustomPlot layerables over one set of points:
// - DataMapScatter rasterises every point in view into a QImage the size of the axis
//   rect (a small disc written straight into the pixels, then one drawImage), and the
//   selected points again on top with a dark rim. A redraw is one pass over the points
//   with no QPainter call per point; the image is kept while the ranges, the size and the
//   points are unchanged. QCPGraph with ssDisc took 245-309 ms for 100,000 points here.
// - DataMapOverlay draws the few things that change with the mouse on a buffered layer
//   of its own: the lasso being drawn, the current sample's ring, its neighbours.
// GUI thread only; the points are owned by DataMapPlot and outlive both.

#include "Qcp.h"

#include <QImage>
#include <QPolygonF>
#include <vector>

namespace tally {

struct DataMapPoints
{
    std::vector<float> xy;     // n x 2 row-major, data coordinates
    std::vector<int> colour;   // per point, an index into palette
    std::vector<QRgb> palette; // premultiplied ARGB; one more at the end for "no colour"
    std::vector<int> selected; // indices drawn highlighted, ascending
    int version = 0;           // bumped on every change, to invalidate the raster

    int count() const { return int(xy.size() / 2); }
};

class DataMapScatter : public QCPLayerable
{
public:
    DataMapScatter(QCustomPlot* plot, QCPLayer* layer, const DataMapPoints* points);

protected:
    QRect clipRect() const override;
    void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
    void draw(QCPPainter* painter) override;

private:
    static constexpr int kDiscRadiusPx = 2;

    bool cacheValid(const QSize& size, double dpr) const;
    void rasterise(const QSize& size, double dpr);

    const DataMapPoints* m_points;
    QImage m_image;
    QCPRange m_x, m_y;
    int m_version = -1;
};

class DataMapOverlay : public QCPLayerable
{
public:
    DataMapOverlay(QCustomPlot* plot, QCPLayer* layer, const DataMapPoints* points);

    void setCurrent(int index) { m_current = index; }
    void setNeighbours(std::vector<int> indices) { m_neighbours = std::move(indices); }
    // Widget pixels; fewer than two vertices draw nothing.
    void setLasso(const QPolygonF& polygon) { m_lasso = polygon; }
    const QPolygonF& lasso() const { return m_lasso; }

protected:
    QRect clipRect() const override;
    void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
    void draw(QCPPainter* painter) override;

private:
    QPointF pixelOf(int index) const;

    const DataMapPoints* m_points;
    int m_current = -1;
    std::vector<int> m_neighbours;
    QPolygonF m_lasso;
};

} // namespace tally
