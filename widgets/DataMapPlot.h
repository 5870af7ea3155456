#pragma once
// The data map (issue 15): every sample as a point of a 2-D projection of its embedding
// (core/assist/DataMap.h computes it), coloured by class. A pure view: the owner hands
// in ids, coordinates and colours, and listens to the signals; nothing is read or stored.
//
// Drawing: the points are rasterised by one layerable (DataMapLayers.h), so a redraw of
// 100,000 points stays within a frame; the legend names the colours, right of the plot.
//
// Mouse: a drag pans, the wheel zooms around the pointer (QCustomPlot's iRangeDrag and
// iRangeZoom), a double click shows all points again (resetView). A click (moving less
// than kClickSlopPx) on a point, within kPickPx of its centre, emits pointActivated.
// Hovering a point emits hovered(id) once per point entered (hovered(-1) on leaving
// the points) and shows a tooltip from the tooltip provider. In lasso mode, or with
// Shift held, a left drag draws a polygon instead of panning; on release the points
// inside it become the selection (drawn with a dark rim) and lassoSelected gives their
// ids in input order. Esc drops a lasso being drawn, or clears the selection
// (selectionCleared when there was one). Setters never emit. GUI thread only.

#include "DataMapGrid.h"
#include "DataMapLayers.h"

#include <QHash>
#include <functional>

namespace tally {

class DataMapPlot : public QCustomPlot
{
    Q_OBJECT
public:
    static constexpr double kPickPx = 6.0;      // how near the pointer must be to a point
    static constexpr double kClickSlopPx = 4.0; // a press moving less is a click
    static constexpr double kFitMargin = 0.05;  // of the points' extent, around them

    explicit DataMapPlot(QWidget* parent = nullptr);
    ~DataMapPlot() override;

    // xy: n x 2 (x, y) with n = ids.size() (a shorter xy leaves the rest out; points
    // that are not finite are not drawn). colourIndex[i] indexes palette and
    // legendNames; a missing or out-of-range index draws the point grey. Clears the
    // selection, the current sample and its neighbours, and shows all points.
    void setPoints(const QVector<qint64>& ids, const std::vector<float>& xy,
                   const QVector<int>& colourIndex, const QVector<QColor>& palette,
                   const QStringList& legendNames);
    // The tooltip text for a hovered sample; without one it reads "sample <id>".
    void setTooltipProvider(std::function<QString(qint64 id)> provider);
    void setLassoMode(bool on) { m_lassoMode = on; }
    bool lassoMode() const { return m_lassoMode; }
    // The current sample gets a ring; an unknown id (or -1) removes it.
    void setCurrent(qint64 id);
    qint64 current() const;
    // Rings on these samples, with lines to the current one; unknown ids are skipped.
    void setNeighbours(const QVector<qint64>& ids);
    void clearSelection();
    // Fits all points with the same scale on both axes, kFitMargin around them.
    void resetView();

    int pointCount() const { return m_points.count(); }
    QVector<qint64> selectedIds() const;
    // The sample drawn nearest to a widget position, within kPickPx; -1 when none.
    qint64 idAt(const QPointF& pixel) const;
    // The widget position of a sample's point (NaN for an unknown id).
    QPointF pixelOf(qint64 id) const;
    // The text of the tooltip shown last ("" once hidden), for tests.
    QString lastTooltip() const { return m_lastTooltip; }

Q_SIGNALS:
    void pointActivated(qint64 id);
    void hovered(qint64 id);
    void lassoSelected(const QVector<qint64>& ids);
    void selectionCleared();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    enum class Drag
    {
        None,
        Pan,
        Lasso
    };

    void setupLegend();
    void fitRanges();
    void rebuildLegend(const QVector<QColor>& palette, const QStringList& names);
    void updateHover(const QPointF& pos);
    void hideTooltip();
    void finishLasso();
    std::vector<int> pointsInside(const QPolygonF& pixels) const;
    void setSelection(std::vector<int> indices);
    int indexOf(qint64 id) const { return m_indexOfId.value(id, -1); }
    void repaintOverlay();

    DataMapPoints m_points;
    QVector<qint64> m_ids;
    QHash<qint64, int> m_indexOfId;
    DataMapGrid m_grid;
    DataMapScatter* m_scatter = nullptr; // owned by the plot (QObject parent)
    DataMapOverlay* m_overlay = nullptr; // owned by the plot
    QCPLayer* m_overlayLayer = nullptr;
    std::vector<QCPGraph*> m_legendGraphs; // empty graphs: the legend's entries
    std::function<QString(qint64)> m_tooltipProvider;
    QString m_lastTooltip;
    qint64 m_hoveredId = -1;
    int m_current = -1;

    bool m_lassoMode = false;
    bool m_fitted = true; // the view is resetView()'s; a resize fits again
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    bool m_moved = false;
};

} // namespace tally
