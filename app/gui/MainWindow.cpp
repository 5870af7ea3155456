#include "gui/MainWindow.h"

#include "ImageBoxView.h"
#include "SampleTable.h"
#include "SpectrogramSettings.h"
#include "gui/AssistUi.h"
#include "gui/AudioUi.h"
#include "gui/BalanceDock.h"
#include "gui/DataMapDock.h"
#include "gui/DatasetUi.h"
#include "gui/DockLayout.h"
#include "gui/ExportRunner.h"
#include "gui/FlaggedQueue.h"
#include "gui/ImageUi.h"
#include "gui/ImportRunner.h"
#include "gui/KeyboardUi.h"
#include "gui/LabelIssuesDock.h"
#include "gui/LabelPanel.h"
#include "gui/LabelUi.h"
#include "gui/Labelling.h"
#include "gui/NewImportDialog.h"
#include "gui/ProgressUi.h"
#include "gui/QualityDock.h"
#include "gui/RegionList.h"
#include "gui/ReviewQueue.h"
#include "gui/ReviewUi.h"
#include "gui/SampleNavigator.h"
#include "gui/SeriesUi.h"
#include "gui/Session.h"
#include "gui/StartPage.h"
#include "gui/ToolModeLabel.h"
#include "models/SampleTableModel.h"
#include "store/Project.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <algorithm>

namespace tally {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentProjects");
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_session = new Session(this);
    m_labelling = new Labelling(*m_session, this);
    m_import = new ImportRunner(this);
    m_proxy = new SampleFilterModel(this);
    m_proxy->setSourceModel(m_session->sampleModel());
    m_table = new SampleTable;
    m_table->setModel(m_proxy);
    // Created in this order, they hear the Session's signals in this order: the table's
    // selection first, the main window's page switch last.
    m_navigator = new SampleNavigator(*m_session, m_table, m_proxy, this);
    m_audioUi = new AudioUi(*m_session, *m_labelling, *m_navigator, this);
    m_imageUi = new ImageUi(*m_session, *m_labelling, *m_import, this);
    m_seriesUi = new SeriesUi(*m_session, *m_labelling, *m_import, this);
    m_labelUi = new LabelUi(*m_session, *m_labelling, *m_navigator, *m_audioUi, *m_imageUi, this);
    m_labelUi->setSeriesUi(m_seriesUi);
    m_reviewUi = new ReviewUi(*m_session, *m_import, this);
    m_datasetUi = new DatasetUi(*m_session, *m_navigator, this);
    m_assistUi = new AssistUi(*m_session, *m_labelling, *m_navigator, m_labelUi->labelPanel(),
                              *m_imageUi, this);
    m_quality = new QualityDock(*m_session, this); // docked (hidden) by createDocks
    connect(m_reviewUi->flaggedQueue(), &FlaggedQueue::trimRequested, m_audioUi,
            &AudioUi::trimToLoudest);

    m_central = new QStackedWidget(this);
    m_central->addWidget(m_audioUi->page());
    m_central->addWidget(m_imageUi->view());
    m_central->addWidget(m_seriesUi->page());
    m_startPage = new StartPage;
    m_central->addWidget(m_startPage);
    // The views keep room to work in; the docks give way first.
    m_central->setMinimumSize(420, 300);
    setCentralWidget(m_central);
    m_layout = new DockLayout(this);
    m_keys = new KeyboardUi(this, [this] {
        return m_central->currentWidget() == m_imageUi->view() ? KeyboardUi::View::Image
                                                               : KeyboardUi::View::Audio;
    });
    createActions();
    createDocks();
    createMenus();
    createStatusBar();
    connectSession();
    m_layout->captureDefault();
    m_layout->restore();
    updateTitle();
    showPageForProject();
}

