#include "TimePlot.h"

#include <algorithm>
#include <cmath>

namespace tally {

namespace {

constexpr double kWheelZoomPerStep = 0.8; // span factor per 120 units of wheel delta
constexpr double kDragThresholdPx = 3.0;  // a left press moving less than this is a click

constexpr int kSideColumnGapPx = 5; // layout spacing between the time rects and the side column
constexpr int kColourBarWidthPx = 20;

const QColor kCursorColor(200, 30, 30);
const QColor kPlayheadColor(20, 150, 60);
const QColor kSelectionColor(255, 190, 0, 70);

} // namespace

TimePlot::TimePlot(QWidget* parent)
    : QCustomPlot(parent)
{
    addLayer(QStringLiteral("markers"), layer(QStringLiteral("main")), limAbove);
    m_markerLayer = layer(QStringLiteral("markers"));
    m_markerLayer->setMode(QCPLayer::lmBuffered);
    setNoAntialiasingOnDrag(true);
    setFocusPolicy(Qt::ClickFocus);
    connect(this, &QCustomPlot::afterLayout, this, &TimePlot::onAfterLayout);
}

TimePlot::~TimePlot() = default;

int TimePlot::plotWidthPx() const
{
    return m_rects.empty() ? 0 : std::max(0, m_rects.front().rect->width());
}

int TimePlot::leftMarginPx() const
{
    // axis label (rotated) + paddings + the widest tick label we expect ("-00000").
    const QFontMetrics fm(font());
    return fm.height() + fm.horizontalAdvance(QStringLiteral("-00000")) + 16;
}

int TimePlot::sideColumnWidthPx() const
{
    // colour bar + paddings + tick labels ("-000") + the rotated "dB" label.
    const QFontMetrics fm(font());
    return kColourBarWidthPx + fm.horizontalAdvance(QStringLiteral("-000")) + fm.height() + 20;
}

void TimePlot::setSideColumn(QCPLayoutElement* element)
{
    if (!element)
        element = new QCPLayoutElement(this);
    plotLayout()->addElement(0, 1, element);
    plotLayout()->setColumnSpacing(kSideColumnGapPx);
    element->setSizeConstraintRect(QCPLayoutElement::scrOuterRect);
    element->setMinimumSize(sideColumnWidthPx(), 0);
    element->setMaximumSize(sideColumnWidthPx(), QWIDGETSIZE_MAX);
}

double TimePlot::secAtPixel(double xPx) const
{
    if (m_rects.empty())
        return 0.0;
    return m_rects.front().rect->axis(QCPAxis::atBottom)->pixelToCoord(xPx);
}

double TimePlot::pixelAtSec(double sec) const
{
    if (m_rects.empty())
        return 0.0;
    return m_rects.front().rect->axis(QCPAxis::atBottom)->coordToPixel(sec);
}

double TimePlot::clampSec(double sec) const
{
    return std::clamp(sec, 0.0, std::max(m_durationSec, 0.0));
}

void TimePlot::setDuration(double durationSec, double minSpanSec)
{
    m_durationSec = std::max(durationSec, 0.0);
    m_minSpanSec = std::max(minSpanSec, 1e-9);
    m_cursorSec = -1.0;
    m_selStartSec = m_selEndSec = -1.0;
    m_playheadSec = -1.0;
    zoomToFit();
    updateMarkers();
}

void TimePlot::zoomToFit()
{
    setVisibleRange(0.0, m_durationSec > 0.0 ? m_durationSec : 1.0);
}

void TimePlot::setVisibleRange(double startSec, double endSec)
{
    if (!std::isfinite(startSec) || !std::isfinite(endSec))
        return;
    double span = std::max(endSec - startSec, m_minSpanSec);
    if (m_durationSec > 0.0) {
        span = std::min(span, std::max(m_durationSec, m_minSpanSec));
        startSec = std::clamp(startSec, 0.0, std::max(0.0, m_durationSec - span));
    } else {
        startSec = 0.0;
        span = 1.0;
    }
    endSec = startSec + span;
    if (startSec == m_startSec && endSec == m_endSec)
        return;
    m_startSec = startSec;
    m_endSec = endSec;
    applyRangeToAxes();
    refreshData();
    replot(rpQueuedReplot);
    Q_EMIT visibleRangeChanged(m_startSec, m_endSec);
}

void TimePlot::applyRangeToAxes()
{
    for (const Markers& m : m_rects)
        m.rect->axis(QCPAxis::atBottom)->setRange(m_startSec, m_endSec);
}

void TimePlot::onAfterLayout()
{
    const int width = plotWidthPx();
    if (width == m_lastWidthPx)
        return;
    m_lastWidthPx = width;
    if (width > 0)
        refreshData();
}

void TimePlot::addTimeRect(QCPAxisRect* rect)
{
    rect->setAutoMargins(QCP::msTop | QCP::msBottom);
    rect->setMargins(QMargins(leftMarginPx(), 0, kRightMarginPx, 0));
    Markers m;
    m.rect = rect;
    m.selection = new QCPItemRect(this);
    m.selection->setLayer(m_markerLayer);
    m.selection->setClipAxisRect(rect);
    m.selection->setPen(Qt::NoPen);
    m.selection->setBrush(kSelectionColor);
    for (QCPItemPosition* p : {m.selection->topLeft, m.selection->bottomRight}) {
        p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        p->setAxisRect(rect);
        p->setTypeX(QCPItemPosition::ptPlotCoords);
        p->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    m.cursor = makeLine(rect, QPen(kCursorColor, 1));
    m.playhead = makeLine(rect, QPen(kPlayheadColor, 2));
    rect->axis(QCPAxis::atBottom)->setRange(m_startSec, m_endSec);
    m_rects.push_back(m);
    updateMarkers();
}

QCPItemStraightLine* TimePlot::makeLine(QCPAxisRect* rect, const QPen& pen)
{
    auto* line = new QCPItemStraightLine(this);
    line->setLayer(m_markerLayer);
    line->setClipAxisRect(rect);
    line->setPen(pen);
    for (QCPItemPosition* p : {line->point1, line->point2}) {
        p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        p->setAxisRect(rect);
        p->setTypeX(QCPItemPosition::ptPlotCoords);
        p->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    line->setVisible(false);
    return line;
}

void TimePlot::removeTimeRects()
{
    for (const Markers& m : m_rects) {
        removeItem(m.cursor);
        removeItem(m.playhead);
        removeItem(m.selection);
    }
    m_rects.clear();
    m_lastWidthPx = 0;
}

void TimePlot::placeLine(QCPItemStraightLine* line, double sec)
{
    line->setVisible(sec >= 0.0);
    line->point1->setCoords(sec, 0.0);
    line->point2->setCoords(sec, 1.0);
}

void TimePlot::updateMarkers()
{
    for (const Markers& m : m_rects) {
        placeLine(m.cursor, m_cursorSec);
        placeLine(m.playhead, m_playheadSec);
        m.selection->setVisible(hasSelection());
        m.selection->topLeft->setCoords(m_selStartSec, 0.0);
        m.selection->bottomRight->setCoords(m_selEndSec, 1.0);
    }
}

void TimePlot::repaintMarkers()
{
    updateMarkers();
    // Only the buffered marker layer is redrawn (it falls back to a full replot
    // when the buffers are not valid yet).
    m_markerLayer->replot();
}

void TimePlot::setCursorSec(double sec)
{
    m_cursorSec = sec < 0.0 ? -1.0 : clampSec(sec);
    repaintMarkers();
}

void TimePlot::setSelection(double startSec, double endSec)
{
    startSec = clampSec(startSec);
    endSec = clampSec(endSec);
    if (endSec > startSec) {
        m_selStartSec = startSec;
        m_selEndSec = endSec;
    } else {
        m_selStartSec = m_selEndSec = -1.0;
    }
    repaintMarkers();
}

void TimePlot::clearSelection()
{
    setSelection(-1.0, -1.0);
}

void TimePlot::setPlayhead(double sec)
{
    m_playheadSec = sec < 0.0 ? -1.0 : clampSec(sec);
    repaintMarkers();
}

void TimePlot::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position();
    m_pressSec = clampSec(secAtPixel(m_pressPos.x()));
    m_pressStartSec = m_startSec;
    m_pressEndSec = m_endSec;
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && shift)) {
        m_drag = Drag::Pan;
    } else if (event->button() == Qt::LeftButton && m_durationSec > 0.0) {
        m_drag = Drag::Pending;
        setCursorSec(m_pressSec);
        Q_EMIT cursorChanged(m_cursorSec);
    } else {
        m_drag = Drag::None;
    }
    event->accept();
}

