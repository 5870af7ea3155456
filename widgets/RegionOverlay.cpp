#include "RegionOverlay.h"

#include "TimePlot.h"

#include <algorithm>
#include <cmath>

namespace tally {

namespace {

constexpr int kFillAlpha = 55;
constexpr int kSelectedFillAlpha = 90;
constexpr double kHandleWidthPx = 4.0;
constexpr double kHandleHeightPx = 14.0;
const QColor kDraftColour(40, 40, 40);

} // namespace

// Paints the regions of one time rect, clipped to it.
class RegionOverlay::Layerable : public QCPLayerable
{
public:
    Layerable(QCustomPlot* plot, QCPLayer* layer, RegionOverlay* overlay, int rect)
        : QCPLayerable(plot), m_overlay(overlay), m_rect(rect)
    {
        setLayer(layer);
    }

protected:
    QRect clipRect() const override { return m_overlay->axisRect(m_rect)->rect(); }
    void applyDefaultAntialiasingHint(QCPPainter* painter) const override
    {
        painter->setAntialiasing(false);
    }
    void draw(QCPPainter* painter) override { m_overlay->paint(painter, m_rect); }

private:
    RegionOverlay* m_overlay;
    int m_rect;
};

RegionOverlay::RegionOverlay(TimePlot* plot, QCPLayer* layer) : m_plot(plot), m_layer(layer) {}

RegionOverlay::~RegionOverlay() = default; // the layerables are children of the plot

void RegionOverlay::addRect(QCPAxisRect* rect, bool hasBand)
{
    RectEntry e;
    e.rect = rect;
    e.hasBand = hasBand;
    e.layerable = new Layerable(m_plot, m_layer, this, int(m_rects.size()));
    m_rects.push_back(e);
}

void RegionOverlay::clearRects()
{
    for (const RectEntry& e : m_rects)
        delete e.layerable;
    m_rects.clear();
    m_drawnCount = 0;
}

int RegionOverlay::rectAt(const QPointF& pos) const
{
    for (size_t i = 0; i < m_rects.size(); ++i)
        if (QRectF(m_rects[i].rect->rect()).contains(pos))
            return int(i);
    return -1;
}

void RegionOverlay::setRegions(const QList<RegionItem>& regions)
{
    m_regions = regions;
    m_previewIndex = -1;
}

int RegionOverlay::indexOf(qint64 id) const
{
    for (int i = 0; i < m_regions.size(); ++i)
        if (m_regions[i].id == id)
            return i;
    return -1;
}

void RegionOverlay::setPreview(int index, const RegionItem& shape)
{
    m_previewIndex = index;
    m_preview = shape;
}

QRectF RegionOverlay::pixelRect(const RegionItem& shape, int rect) const
{
    const QCPAxisRect* r = m_rects[size_t(rect)].rect;
    const double x0 = m_plot->pixelAtSec(shape.startSec);
    const double x1 = m_plot->pixelAtSec(shape.endSec);
    double top = r->top();
    double bottom = r->bottom();
    if (m_rects[size_t(rect)].hasBand && shape.hasBand()) {
        const QCPAxis* y = r->axis(QCPAxis::atLeft);
        top = y->coordToPixel(m_plot->valueAtHz(shape.highHz));
        bottom = y->coordToPixel(m_plot->valueAtHz(shape.lowHz));
    }
    return QRectF(QPointF(std::min(x0, x1), std::min(top, bottom)),
                  QPointF(std::max(x0, x1), std::max(top, bottom)));
}

// Indices in hit-test priority: the selected region, then from the top-most down.
std::vector<int> RegionOverlay::hitOrder() const
{
    std::vector<int> order;
    const int selected = indexOf(m_selected);
    if (selected >= 0)
        order.push_back(selected);
    for (int i = int(m_regions.size()) - 1; i >= 0; --i)
        if (i != selected)
            order.push_back(i);
    return order;
}

RegionOverlay::Part RegionOverlay::edgeAt(const RegionItem& shape, int rect,
                                          const QPointF& pos) const
{
    const QRectF box = pixelRect(shape, rect);
    const double tol = kEdgeTolerancePx;
    const bool inY = pos.y() >= box.top() - tol && pos.y() <= box.bottom() + tol;
    const bool inX = pos.x() >= box.left() - tol && pos.x() <= box.right() + tol;
    const double dLeft = std::abs(pos.x() - box.left());
    const double dRight = std::abs(pos.x() - box.right());
    if (inY && std::min(dLeft, dRight) <= tol)
        return dLeft <= dRight ? Part::Left : Part::Right;
    if (inX && m_rects[size_t(rect)].hasBand && shape.hasBand()) {
        const double dTop = std::abs(pos.y() - box.top());
        const double dBottom = std::abs(pos.y() - box.bottom());
        if (std::min(dTop, dBottom) <= tol)
            return dTop <= dBottom ? Part::Top : Part::Bottom;
    }
    return Part::None;
}

RegionOverlay::Hit RegionOverlay::hitTest(const QPointF& pos) const
{
    Hit hit;
    hit.rect = rectAt(pos);
    if (hit.rect < 0)
        return hit;
    const std::vector<int> order = hitOrder();
    for (int i : order) {
        if (!m_regions[i].editable)
            continue;
        const Part part = edgeAt(m_regions[i], hit.rect, pos);
        if (part != Part::None) {
            hit.index = i;
            hit.part = part;
            return hit;
        }
    }
    for (int i : order) {
        if (pixelRect(m_regions[i], hit.rect).contains(pos)) {
            hit.index = i;
            hit.part = Part::Inside;
            return hit;
        }
    }
    return hit;
}

void RegionOverlay::paint(QCPPainter* painter, int rect)
{
    const double visibleStart = m_plot->visibleStartSec();
    const double visibleEnd = m_plot->visibleEndSec();
    int count = 0;
    for (int i = 0; i < m_regions.size(); ++i) {
        const RegionItem& shape = i == m_previewIndex ? m_preview : m_regions[i];
        if (shape.endSec < visibleStart || shape.startSec > visibleEnd)
            continue;
        paintRegion(painter, shape, rect, shape.id == m_selected);
        ++count;
    }
    if (m_draft) {
        const QRectF box = pixelRect(*m_draft, rect);
        painter->setPen(QPen(kDraftColour, 1, Qt::DashLine));
        painter->setBrush(
            QColor(kDraftColour.red(), kDraftColour.green(), kDraftColour.blue(), 40));
        painter->drawRect(box);
    }
    if (rect == 0)
        m_drawnCount = count;
}

void RegionOverlay::paintRegion(QCPPainter* painter, const RegionItem& shape, int rect,
                                bool selected)
{
    const QRectF box = pixelRect(shape, rect);
    QColor fill = shape.colour;
    fill.setAlpha(selected ? kSelectedFillAlpha : kFillAlpha);
    QPen pen(shape.colour.darker(selected ? 160 : 120), selected ? 2.5 : 1.0);
    if (!shape.editable)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRect(box);
    if (shape.editable) { // grips at the middle of the left and right edges
        painter->setPen(Qt::NoPen);
        painter->setBrush(shape.colour.darker(selected ? 160 : 120));
        const double h = std::min(kHandleHeightPx, box.height());
        const double y = box.center().y() - h / 2;
        painter->drawRect(QRectF(box.left(), y, kHandleWidthPx, h));
        painter->drawRect(QRectF(box.right() - kHandleWidthPx, y, kHandleWidthPx, h));
    }
    if (rect == 0 && !shape.label.isEmpty())
        paintLabel(painter, shape, box);
}

void RegionOverlay::paintLabel(QCPPainter* painter, const RegionItem& shape, const QRectF& box)
{
    const QFontMetrics fm(painter->font());
    const int maxWidth = int(box.width()) - 4;
    if (maxWidth < fm.horizontalAdvance(QStringLiteral("M")))
        return;
    const QString text = fm.elidedText(shape.label, Qt::ElideRight, maxWidth);
    const QRectF textBox(box.left() + 2, box.top() + 2, fm.horizontalAdvance(text) + 4,
                         fm.height());
    QColor back = shape.colour;
    back.setAlpha(210);
    painter->setPen(Qt::NoPen);
    painter->setBrush(back);
    painter->drawRect(textBox);
    painter->setPen(shape.colour.lightness() < 140 ? Qt::white : Qt::black);
    painter->drawText(textBox, Qt::AlignCenter, text);
}

} // namespace tally
