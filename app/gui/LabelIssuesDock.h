#pragma once
// The Likely mislabelled queue (issue 15): the label issues confident learning finds over
// the active prediction set (assist/LabelIssues.h, shared/FORMATS.md), ranked by
// self-confidence, lowest first, with the confident joint as a heat map (given class
// down, confident class across). Find runs the finder and records the issues as
// `label-issue` flags, so the Quality column and the Flagged queue see them too.
//
// Choosing a row selects the sample (Space plays it). Its actions:
//   Relabel as Suggested   my label becomes the suggested class (one undo step);
//   Keep                   the label-issue flag is dismissed by me with the reason typed
//                          (core's FlagTriage::keep; one undo step: undismissed).
// After either the next issue is chosen. GUI thread only; owned by the main window.

#include "assist/LabelIssues.h"

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tally {

class ConfusionHeatmap;
class Labelling;
class Session;

class LabelIssuesDock : public QDockWidget
{
    Q_OBJECT
public:
    LabelIssuesDock(Session& session, Labelling& labelling, QWidget* parent = nullptr);

    // Runs the finder over the set (empty: the message says to choose one) and shows
    // the result; false with the reason in the status bar when it failed.
    bool find(const QString& setName);
    const assist::LabelIssueReport& report() const { return m_report; }
    QTableWidget* table() const { return m_table; }
    ConfusionHeatmap* heatmap() const { return m_heatmap; }
    QLineEdit* reasonEdit() const { return m_reason; }
    // The row's sample (0 = none).
    qint64 currentIssueSample() const;

public Q_SLOTS:
    void relabelAsSuggested();
    void keep();

Q_SIGNALS:
    void findRequested();

private:
    void fill();
    void selectRow(int row);
    int currentRow() const;

    Session& m_session;
    Labelling& m_labelling;
    assist::LabelIssueReport m_report;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    ConfusionHeatmap* m_heatmap = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_relabel = nullptr;
    QPushButton* m_keep = nullptr;
};

} // namespace tally
