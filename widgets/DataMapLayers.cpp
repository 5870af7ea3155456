#include "DataMapLayers.h"

#include <algorithm>
#include <cmath>

namespace tally {

namespace {

const QRgb kRimColour = qRgb(20, 20, 20);
const QColor kCurrentColour(220, 20, 60);
const QColor kNeighbourColour(40, 40, 40);
const QColor kLassoColour(0, 90, 200);

// data -> image pixel along one axis: pixel = scale * value + offset.
struct Linear
{
    double scale = 1.0;
    double offset = 0.0;
};

Linear linearOf(const QCPAxis* axis, double originPx, double dpr)
{
    const double p0 = axis->coordToPixel(0.0), p1 = axis->coordToPixel(1.0);
    return {(p1 - p0) * dpr, (p0 - originPx) * dpr};
}

// Writes a disc of the given radius centred on (cx, cy), clipped to the image.
void stampDisc(QImage& image, int cx, int cy, int radius, QRgb colour)
{
    const int w = image.width(), h = image.height();
    const int limit = radius * radius + radius; // a round disc at small radii
    for (int dy = -radius; dy <= radius; ++dy) {
        const int y = cy + dy;
        if (y < 0 || y >= h)
            continue;
        int half = 0;
        while (half < radius && (half + 1) * (half + 1) + dy * dy <= limit)
            ++half;
        const int x0 = std::max(cx - half, 0), x1 = std::min(cx + half, w - 1);
        QRgb* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = x0; x <= x1; ++x)
            line[x] = colour;
    }
}

} // namespace

DataMapScatter::DataMapScatter(QCustomPlot* plot, QCPLayer* layer, const DataMapPoints* points)
    : QCPLayerable(plot), m_points(points)
{
    setLayer(layer);
}

QRect DataMapScatter::clipRect() const
{
    return mParentPlot->axisRect()->rect();
}

void DataMapScatter::applyDefaultAntialiasingHint(QCPPainter* painter) const
{
    applyAntialiasingHint(painter, false, QCP::aeOther);
}

void DataMapScatter::draw(QCPPainter* painter)
{
    const QRect r = mParentPlot->axisRect()->rect();
    const double dpr = mParentPlot->bufferDevicePixelRatio();
    const QSize size(int(std::ceil(r.width() * dpr)), int(std::ceil(r.height() * dpr)));
    if (size.isEmpty())
        return;
    if (!cacheValid(size, dpr))
        rasterise(size, dpr);
    painter->drawImage(QPointF(r.topLeft()), m_image);
}

bool DataMapScatter::cacheValid(const QSize& size, double dpr) const
{
    return m_image.size() == size && m_image.devicePixelRatio() == dpr &&
           m_version == m_points->version && m_x == mParentPlot->xAxis->range() &&
           m_y == mParentPlot->yAxis->range();
}

// Every point in view (the discs may stick out of the image by their radius), in input
// order, then the selected ones with a rim, so that they stay visible in a crowd.
void DataMapScatter::rasterise(const QSize& size, double dpr)
{
    if (m_image.size() != size)
        m_image = QImage(size, QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(dpr);
    m_image.fill(Qt::transparent);
    m_x = mParentPlot->xAxis->range();
    m_y = mParentPlot->yAxis->range();
    m_version = m_points->version;

    const QRect r = mParentPlot->axisRect()->rect();
    const Linear lx = linearOf(mParentPlot->xAxis, r.left(), dpr);
    const Linear ly = linearOf(mParentPlot->yAxis, r.top(), dpr);
    const int radius = std::max(1, int(std::lround(kDiscRadiusPx * dpr)));
    const double lo = -radius - 1, hiX = size.width() + radius, hiY = size.height() + radius;
    const std::vector<float>& xy = m_points->xy;
    const std::vector<QRgb>& palette = m_points->palette;
    const auto pixel = [&](int i, int& px, int& py) {
        const double fx = lx.scale * xy[2 * size_t(i)] + lx.offset;
        const double fy = ly.scale * xy[2 * size_t(i) + 1] + ly.offset;
        if (!(fx > lo && fx < hiX && fy > lo && fy < hiY)) // also drops NaN
            return false;
        px = int(std::lround(fx));
        py = int(std::lround(fy));
        return true;
    };
    const int n = m_points->count();
    int px = 0, py = 0;
    for (int i = 0; i < n; ++i)
        if (pixel(i, px, py))
            stampDisc(m_image, px, py, radius, palette[size_t(m_points->colour[size_t(i)])]);
    for (int i : m_points->selected)
        if (pixel(i, px, py)) {
            stampDisc(m_image, px, py, radius + 1, kRimColour);
            stampDisc(m_image, px, py, radius, palette[size_t(m_points->colour[size_t(i)])]);
        }
}

DataMapOverlay::DataMapOverlay(QCustomPlot* plot, QCPLayer* layer, const DataMapPoints* points)
    : QCPLayerable(plot), m_points(points)
{
    setLayer(layer);
}

QRect DataMapOverlay::clipRect() const
{
    return mParentPlot->axisRect()->rect();
}

void DataMapOverlay::applyDefaultAntialiasingHint(QCPPainter* painter) const
{
    applyAntialiasingHint(painter, true, QCP::aeOther);
}

QPointF DataMapOverlay::pixelOf(int index) const
{
    return {mParentPlot->xAxis->coordToPixel(m_points->xy[2 * size_t(index)]),
            mParentPlot->yAxis->coordToPixel(m_points->xy[2 * size_t(index) + 1])};
}

// Lines from the current sample to its neighbours with a ring on each, the current
// sample's ring on top, and the lasso in progress.
void DataMapOverlay::draw(QCPPainter* painter)
{
    const int n = m_points->count();
    const bool hasCurrent = m_current >= 0 && m_current < n;
    painter->setBrush(Qt::NoBrush);
    for (int j : m_neighbours) {
        if (j < 0 || j >= n)
            continue;
        const QPointF p = pixelOf(j);
        if (hasCurrent) {
            painter->setPen(QPen(kNeighbourColour, 1.0, Qt::DotLine));
            painter->drawLine(pixelOf(m_current), p);
        }
        painter->setPen(QPen(kNeighbourColour, 1.5));
        painter->drawEllipse(p, 5.0, 5.0);
    }
    if (hasCurrent) {
        painter->setPen(QPen(Qt::white, 4.0));
        painter->drawEllipse(pixelOf(m_current), 8.0, 8.0);
        painter->setPen(QPen(kCurrentColour, 2.0));
        painter->drawEllipse(pixelOf(m_current), 8.0, 8.0);
    }
    if (m_lasso.size() >= 2) {
        QColor fill = kLassoColour;
        fill.setAlpha(40);
        painter->setPen(QPen(kLassoColour, 1.5, Qt::DashLine));
        painter->setBrush(fill);
        painter->drawPolygon(m_lasso);
    }
}

} // namespace tally
