#include "DataMapPlot.h"

#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace tally {

namespace {

const QColor kNoColour(160, 160, 160);
constexpr double kLassoStepPx = 2.0; // a lasso vertex per this much pointer movement

} // namespace

DataMapPlot::DataMapPlot(QWidget* parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("dataMapPlot"));
    setMinimumSize(320, 240);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setFocusPolicy(Qt::ClickFocus);
    setMouseTracking(true); // hover without a button held
    setNoAntialiasingOnDrag(true);

    m_scatter = new DataMapScatter(this, layer(QStringLiteral("main")), &m_points);
    addLayer(QStringLiteral("mapOverlay"), layer(QStringLiteral("main")), limAbove);
    m_overlayLayer = layer(QStringLiteral("mapOverlay"));
    m_overlayLayer->setMode(QCPLayer::lmBuffered); // the lasso repaints only this layer
    m_overlay = new DataMapOverlay(this, m_overlayLayer, &m_points);

    xAxis->setLabel(tr("component 1"));
    yAxis->setLabel(tr("component 2"));
    setupLegend();
}

DataMapPlot::~DataMapPlot() = default;

// The legend in a column right of the plot, at its top, so that it never covers points.
void DataMapPlot::setupLegend()
{
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setIconSize(12, 10);
    axisRect()->insetLayout()->take(legend);
    auto* side = new QCPLayoutGrid;
    plotLayout()->addElement(0, 1, side);
    plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, legend);
    side->addElement(1, 0, new QCPLayoutElement(this));
    side->setRowStretchFactor(0, 0.001);
    legend->setVisible(false);
}

void DataMapPlot::setPoints(const QVector<qint64>& ids, const std::vector<float>& xy,
                            const QVector<int>& colourIndex, const QVector<QColor>& palette,
                            const QStringList& legendNames)
{
    const int n = int(std::min(size_t(ids.size()), xy.size() / 2));
    m_ids = ids.mid(0, n);
    m_indexOfId.clear();
    m_indexOfId.reserve(n);
    for (int i = 0; i < n; ++i)
        m_indexOfId.insert(m_ids[i], i);
    m_points.xy.assign(xy.begin(), xy.begin() + 2 * size_t(n));
    m_points.palette.clear();
    for (const QColor& c : palette)
        m_points.palette.push_back(qPremultiply((c.isValid() ? c : kNoColour).rgba()));
    m_points.palette.push_back(kNoColour.rgba());
    const int noColour = int(palette.size());
    m_points.colour.assign(size_t(n), noColour);
    for (int i = 0; i < std::min(n, int(colourIndex.size())); ++i)
        if (colourIndex[i] >= 0 && colourIndex[i] < noColour)
            m_points.colour[size_t(i)] = colourIndex[i];
    m_points.selected.clear();
    ++m_points.version;
    m_grid.build(m_points.xy);

    m_current = -1;
    m_overlay->setCurrent(-1);
    m_overlay->setNeighbours({});
    m_overlay->setLasso({});
    m_drag = Drag::None;
    m_hoveredId = -1;
    hideTooltip();
    rebuildLegend(palette, legendNames);
    resetView();
}

void DataMapPlot::rebuildLegend(const QVector<QColor>& palette, const QStringList& names)
{
    for (QCPGraph* g : m_legendGraphs)
        removeGraph(g);
    m_legendGraphs.clear();
    for (int c = 0; c < std::min(int(palette.size()), int(names.size())); ++c) {
        QCPGraph* g = addGraph();
        g->setName(names[c]);
        g->setLineStyle(QCPGraph::lsNone);
        const QColor colour = palette[c].isValid() ? palette[c] : kNoColour;
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 8));
        m_legendGraphs.push_back(g);
    }
    legend->setVisible(!m_legendGraphs.empty());
}

void DataMapPlot::setTooltipProvider(std::function<QString(qint64)> provider)
{
    m_tooltipProvider = std::move(provider);
}

// Twice: the first fit's tick labels may change the axis rect's margins, and so its size.
void DataMapPlot::resetView()
{
    for (int pass = 0; pass < 2; ++pass) {
        updateLayout(); // the axis rect's size for the widget's size and the ticks in view
        fitRanges();
    }
    m_fitted = true;
    replot(rpQueuedReplot);
}

