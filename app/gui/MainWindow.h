#pragma once
// Tally's main window: wiring only. It owns the open Project, the sample models,
// the views and the player, and connects them; the work itself is done by core
// (store, decoding, import) and the views in tally_widgets.

#include "audio/Signal.h"
#include "store/Records.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace tally {

class DatasetUi;
class ImageUi;
class ImportRunner;
class ReviewUi;
class Labelling;
class LabelPanel;
class RegionList;
struct RegionItem;
class Player;
class Project;
class SampleFilterModel;
class SampleLoader;
class SampleTable;
class SampleTableModel;
class SpectrogramSettings;
class SpectrogramView;
class WaveformView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString& path);
    bool newProject(const QString& path);
    void openLastProject();
    void closeProject();
    // Selects the sample with that stored path (false if not in the project).
    bool selectSample(const QString& storedPath);
    // Selects the sample with that id (clearing the table filters if they hide it).
    bool selectSampleId(qint64 sampleId);
    // Re-reads the samples (and my labels) from the project into the table.
    void reloadSamples();
    // Re-derives statuses (core/review) and reads splits into the table.
    void refreshDerived();
    // The same for one sample after an edit of its labels, votes or reviews (cheap: the
    // whole-project pass would run on every labelling keypress).
    void refreshDerivedOf(qint64 sampleId);
    // A top-level menu placed before View (for the review and dataset controllers).
    QMenu* addTopMenu(const QString& title);
    void statusMessage(const QString& text, int timeoutMs = 8000);
    bool isInteractive() const { return m_interactive; }
    // Starts a background Speech Commands import into the open project.
    void importSpeechCommands(const QString& folder, const QString& licence, const QString& source);

    // For tests and the status bar.
    Project* project() const { return m_project.get(); }
    SampleTable* sampleTable() const { return m_table; }
    WaveformView* waveformView() const { return m_waveform; }
    SpectrogramView* spectrogramView() const { return m_spectrogram; }
    SampleTableModel* sampleModel() const { return m_model; }
    ImportRunner* importRunner() const { return m_import; }
    qint64 currentSampleId() const;
    SignalPtr currentSignal() const { return m_signal; }
    Labelling* labelling() const { return m_labelling; }
    ReviewUi* reviewUi() const { return m_reviewUi; }
    DatasetUi* datasetUi() const { return m_datasetUi; }
    ImageUi* imageUi() const { return m_imageUi; }
    // The central area: page 0 the waveform and spectrogram, further pages added by
    // controllers (the image view); the current sample's kind picks the page.
    QStackedWidget* centralStack() const { return m_central; }
    bool isBlindLabelling() const;
    SampleFilterModel* sampleProxy() const { return m_proxy; }
    LabelPanel* labelPanel() const { return m_labelPanel; }
    RegionList* regionList() const { return m_regionList; }
    // The person working (stored in the user's settings; asked on first start).
    bool setAnnotator(const QString& name, int role);
    // Dialogs (first-start question, reports) are skipped when not interactive (tests).
    void setInteractive(bool on);
    // Moves the table selection by delta rows (wraps at neither end).
    void moveSelection(int delta);
    void nextUnlabelled();
    // Labels the current sample (or sets the selected region's class) and moves on.
    void applyClass(qint64 classId);
    qint64 selectedRegionId() const { return m_selectedRegion; }
    void setBlindLabelling(bool on);

Q_SIGNALS:
    // A project was opened, created or closed (project() may be null).
    void projectChanged();
    void currentSampleChanged(qint64 sampleId);
    // Labels, regions or classes changed anywhere (statuses may need re-deriving).
    void annotationsChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void connectViews();
    void applySpectrogramSettings();
    void updateRecentMenu();
    void addRecent(const QString& path);
    void onCurrentRowChanged(int row);
    void onSignalLoaded(qint64 sampleId, const SignalPtr& signal);
    void togglePlayback();
    void updateTitle();
    void updateCount();
    void restoreSelection();
    void bindProject();

    // Labelling (MainWindowLabels.cpp)
    void createLabelling();
    void createLabellingMenus();
    void rebuildClassActions();
    void refreshLabels();
    void refreshRegions();
    void ensureAnnotator();
    void onRegionDrawn(double startSec, double endSec, double lowHz, double highHz);
    void onRegionEdited(qint64 id, double startSec, double endSec, double lowHz, double highHz);
    void onRegionSelected(qint64 id);
    void seekToRegion(qint64 id);
    void deleteSelectedOrClear();
    void importAudacity();
    void exportAudacity();
    void trimToLoudest();
    void trimShownToLoudest();
    void saveLoudestClip();
    RegionRecord loudestRegion(qint64 sampleId, const Signal& signal) const;
    void saveViewState();
    void restoreViewState();

    void actionNew();
    void actionOpen();
    void actionImport();
    void actionAbout();

    std::unique_ptr<Project> m_project;
    SampleTableModel* m_model = nullptr;
    SampleFilterModel* m_proxy = nullptr;
    SampleTable* m_table = nullptr;
    WaveformView* m_waveform = nullptr;
    SpectrogramView* m_spectrogram = nullptr;
    SpectrogramSettings* m_specSettings = nullptr;
    QSplitter* m_splitter = nullptr;
    QStackedWidget* m_central = nullptr;
    SampleLoader* m_loader = nullptr;
    Player* m_player = nullptr;
    ImportRunner* m_import = nullptr;
    SignalPtr m_signal;
    QLabel* m_sampleInfo = nullptr;

    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_playAction = nullptr;
    QAction* m_zoomFitAction = nullptr;
    QAction* m_regionToolAction = nullptr;
    QAction* m_blindAction = nullptr;
    QList<QAction*> m_classActions;
    QMenu* m_labelMenu = nullptr;
    Labelling* m_labelling = nullptr;
    ReviewUi* m_reviewUi = nullptr;
    DatasetUi* m_datasetUi = nullptr;
    ImageUi* m_imageUi = nullptr;
    LabelPanel* m_labelPanel = nullptr;
    RegionList* m_regionList = nullptr;
    QLabel* m_annotatorLabel = nullptr;
    qint64 m_selectedRegion = -1;
    qint64 m_shownSample = 0;
    bool m_interactive = true;
    qint64 m_restoreSample = 0; // the sample whose saved view waits for its signal
    double m_restoreStartSec = 0.0;
    double m_restoreEndSec = 0.0;
};

} // namespace tally
