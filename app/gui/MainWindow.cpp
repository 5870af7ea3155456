#include "gui/MainWindow.h"

#include "ImageBoxView.h"
#include "SampleTable.h"
#include "SpectrogramSettings.h"
#include "SpectrogramView.h"
#include "WaveformView.h"
#include "gui/DatasetUi.h"
#include "gui/ImageUi.h"
#include "gui/ImportRunner.h"
#include "gui/LabelPanel.h"
#include "gui/Labelling.h"
#include "gui/NewImportDialog.h"
#include "gui/Player.h"
#include "gui/ReviewUi.h"
#include "gui/SampleLoader.h"
#include "models/SampleTableModel.h"
#include "review/ProjectReview.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Splits.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace tally {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentProjects");
const QString kLastSampleKey = QStringLiteral("gui/lastSample");
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_model = new SampleTableModel(this);
    m_proxy = new SampleFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_loader = new SampleLoader(this);
    m_player = new Player(this);
    m_import = new ImportRunner(this);

    m_waveform = new WaveformView;
    m_waveform->setObjectName(QStringLiteral("waveform"));
    m_spectrogram = new SpectrogramView;
    m_spectrogram->setObjectName(QStringLiteral("spectrogram"));
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_waveform);
    m_splitter->addWidget(m_spectrogram);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_splitter);
    setCentralWidget(m_central);

    createActions();
    createDocks();
    createLabelling();
    createMenus();
    createLabellingMenus();
    connectViews();
    m_reviewUi = new ReviewUi(this);
    m_datasetUi = new DatasetUi(this);
    m_imageUi = new ImageUi(this);
    m_sampleInfo = new QLabel(this);
    statusBar()->addPermanentWidget(m_sampleInfo);
    statusBar()->addPermanentWidget(m_import->progressWidget());
    resize(1400, 860);
    restoreGeometry(QSettings().value(QStringLiteral("gui/geometry")).toByteArray());
    restoreState(QSettings().value(QStringLiteral("gui/state")).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Close while the labelling controller (a child, deleted after the members) still
    // exists, so its prepared statements go before the connection does.
    closeProject();
}

void MainWindow::createActions()
{
    m_importAction = new QAction(tr("Import &Speech Commands folder…"), this);
    m_importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::actionImport);

    m_playAction = new QAction(tr("&Play / Stop"), this);
    m_playAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_playAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_playAction, &QAction::triggered, this, &MainWindow::togglePlayback);
    addAction(m_playAction);

    m_zoomFitAction = new QAction(tr("Zoom to &Fit"), this);
    m_zoomFitAction->setShortcut(QKeySequence(tr("Ctrl+0")));
    connect(m_zoomFitAction, &QAction::triggered, this, [this] {
        if (m_imageUi && m_imageUi->isImageShown())
            m_imageUi->view()->fitToWindow();
        else
            m_waveform->zoomToFit();
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::actionNew);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::actionOpen);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(tr("&Close Project"), QKeySequence::Close, this, &MainWindow::closeProject);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    updateRecentMenu();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_playAction);
    view->addAction(m_zoomFitAction);
    view->addSeparator();
    m_viewMenu = view;
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tally"), this, &MainWindow::actionAbout);

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->addAction(m_playAction);
    tools->addAction(m_zoomFitAction);
    tools->addAction(m_importAction);
}

void MainWindow::createDocks()
{
    m_table = new SampleTable;
    m_table->setModel(m_proxy);
    auto* samplesDock = new QDockWidget(tr("Samples"), this);
    samplesDock->setObjectName(QStringLiteral("samplesDock"));
    samplesDock->setWidget(m_table);
    addDockWidget(Qt::LeftDockWidgetArea, samplesDock);

    m_specSettings = new SpectrogramSettings;
    auto* specDock = new QDockWidget(tr("Spectrogram"), this);
    specDock->setObjectName(QStringLiteral("spectrogramDock"));
    specDock->setWidget(m_specSettings);
    addDockWidget(Qt::RightDockWidgetArea, specDock);
    resizeDocks({samplesDock, specDock}, {560, 200}, Qt::Horizontal);
}

