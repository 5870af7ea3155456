#pragma once
// A time region as the views draw it: plain data, filled in by the app from the
// store (widgets never touch the database). Times in seconds from the start of
// the sample; the optional frequency band in Hz (NaN when the region covers all
// frequencies).

#include <QColor>
#include <QString>
#include <QtGlobal>
#include <cmath>
#include <limits>

namespace tally {

struct RegionItem
{
    qint64 id = -1;
    double startSec = 0.0;
    double endSec = 0.0;
    double lowHz = std::numeric_limits<double>::quiet_NaN();
    double highHz = std::numeric_limits<double>::quiet_NaN();
    QColor colour = Qt::gray;
    QString label;
    bool editable = true; // the current annotator's own region: can be resized and moved

    bool hasBand() const { return std::isfinite(lowHz) && std::isfinite(highHz); }
};

} // namespace tally