void DataMapPlot::fitRanges()
{
    double minX = INFINITY, minY = INFINITY, maxX = -INFINITY, maxY = -INFINITY;
    for (int i = 0; i < m_points.count(); ++i) {
        const double x = m_points.xy[2 * size_t(i)], y = m_points.xy[2 * size_t(i) + 1];
        if (std::isfinite(x) && std::isfinite(y)) {
            minX = std::min(minX, x);
            maxX = std::max(maxX, x);
            minY = std::min(minY, y);
            maxY = std::max(maxY, y);
        }
    }
    if (!(maxX >= minX)) {
        minX = minY = -1.0;
        maxX = maxY = 1.0;
    }
    double spanX = (maxX - minX) * (1.0 + 2 * kFitMargin);
    double spanY = (maxY - minY) * (1.0 + 2 * kFitMargin);
    if (spanX <= 0.0 && spanY <= 0.0)
        spanX = spanY = 1.0;
    const double w = std::max(axisRect()->width(), 1), h = std::max(axisRect()->height(), 1);
    const double unitsPerPx = std::max(spanX / w, spanY / h); // one scale for both axes
    const double cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
    xAxis->setRange(cx - unitsPerPx * w / 2, cx + unitsPerPx * w / 2);
    yAxis->setRange(cy - unitsPerPx * h / 2, cy + unitsPerPx * h / 2);
}

void DataMapPlot::setCurrent(qint64 id)
{
    m_current = indexOf(id);
    m_overlay->setCurrent(m_current);
    repaintOverlay();
}

qint64 DataMapPlot::current() const
{
    return m_current >= 0 ? m_ids[m_current] : -1;
}

void DataMapPlot::setNeighbours(const QVector<qint64>& ids)
{
    std::vector<int> indices;
    for (qint64 id : ids)
        if (const int i = indexOf(id); i >= 0)
            indices.push_back(i);
    m_overlay->setNeighbours(std::move(indices));
    repaintOverlay();
}

void DataMapPlot::clearSelection()
{
    setSelection({});
}

void DataMapPlot::setSelection(std::vector<int> indices)
{
    m_points.selected = std::move(indices);
    ++m_points.version;
    replot(rpQueuedReplot);
}

QVector<qint64> DataMapPlot::selectedIds() const
{
    QVector<qint64> ids;
    ids.reserve(qsizetype(m_points.selected.size()));
    for (int i : m_points.selected)
        ids << m_ids[i];
    return ids;
}

qint64 DataMapPlot::idAt(const QPointF& pixel) const
{
    const double pxPerUnitX = axisRect()->width() / xAxis->range().size();
    const double pxPerUnitY = axisRect()->height() / yAxis->range().size();
    const int i = m_grid.nearest(xAxis->pixelToCoord(pixel.x()), yAxis->pixelToCoord(pixel.y()),
                                 pxPerUnitX, pxPerUnitY, kPickPx);
    return i >= 0 ? m_ids[i] : -1;
}

QPointF DataMapPlot::pixelOf(qint64 id) const
{
    const int i = indexOf(id);
    if (i < 0)
        return {std::nan(""), std::nan("")};
    return {xAxis->coordToPixel(m_points.xy[2 * size_t(i)]),
            yAxis->coordToPixel(m_points.xy[2 * size_t(i) + 1])};
}

// The points whose coordinates lie inside the polygon (widget pixels), in input order.
std::vector<int> DataMapPlot::pointsInside(const QPolygonF& pixels) const
{
    QPolygonF poly;
    for (const QPointF& p : pixels)
        poly << QPointF(xAxis->pixelToCoord(p.x()), yAxis->pixelToCoord(p.y()));
    const QRectF box = poly.boundingRect();
    std::vector<int> inside;
    for (int i = 0; i < m_points.count(); ++i) {
        const QPointF q(m_points.xy[2 * size_t(i)], m_points.xy[2 * size_t(i) + 1]);
        if (box.contains(q) && poly.containsPoint(q, Qt::OddEvenFill))
            inside.push_back(i);
    }
    return inside;
}