void MainWindow::connectViews()
{
    connect(m_table, &SampleTable::classFilterChanged, m_proxy, &SampleFilterModel::setClassFilter);
    connect(m_table, &SampleTable::textFilterChanged, m_proxy, &SampleFilterModel::setTextFilter);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCount);
    connect(m_table, &SampleTable::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_loader, &SampleLoader::loaded, this, &MainWindow::onSignalLoaded);
    connect(m_loader, &SampleLoader::failed, this, [this](qint64, const QString& message) {
        m_signal.reset();
        m_waveform->setSignal({});
        m_spectrogram->setSignal({});
        statusBar()->showMessage(message, 10000);
    });
    // Waveform and spectrogram share one time axis, cursor and selection.
    connect(m_waveform, &WaveformView::visibleRangeChanged, m_spectrogram,
            &SpectrogramView::setVisibleRange);
    connect(m_spectrogram, &SpectrogramView::visibleRangeChanged, m_waveform,
            &WaveformView::setVisibleRange);
    connect(m_waveform, &WaveformView::cursorChanged, m_spectrogram,
            &SpectrogramView::setCursorSec);
    connect(m_spectrogram, &SpectrogramView::cursorChanged, m_waveform,
            &WaveformView::setCursorSec);
    connect(m_waveform, &WaveformView::selectionChanged, m_spectrogram,
            &SpectrogramView::setSelection);
    connect(m_spectrogram, &SpectrogramView::selectionChanged, m_waveform,
            &WaveformView::setSelection);
    connect(m_player, &Player::positionChanged, m_waveform, &WaveformView::setPlayhead);
    connect(m_player, &Player::positionChanged, m_spectrogram, &SpectrogramView::setPlayhead);
    connect(m_player, &Player::unavailable, this,
            [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    connect(m_specSettings, &SpectrogramSettings::changed, this,
            &MainWindow::applySpectrogramSettings);
    connect(m_import, &ImportRunner::finished, this, [this](const ImportReport& report) {
        reloadSamples();
        if (m_table->currentRow() < 0)
            m_table->selectRow(0);
        statusBar()->showMessage(ImportRunner::summary(report), 15000);
    });
}

void MainWindow::applySpectrogramSettings()
{
    const double rate = m_signal ? m_signal->rateHz : 16000.0;
    m_spectrogram->setParams(m_specSettings->params(rate));
    m_spectrogram->setDbRange(m_specSettings->minDb(), m_specSettings->maxDb());
    static const QCPColorGradient::GradientPreset presets[] = {
        QCPColorGradient::gpThermal, QCPColorGradient::gpGrayscale, QCPColorGradient::gpJet,
        QCPColorGradient::gpHot,     QCPColorGradient::gpCold,      QCPColorGradient::gpNight,
        QCPColorGradient::gpPolar};
    const int idx = std::clamp(m_specSettings->gradientIndex(), 0, int(std::size(presets)) - 1);
    m_spectrogram->setGradient(presets[idx]);
}

bool MainWindow::openProject(const QString& path)
{
    auto opened = Project::open(path);
    if (!opened.isOk()) {
        QMessageBox::warning(this, tr("Cannot open project"), opened.error().toString());
        return false;
    }
    closeProject();
    m_project = std::move(opened).value();
    bindProject();
    restoreViewState();
    reloadSamples();
    restoreSelection();
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_project->path())),
                             5000);
    return true;
}

bool MainWindow::newProject(const QString& path)
{
    auto created = Project::create(path);
    if (!created.isOk()) {
        QMessageBox::warning(this, tr("Cannot create project"), created.error().toString());
        return false;
    }
    closeProject();
    m_project = std::move(created).value();
    bindProject();
    reloadSamples();
    updateTitle();
    return true;
}

void MainWindow::bindProject()
{
    addRecent(m_project->path());
    m_labelling->setProject(m_project.get());
    ensureAnnotator();
    const QSignalBlocker block(m_blindAction);
    m_blindAction->setChecked(m_project->setting(QStringLiteral("blind_labelling")) ==
                              QLatin1String("1"));
    rebuildClassActions();
    Q_EMIT projectChanged();
}

void MainWindow::openLastProject()
{
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first()))
        openProject(recent.first());
}

void MainWindow::closeProject()
{
    if (!m_project)
        return;
    m_import->cancel();
    m_import->wait();
    m_player->stop();
    m_model->clear();
    m_signal.reset();
    m_waveform->setSignal({});
    m_spectrogram->setSignal({});
    m_labelling->setProject(nullptr);
    rebuildClassActions();
    m_project.reset();
    updateTitle();
    Q_EMIT projectChanged();
}

QMenu* MainWindow::addTopMenu(const QString& title)
{
    auto* menu = new QMenu(title, this);
    menuBar()->insertMenu(m_viewMenu->menuAction(), menu);
    return menu;
}

