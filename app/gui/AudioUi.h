#pragma once
// The audio side of the labelling work: the waveform and the spectrogram of the current
// sample (decoded on a worker by SampleLoader), their shared time axis, cursor and
// selection, playback (Space), the spectrogram settings, and the regions — drawn with
// the region tool (R) on either view, edited by dragging, listed in the RegionList, and
// kept in the project through Labelling (one undo step each). Also Audacity label files
// (import / export) and trimming to the loudest second by the core rule
// (formats/LoudestTrim): the shown sample at once, every shown sample on a worker (one
// undo step, progress and Cancel in the status bar), or a new clip of the shown one. The view range
// of the shown sample is kept in the project and restored when it is opened again.
//
// Takes the Session (what is open and current, what changed), the labelling edits and
// the navigator (the shown rows); the main window places page(), the settings widget
// and the region list, and the actions in its menus. GUI thread only.

#include "audio/FrameSource.h"
#include "audio/Signal.h"
#include "store/Records.h"
#include "util/Result.h"

#include <QObject>

class QAction;
class QSplitter;
class QWidget;

namespace tally {

struct LoudestTrimPlan;
struct TrimTarget;
class BackgroundTask;
class Labelling;
class Player;
class RegionList;
class SampleLoader;
class SampleNavigator;
class Session;
class SpectrogramSettings;
class SpectrogramView;
class WaveformView;

class AudioUi : public QObject
{
    Q_OBJECT
public:
    // host: the window that parents dialogs and carries the window shortcuts.
    AudioUi(Session& session, Labelling& labelling, SampleNavigator& navigator, QWidget* host);

    // The central page: the waveform above the spectrogram.
    QWidget* page() const;
    WaveformView* waveformView() const { return m_waveform; }
    SpectrogramView* spectrogramView() const { return m_spectrogram; }
    SpectrogramSettings* settingsWidget() const { return m_specSettings; }
    RegionList* regionList() const { return m_regionList; }
    Player* player() const { return m_player; }
    QAction* playAction() const { return m_playAction; }
    QAction* regionToolAction() const { return m_regionToolAction; }
    // Trim to loudest (shown sample, all shown), save loudest clip, Audacity import/export.
    QList<QAction*> clipActions() const { return m_clipActions; }
    // Trimming every shown sample runs on a worker: its progress bar and Cancel button
    // (for the status bar) and the task, e.g. to wait for it.
    QWidget* trimProgressWidget() const;
    BackgroundTask* trimTask() const { return m_trimTask; }

    // The signal shown (null while loading or for an image).
    SignalPtr currentSignal() const { return m_signal; }
    qint64 selectedRegionId() const { return m_selectedRegion; }

    // With one of my regions selected: sets its class (undoable) and returns true.
    bool applyClassToSelectedRegion(qint64 classId);
    // With a region selected: deletes it (undoable) and returns true.
    bool deleteSelectedRegion();
    void zoomToFit();
    void togglePlayback();

    void trimToLoudest();
    void trimShownToLoudest();
    void saveLoudestClip();
    void importAudacity();
    void exportAudacity();

private:
    void createViews();
    void createActions();
    void connectViews();
    void applySpectrogramSettings();
    void onProjectChanged();
    void onCurrentSampleChanged(qint64 sampleId);
    // A long recording comes as a file read on demand (source->signal() null): the
    // waveform reads what it shows; spectrogram, playback and trims need the signal in
    // memory and are left out for it, with a status message saying so.
    void onSignalLoaded(qint64 sampleId, const FrameSourcePtr& source);
    // Re-reads the current sample's regions; unless forced, only when they differ from
    // the ones shown (colours and ownership change only with classes and annotator).
    void refreshRegions(bool force = true);
    void onRegionDrawn(double startSec, double endSec, double lowHz, double highHz);
    void onRegionEdited(qint64 id, double startSec, double endSec, double lowHz, double highHz);
    void onRegionSelected(qint64 id);
    void seekToRegion(qint64 id);
    void saveViewState();
    void restoreViewState();
    static Result<RegionRecord> loudestRegion(const Signal& signal, const TrimTarget& target);
    void addTrimmed(const LoudestTrimPlan& plan, const QString& projectPath);
    // Regions from an Audacity label file, classes made for unknown names (false + a
    // warning on a store error).
    bool regionsFromAudacity(const QString& file, qint64 sampleId, QList<RegionRecord>* regions,
                             int* points, bool* classesAdded);

    Session& m_session;
    Labelling& m_labelling;
    SampleNavigator& m_navigator;
    QWidget* m_host = nullptr;
    WaveformView* m_waveform = nullptr;
    SpectrogramView* m_spectrogram = nullptr;
    QSplitter* m_splitter = nullptr;
    SpectrogramSettings* m_specSettings = nullptr;
    RegionList* m_regionList = nullptr;
    SampleLoader* m_loader = nullptr;
    Player* m_player = nullptr;
    BackgroundTask* m_trimTask = nullptr;
    QAction* m_playAction = nullptr;
    QAction* m_regionToolAction = nullptr;
    QList<QAction*> m_clipActions;
    SignalPtr m_signal; // null for a long recording read on demand
    FrameSourcePtr m_source;
    qint64 m_shownSample = 0;
    qint64 m_selectedRegion = -1;
    qint64 m_regionsSample = 0; // the sample whose regions are shown
    QList<RegionRecord> m_shownRegions;
    qint64 m_restoreSample = 0; // the sample whose saved view waits for its signal
    double m_restoreStartSec = 0.0;
    double m_restoreEndSec = 0.0;
};

} // namespace tally
