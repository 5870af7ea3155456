#pragma once
// The labelling assistant in the GUI (issue 15): the Assist menu and what it drives.
//   Predictions ▸     the project's prediction sets; the checked one is active (project
//                     setting assist/predictions) for suggestions, U and the finder.
//   Import Predictions…   a CSV / JSON Lines file as a set (assist/PredictionImport.h);
//                     the lines left out are listed in a dialog, with file and line.
//   Accept Suggestion (Enter)   a selected predicted box becomes my box; otherwise the
//                     top class becomes my label and the next sample is shown. One undo
//                     step either way.
//   Next Most Uncertain (U)     the unlabelled sample (not labelled by me) the set is least
//                     sure about, by least confidence or margin (Uncertainty ▸).
//   Likely Mislabelled…         the LabelIssuesDock, found afresh.
//   Data Map…                   the DataMapDock over the active set.
//   Train Baseline / Detect People   assist/AssistRunner.h on a worker (the status bar's
//                     progress bar with Cancel); the new set becomes the active one.
//   Hide Suggestions in Blind Labelling   a project setting (assist/hide_in_blind).
// The suggestion shows beside the class buttons (LabelPanel::setSuggestion) as
// "Suggested: yes 91 %"; the set's predicted boxes are drawn dotted on the image
// (ImageUi::setPredictedBoxes). Suggestions never count as an annotator's label: they are
// read from the prediction tables only. GUI thread only; owned by the main window.

#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <optional>
#include <vector>

class QAction;
class QMenu;
class QWidget;

namespace tally {

struct BoxItem;
class BackgroundTask;
class DataMapDock;
class ImageUi;
class LabelIssuesDock;
class LabelPanel;
class Labelling;
class SampleNavigator;
class Session;

class AssistUi : public QObject
{
    Q_OBJECT
public:
    AssistUi(Session& session, Labelling& labelling, SampleNavigator& navigator, LabelPanel* panel,
             ImageUi& image, QWidget* host);

    QMenu* menu() const { return m_menu; }
    LabelIssuesDock* issuesDock() const { return m_issues; }
    DataMapDock* dataMapDock() const { return m_map; }
    QWidget* progressWidget() const;
    // Starts the baseline (or the person detector) on the worker; false when it cannot
    // start (no project, nothing to train on, a run in progress: the reason shown).
    bool trainBaseline(int folds = 5);
    bool detectPeople();
    bool isRunning() const;
    void waitForRun();
    QAction* acceptAction() const { return m_accept; }
    QAction* uncertainAction() const { return m_uncertain; }

    // The active set's name ("" = none) and choosing one (a project setting).
    QString activeSet() const;
    void setActiveSet(const QString& name);
    // Imports FILE as the set NAME and makes it active; *issues gets "FILE:LINE: reason"
    // of every line left out. An Error when the file cannot be read at all.
    Status importPredictions(const QString& file, const QString& name, QStringList* issues);
    bool suggestionsHidden() const;
    void setHideInBlind(bool on);
    bool margin() const { return m_margin; }
    void setMargin(bool on);

public Q_SLOTS:
    bool acceptSuggestion();
    bool nextUncertain();
    void showLabelIssues();
    void showDataMap();
    void refresh();

private:
    void createMenu();
    void rebuildSetMenu();
    void importDialog();
    // The active set's top class and its probability for the current sample.
    struct Top
    {
        QString cls;
        double prob = 0.0;
        int boxes = 0;
    };
    std::optional<Top> topOf(qint64 sampleId) const;
    QList<BoxItem> predictedBoxes(qint64 sampleId);

    Session& m_session;
    Labelling& m_labelling;
    SampleNavigator& m_navigator;
    LabelPanel* m_panel = nullptr;
    ImageUi& m_image;
    QWidget* m_host = nullptr;
    QMenu* m_menu = nullptr;
    QMenu* m_setMenu = nullptr;
    QAction* m_accept = nullptr;
    QAction* m_uncertain = nullptr;
    QAction* m_hideInBlind = nullptr;
    QAction* m_marginAction = nullptr;
    LabelIssuesDock* m_issues = nullptr;
    DataMapDock* m_map = nullptr;
    BackgroundTask* m_task = nullptr;
    bool m_margin = false;
    QHash<qint64, QString> m_predictedClass; // shown predicted box id -> class
};

} // namespace tally