void DataMapPlot::repaintOverlay()
{
    m_overlayLayer->replot(); // a full replot while the layer buffers are not valid yet
}

void DataMapPlot::hideTooltip()
{
    if (!m_lastTooltip.isEmpty())
        QToolTip::hideText();
    m_lastTooltip.clear();
}

void DataMapPlot::updateHover(const QPointF& pos)
{
    const qint64 id = axisRect()->rect().contains(pos.toPoint()) ? idAt(pos) : -1;
    if (id == m_hoveredId)
        return;
    m_hoveredId = id;
    if (id < 0) {
        hideTooltip();
    } else {
        m_lastTooltip = m_tooltipProvider ? m_tooltipProvider(id) : tr("sample %1").arg(id);
        QToolTip::showText(mapToGlobal(pos.toPoint()), m_lastTooltip, this);
    }
    Q_EMIT hovered(id);
}

void DataMapPlot::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position();
    m_moved = false;
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    const bool inRect = axisRect()->rect().contains(m_pressPos.toPoint());
    if (event->button() == Qt::LeftButton && inRect && (m_lassoMode || shift)) {
        m_drag = Drag::Lasso;
        m_overlay->setLasso(QPolygonF{m_pressPos});
        hideTooltip();
        event->accept();
        return;
    }
    m_drag = event->button() == Qt::LeftButton ? Drag::Pan : Drag::None;
    QCustomPlot::mousePressEvent(event);
}

void DataMapPlot::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (m_drag != Drag::None && QLineF(pos, m_pressPos).length() >= kClickSlopPx)
        m_moved = true;
    if (m_drag == Drag::Lasso) {
        QPolygonF poly = m_overlay->lasso();
        if (poly.isEmpty() || QLineF(poly.last(), pos).length() >= kLassoStepPx) {
            m_overlay->setLasso(poly << pos);
            repaintOverlay();
        }
        event->accept();
        return;
    }
    QCustomPlot::mouseMoveEvent(event);
    if (m_drag == Drag::Pan && m_moved)
        m_fitted = false;
    if (event->buttons() == Qt::NoButton)
        updateHover(pos);
}

void DataMapPlot::mouseReleaseEvent(QMouseEvent* event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Lasso && m_moved) {
        finishLasso();
        event->accept();
        return;
    }
    if (drag == Drag::Lasso) {
        m_overlay->setLasso({});
        repaintOverlay();
    } else {
        QCustomPlot::mouseReleaseEvent(event);
    }
    if (event->button() == Qt::LeftButton && drag != Drag::None && !m_moved)
        if (const qint64 id = idAt(event->position()); id >= 0)
            Q_EMIT pointActivated(id);
}

void DataMapPlot::finishLasso()
{
    const QPolygonF poly = m_overlay->lasso();
    m_overlay->setLasso({});
    if (poly.size() < 3) {
        repaintOverlay();
        return;
    }
    setSelection(pointsInside(poly));
    Q_EMIT lassoSelected(selectedIds());
}

void DataMapPlot::mouseDoubleClickEvent(QMouseEvent* event)
{
    resetView();
    event->accept();
}

void DataMapPlot::wheelEvent(QWheelEvent* event)
{
    m_fitted = false;
    QCustomPlot::wheelEvent(event);
}

void DataMapPlot::keyPressEvent(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Escape) {
        QCustomPlot::keyPressEvent(event);
        return;
    }
    if (m_drag == Drag::Lasso) {
        m_drag = Drag::None;
        m_overlay->setLasso({});
        repaintOverlay();
    } else if (!m_points.selected.empty()) {
        setSelection({});
        Q_EMIT selectionCleared();
    }
    event->accept();
}

void DataMapPlot::leaveEvent(QEvent* event)
{
    hideTooltip();
    if (m_hoveredId >= 0) {
        m_hoveredId = -1;
        Q_EMIT hovered(-1);
    }
    QCustomPlot::leaveEvent(event);
}

void DataMapPlot::resizeEvent(QResizeEvent* event)
{
    QCustomPlot::resizeEvent(event);
    if (m_fitted)
        resetView();
}

} // namespace tally