MainWindow::~MainWindow()
{
    // Close while every controller still exists; then the controllers go before the
    // Session they hold, and the table stops reading the Session's model.
    closeProject();
    m_proxy->setSourceModel(nullptr);
    delete m_assistUi;
    delete m_datasetUi;
    delete m_reviewUi;
    delete m_labelUi;
    delete m_imageUi;
    delete m_seriesUi;
    delete m_audioUi;
    delete m_navigator;
}

void MainWindow::createActions()
{
    m_importAction = new QAction(tr("Import &Speech Commands folder…"), this);
    m_importAction->setObjectName(QStringLiteral("file.import"));
    m_importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::actionImport);

    m_zoomFitAction = new QAction(tr("Zoom to &Fit"), this);
    m_zoomFitAction->setObjectName(QStringLiteral("view.zoomFit"));
    m_zoomFitAction->setShortcut(QKeySequence(tr("Ctrl+0")));
    connect(m_zoomFitAction, &QAction::triggered, this, [this] {
        if (m_imageUi->isImageShown())
            m_imageUi->view()->fitToWindow();
        else
            m_audioUi->zoomToFit();
    });
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString& title, const char* name, QWidget* widget,
                       Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(QLatin1String(name));
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget* samples = dock(tr("Samples"), "samplesDock", m_table, Qt::LeftDockWidgetArea);
    QDockWidget* spec = dock(tr("Spectrogram"), "spectrogramDock", m_audioUi->settingsWidget(),
                             Qt::RightDockWidgetArea);
    // The table a third of the width, the right-hand docks a fifth: on 1280 px the
    // views keep about half.
    QDockWidget* labels =
        dock(tr("Labels"), "labelsDock", m_labelUi->labelPanel(), Qt::RightDockWidgetArea);
    QDockWidget* regions =
        dock(tr("Regions"), "regionsDock", m_audioUi->regionList(), Qt::RightDockWidgetArea);
    // Height on the right: the class buttons first, the region list least.
    m_layout->setDefaultSizes([this, samples, spec, labels, regions] {
        resizeDocks({samples, spec}, {width() * 30 / 100, std::max(260, width() * 20 / 100)},
                    Qt::Horizontal);
        resizeDocks({spec, labels, regions},
                    {height() * 32 / 100, height() * 46 / 100, height() * 22 / 100}, Qt::Vertical);
    });
    // The review queue and the agreement share the Labels dock's place (hidden until
    // asked for); a saved window state, restored later, wins.
    for (QDockWidget* d : {m_reviewUi->queue()->dock(), m_reviewUi->flaggedQueue()->dock(),
                           m_reviewUi->agreementDockWidget(), static_cast<QDockWidget*>(m_quality),
                           static_cast<QDockWidget*>(m_assistUi->issuesDock()),
                           static_cast<QDockWidget*>(m_assistUi->dataMapDock())}) {
        addDockWidget(Qt::RightDockWidgetArea, d);
        tabifyDockWidget(labels, d);
        d->hide();
    }
    // The right-hand settings docks run the full height, so the balance chart below
    // the views does not have to fit under their minimum heights.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_datasetUi->balanceDock());
    m_datasetUi->balanceDock()->hide();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::actionNew);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::actionOpen);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Demo"), this, &MainWindow::actionOpenDemo);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_seriesUi->importAction());
    file->addSeparator();
    file->addAction(tr("&Close Project"), QKeySequence::Close, this, &MainWindow::closeProject);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    updateRecentMenu();
    for (QMenu* menu : {m_labelUi->editMenu(), m_labelUi->labelMenu(), m_reviewUi->menu(),
                        m_datasetUi->menu(), m_imageUi->menu(), m_assistUi->menu()})
        menuBar()->addMenu(menu);
    m_datasetUi->menu()->addSeparator();
    m_datasetUi->menu()->addAction(m_quality->runAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_audioUi->playAction());
    view->addAction(m_zoomFitAction);
    view->addSeparator();
    for (const char* name : {"samplesDock", "spectrogramDock", "labelsDock", "regionsDock"})
        view->addAction(findChild<QDockWidget*>(QLatin1String(name))->toggleViewAction());
    view->addAction(m_quality->toggleViewAction());
    view->addSeparator();
    view->addAction(m_layout->resetAction());
    // Fit is one action (Ctrl+0) for both views; the Image menu shows it after Zoom Out.
    QMenu* image = m_imageUi->menu();
    const QList<QAction*> imageActions = image->actions();
    const auto zoomOut = image->findChild<QAction*>(QStringLiteral("image.zoomOut"));
    image->insertAction(imageActions.value(imageActions.indexOf(zoomOut) + 1), m_zoomFitAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_keys->addToMenu(help);
    help->addSeparator();
    help->addAction(tr("&About Tally"), this, &MainWindow::actionAbout);

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->addAction(m_audioUi->playAction());
    tools->addAction(m_zoomFitAction);
    tools->addAction(m_importAction);
    tools->addSeparator();
    tools->addAction(m_audioUi->regionToolAction());
    tools->addAction(m_imageUi->boxToolAction());

    QList<QAction*> audio = m_audioUi->clipActions();
    audio << m_audioUi->playAction() << m_audioUi->regionToolAction();
    QList<QAction*> imageOnly = imageActions;
    imageOnly.removeAll(m_zoomFitAction);
    m_keys->registerActions(audio, imageOnly);
}

