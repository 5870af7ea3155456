#pragma once
// A run's trend (issue 14): one point per snapshot over wall-clock time, one line per
// channel, for one feature (rms, kurtosis, a fault band energy...). A pure view: the
// owner hands in the values and listens to the signals; nothing is read or stored.
//
// Time is UTC seconds since the epoch on a date-time x axis; snapshot times must be
// ascending (indices are found by binary search). A value that is not finite is a gap
// in its line.
//
// Labels: setPointClasses() colours each snapshot's slice of a strip along the bottom
// of the plot by its class ("" = unlabelled, grey). The strip is one rectangle per run
// of equal classes, drawn by one layerable, so the redraw stays cheap for thousands of
// snapshots (no item per point). The classes are named in the legend.
//
// Mouse, as on TimePlot: the wheel zooms time around the pointer, middle-drag or
// Shift+left-drag pans. A left drag (>= kDragThresholdPx along x) selects a time range,
// drawn as a translucent band; on release rangeSelected(first, last) gives the
// snapshots inside it (inclusive), or, when none is inside, the band is dropped and
// nothing is emitted. A left click (less movement) clears the selection and emits
// pointClicked(i) for the snapshot nearest in time when it is drawn within kPickPx of
// the click (x only). Esc clears the selection. selectionCleared comes when the user
// clears an existing selection. Setters never emit. GUI thread only.

#include "Qcp.h"

#include <QDateTime>
#include <QHash>
#include <optional>
#include <utility>
#include <vector>

namespace tally {

// One channel's values of the plotted feature, one per snapshot.
struct TrendSeries
{
    QString name;
    QColor colour;
    std::vector<double> values;
};

class TrendPlot : public QCustomPlot
{
    Q_OBJECT
public:
    static constexpr double kDragThresholdPx = 4.0; // a press moving less is a click
    static constexpr double kPickPx = 10.0;         // how near a click must be to a point
    static constexpr int kClassStripPx = 8;         // height of the label strip

    explicit TrendPlot(QWidget* parent = nullptr);
    ~TrendPlot() override;

    // epochSec: UTC seconds since the epoch, ascending. A series shorter than the times
    // is padded with gaps, a longer one cut. Clears the classes, the onset and the
    // selection, and shows all of the run.
    void setTrend(const std::vector<double>& epochSec, const QList<TrendSeries>& series,
                  const QString& featureName);
    void setTrend(const std::vector<QDateTime>& times, const QList<TrendSeries>& series,
                  const QString& featureName);
    // One class per snapshot (a shorter list leaves the rest unlabelled); a class
    // missing from classColours is drawn dark grey. An empty list hides the strip.
    void setPointClasses(const QStringList& classPerPoint,
                         const QHash<QString, QColor>& classColours);
    // A vertical line labelled "onset" at that snapshot's time; nullopt (or an index
    // out of range) removes it.
    void setOnset(std::optional<int> index);
    // Selects the snapshots first..last (clamped; none when last < first).
    void setSelection(int firstIndex, int lastIndex);
    void clearSelection();
    // Shows [startSec, endSec] (epoch seconds), clamped to the run and a minimum span.
    void setVisibleRange(double startSec, double endSec);
    void zoomToFit();

    int pointCount() const { return int(m_times.size()); }
    int seriesCount() const { return int(m_series.size()); }
    QString featureName() const { return m_featureName; }
    double timeAt(int index) const { return m_times[size_t(index)]; }
    std::optional<int> onset() const { return m_onset; }
    // First and last selected snapshot, inclusive.
    std::optional<std::pair<int, int>> selection() const { return m_selection; }
    // The snapshot nearest in time to epochSec; -1 when there is none.
    int nearestIndex(double epochSec) const;
    // Widget x (pixels) of a time and back.
    double pixelAtTime(double epochSec) const;
    double timeAtPixel(double xPx) const;
    // The onset marker (hidden when there is no onset) and the selection band.
    QCPItemStraightLine* onsetLine() const { return m_onsetLine; }
    QCPItemRect* selectionBand() const { return m_band; }
    // Runs of equal classes in the strip (0 without classes).
    int classRunCount() const;

Q_SIGNALS:
    void rangeSelected(int firstIndex, int lastIndex);
    void selectionCleared();
    void pointClicked(int index);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    class ClassStrip;
    enum class Drag
    {
        None,
        Pending,
        Select,
        Pan
    };

    void rebuildGraphs();
    void rebuildClassLegend(const QHash<QString, QColor>& classColours,
                            const QStringList& classPerPoint);
    void updateValueRange();
    void updateLegend();
    void updateTickFormat();
    void placeBand(double startSec, double endSec);
    void placeOnset();
    void repaintOverlay();
    void endClick(double xPx);
    void endSelect(double xPx);
    bool clearSelectionByUser();
    double firstSec() const;
    double lastSec() const;

    std::vector<double> m_times;
    QList<TrendSeries> m_series;
    QString m_featureName;
    std::vector<QCPGraph*> m_classGraphs; // empty graphs: the classes' legend entries
    ClassStrip* m_strip = nullptr;        // owned by the plot (QObject parent)
    QCPLayer* m_overlay = nullptr;
    QCPItemStraightLine* m_onsetLine = nullptr;
    QCPItemText* m_onsetText = nullptr;
    QCPItemRect* m_band = nullptr;
    std::optional<int> m_onset;
    std::optional<std::pair<int, int>> m_selection;

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    double m_pressSec = 0.0;
    QCPRange m_pressRange;
};

} // namespace tally
