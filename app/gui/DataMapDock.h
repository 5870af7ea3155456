#pragma once
// The data map (issue 15): the active prediction set's embeddings (its probabilities when it
// stored none) projected to 2-D by PCA (assist/DataMap.h, Eigen) as a DataMapPlot scatter,
// coloured by class, by label issue or by split. Hover names the sample, a click opens it,
// a lasso (Shift+drag, or the Lasso button) selects a cluster: Label Selection gives every
// selected sample the class chosen (one undo step). The current sample's k nearest neighbours
// (hnswlib) are listed with their distances, and its outlier score (mean distance to its k
// neighbours) shown. The neighbour index is built when the map is drawn, on the GUI thread with a
// wait cursor (about 1 s for 10,000 points; see README for 100,000). GUI thread only.

#include <QDockWidget>
#include <QHash>
#include <QVector>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;

namespace tally {

namespace assist {
class NeighbourIndex;
}
class DataMapPlot;
class Labelling;
class Session;

class DataMapDock : public QDockWidget
{
    Q_OBJECT
public:
    DataMapDock(Session& session, Labelling& labelling, QWidget* parent = nullptr);
    ~DataMapDock() override;

    // Reads the set and draws it; false (the reason in the status bar) when it cannot.
    bool load(const QString& setName);
    DataMapPlot* plot() const { return m_plot; }
    QListWidget* neighbours() const { return m_neighbours; }
    QComboBox* colourBy() const { return m_colourBy; }
    // Gives every lasso-selected sample the class (one undo step); the count labelled.
    int labelSelection(qint64 classId);
    double outlierScore(qint64 sampleId) const;

private:
    void recolour();
    void showNeighbours(qint64 sampleId);

    Session& m_session;
    Labelling& m_labelling;
    DataMapPlot* m_plot = nullptr;
    QComboBox* m_colourBy = nullptr;
    QComboBox* m_labelClass = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_neighbours = nullptr;
    QVector<qint64> m_ids;
    std::vector<float> m_xy;
    QHash<qint64, int> m_index;
    std::vector<float> m_outliers;
    std::unique_ptr<assist::NeighbourIndex> m_knn;
};

} // namespace tally
