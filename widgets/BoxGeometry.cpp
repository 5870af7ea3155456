#include "BoxGeometry.h"

#include <QtGlobal>
#include <algorithm>

namespace tally::boxgeometry {

namespace {

bool movesLeft(int h)
{
    return h == TopLeft || h == BottomLeft || h == Left;
}

bool movesRight(int h)
{
    return h == TopRight || h == BottomRight || h == Right;
}

bool movesTop(int h)
{
    return h == TopLeft || h == Top || h == TopRight;
}

bool movesBottom(int h)
{
    return h == BottomLeft || h == Bottom || h == BottomRight;
}

} // namespace

std::array<QPointF, HandleCount> handlePoints(const QRectF& r)
{
    const QPointF c = r.center();
    return {r.topLeft(),     QPointF(c.x(), r.top()),    r.topRight(),   QPointF(r.right(), c.y()),
            r.bottomRight(), QPointF(c.x(), r.bottom()), r.bottomLeft(), QPointF(r.left(), c.y())};
}

bool handleShown(int handle, const QRectF& viewRect)
{
    if (handle == Top || handle == Bottom)
        return viewRect.width() >= 3 * kHandlePx;
    if (handle == Left || handle == Right)
        return viewRect.height() >= 3 * kHandlePx;
    return true;
}

QPointF clampTo(const QPointF& p, const QSizeF& size)
{
    return QPointF(std::clamp(p.x(), 0.0, size.width()), std::clamp(p.y(), 0.0, size.height()));
}

QRectF movedInside(const QRectF& r, QPointF d, const QSizeF& size)
{
    d.setX(qBound(std::min(-r.left(), 0.0), d.x(), std::max(size.width() - r.right(), 0.0)));
    d.setY(qBound(std::min(-r.top(), 0.0), d.y(), std::max(size.height() - r.bottom(), 0.0)));
    return r.translated(d);
}

QRectF resized(const QRectF& r, int handle, const QPointF& d, const QSizeF& size, double minSize)
{
    double left = r.left(), top = r.top(), right = r.right(), bottom = r.bottom();
    if (movesLeft(handle))
        left = qBound(0.0, left + d.x(), right - minSize);
    if (movesRight(handle))
        right = qBound(left + minSize, right + d.x(), size.width());
    if (movesTop(handle))
        top = qBound(0.0, top + d.y(), bottom - minSize);
    if (movesBottom(handle))
        bottom = qBound(top + minSize, bottom + d.y(), size.height());
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

} // namespace tally::boxgeometry