void MainWindow::createStatusBar()
{
    m_sampleInfo = new QLabel(this);
    m_sampleInfo->setObjectName(QStringLiteral("sampleInfo"));
    auto* mode = new ToolModeLabel(this);
    mode->watch(m_audioUi->regionToolAction(), tr("Drawing regions (R)"));
    mode->watch(m_imageUi->boxToolAction(), tr("Drawing boxes (B)"));
    statusBar()->addPermanentWidget(mode);
    // Beside temporary messages, not under them.
    for (QWidget* w :
         {static_cast<QWidget*>(m_labelUi->progressUi()->statusLabel()),
          static_cast<QWidget*>(m_labelUi->annotatorLabel()),
          m_datasetUi->exportRunner()->progressWidget(),
          static_cast<QWidget*>(m_imageUi->cursorLabel()), m_audioUi->trimProgressWidget(),
          static_cast<QWidget*>(m_sampleInfo), m_import->progressWidget(),
          m_quality->progressWidget(), m_assistUi->progressWidget()})
        statusBar()->addPermanentWidget(w);
}

void MainWindow::connectSession()
{
    connect(m_session, &Session::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_session, &Session::errorReported, this,
            [this](const Error& e) { statusBar()->showMessage(e.toString(), 8000); });
    connect(m_session, &Session::aboutToClose, this, [this] {
        m_import->cancel();
        m_import->wait();
    });
    connect(m_session, &Session::projectChanged, this, [this] {
        if (m_session->project())
            addRecent(m_session->project()->path());
        updateTitle();
        showPageForProject();
    });
    connect(m_session, &Session::currentSampleChanged, this, &MainWindow::onCurrentSampleChanged);
    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::actionNew);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::actionOpen);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::actionOpenDemo);
    connect(m_startPage, &StartPage::recentRequested, this, &MainWindow::openProject);
    connect(m_import, &ImportRunner::finished, this, [this](const ImportReport& report) {
        m_session->importFinished(report);
        if (m_import->lastChecked())
            m_session->showStatus(m_import->lastSummary(), 15000);
        m_navigator->selectFirstIfNone();
    });
}

bool MainWindow::openProject(const QString& path)
{
    if (const Status s = m_session->open(path); !s) {
        QMessageBox::warning(this, tr("Cannot open project"), s.error().toString());
        return false;
    }
    m_navigator->restoreSelection();
    statusBar()->showMessage(
        tr("Opened %1").arg(QDir::toNativeSeparators(m_session->project()->path())), 5000);
    return true;
}

