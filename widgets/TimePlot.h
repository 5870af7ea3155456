#pragma once
// Base of the plots whose x axis is time in seconds (WaveformView,
// SpectrogramView). It owns what the two views share:
//  - the visible time range, clamped to [0, duration] and to a minimum span,
//    applied to the bottom axis of every registered "time rect";
//  - the cursor line, the selection band and the play head, drawn on every
//    time rect on a buffered layer of their own (moving the play head repaints
//    only that layer);
//  - mouse handling: wheel zooms around the pointer (x only), middle-drag or
//    Shift+left-drag pans, a left click sets the cursor, a left drag selects
//    (or, with the region tool on, draws a new region);
//  - time regions (RegionItem, drawn by RegionOverlay): a click inside one selects
//    it; dragging an editable region's edge (left/right, and top/bottom for a band
//    on a frequency axis) resizes it; Ctrl- or Alt-dragging inside one moves it in
//    time. The live shape is shown during the drag; regionEdited comes once, on
//    release. Regions stay within [0, duration] with end > start.
// Subclasses register their axis rects with addTimeRect() and redraw their data
// in refreshData(), which this class calls whenever the visible range or the
// data-area width in pixels changes.
//
// Layout: stacked TimePlots (waveform above spectrogram) must put the same second
// at the same x for the same widget width. So every time rect has a fixed left
// margin (leftMarginPx: tick labels + axis label) and a fixed right margin, and
// the layout column to the right of the time rects is sideColumnWidthPx() wide
// (the spectrogram's colour scale; an empty spacer on the waveform). Both follow
// only the widget font, never the tick labels in view.
//
// Setters (setVisibleRange, setCursorSec, setSelection, setPlayhead) never emit
// the edit signals cursorChanged/selectionChanged; those come from the user.
// visibleRangeChanged is emitted whenever the range actually changes, by user or
// by code, so two views can be connected both ways without a loop.
// GUI thread only.

#include "Qcp.h"
#include "RegionItem.h"

#include <memory>
#include <vector>

namespace tally {

class RegionOverlay;

class TimePlot : public QCustomPlot
{
    Q_OBJECT
public:
    explicit TimePlot(QWidget* parent = nullptr);
    ~TimePlot() override;

    double durationSec() const { return m_durationSec; }
    double visibleStartSec() const { return m_startSec; }
    double visibleEndSec() const { return m_endSec; }
    // Seconds of the cursor; < 0 when there is none.
    double cursorSec() const { return m_cursorSec; }
    bool hasSelection() const { return m_selEndSec > m_selStartSec; }
    // Selection bounds in seconds; both -1 when there is no selection.
    double selectionStartSec() const { return m_selStartSec; }
    double selectionEndSec() const { return m_selEndSec; }
    double playheadSec() const { return m_playheadSec; }
    // Width in pixels of the data area (the time rects) after the last layout; 0 before.
    int plotWidthPx() const;
    int timeRectCount() const { return int(m_rects.size()); }
    QCPAxisRect* timeRect(int index) const { return m_rects[size_t(index)].rect; }
    // Fixed left margin of every time rect, and width of the layout column right of
    // the time rects (pixels); equal in all TimePlots that share a font.
    int leftMarginPx() const;
    int sideColumnWidthPx() const;
    static constexpr int kRightMarginPx = 12; // right margin of every time rect
    // The time (s) under a widget x coordinate (pixels), not clamped.
    double secAtPixel(double xPx) const;
    // The widget x coordinate (pixels) of a time in seconds.
    double pixelAtSec(double sec) const;

