#pragma once
// How ImageBoxView draws one box: fill, outline (solid for the current annotator's,
// dashed for others'), the handles of the selected one, and its class tag. Everything
// is in view pixels, so lines and text keep their size at every zoom; the image view
// decides which boxes to draw and in which order.
// GUI thread (it paints); a BoxPainter caches prepared tag texts per label.

#include "BoxItem.h"

#include <QFont>
#include <QHash>
#include <QRectF>
#include <QStaticText>
#include <QString>
#include <vector>

class QPainter;

namespace tally {

class BoxPainter
{
public:
    // Outline widths, view pixels.
    static constexpr int kOutlinePx = 2;
    static constexpr int kSelectedOutlinePx = 3;

    // The tag of a box without a class.
    void setNoClassText(const QString& text) { m_noClassText = text; }

    // rect: the box in view pixels; bounds: the viewport. The body is the fill, the
    // outline and (selected and editable) the handles.
    void paintBox(QPainter* painter, const BoxItem& box, const QRectF& rect, const QRectF& bounds,
                  bool selected) const;
    // The tag above the box's top-left corner (inside it at the viewport's top); a tag
    // that would cover one painted since beginTags() moves down, below the other, until
    // it is clear (at most a few steps, never below its box).
    void paintTag(QPainter* painter, const BoxItem& box, const QRectF& rect, const QRectF& bounds,
                  bool selected) const;
    // Starts a frame's tags: none placed yet.
    void beginTags() const { m_placedTags.clear(); }
    // Where this frame's tags went, view pixels, in paint order.
    const std::vector<QRectF>& placedTags() const { return m_placedTags; }

    // A filled tag with `text` (one line) whose bottom-left corner is at `anchor`; when
    // that would leave `bounds` at the top, its top is at `insideTop` (inside the box)
    // instead, and it is moved right to stay in view at the left.
    static void paintTextTag(QPainter* painter, const QStaticText& text, QPointF anchor,
                             const QColor& colour, const QRectF& bounds, double insideTop);
    // Where paintTextTag() puts that tag.
    static QRectF textTagRect(const QStaticText& text, QPointF anchor, const QRectF& bounds,
                              double insideTop);
    // Paints a tag in `r` (from textTagRect()).
    static void paintTagAt(QPainter* painter, const QStaticText& text, const QRectF& r,
                           const QColor& colour);
    // A rect with its edges on whole pixels, so that outlines stay crisp.
    static QRectF snapped(const QRectF& r);

private:
    const QStaticText& tagText(const QString& label, const QFont& font) const;

    QString m_noClassText;
    mutable QHash<QString, QStaticText> m_tagTexts; // label -> prepared tag text
    mutable QFont m_tagFont;                        // the font m_tagTexts is prepared in
    mutable std::vector<QRectF> m_placedTags;       // this frame's tags, view pixels
};

} // namespace tally
