#pragma once
// Tally's main window: wiring and docking only. The Session owns the open project and
// says what changed; the controllers (AudioUi, ImageUi, LabelUi, ReviewUi, DatasetUi)
// take the Session and do the work; this window creates them, places their pages, docks,
// menus and status-bar widgets, and keeps the File, View and Help menus.

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace tally {

class AudioUi;
class AssistUi;
class DatasetUi;
class DockLayout;
class ImageUi;
class ImportRunner;
class KeyboardUi;
class LabelUi;
class QualityDock;
class Labelling;
class ReviewUi;
class SampleFilterModel;
class SampleNavigator;
class SampleTable;
class SeriesUi;
class Session;
class StartPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Open / create a project file (a warning dialog and false on error).
    bool openProject(const QString& path);
    bool newProject(const QString& path);
    void openLastProject();
    void closeProject();
    // Selects the sample with that stored path, or that path on disk.
    bool selectSample(const QString& storedPath);
    // Starts a background Speech Commands import into the open project.
    void importSpeechCommands(const QString& folder, const QString& licence, const QString& source,
                              bool allowOutside = false);
    // Dialogs (first-start question, reports) are skipped when not interactive (tests).
    void setInteractive(bool on);

    Session* session() const { return m_session; }
    Labelling* labelling() const { return m_labelling; }
    SampleNavigator* navigator() const { return m_navigator; }
    SampleTable* sampleTable() const { return m_table; }
    SampleFilterModel* sampleProxy() const { return m_proxy; }
    ImportRunner* importRunner() const { return m_import; }
    AudioUi* audioUi() const { return m_audioUi; }
    ImageUi* imageUi() const { return m_imageUi; }
    SeriesUi* seriesUi() const { return m_seriesUi; }
    LabelUi* labelUi() const { return m_labelUi; }
    ReviewUi* reviewUi() const { return m_reviewUi; }
    DatasetUi* datasetUi() const { return m_datasetUi; }
    AssistUi* assistUi() const { return m_assistUi; }
    QualityDock* qualityDock() const { return m_quality; }
    DockLayout* dockLayout() const { return m_layout; }
    KeyboardUi* keyboard() const { return m_keys; }
    StartPage* startPage() const { return m_startPage; }
    // The central area: page 0 the waveform and spectrogram, page 1 the image view, page 2
    // the start page (no project open); the current sample's kind picks the page.
    QStackedWidget* centralStack() const { return m_central; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createDocks();
    void createMenus();
    void createStatusBar();
    void connectSession();
    void onCurrentSampleChanged(qint64 sampleId);
    void updateTitle();
    void updateRecentMenu();
    void addRecent(const QString& path);
    void actionNew();
    void actionOpen();
    void actionImport();
    void actionAbout();
    void actionOpenDemo();
    void showPageForProject();

    Session* m_session = nullptr;
    Labelling* m_labelling = nullptr;
    ImportRunner* m_import = nullptr;
    SampleFilterModel* m_proxy = nullptr;
    SampleTable* m_table = nullptr;
    SampleNavigator* m_navigator = nullptr;
    AudioUi* m_audioUi = nullptr;
    ImageUi* m_imageUi = nullptr;
    SeriesUi* m_seriesUi = nullptr;
    LabelUi* m_labelUi = nullptr;
    ReviewUi* m_reviewUi = nullptr;
    DatasetUi* m_datasetUi = nullptr;
    AssistUi* m_assistUi = nullptr;
    QualityDock* m_quality = nullptr;
    QStackedWidget* m_central = nullptr;
    StartPage* m_startPage = nullptr;
    DockLayout* m_layout = nullptr;
    KeyboardUi* m_keys = nullptr;
    QLabel* m_sampleInfo = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_zoomFitAction = nullptr;
};

} // namespace tally
