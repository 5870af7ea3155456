#pragma once
// The waveform's envelope: one vertical span per pixel column, from the column's
// minimum to its maximum, in the fill colour, with the two end pixels in the outline
// colour. One drawLines() and two drawPoints() calls a frame, however long the signal:
// the min/max pairs come from the SummaryPyramid, one per column of the plot.
// Replaces a channel fill between two QCPGraphs (a polygon fill plus two polylines),
// which was about half the cost of a waveform frame.
// GUI thread only; owned by its QCustomPlot like any plottable.

#include "Qcp.h"

#include <vector>

namespace tally {

class EnvelopePlot : public QCPAbstractPlottable
{
    Q_OBJECT
public:
    EnvelopePlot(QCPAxis* keyAxis, QCPAxis* valueAxis);

    // Column i is centred at firstKey + i * keyStep and spans [mins[i], maxs[i]].
    void setColumns(double firstKey, double keyStep, std::vector<float> mins,
                    std::vector<float> maxs);
    void clearColumns();
    void setColours(const QColor& fill, const QColor& outline);

    int columnCount() const { return int(m_mins.size()); }
    double keyAt(int column) const { return m_firstKey + column * m_keyStep; }
    float minAt(int column) const { return m_mins[size_t(column)]; }
    float maxAt(int column) const { return m_maxs[size_t(column)]; }

    double selectTest(const QPointF& pos, bool onlySelectable,
                      QVariant* details = nullptr) const override;
    QCPRange getKeyRange(bool& foundRange,
                         QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange& inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

private:
    double m_firstKey = 0.0;
    double m_keyStep = 0.0;
    std::vector<float> m_mins;
    std::vector<float> m_maxs;
    QColor m_fill;
    QColor m_outline;
    // Reused between frames.
    QVector<QLineF> m_spans;
    QVector<QPointF> m_ends;
};

} // namespace tally
