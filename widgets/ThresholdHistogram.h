#pragma once
// A histogram of one check's measured values (QCPBars, one bar per bin) with the
// check's threshold as a vertical line the person drags with the mouse: pressing within
// kGrabPx of the line takes it, moving drags it (thresholdDragged(value) each move),
// releasing drops it (thresholdChosen(value)). Values are in the check's unit
// (setUnit, shown under the x axis); values that are not finite are left out. The x range
// holds every value and the threshold; a drag stays inside it.
// Setters never emit. GUI thread only.

#include "Qcp.h"

#include <QVector>

namespace tally {

class ThresholdHistogram : public QCustomPlot
{
    Q_OBJECT
public:
    static constexpr int kGrabPx = 8; // how near the line a press takes it

    explicit ThresholdHistogram(QWidget* parent = nullptr);

    void setValues(const QVector<double>& values);
    void setThreshold(double threshold);
    void setUnit(const QString& unit);

    double threshold() const { return m_threshold; }
    QString unit() const { return m_unit; }
    int valueCount() const { return int(m_values.size()); }
    const QVector<double>& values() const { return m_values; }
    // The bins as drawn: their centres, their counts and their width (x units).
    QVector<double> binCentres() const;
    QVector<double> binCounts() const;
    double binWidth() const { return m_binWidth; }
    // Where the line is drawn (widget pixels, x), and the value under a pixel.
    double thresholdPixel() const;
    double valueAtPixel(double x) const;
    bool isDragging() const { return m_dragging; }
    QCPBars* bars() const { return m_bars; }

Q_SIGNALS:
    void thresholdDragged(double threshold);
    void thresholdChosen(double threshold);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void rebin();
    void updateRange();
    void placeLine();
    double clampToRange(double x) const;

    QVector<double> m_values;
    double m_threshold = 0.0;
    double m_binWidth = 1.0;
    QString m_unit;
    QCPBars* m_bars = nullptr;
    QCPItemStraightLine* m_line = nullptr;
    bool m_dragging = false;
};

} // namespace tally
