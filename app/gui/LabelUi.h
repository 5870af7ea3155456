#pragma once
// The labelling keys and menus: the Edit menu (undo / redo on the Session's stack, the
// class editor, switching annotator, blind labelling) and the Label menu (J / K next and
// previous sample, N next unlabelled, Delete, the audio controller's region and clip
// actions, one action per class with its hotkey), the Labels panel of the current sample
// and the annotator shown in the status bar. It also asks for the person working on the
// first start (the Session's annotator chooser).
//
// A class hotkey names my selected box (ImageUi), else my selected region (AudioUi),
// else labels the sample and moves on; Delete removes the selected box or region, else
// clears my label. GUI thread only.

#include <QObject>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace tally {

class AudioUi;
class ImageUi;
class LabelPanel;
class Labelling;
class SampleNavigator;
class SeriesUi;
class ProgressUi;
class Session;
class UndoActions;

class LabelUi : public QObject
{
    Q_OBJECT
public:
    // host: the window that parents dialogs and carries the window shortcuts.
    LabelUi(Session& session, Labelling& labelling, SampleNavigator& navigator, AudioUi& audio,
            ImageUi& image, QWidget* host);

    LabelPanel* labelPanel() const { return m_labelPanel; }
    QLabel* annotatorLabel() const { return m_annotatorLabel; }
    QMenu* editMenu() const { return m_editMenu; }
    QMenu* labelMenu() const { return m_labelMenu; }
    UndoActions* undoActions() const { return m_undoActions; }
    ProgressUi* progressUi() const { return m_progress; }

    // Labels the current sample (or names the selected box or region) and moves on.
    // A sensor run's selected time range takes the class first (SeriesUi).
    void setSeriesUi(SeriesUi* series) { m_series = series; }
    void applyClass(qint64 classId);
    void deleteSelectedOrClear();
    void nextUnlabelled();
    // Edit ▸ Switch Annotator: a person of the project, or a new one as its own step.
    void switchAnnotator();

private:
    void createEditMenu();
    void createLabelMenu();
    void rebuildClassActions();
    void refreshLabels();
    void onAnnotatorChanged();

    Session& m_session;
    Labelling& m_labelling;
    SampleNavigator& m_navigator;
    AudioUi& m_audio;
    SeriesUi* m_series = nullptr;
    ImageUi& m_image;
    QWidget* m_host = nullptr;
    LabelPanel* m_labelPanel = nullptr;
    QLabel* m_annotatorLabel = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_labelMenu = nullptr;
    QAction* m_blindAction = nullptr;
    UndoActions* m_undoActions = nullptr;
    ProgressUi* m_progress = nullptr;
    QList<QAction*> m_classActions;
};

} // namespace tally
