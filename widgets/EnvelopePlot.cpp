#include "EnvelopePlot.h"

#include <algorithm>
#include <cmath>

namespace tally {

EnvelopePlot::EnvelopePlot(QCPAxis* keyAxis, QCPAxis* valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis), m_fill(Qt::gray), m_outline(Qt::black)
{
    setAntialiased(false);
    setSelectable(QCP::stNone);
}

void EnvelopePlot::setColumns(double firstKey, double keyStep, std::vector<float> mins,
                              std::vector<float> maxs)
{
    m_firstKey = firstKey;
    m_keyStep = keyStep;
    m_mins = std::move(mins);
    m_maxs = std::move(maxs);
    m_maxs.resize(m_mins.size());
}

void EnvelopePlot::clearColumns()
{
    m_mins.clear();
    m_maxs.clear();
}

void EnvelopePlot::setColours(const QColor& fill, const QColor& outline)
{
    m_fill = fill;
    m_outline = outline;
}

double EnvelopePlot::selectTest(const QPointF&, bool, QVariant*) const
{
    return -1.0; // never selected: clicks belong to the time plot's cursor and regions
}

QCPRange EnvelopePlot::getKeyRange(bool& foundRange, QCP::SignDomain) const
{
    foundRange = !m_mins.empty();
    return foundRange ? QCPRange(keyAt(0), keyAt(columnCount() - 1)) : QCPRange();
}

QCPRange EnvelopePlot::getValueRange(bool& foundRange, QCP::SignDomain, const QCPRange&) const
{
    foundRange = !m_mins.empty();
    if (!foundRange)
        return {};
    return QCPRange(*std::min_element(m_mins.begin(), m_mins.end()),
                    *std::max_element(m_maxs.begin(), m_maxs.end()));
}

void EnvelopePlot::draw(QCPPainter* painter)
{
    QCPAxis* keyAxis = mKeyAxis.data();
    QCPAxis* valueAxis = mValueAxis.data();
    if (!keyAxis || !valueAxis || m_mins.empty())
        return;
    m_spans.clear();
    m_ends.clear();
    for (int i = 0; i < columnCount(); ++i) {
        if (std::isnan(m_mins[size_t(i)]) || std::isnan(m_maxs[size_t(i)]))
            continue; // a column past the end of what was read
        // Whole pixels: a span per column, never two half-covered columns.
        const double x = std::floor(keyAxis->coordToPixel(keyAt(i))) + 0.5;
        const double top = std::round(valueAxis->coordToPixel(m_maxs[size_t(i)]));
        const double bottom = std::round(valueAxis->coordToPixel(m_mins[size_t(i)]));
        m_spans.append(QLineF(x, top, x, bottom));
        m_ends.append(QPointF(x, top));
        m_ends.append(QPointF(x, bottom));
    }
    applyDefaultAntialiasingHint(painter);
    QPen fill(m_fill, 1);
    fill.setCosmetic(true);
    painter->setPen(fill);
    painter->drawLines(m_spans);
    QPen outline(m_outline, 1);
    outline.setCosmetic(true);
    painter->setPen(outline);
    painter->drawPoints(m_ends.constData(), int(m_ends.size()));
}

void EnvelopePlot::drawLegendIcon(QCPPainter* painter, const QRectF& rect) const
{
    painter->fillRect(rect, m_fill);
}

} // namespace tally
