#include "ThresholdHistogram.h"

#include <algorithm>
#include <cmath>

namespace tally {

ThresholdHistogram::ThresholdHistogram(QWidget* parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("thresholdHistogram"));
    setMinimumHeight(140);
    setInteractions({}); // the line is the one thing dragged
    m_bars = new QCPBars(xAxis, yAxis);
    m_bars->setPen(QPen(QColor(70, 110, 160)));
    m_bars->setBrush(QColor(110, 150, 200, 200));
    m_bars->setWidthType(QCPBars::wtPlotCoords);
    m_line = new QCPItemStraightLine(this);
    m_line->setPen(QPen(QColor(200, 40, 40), 2));
    yAxis->setLabel(tr("samples"));
    QCPAxisTickerFixed* ticker = new QCPAxisTickerFixed;
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    yAxis->setTicker(QSharedPointer<QCPAxisTicker>(ticker));
    setMouseTracking(true);
    updateRange();
    placeLine();
}

void ThresholdHistogram::setValues(const QVector<double>& values)
{
    m_values.clear();
    for (double v : values)
        if (std::isfinite(v))
            m_values << v;
    rebin();
    updateRange();
    placeLine();
    replot();
}

void ThresholdHistogram::setThreshold(double threshold)
{
    if (!std::isfinite(threshold))
        return;
    m_threshold = threshold;
    updateRange();
    placeLine();
    replot();
}

void ThresholdHistogram::setUnit(const QString& unit)
{
    m_unit = unit;
    xAxis->setLabel(unit);
    replot();
}

// About two bins per square root of the count, between 8 and 50; one value or equal
// values make one bin a unit wide.
void ThresholdHistogram::rebin()
{
    QVector<double> keys, counts;
    if (!m_values.isEmpty()) {
        const auto [lo, hi] = std::minmax_element(m_values.cbegin(), m_values.cend());
        const int n = std::clamp(int(std::sqrt(double(m_values.size())) * 2.0), 8, 50);
        const double span = *hi - *lo;
        m_binWidth = span > 0.0 ? span / n : 1.0;
        const int bins = span > 0.0 ? n : 1;
        counts.fill(0.0, bins);
        for (double v : m_values)
            ++counts[std::clamp(int((v - *lo) / m_binWidth), 0, bins - 1)];
        for (int b = 0; b < bins; ++b)
            keys << (span > 0.0 ? *lo + (b + 0.5) * m_binWidth : *lo);
    }
    m_bars->setWidth(m_binWidth);
    m_bars->setData(keys, counts, true);
}

void ThresholdHistogram::updateRange()
{
    double lo = m_threshold, hi = m_threshold;
    for (double v : m_values) {
        lo = std::min(lo, v - m_binWidth / 2);
        hi = std::max(hi, v + m_binWidth / 2);
    }
    if (hi - lo < 1e-9) {
        lo -= 1.0;
        hi += 1.0;
    }
    const double margin = (hi - lo) * 0.05;
    xAxis->setRange(lo - margin, hi + margin);
    const QVector<double> counts = binCounts();
    const double top = counts.isEmpty() ? 1.0 : *std::max_element(counts.cbegin(), counts.cend());
    yAxis->setRange(0.0, std::max(1.0, top * 1.1));
}

void ThresholdHistogram::placeLine()
{
    m_line->point1->setCoords(m_threshold, 0.0);
    m_line->point2->setCoords(m_threshold, 1.0);
}

QVector<double> ThresholdHistogram::binCentres() const
{
    QVector<double> keys;
    for (auto it = m_bars->data()->constBegin(); it != m_bars->data()->constEnd(); ++it)
        keys << it->key;
    return keys;
}

QVector<double> ThresholdHistogram::binCounts() const
{
    QVector<double> counts;
    for (auto it = m_bars->data()->constBegin(); it != m_bars->data()->constEnd(); ++it)
        counts << it->value;
    return counts;
}

double ThresholdHistogram::thresholdPixel() const
{
    return xAxis->coordToPixel(m_threshold);
}

double ThresholdHistogram::valueAtPixel(double x) const
{
    return xAxis->pixelToCoord(x);
}

double ThresholdHistogram::clampToRange(double x) const
{
    return std::clamp(x, xAxis->range().lower, xAxis->range().upper);
}

void ThresholdHistogram::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton &&
        std::abs(event->position().x() - thresholdPixel()) <= kGrabPx) {
        m_dragging = true;
        event->accept();
        return;
    }
    QCustomPlot::mousePressEvent(event);
}

void ThresholdHistogram::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging) {
        const bool near = std::abs(event->position().x() - thresholdPixel()) <= kGrabPx;
        setCursor(near ? Qt::SplitHCursor : Qt::ArrowCursor);
        QCustomPlot::mouseMoveEvent(event);
        return;
    }
    // The range stays as it is while dragging, so the line follows the pointer.
    m_threshold = clampToRange(valueAtPixel(event->position().x()));
    placeLine();
    replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT thresholdDragged(m_threshold);
    event->accept();
}

void ThresholdHistogram::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        QCustomPlot::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    m_threshold = clampToRange(valueAtPixel(event->position().x()));
    placeLine();
    replot();
    Q_EMIT thresholdChosen(m_threshold);
    event->accept();
}

} // namespace tally
