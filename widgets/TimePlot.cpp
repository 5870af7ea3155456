#include "TimePlot.h"

#include "RegionOverlay.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tally {

namespace {

constexpr double kWheelZoomPerStep = 0.8; // span factor per 120 units of wheel delta
constexpr double kDragThresholdPx = 3.0;  // a left press moving less than this is a click
constexpr double kMinBandHz = 1.0;        // narrowest band a resize leaves

constexpr int kSideColumnGapPx = 5; // layout spacing between the time rects and the side column
constexpr int kColourBarWidthPx = 20;

const QColor kCursorColor(200, 30, 30);
const QColor kPlayheadColor(20, 150, 60);
const QColor kSelectionColor(255, 190, 0, 70);

} // namespace

TimePlot::TimePlot(QWidget* parent) : QCustomPlot(parent)
{
    addLayer(QStringLiteral("markers"), layer(QStringLiteral("main")), limAbove);
    m_markerLayer = layer(QStringLiteral("markers"));
    m_markerLayer->setMode(QCPLayer::lmBuffered);
    addLayer(QStringLiteral("regions"), layer(QStringLiteral("main")), limAbove);
    m_regionLayer = layer(QStringLiteral("regions"));
    m_regionLayer->setMode(QCPLayer::lmBuffered);
    m_regions = std::make_unique<RegionOverlay>(this, m_regionLayer);
    setMouseTracking(true); // hover feedback on region edges
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

void TimePlot::addTimeRect(QCPAxisRect* rect, bool frequencyAxis)
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
    m_regions->addRect(rect, frequencyAxis);
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
    m_regions->clearRects();
    m_drag = Drag::None;
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

const QList<RegionItem>& TimePlot::regions() const
{
    return m_regions->regions();
}

qint64 TimePlot::selectedRegion() const
{
    return m_regions->selected();
}

int TimePlot::drawnRegionCount() const
{
    return m_regions->drawnCount();
}

double TimePlot::valueAtHz(double) const
{
    return std::numeric_limits<double>::quiet_NaN();
}

double TimePlot::hzAtValue(double) const
{
    return std::numeric_limits<double>::quiet_NaN();
}

void TimePlot::repaintRegions()
{
    m_regionLayer->replot(); // falls back to a full replot when buffers are invalid
}

void TimePlot::setRegions(const QList<RegionItem>& regions)
{
    if (m_drag == Drag::Resize || m_drag == Drag::Move)
        m_drag = Drag::None;
    m_regions->setRegions(regions);
    repaintRegions();
}

void TimePlot::setSelectedRegion(qint64 id)
{
    m_regions->setSelected(id);
    repaintRegions();
}

void TimePlot::setRegionTool(bool on)
{
    m_regionTool = on;
    updateHoverCursor(mapFromGlobal(QCursor::pos()), Qt::NoModifier);
}

double TimePlot::hzAtPixel(int rect, double yPx) const
{
    const double hz = hzAtValue(timeRect(rect)->axis(QCPAxis::atLeft)->pixelToCoord(yPx));
    return std::clamp(hz, 0.0, maxHz());
}

// The region being drawn from the press to `pos`: a band only on a frequency axis.
RegionItem TimePlot::draftAt(const QPointF& pos) const
{
    RegionItem r;
    const double a = m_pressSec;
    const double b = clampSec(secAtPixel(pos.x()));
    r.startSec = std::min(a, b);
    r.endSec = std::max(a, b);
    if (m_pressRect >= 0 && m_regions->rectHasBand(m_pressRect)) {
        const double hzA = hzAtPixel(m_pressRect, m_pressPos.y());
        const double hzB = hzAtPixel(m_pressRect, pos.y());
        r.lowHz = std::min(hzA, hzB);
        r.highHz = std::max(hzA, hzB);
    }
    return r;
}

// The shape of the region being resized or moved with the pointer at `pos`.
RegionItem TimePlot::editedAt(const QPointF& pos) const
{
    using Part = RegionOverlay::Part;
    RegionItem r = m_editOrigin;
    const double minSpan = std::min(m_minSpanSec, m_durationSec);
    const double sec = clampSec(secAtPixel(pos.x()));
    switch (Part(m_editPart)) {
    case Part::Left:
        r.startSec = std::clamp(sec, 0.0, std::max(0.0, r.endSec - minSpan));
        break;
    case Part::Right:
        r.endSec = std::clamp(sec, std::min(r.startSec + minSpan, m_durationSec), m_durationSec);
        break;
    case Part::Top:
        r.highHz = std::clamp(hzAtPixel(m_pressRect, pos.y()), r.lowHz + kMinBandHz,
                              std::max(maxHz(), r.lowHz + kMinBandHz));
        break;
    case Part::Bottom:
        r.lowHz =
            std::clamp(hzAtPixel(m_pressRect, pos.y()), 0.0, std::max(0.0, r.highHz - kMinBandHz));
        break;
    default: { // Inside: move in time, keeping the length
        const double length = r.endSec - r.startSec;
        const double shift = secAtPixel(pos.x()) - secAtPixel(m_pressPos.x());
        r.startSec = std::clamp(r.startSec + shift, 0.0, std::max(0.0, m_durationSec - length));
        r.endSec = r.startSec + length;
        break;
    }
    }
    return r;
}

// A press on an editable region's edge (resize) or, with Ctrl/Alt, inside it (move).
bool TimePlot::startRegionEdit(QMouseEvent* event)
{
    using Part = RegionOverlay::Part;
    const RegionOverlay::Hit hit = m_regions->hitTest(event->position());
    if (hit.index < 0 || !m_regions->regions()[hit.index].editable)
        return false;
    const bool moveKey = event->modifiers() & (Qt::ControlModifier | Qt::AltModifier);
    if (hit.part == Part::Inside && !moveKey)
        return false;
    m_drag = hit.part == Part::Inside ? Drag::Move : Drag::Resize;
    m_editIndex = hit.index;
    m_editPart = int(hit.part);
    m_editOrigin = m_regions->regions()[hit.index];
    m_pressRect = hit.rect;
    return true;
}

void TimePlot::updateHoverCursor(const QPointF& pos, Qt::KeyboardModifiers modifiers)
{
    using Part = RegionOverlay::Part;
    const RegionOverlay::Hit hit = m_regions->hitTest(pos);
    const bool editable = hit.index >= 0 && m_regions->regions()[hit.index].editable;
    if (editable && (hit.part == Part::Left || hit.part == Part::Right))
        setCursor(Qt::SizeHorCursor);
    else if (editable && (hit.part == Part::Top || hit.part == Part::Bottom))
        setCursor(Qt::SizeVerCursor);
    else if (editable && (modifiers & (Qt::ControlModifier | Qt::AltModifier)))
        setCursor(Qt::SizeAllCursor);
    else if (m_regionTool && hit.rect >= 0)
        setCursor(Qt::CrossCursor);
    else
        unsetCursor();
}

void TimePlot::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position();
    m_pressSec = clampSec(secAtPixel(m_pressPos.x()));
    m_pressStartSec = m_startSec;
    m_pressEndSec = m_endSec;
    m_pressRect = m_regions->rectAt(m_pressPos);
    m_pressRegion = -1;
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && shift)) {
        m_drag = Drag::Pan;
    } else if (event->button() == Qt::LeftButton && m_durationSec > 0.0) {
        if (startRegionEdit(event)) {
            event->accept();
            return;
        }
        const RegionOverlay::Hit hit = m_regions->hitTest(m_pressPos);
        m_pressRegion = hit.index >= 0 ? m_regions->regions()[hit.index].id : -1;
        m_drag = m_regionTool && m_pressRect >= 0 ? Drag::DrawPending : Drag::Pending;
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
    const bool moved = std::abs(pos.x() - m_pressPos.x()) >= kDragThresholdPx ||
                       std::abs(pos.y() - m_pressPos.y()) >= kDragThresholdPx;
    switch (m_drag) {
    case Drag::None:
        updateHoverCursor(pos, event->modifiers());
        break;
    case Drag::Pan: {
        const int width = std::max(plotWidthPx(), 1);
        const double secPerPx = (m_pressEndSec - m_pressStartSec) / width;
        const double shiftSec = (pos.x() - m_pressPos.x()) * secPerPx;
        setVisibleRange(m_pressStartSec - shiftSec, m_pressEndSec - shiftSec);
        break;
    }
    case Drag::Pending:
        if (std::abs(pos.x() - m_pressPos.x()) < kDragThresholdPx)
            break;
        m_drag = Drag::Select;
        [[fallthrough]];
    case Drag::Select: {
        const double sec = clampSec(secAtPixel(pos.x()));
        setSelection(std::min(m_pressSec, sec), std::max(m_pressSec, sec));
        Q_EMIT selectionChanged(m_selStartSec, m_selEndSec);
        break;
    }
    case Drag::DrawPending:
        if (!moved)
            break;
        m_drag = Drag::Draw;
        [[fallthrough]];
    case Drag::Draw:
        m_regions->setDraft(draftAt(pos));
        repaintRegions();
        break;
    case Drag::Resize:
    case Drag::Move:
        m_regions->setPreview(m_editIndex, editedAt(pos));
        repaintRegions();
        break;
    }
    event->accept();
}

