#pragma once
// A bounding box as the image view draws it: plain data, filled in by the app from
// the store (widgets never touch the database). Image pixels, origin at the image's
// top-left corner; rect is the box (x, y, w, h), w and h > 0.

#include <QColor>
#include <QRectF>
#include <QString>
#include <QtGlobal>

namespace tally {

struct BoxItem
{
    qint64 id = -1;
    QRectF rect;              // image pixels
    QColor colour = Qt::gray; // the class colour (grey when the box has no class)
    QString label;            // the class name ("" = none yet)
    bool editable = true;     // the current annotator's own box: can be moved, resized, deleted
    bool predicted = false;   // a model's suggestion (issue 15): dotted, unfilled, never editable
};

// Ids of predicted boxes on the view start here (the store's box ids stay far below).
inline constexpr qint64 kPredictedBoxIdBase = qint64(1) << 48;

} // namespace tally
