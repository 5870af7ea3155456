#pragma once
// Tally's main window: wiring only. It owns the open Project, the sample models,
// the views and the player, and connects them; the work itself is done by core
// (store, decoding, import) and the views in tally_widgets.

#include "audio/Signal.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;

namespace tally {

class ImportRunner;
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
    void reloadSamples();
    void onCurrentRowChanged(int row);
    void onSignalLoaded(qint64 sampleId, const SignalPtr& signal);
    void togglePlayback();
    void updateTitle();
    void updateCount();
    void restoreSelection();

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
};

} // namespace tally
