#pragma once
// The Quality dock (issue 13): the quality checks of core/quality with their active flag
// counts (store/Flags.h activeCounts), the histogram of the selected check's stored
// measures (quality/CheckHistogram.h) with its threshold, and Run Checks.
//   - Clicking a check's row filters the sample table to the samples with an active flag
//     of it ("All": of any check); clicking the filtering row again shows every sample.
//   - Dragging the threshold line or editing the spin box sets the check's main parameter:
//     Flags::setSetting as one step on the Session's undo stack (undo writes the old value
//     back), then the check runs again on a worker (QualityRunner over the stored
//     measures, so nothing is decoded) and the counts, the Quality column and the filter
//     follow (Session::reloadFlags).
//   - While the line is dragged the check's count shows, in italics, how many stored
//     values the check would flag at the line (CheckHistogram::countFlagged), and the
//     label under the histogram says so; nothing is written until the line is dropped.
//   - Run Checks runs every check on a worker with the status bar's progress and Cancel
//     (a cancelled run records nothing).
// Changes asked for while a run is on are run after it, in one run. GUI thread only; the
// workers open projects of their own and never touch this object.

#include "quality/QualityRunner.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QVector>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tally {

class BackgroundTask;
class Session;
class ThresholdHistogram;

class QualityDock : public QDockWidget
{
    Q_OBJECT
public:
    QualityDock(Session& session, QWidget* parentWindow);
    ~QualityDock() override;

    QAction* runAction() const { return m_runAction; }
    QWidget* progressWidget() const;
    QTableWidget* checkTable() const { return m_table; }
    ThresholdHistogram* histogram() const { return m_histogram; }
    QDoubleSpinBox* thresholdSpin() const { return m_spin; }
    // What the label under the histogram says ("" when not dragging).
    QString previewText() const;

    // The table's row of a check ("" = All), -1 if none; the count it shows.
    int rowOfCheck(const QString& check) const;
    QString countShown(const QString& check) const;
    // The check whose histogram is shown ("" = none).
    QString shownCheck() const { return m_shownCheck; }
    // As a click on the check's row ("" = All).
    void clickCheck(const QString& check);
    // Sets the shown check's main parameter (undoable) and re-runs it; false when no check
    // with a threshold is shown or the value is the current one.
    bool setThreshold(double value);
    // Every check, on a worker; false (a status message says why) when no project is open
    // or a run is on.
    bool runChecks();
    bool isBusy() const;
    void cancel();
    void wait();
    const QualityReport& lastReport() const { return m_report; }

Q_SIGNALS:
    // A run ended and the flags were read again (cancelled runs too).
    void runFinished();
    // The histogram shows the stored values of shownCheck().
    void valuesShown();

private:
    void buildTable();
    QWidget* buildThresholdPanel();
    void refreshCounts();
    void onCellClicked(int row);
    void showCheck(const QString& check);
    void showThreshold(double value);
    void previewThreshold(double value);
    void loadValues();
    bool applySetting(const QString& check, const QString& param, double value);
    void requestRun(const QStringList& checks);
    void startRun(const QStringList& checks);
    void onRunFinished(const QualityReport& report, bool all);
    void onProjectChanged();

    struct Values
    {
        QString check;
        int generation = 0;
        QVector<double> values;
        QString error;
    };

    Session& m_session;
    BackgroundTask* m_task = nullptr;
    QAction* m_runAction = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_paramLabel = nullptr;
    QLabel* m_previewLabel = nullptr;
    QDoubleSpinBox* m_spin = nullptr;
    ThresholdHistogram* m_histogram = nullptr;
    QPushButton* m_runButton = nullptr;
    QString m_shownCheck;
    QStringList m_pending; // checks to run again after the current run
    QualityReport m_report;
    QFutureWatcher<Values> m_values;
    int m_generation = 0;
};

} // namespace tally