    const QList<RegionItem>& regions() const;
    qint64 selectedRegion() const;
    bool regionTool() const { return m_regionTool; }
    // Regions painted on the first time rect by the last replot (those in view).
    int drawnRegionCount() const;
    // Frequency axis of the rects registered with a frequency axis: the y
    // coordinate of a frequency (Hz) and back, clamped to [0, maxHz()]. NaN (and
    // maxHz() 0) on plots without one.
    virtual double valueAtHz(double hz) const;
    virtual double hzAtValue(double value) const;
    virtual double maxHz() const { return 0.0; }

public Q_SLOTS:
    // Clamps to [0, duration] keeping the span if possible; emits visibleRangeChanged
    // if the clamped range differs from the current one.
    void setVisibleRange(double startSec, double endSec);
    void zoomToFit();
    // sec < 0 removes the cursor.
    void setCursorSec(double sec);
    // endSec <= startSec clears the selection. Clamped to [0, duration].
    void setSelection(double startSec, double endSec);
    void clearSelection();
    // sec < 0 hides the play head.
    void setPlayhead(double sec);
    // Replaces the regions drawn (ends a region drag in progress without emitting).
    void setRegions(const QList<RegionItem>& regions);
    // -1: none. Never emits regionSelected.
    void setSelectedRegion(qint64 id);
    // On: a left drag draws a new region instead of selecting time.
    void setRegionTool(bool on);

Q_SIGNALS:
    void visibleRangeChanged(double startSec, double endSec);
    // From a left click (or the start of a left drag).
    void cursorChanged(double sec);
    // From a left drag, while dragging and on release; (-1, -1) when a click clears it.
    void selectionChanged(double startSec, double endSec);
    // A region drawn with the region tool. The band is the dragged frequency range
    // on a frequency axis (low < high), NaN on the waveform.
    void regionDrawn(double startSec, double endSec, double lowHz, double highHz);
    // A click inside a region (its id), or on empty space (-1).
    void regionSelected(qint64 id);
    // On release after resizing or moving an editable region, with its new shape.
    void regionEdited(qint64 id, double startSec, double endSec, double lowHz, double highHz);

protected:
    // Sets the time extent of the data and shows all of it. minSpanSec bounds zoom-in.
    void setDuration(double durationSec, double minSpanSec);
    // Registers a rect whose bottom axis is time; it gets the range, markers and
    // regions. frequencyAxis: its left axis maps to Hz through valueAtHz().
    void addTimeRect(QCPAxisRect* rect, bool frequencyAxis = false);
    // Puts `element` (or, when null, an empty spacer) in column 1 of row 0 of the
    // plot layout, sideColumnWidthPx() wide. Call after the time rects are placed.
    void setSideColumn(QCPLayoutElement* element);
    // Removes the markers of all time rects (call before deleting the rects).
    void removeTimeRects();
    // Redraw plottable data for the current range and plotWidthPx(). Must not call
    // replot(); the caller replots. Called only after plotWidthPx() > 0 is known,
    // or when the range changes.
    virtual void refreshData() = 0;

    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    struct Markers
    {
        QCPAxisRect* rect = nullptr;
        QCPItemStraightLine* cursor = nullptr;
        QCPItemStraightLine* playhead = nullptr;
        QCPItemRect* selection = nullptr;
    };
    enum class Drag
    {
        None,
        Pending,
        Select,
        Pan,
        DrawPending,
        Draw,
        Resize,
        Move
    };

    void onAfterLayout();
    void applyRangeToAxes();
    void updateMarkers();
    void repaintMarkers();
    QCPItemStraightLine* makeLine(QCPAxisRect* rect, const QPen& pen);
    void placeLine(QCPItemStraightLine* line, double sec);
    double clampSec(double sec) const;
    void repaintRegions();
    bool startRegionEdit(QMouseEvent* event);
    void endClick();
    RegionItem draftAt(const QPointF& pos) const;
    RegionItem editedAt(const QPointF& pos) const;
    double hzAtPixel(int rect, double yPx) const;
    void updateHoverCursor(const QPointF& pos, Qt::KeyboardModifiers modifiers);

    std::vector<Markers> m_rects;
    QCPLayer* m_markerLayer = nullptr;
    QCPLayer* m_regionLayer = nullptr;
    std::unique_ptr<RegionOverlay> m_regions;
    bool m_regionTool = false;
    double m_durationSec = 0.0;
    double m_minSpanSec = 1e-3;
    double m_startSec = 0.0;
    double m_endSec = 1.0;
    double m_cursorSec = -1.0;
    double m_selStartSec = -1.0;
    double m_selEndSec = -1.0;
    double m_playheadSec = -1.0;
    int m_lastWidthPx = 0;

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    double m_pressSec = 0.0;
    double m_pressStartSec = 0.0;
    double m_pressEndSec = 0.0;
    int m_pressRect = -1;      // time rect under the press
    qint64 m_pressRegion = -1; // region under a press that may become a click
    int m_editIndex = -1;      // region being resized or moved
    int m_editPart = 0;        // RegionOverlay::Part of the resize
    RegionItem m_editOrigin;   // its shape at the press
};

} // namespace tally
