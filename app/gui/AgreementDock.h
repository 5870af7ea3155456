#pragma once
// The agreement view: for the whole project or one class (one-vs-rest), the
// percent agreement, Fleiss' kappa and Krippendorff's alpha over every annotator,
// Cohen's kappa per annotator pair (a table), region agreement at a settable IoU
// threshold, box agreement at the project's box IoU threshold (Consensus Settings),
// and the confusion matrix between two chosen annotators drawn by a
// ConfusionHeatmap. Every number comes from ProjectReview::agreementReport() and
// review/Agreement.h; this widget only formats them ("—" for undefined).
// Recomputed when shown, when its controls change and (while visible) when the
// annotations change. GUI thread only.

#include "review/ProjectReview.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace tally {

class ConfusionHeatmap;
class Session;

class AgreementDock : public QWidget
{
    Q_OBJECT
public:
    explicit AgreementDock(Session& session, QWidget* parent = nullptr);

    // The report shown (last computed).
    const AgreementReport& report() const { return m_report; }
    // What the labels say, for tests: "percent", "fleiss", "alpha", "regions", "boxes".
    QString valueText(const QString& key) const;
    QTableWidget* cohenTable() const { return m_cohen; }
    ConfusionHeatmap* heatmap() const { return m_heatmap; }
    QComboBox* scopeCombo() const { return m_scope; }
    QComboBox* raterACombo() const { return m_raterA; }
    QComboBox* raterBCombo() const { return m_raterB; }
    QDoubleSpinBox* iouSpin() const { return m_iou; }
    std::optional<qint64> classScope() const;

    static QString format(const Statistic& s);

public Q_SLOTS:
    // Re-reads the classes and annotators and recomputes everything.
    void recompute();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuildScopes();
    void rebuildRaters();
    void fillCohen();
    void updateHeatmap();
    QString raterName(qint64 id) const;

    Session& m_session;
    AgreementReport m_report;
    QComboBox* m_scope = nullptr;
    QDoubleSpinBox* m_iou = nullptr;
    QLabel* m_percent = nullptr;
    QLabel* m_fleiss = nullptr;
    QLabel* m_alpha = nullptr;
    QLabel* m_items = nullptr;
    QLabel* m_regions = nullptr;
    QLabel* m_boxes = nullptr;
    QTableWidget* m_cohen = nullptr;
    QComboBox* m_raterA = nullptr;
    QComboBox* m_raterB = nullptr;
    ConfusionHeatmap* m_heatmap = nullptr;
    bool m_dirty = true;
};

} // namespace tally
