#pragma once
// A confusion matrix between two annotators drawn as a heat map (QCPColorMap):
// rows are the first annotator's classes (top to bottom), columns the second's
// (left to right, labels under the map). Each cell is coloured by its count on a
// white-to-blue scale (a colour scale on the right) and shows the count as text;
// cells where the row and column name the same class (the agreement diagonal)
// get a dark outline. Cell text shrinks with the cells and hides when they get
// too small; the tooltip always tells the count and the row share.
//
// The matrix is whatever core computed: the widget only draws it. counts[row][col];
// missing entries count 0. A left click on a cell emits cellClicked(row, col).
// Setters never emit. GUI thread only.

#include "Qcp.h"

#include <vector>

namespace tally {

class ConfusionHeatmap : public QCustomPlot
{
    Q_OBJECT
public:
    explicit ConfusionHeatmap(QWidget* parent = nullptr);

    int rowCount() const { return int(m_rowLabels.size()); }
    int columnCount() const { return int(m_colLabels.size()); }
    QStringList rowLabels() const { return m_rowLabels; }
    QStringList columnLabels() const { return m_colLabels; }
    QString rowTitle() const { return m_rowTitle; }
    QString columnTitle() const { return m_colTitle; }
    QString title() const;
    // The count given to setMatrix (0 out of range), and the value in the colour map.
    int count(int row, int col) const;
    double cellValue(int row, int col) const;
    // The text drawn in a cell ("" out of range), and whether it is currently shown.
    QString cellText(int row, int col) const;
    bool cellTextVisible(int row, int col) const;
    // True when the cell is outlined as agreement (row and column name the same class).
    bool isDiagonal(int row, int col) const;
    QString cellToolTip(int row, int col) const;
    // Widget pixel centre of a cell, and the cell under a widget position
    // ({-1, -1} outside the map).
    QPointF cellCentre(int row, int col) const;
    QPair<int, int> cellAt(const QPointF& pos) const;
    QCPColorMap* colorMap() const { return m_map; }
    QCPColorScale* colorScale() const { return m_scale; }

public Q_SLOTS:
    // Replaces the matrix. counts[row][col]; rowTitle / colTitle name the two
    // annotators (axis labels).
    void setMatrix(const QStringList& rowLabels, const QStringList& colLabels,
                   const std::vector<std::vector<int>>& counts, const QString& rowTitle,
                   const QString& colTitle);
    void setTitle(const QString& title);
    void clear();

Q_SIGNALS:
    void cellClicked(int row, int col);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    void rebuildItems();
    void onAfterLayout();
    int maxCount() const;
    int rowTotal(int row) const;
    QCPItemText* textAt(int row, int col) const;

    QStringList m_rowLabels;
    QStringList m_colLabels;
    std::vector<std::vector<int>> m_counts;
    QString m_rowTitle;
    QString m_colTitle;

    QCPTextElement* m_title = nullptr;
    QCPColorMap* m_map = nullptr;     // owned by the plot
    QCPColorScale* m_scale = nullptr; // owned by the plot layout
    QCPItemText* m_empty = nullptr;
    std::vector<QCPItemText*> m_texts;  // row-major, owned by the plot
    std::vector<QCPItemRect*> m_frames; // diagonal outlines, owned by the plot
};

} // namespace tally
