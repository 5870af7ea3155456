#pragma once
// The Class Balance dock: ClassBalanceChart over core's balance report (splits/
// BalanceItems.h + splits/Balance.h, the same code as `tally-cli balance`), samples per
// class stacked by split, by review status or by any metadata field (gender, age, …),
// in samples or hours, with warnings at settable thresholds; and rebalance plans
// (undersample / oversample / class weights) previewed on the chart before anything
// is written — a plan is never stored, an export applies it.
//
// The report is re-read when the dock is shown and after the project, its
// annotations or its splits change (refresh()); while hidden, changes only mark it
// stale. GUI thread only.

#include "splits/Balance.h"
#include "splits/BalanceItems.h"

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace tally {

class ClassBalanceChart;
class Project;
struct BalanceData;

class BalanceDock : public QDockWidget
{
    Q_OBJECT
public:
    enum class Plan
    {
        Undersample,
        Oversample,
        ClassWeights
    };

    explicit BalanceDock(QWidget* parent = nullptr);

    void setProject(Project* project);
    ClassBalanceChart* chart() const { return m_chart; }
    const BalanceReport& report() const { return m_report; }
    QString dimension() const; // "split", "status" or a metadata key
    // Re-reads the report now (if a project is open).
    void refresh();
    // Re-reads when visible, else on the next show.
    void markStale();

    // The controls, for tests and scripts (each refreshes as a user's edit would).
    void setDimension(const QString& dimension);
    void setHours(bool on);
    void setThresholds(double minShareOfLargest, qint64 minPerSplit);
    // Draws the plan on the chart (class weights: fills the weights text instead).
    // Nothing is written to the project.
    void preview(Plan plan, qint64 targetPerClass);
    void clearPreview();
    QString weightsText() const;

    // Chart data from a report: categories = classes, stacks = the dimension's values.
    static BalanceData chartData(const BalanceReport& report, bool hours);
    static QStringList orderedKeys(const BalanceReport& report);
    // The report's warnings condensed to one line per kind (and split).
    static QStringList warningLines(const BalanceReport& report);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* makeControls();
    QWidget* makePlanControls();
    void fillDimensions();
    void onPreviewClicked();
    BalanceOptions options() const;

    Project* m_project = nullptr;
    bool m_stale = true;
    bool m_sized = false;
    BalanceInputs m_inputs;
    BalanceReport m_report;
    ClassBalanceChart* m_chart = nullptr;
    QComboBox* m_by = nullptr;
    QCheckBox* m_hours = nullptr;
    QDoubleSpinBox* m_minShare = nullptr;
    QSpinBox* m_minSplit = nullptr;
    QComboBox* m_plan = nullptr;
    QSpinBox* m_target = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_clearButton = nullptr;
    QPlainTextEdit* m_weights = nullptr;
};

} // namespace tally