bool MainWindow::newProject(const QString& path)
{
    if (const Status s = m_session->create(path); !s) {
        QMessageBox::warning(this, tr("Cannot create project"), s.error().toString());
        return false;
    }
    return true;
}

void MainWindow::openLastProject()
{
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first()))
        openProject(recent.first());
}

void MainWindow::closeProject()
{
    m_session->close();
}

bool MainWindow::selectSample(const QString& storedPath)
{
    return m_navigator->selectStoredPath(storedPath);
}

void MainWindow::importSpeechCommands(const QString& folder, const QString& licence,
                                      const QString& source, bool allowOutside)
{
    if (Project* project = m_session->project())
        m_import->start(project->path(), folder, licence, source,
                        ImportRunner::Format::SpeechCommands, allowOutside);
}

void MainWindow::setInteractive(bool on)
{
    m_keys->setInteractive(on);
    m_session->setInteractive(on);
    m_import->setInteractive(on);
}

// The page for the sample's kind, and one line about it in the status bar.
void MainWindow::onCurrentSampleChanged(qint64 sampleId)
{
    const SampleRecord r = m_session->sampleModel()->recordOf(sampleId);
    if (r.id <= 0)
        return;
    const bool image = r.kind == SampleKind::Image;
    if (image) {
        m_sampleInfo->setText(tr("%1 · %L2 × %L3 px").arg(r.path).arg(r.width).arg(r.height));
    } else {
        m_sampleInfo->setText(tr("%1 · %L2 Hz · %L3 ch · %L4 s")
                                  .arg(r.path)
                                  .arg(r.rateHz)
                                  .arg(r.channels)
                                  .arg(r.durationSec, 0, 'f', 3));
    }
    m_central->setCurrentWidget(image                          ? m_imageUi->view()
                                : r.kind == SampleKind::Series ? m_seriesUi->page()
                                                               : m_audioUi->page());
}

void MainWindow::updateTitle()
{
    Project* project = m_session->project();
    setWindowTitle(project ? tr("%1 — Tally").arg(QFileInfo(project->path()).fileName())
                           : tr("Tally"));
    m_importAction->setEnabled(project != nullptr);
    m_seriesUi->importAction()->setEnabled(project != nullptr);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openProject(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_startPage->setRecent(recent);
}

void MainWindow::addRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();
}

void MainWindow::actionNew()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QString(),
                                                tr("Tally projects (*.tally)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".tally")))
        path += QLatin1String(".tally");
    newProject(path);
}

void MainWindow::actionOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Tally projects (*.tally)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::actionImport()
{
    NewImportDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        importSpeechCommands(dialog.folder(), dialog.licence(), dialog.source(),
                             dialog.allowOutside());
}

// With no project the start page; with one, the page of the current sample's kind.
void MainWindow::showPageForProject()
{
    if (!m_session->project())
        m_central->setCurrentWidget(m_startPage);
    else if (m_central->currentWidget() == m_startPage)
        m_central->setCurrentWidget(m_audioUi->page());
}

void MainWindow::actionOpenDemo()
{
    const QString demo = StartPage::demoProjectPath();
    if (demo.isEmpty()) {
        const QString why = tr("No demo project found. Make one with scripts/make-demo.sh "
                               "(it writes demo/demo.tally), or set TALLY_DEMO to its path.");
        if (m_session->isInteractive())
            QMessageBox::information(this, tr("Open Demo"), why);
        statusBar()->showMessage(why, 10000);
        return;
    }
    openProject(demo);
}

void MainWindow::actionAbout()
{
    QMessageBox::about(
        this, tr("About Tally"),
        tr("<b>Tally %1</b><p>A workstation for building TinyML datasets: label, review, "
           "balance, split and export audio, sensor and image data.</p>")
            .arg(QStringLiteral(TALLY_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_layout->save();
    closeProject();
    event->accept();
}

} // namespace tally
