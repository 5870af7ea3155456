#pragma once
// The geometry of editing a box: where its 8 handles are, and what a move or a resize
// by a mouse offset makes of it, kept inside the image. Plain functions on rects;
// image pixels unless a name says view pixels. Any thread.

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <array>

namespace tally::boxgeometry {

// Handles in order around the box, clockwise from the top-left corner.
enum Handle
{
    TopLeft,
    Top,
    TopRight,
    Right,
    BottomRight,
    Bottom,
    BottomLeft,
    Left,
    HandleCount
};

// Side of a handle's square, view pixels.
constexpr double kHandlePx = 7.0;

// Centres of the handles of a box drawn at `r`.
std::array<QPointF, HandleCount> handlePoints(const QRectF& r);
// Edge-midpoint handles only where the side (view pixels) is long enough to tell them
// from the corners.
bool handleShown(int handle, const QRectF& viewRect);

// p inside the rect (0, 0, size).
QPointF clampTo(const QPointF& p, const QSizeF& size);
// r moved by d as far as the image allows; a box already (partly) outside is not
// pulled in, only kept from going further out.
QRectF movedInside(const QRectF& r, QPointF d, const QSizeF& size);
// r with the edges that `handle` holds moved by d, inside the image, never narrower or
// lower than minSize (edges stop at the opposite edge rather than flip the box).
QRectF resized(const QRectF& r, int handle, const QPointF& d, const QSizeF& size, double minSize);

} // namespace tally::boxgeometry