// A left press released without dragging: clears the time selection, selects
// the region under it (or none).
void TimePlot::endClick()
{
    if (hasSelection()) {
        clearSelection();
        Q_EMIT selectionChanged(-1.0, -1.0);
    }
    setSelectedRegion(m_pressRegion);
    Q_EMIT regionSelected(m_pressRegion);
}

void TimePlot::mouseReleaseEvent(QMouseEvent* event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Pending || drag == Drag::DrawPending) {
        endClick();
    } else if (drag == Drag::Select) {
        Q_EMIT selectionChanged(m_selStartSec, m_selEndSec);
    } else if (drag == Drag::Draw) {
        const RegionItem r = draftAt(event->position());
        m_regions->setDraft(std::nullopt);
        repaintRegions();
        if (r.endSec > r.startSec)
            Q_EMIT regionDrawn(r.startSec, r.endSec, r.lowHz, r.highHz);
    } else if ((drag == Drag::Resize || drag == Drag::Move) && m_editIndex >= 0) {
        const RegionItem r = editedAt(event->position());
        m_regions->clearPreview();
        // Shown as edited until the owner's next setRegions().
        m_regions->replaceRegion(m_editIndex, r);
        repaintRegions();
        const RegionItem& o = m_editOrigin;
        const bool changed =
            r.startSec != o.startSec || r.endSec != o.endSec ||
            !(r.lowHz == o.lowHz || (std::isnan(r.lowHz) && std::isnan(o.lowHz))) ||
            !(r.highHz == o.highHz || (std::isnan(r.highHz) && std::isnan(o.highHz)));
        if (changed)
            Q_EMIT regionEdited(r.id, r.startSec, r.endSec, r.lowHz, r.highHz);
    }
    m_editIndex = -1;
    updateHoverCursor(event->position(), event->modifiers());
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
