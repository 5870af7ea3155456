#include "BoxPainter.h"

#include "BoxGeometry.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace tally {

using namespace boxgeometry;

namespace {

constexpr int kFillAlpha = 40;
constexpr int kSelectedFillAlpha = 70;
constexpr int kTagAlpha = 220;
constexpr double kMaxTagWidthPx = 220.0;
// How many times a tag may step down past tags in its way.
constexpr int kMaxTagSteps = 6;

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

// Black on light colours (yellow, green, cyan), white on dark ones, by luminance.
QColor textColourOn(const QColor& back)
{
    return qGray(back.rgb()) < 150 ? Qt::white : Qt::black;
}

// An outline `widthPx` pixels wide inside the edges of `r` (snapped to whole pixels).
// A solid one is four filled strips that do not overlap: the same pixels as a wide
// pen's stroke, without the stroker (a 2 px pen on a rect is stroked into a path and
// rasterised, which callgrind showed as 40 % of a 200-box frame). Dashed outlines are
// nested one-pixel rects: the raster engine dashes thin pens on a fast path, while a
// wider dashed pen is stroked into a path and filled, several times slower.
void paintOutline(QPainter* painter, const QRectF& r, const QColor& colour, int widthPx,
                  bool dashed, bool dotted = false)
{
    if (!dashed) {
        const double w = widthPx;
        if (r.width() <= 2 * w || r.height() <= 2 * w) { // all outline, as the pen drew it
            painter->fillRect(r, colour);
            return;
        }
        painter->fillRect(QRectF(r.left(), r.top(), r.width(), w), colour);
        painter->fillRect(QRectF(r.left(), r.bottom() - w, r.width(), w), colour);
        painter->fillRect(QRectF(r.left(), r.top() + w, w, r.height() - 2 * w), colour);
        painter->fillRect(QRectF(r.right() - w, r.top() + w, w, r.height() - 2 * w), colour);
        return;
    }
    QPen pen(colour, 1);
    pen.setDashPattern(dotted ? QList<qreal>{1, 2} : QList<qreal>{5, 3});
    painter->setPen(pen);
    for (int i = 0; i < widthPx; ++i)
        painter->drawRect(r.adjusted(i, i, -i - 1, -i - 1));
}

} // namespace

QRectF BoxPainter::snapped(const QRectF& r)
{
    return QRectF(QPointF(std::round(r.left()), std::round(r.top())),
                  QPointF(std::round(r.right()), std::round(r.bottom())));
}

QRectF BoxPainter::textTagRect(const QStaticText& text, QPointF anchor, const QRectF& bounds,
                               double insideTop)
{
    const QSizeF size = text.size();
    const double h = std::ceil(size.height()) + 2;
    double y = anchor.y() - h;
    if (y < bounds.top())
        y = std::max(insideTop, bounds.top());
    const double x = std::max(anchor.x(), bounds.left());
    return QRectF(x, y, std::ceil(size.width()) + 8, h);
}

void BoxPainter::paintTagAt(QPainter* painter, const QStaticText& text, const QRectF& r,
                            const QColor& colour)
{
    painter->fillRect(r, withAlpha(colour, kTagAlpha));
    painter->setPen(textColourOn(colour));
    painter->drawStaticText(QPointF(r.left() + 4, r.top() + 1), text);
}

void BoxPainter::paintTextTag(QPainter* painter, const QStaticText& text, QPointF anchor,
                              const QColor& colour, const QRectF& bounds, double insideTop)
{
    paintTagAt(painter, text, textTagRect(text, anchor, bounds, insideTop), colour);
}

void BoxPainter::paintBox(QPainter* painter, const BoxItem& box, const QRectF& rect,
                          const QRectF& bounds, bool selected) const
{
    // Clipped to just outside the viewport: a box many times the viewport's size at a
    // high zoom draws (and dashes) only what shows.
    const QRectF s = snapped(rect);
    const QRectF r = s.intersected(bounds.adjusted(-8, -8, 8, 8));
    if (!box.predicted || selected) // a suggestion is unfilled until selected
        painter->fillRect(r, withAlpha(box.colour, selected ? kSelectedFillAlpha : kFillAlpha));
    painter->setBrush(Qt::NoBrush);
    const int width = selected ? kSelectedOutlinePx : kOutlinePx;
    paintOutline(painter, r, box.colour, width, !box.editable, box.predicted);
    if (!selected || !box.editable)
        return;
    painter->setPen(QPen(box.colour.darker(150), 1));
    painter->setBrush(Qt::white);
    // Centred on the outline's stroke.
    const double mid = width / 2.0;
    const auto points = handlePoints(s.adjusted(mid, mid, -mid, -mid));
    for (int h = 0; h < HandleCount; ++h) {
        if (!handleShown(h, s))
            continue;
        const QPointF c = points[size_t(h)];
        painter->drawRect(QRectF(std::round(c.x() - kHandlePx / 2),
                                 std::round(c.y() - kHandlePx / 2), kHandlePx - 1, kHandlePx - 1));
    }
}

void BoxPainter::paintTag(QPainter* painter, const BoxItem& box, const QRectF& rect,
                          const QRectF& bounds, bool selected) const
{
    const QRectF r = snapped(rect).intersected(bounds.adjusted(-8, -8, 8, 8));
    const QString& label = box.label.isEmpty() ? m_noClassText : box.label;
    const QStaticText& text = tagText(label, painter->font());
    QRectF tag = textTagRect(text, r.topLeft(), bounds,
                             r.top() + (selected ? kSelectedOutlinePx : kOutlinePx));
    // Boxes that share a corner (a person and the bag they hold) would stack their tags on
    // one spot: step below the tag in the way, staying inside this box and the viewport.
    const double lowest = std::min(r.bottom(), bounds.bottom()) - tag.height();
    for (int step = 0; step < kMaxTagSteps; ++step) {
        const auto hit = std::find_if(m_placedTags.begin(), m_placedTags.end(),
                                      [&](const QRectF& p) { return p.intersects(tag); });
        if (hit == m_placedTags.end())
            break;
        const double y = hit->bottom() + 1;
        if (y > lowest)
            break;
        tag.moveTop(y);
    }
    m_placedTags.push_back(tag);
    paintTagAt(painter, text, tag, box.colour);
}

// The label as a prepared static text, elided to kMaxTagWidthPx; cached per label
// (a project has a few classes), dropped when the font changes.
const QStaticText& BoxPainter::tagText(const QString& label, const QFont& font) const
{
    if (font != m_tagFont) {
        m_tagTexts.clear();
        m_tagFont = font;
    }
    auto it = m_tagTexts.find(label);
    if (it == m_tagTexts.end()) {
        QStaticText text(QFontMetricsF(font).elidedText(label, Qt::ElideRight, kMaxTagWidthPx));
        text.setTextFormat(Qt::PlainText);
        text.prepare(QTransform(), font);
        it = m_tagTexts.insert(label, text);
    }
    return *it;
}

} // namespace tally