void MainWindow::statusMessage(const QString& text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

bool MainWindow::selectSampleId(qint64 sampleId)
{
    const int src = m_model->rowOfSample(sampleId);
    if (src < 0)
        return false;
    int row = m_proxy->mapFromSource(m_model->index(src, 0)).row();
    if (row < 0) { // hidden by a filter: show everything
        m_table->clearFilters();
        row = m_proxy->mapFromSource(m_model->index(src, 0)).row();
    }
    m_table->selectRow(row);
    return row >= 0;
}

bool MainWindow::selectSample(const QString& storedPath)
{
    if (!m_project)
        return false;
    auto rec = m_project->sampleByPath(storedPath);
    if (!rec.isOk() && QFileInfo::exists(storedPath)) // a path on disk, as tally-cli takes them
        rec = m_project->sampleByPath(
            m_project->toStoredPath(QFileInfo(storedPath).absoluteFilePath()));
    if (!rec.isOk()) {
        statusBar()->showMessage(rec.error().toString(), 8000);
        return false;
    }
    const int src = m_model->rowOfSample(rec.value().id);
    const int row = src < 0 ? -1 : m_proxy->mapFromSource(m_model->index(src, 0)).row();
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void MainWindow::importSpeechCommands(const QString& folder, const QString& licence,
                                      const QString& source)
{
    if (!m_project)
        return;
    m_import->start(m_project->path(), folder, licence, source);
}

qint64 MainWindow::currentSampleId() const
{
    const int row = m_table->currentRow();
    return row < 0 ? 0 : m_proxy->index(row, 0).data(SampleTableModel::SampleIdRole).toLongLong();
}

void MainWindow::reloadSamples()
{
    const qint64 keep = currentSampleId();
    if (m_project) {
        m_model->reload(*m_project);
        if (m_labelling->project())
            m_model->setMyLabels(
                Labels(*m_labelling->project()).labelNamesBy(m_labelling->annotator().id));
        refreshDerived();
        m_table->setClasses(m_project->classNames());
    } else {
        m_model->clear();
        m_table->setClasses({});
    }
    if (keep > 0) {
        const int src = m_model->rowOfSample(keep);
        if (src >= 0)
            m_table->selectRow(m_proxy->mapFromSource(m_model->index(src, 0)).row());
    }
    updateCount();
}

void MainWindow::refreshDerived()
{
    if (!m_project)
        return;
    QHash<qint64, QString> statuses;
    const QHash<qint64, SampleStatus> derived = ProjectReview(*m_project).statuses();
    for (auto it = derived.cbegin(); it != derived.cend(); ++it)
        statuses.insert(it.key(), sampleStatusName(it.value()));
    m_model->setStatuses(statuses);
    m_model->setSplits(Splits(*m_project).splits());
    if (m_imageUi)
        m_imageUi->refreshVww();
}

void MainWindow::refreshDerivedOf(qint64 sampleId)
{
    if (!m_project)
        return;
    const auto status = ProjectReview(*m_project).statusOf(sampleId);
    if (status.isOk())
        m_model->setStatus(sampleId, sampleStatusName(status.value()));
}

void MainWindow::restoreSelection()
{
    const qint64 last = m_project->setting(kLastSampleKey).toLongLong();
    const int src = last > 0 ? m_model->rowOfSample(last) : -1;
    const int row = src >= 0 ? m_proxy->mapFromSource(m_model->index(src, 0)).row() : 0;
    m_table->selectRow(row);
}

void MainWindow::onCurrentRowChanged(int row)
{
    if (!m_project || row < 0)
        return;
    m_player->stop();
    const QModelIndex src = m_proxy->mapToSource(m_proxy->index(row, 0));
    const SampleRecord& r = m_model->record(src.row());
    m_project->setSetting(kLastSampleKey, QString::number(r.id));
    m_selectedRegion = -1;
    refreshLabels();
    refreshRegions();
    const bool image = r.kind == SampleKind::Image;
    // Space pans the image view; it plays only audio.
    m_playAction->setEnabled(!image);
    if (image) {
        m_sampleInfo->setText(tr("%1 · %2 × %3 px").arg(r.path).arg(r.width).arg(r.height));
    } else {
        m_sampleInfo->setText(tr("%1 · %2 Hz · %3 ch · %4 s")
                                  .arg(r.path)
                                  .arg(r.rateHz)
                                  .arg(r.channels)
                                  .arg(r.durationSec, 0, 'f', 3));
        m_loader->load(r.id, m_project->toAbsolutePath(r.path));
    }
    m_central->setCurrentIndex(image ? m_central->count() - 1 : 0);
    Q_EMIT currentSampleChanged(r.id);
}

void MainWindow::onSignalLoaded(qint64 sampleId, const SignalPtr& signal)
{
    m_signal = signal;
    m_shownSample = sampleId;
    applySpectrogramSettings();
    m_waveform->setSignal(signal);
    m_spectrogram->setSignal(signal);
    if (m_restoreSample == sampleId && m_restoreEndSec > m_restoreStartSec)
        m_waveform->setVisibleRange(m_restoreStartSec, m_restoreEndSec);
    m_restoreSample = 0;
}

void MainWindow::togglePlayback()
{
    if (m_player->isPlaying()) {
        m_player->stop();
        return;
    }
    if (!m_signal)
        return;
    if (m_waveform->hasSelection())
        m_player->play(m_signal, m_waveform->selectionStartSec(), m_waveform->selectionEndSec());
    else
        m_player->play(m_signal, std::max(0.0, m_waveform->cursorSec()), 0.0);
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_project ? tr("%1 — Tally").arg(QFileInfo(m_project->path()).fileName())
                             : tr("Tally"));
    m_importAction->setEnabled(m_project != nullptr);
}

void MainWindow::updateCount()
{
    m_table->setCountText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openProject(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
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
        importSpeechCommands(dialog.folder(), dialog.licence(), dialog.source());
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
    QSettings settings;
    settings.setValue(QStringLiteral("gui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("gui/state"), saveState());
    closeProject();
    event->accept();
}

} // namespace tally
