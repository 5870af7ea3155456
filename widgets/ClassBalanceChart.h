#pragma once
// Stacked bar chart of a dataset's balance: one bar per category (class, or a
// value of a demographic field), one stacked segment per stack (split or
// status). Above each bar: its total and its share of the grand total; hovering
// a segment shows its amount and its share of the bar and of the stack. A legend
// names the stacks; a title sits on top; warnings are listed in red below.
//
// Rebalance preview: setPreview() draws the planned amounts as outlined
// ("ghost") stacked bars right of the current ones, labelled the same way, so a
// plan can be judged before anything is written. Preview values are matched to
// the current data by category and stack name; a category or stack missing from
// the preview counts 0, and preview-only categories are not shown.
//
// Orientation: Qt::Vertical (default) draws categories along x and amounts up;
// Qt::Horizontal draws categories down the left and amounts along x (better for
// many or long category names).
//
// A left click on a category's column emits categoryClicked(name). Setters never
// emit. GUI thread only.

#include "BalanceData.h"
#include "Qcp.h"

#include <vector>

namespace tally {

class ClassBalanceChart : public QCustomPlot
{
    Q_OBJECT
public:
    explicit ClassBalanceChart(QWidget* parent = nullptr);

    const BalanceData& data() const { return m_data; }
    int categoryCount() const { return int(m_data.categories.size()); }
    int stackCount() const { return int(m_data.stacks.size()); }
    bool hasPreview() const { return m_hasPreview; }
    Qt::Orientation orientation() const { return m_orientation; }
    QString title() const;
    QStringList warnings() const { return m_warnings; }
    // The warnings row as drawn ("" and hidden when there are none).
    QString warningText() const;
    bool warningsVisible() const;
    // NaN when no threshold line is shown.
    double thresholdLine() const { return m_threshold; }

    // Amount drawn for a segment, read back from the plotted bars (0 out of range).
    double barValue(int stack, int category) const;
    // Planned amount drawn in the preview; NaN without a preview.
    double previewValue(int stack, int category) const;
    // Sum of a category's segments, as drawn.
    double categoryTotal(int category) const;
    // The label above a bar ("120\n34.5%"), and above its preview bar ("" if none).
    QString barLabel(int category) const;
    QString previewLabel(int category) const;
    // Text of the hover tooltip for a segment.
    QString segmentToolTip(int stack, int category) const;
    // The plotted bars of a stack (current data) and of its preview (null if none).
    QCPBars* bars(int stack) const;
    QCPBars* previewBars(int stack) const;
    // Widget pixel position of the middle of a category's current bar at half its
    // height (for tests and tooltips).
    QPointF barCentre(int category) const;
    // The category under a widget position, or -1.
    int categoryAt(const QPointF& pos) const;

    // An amount formatted in the data's unit ("120", "3.25 h").
    QString formatAmount(double value) const;

public Q_SLOTS:
    // Replaces the data; keeps a preview only if one is set again afterwards.
    void setData(const BalanceData& data);
    void setPreview(const BalanceData& after);
    void clearPreview();
    void setTitle(const QString& title);
    // Shown in red below the chart, one per line; an empty list hides the row.
    void setWarnings(const QStringList& warnings);
    // A dashed line across the bars at `value` (in the data's unit), e.g. the
    // under-share threshold; NaN or a negative value hides it.
    void setThresholdLine(double value);
    void clearThresholdLine();
    void setOrientation(Qt::Orientation orientation);

Q_SIGNALS:
    void categoryClicked(const QString& category);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QColor stackColour(int stack) const;
    QCPAxis* keyAxis() const;
    QCPAxis* valueAxis() const;
    QCPBars* makeBars(int stack, bool preview);
    void rebuild();
    void fillBars();
    void rebuildLabels();
    void rebuildThreshold();
    void updateRanges();
    void updateLegend();
    void onAfterLayout();
    double planned(int stack, int category) const;
    double plannedTotal(int category) const;
    QString labelText(double total, double grandTotal) const;

    BalanceData m_data;
    BalanceData m_preview;
    bool m_hasPreview = false;
    Qt::Orientation m_orientation = Qt::Vertical;
    QStringList m_warnings;
    double m_threshold;

    QCPTextElement* m_title = nullptr;
    QCPTextElement* m_warningRow = nullptr;
    QCPItemText* m_empty = nullptr;
    QCPItemStraightLine* m_thresholdLine = nullptr;
    QCPItemText* m_thresholdText = nullptr;
    std::vector<QCPBars*> m_bars;        // per stack, owned by the plot
    std::vector<QCPBars*> m_previewBars; // per stack, owned by the plot; empty without preview
    QCPBars* m_previewKey = nullptr;     // data-less bars naming the preview in the legend
    std::vector<QCPItemText*> m_labels;  // per category, owned by the plot
    std::vector<QCPItemText*> m_previewLabels;
};

} // namespace tally