void TimePlot::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (m_drag == Drag::Pan) {
        const int width = std::max(plotWidthPx(), 1);
        const double secPerPx = (m_pressEndSec - m_pressStartSec) / width;
        const double shiftSec = (pos.x() - m_pressPos.x()) * secPerPx;
        setVisibleRange(m_pressStartSec - shiftSec, m_pressEndSec - shiftSec);
    } else if (m_drag == Drag::Pending || m_drag == Drag::Select) {
        if (m_drag == Drag::Pending && std::abs(pos.x() - m_pressPos.x()) < kDragThresholdPx)
            return;
        m_drag = Drag::Select;
        const double sec = clampSec(secAtPixel(pos.x()));
        setSelection(std::min(m_pressSec, sec), std::max(m_pressSec, sec));
        Q_EMIT selectionChanged(m_selStartSec, m_selEndSec);
    }
    event->accept();
}

void TimePlot::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_drag == Drag::Pending && hasSelection()) {
        clearSelection();
        Q_EMIT selectionChanged(-1.0, -1.0);
    } else if (m_drag == Drag::Select) {
        Q_EMIT selectionChanged(m_selStartSec, m_selEndSec);
    }
    m_drag = Drag::None;
    event->accept();
}

void TimePlot::mouseDoubleClickEvent(QMouseEvent* event)
{
    // A double click is two clicks for our purposes; QCustomPlot's own handling
    // (layerable double-click signals) is not used.
    mousePressEvent(event);
}

void TimePlot::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0 || m_durationSec <= 0.0) {
        event->ignore();
        return;
    }
    const double span = m_endSec - m_startSec;
    const double newSpan = std::clamp(span * std::pow(kWheelZoomPerStep, steps), m_minSpanSec,
                                      std::max(m_durationSec, m_minSpanSec));
    const double centre = clampSec(secAtPixel(event->position().x()));
    const double start = centre - (centre - m_startSec) * (newSpan / span);
    setVisibleRange(start, start + newSpan);
    event->accept();
}

} // namespace tally
