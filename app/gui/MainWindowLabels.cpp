// MainWindow: the labelling side — annotator, class hotkeys, labels, regions,
// undo/redo, Audacity label files and trimming to the loudest second.
#include "RegionItem.h"
#include "SampleTable.h"
#include "SpectrogramView.h"
#include "WaveformView.h"
#include "audio/AudioDecoder.h"
#include "audio/LoudestWindow.h"
#include "formats/AudacityLabels.h"
#include "formats/AudacityRegions.h"
#include "formats/DerivedClip.h"
#include "gui/AnnotatorDialog.h"
#include "gui/ClassEditor.h"
#include "gui/ImageUi.h"
#include "gui/ImportRunner.h"
#include "gui/LabelPanel.h"
#include "gui/Labelling.h"
#include "gui/MainWindow.h"
#include "gui/RegionList.h"
#include "models/SampleTableModel.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Regions.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <cmath>

namespace tally {

namespace {
const QString kAnnotatorKey = QStringLiteral("annotator/name");
const QString kRoleKey = QStringLiteral("annotator/role");
const QString kBlindKey = QStringLiteral("blind_labelling");
const QString kViewKey = QStringLiteral("gui/lastView");
} // namespace

void MainWindow::createLabelling()
{
    m_labelling = new Labelling(this);
    m_labelPanel = new LabelPanel;
    auto* labelsDock = new QDockWidget(tr("Labels"), this);
    labelsDock->setObjectName(QStringLiteral("labelsDock"));
    labelsDock->setWidget(m_labelPanel);
    addDockWidget(Qt::RightDockWidgetArea, labelsDock);
    m_regionList = new RegionList;
    auto* regionsDock = new QDockWidget(tr("Regions"), this);
    regionsDock->setObjectName(QStringLiteral("regionsDock"));
    regionsDock->setWidget(m_regionList);
    addDockWidget(Qt::RightDockWidgetArea, regionsDock);

    m_annotatorLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_annotatorLabel); // beside temporary messages, not under them

    connect(m_labelling, &Labelling::labelsChanged, this, [this](qint64 id) {
        if (id == currentSampleId())
            refreshLabels();
        refreshDerivedOf(id);
        Q_EMIT annotationsChanged();
    });
    connect(m_labelling, &Labelling::regionsChanged, this, [this](qint64 id) {
        if (id == currentSampleId())
            refreshRegions();
        Q_EMIT annotationsChanged();
    });
    connect(m_labelling, &Labelling::classesChanged, this, [this] {
        rebuildClassActions();
        reloadSamples();
        refreshLabels();
        refreshRegions();
        Q_EMIT annotationsChanged();
    });
    connect(m_labelling, &Labelling::annotatorChanged, this, [this] {
        const AnnotatorRecord& a = m_labelling->annotator();
        m_annotatorLabel->setText(tr("Annotator: %1 (%2)").arg(a.name, annotatorRoleName(a.role)));
        m_labelPanel->setAnnotator(a.name, annotatorRoleName(a.role));
        if (m_labelling->project())
            m_model->setMyLabels(Labels(*m_labelling->project()).labelNamesBy(a.id));
        refreshLabels();
        refreshRegions();
    });
    connect(m_labelling, &Labelling::failed, this,
            [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    connect(m_labelPanel, &LabelPanel::classClicked, this, &MainWindow::applyClass);
    connect(m_labelPanel, &LabelPanel::clearClicked, this,
            [this] { m_labelling->setLabel(currentSampleId(), 0); });
    connect(m_regionList, &RegionList::regionActivated, this, &MainWindow::seekToRegion);
    connect(m_regionList, &RegionList::regionSelected, this, &MainWindow::onRegionSelected);
    connect(m_regionList, &RegionList::deleteRequested, m_labelling, &Labelling::deleteRegion);
    for (TimePlot* plot :
         {static_cast<TimePlot*>(m_waveform), static_cast<TimePlot*>(m_spectrogram)}) {
        connect(plot, &TimePlot::regionDrawn, this, &MainWindow::onRegionDrawn);
        connect(plot, &TimePlot::regionEdited, this, &MainWindow::onRegionEdited);
        connect(plot, &TimePlot::regionSelected, this, &MainWindow::onRegionSelected);
        connect(plot, &TimePlot::visibleRangeChanged, this, &MainWindow::saveViewState);
    }
}

void MainWindow::createLabellingMenus()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    menuBar()->insertMenu(m_viewMenu->menuAction(), edit);
    QAction* undo = m_labelling->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_labelling->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Classes…"), this, [this] {
        ClassEditor editor(m_labelling, this);
        editor.exec();
    });
    edit->addAction(tr("Switch &Annotator…"), this, [this] {
        AnnotatorDialog d(m_labelling->annotator().name, m_labelling->annotator().role, this);
        if (d.exec() == QDialog::Accepted)
            setAnnotator(d.name(), int(d.role()));
    });
    m_blindAction = edit->addAction(tr("&Blind Labelling (hide others' labels)"));
    m_blindAction->setCheckable(true);
    connect(m_blindAction, &QAction::toggled, this, &MainWindow::setBlindLabelling);

    m_labelMenu = menuBar()->addMenu(tr("&Label"));
    menuBar()->insertMenu(m_viewMenu->menuAction(), m_labelMenu);
    auto add = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        QAction* a = m_labelMenu->addAction(text, this, slot);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        return a;
    };
    add(tr("&Next Sample"), {QKeySequence(Qt::Key_J)}, [this] { moveSelection(1); });
    add(tr("&Previous Sample"), {QKeySequence(Qt::Key_K)}, [this] { moveSelection(-1); });
    add(tr("Next &Unlabelled"), {QKeySequence(Qt::Key_N)}, [this] { nextUnlabelled(); });
    add(tr("&Delete Region or Box / Clear My Label"), {QKeySequence(Qt::Key_Delete)},
        [this] { deleteSelectedOrClear(); });
    m_regionToolAction =
        add(tr("&Region Tool (drag draws regions)"), {QKeySequence(Qt::Key_R)}, [this] {
            m_waveform->setRegionTool(m_regionToolAction->isChecked());
            m_spectrogram->setRegionTool(m_regionToolAction->isChecked());
        });
    m_regionToolAction->setCheckable(true);
    m_labelMenu->addSeparator();
    m_labelMenu->addAction(tr("&Trim to Loudest Second"), this, &MainWindow::trimToLoudest);
    m_labelMenu->addAction(tr("Trim All &Shown Samples to Loudest Second"), this,
                           &MainWindow::trimShownToLoudest);
    m_labelMenu->addAction(tr("Save Loudest Second as New &Clip"), this,
                           &MainWindow::saveLoudestClip);
    m_labelMenu->addAction(tr("&Import Audacity Labels…"), this, &MainWindow::importAudacity);
    m_labelMenu->addAction(tr("&Export Audacity Labels…"), this, &MainWindow::exportAudacity);
    m_labelMenu->addSeparator();
}

void MainWindow::rebuildClassActions()
{
    for (QAction* a : m_classActions) {
        removeAction(a);
        m_labelMenu->removeAction(a);
        delete a;
    }
    m_classActions.clear();
    if (!m_labelling->project()) {
        m_labelPanel->setClasses({});
        return;
    }
    const auto classes = Classes(*m_labelling->project()).classes();
    m_labelPanel->setClasses(classes);
    for (const ClassRecord& c : classes) {
        auto* a = new QAction(tr("Label “%1”").arg(c.name), this);
        if (!c.hotkey.isEmpty() && !ClassEditor::reservedHotkeys().contains(c.hotkey.toUpper()))
            a->setShortcut(QKeySequence(c.hotkey.toUpper()));
        a->setShortcutContext(Qt::WindowShortcut);
        const qint64 id = c.id;
        connect(a, &QAction::triggered, this, [this, id] { applyClass(id); });
        addAction(a);
        m_labelMenu->addAction(a);
        m_classActions << a;
    }
}

bool MainWindow::setAnnotator(const QString& name, int role)
{
    if (name.trimmed().isEmpty())
        return false;
    QSettings settings;
    settings.setValue(kAnnotatorKey, name.trimmed());
    settings.setValue(kRoleKey, annotatorRoleName(AnnotatorRole(role)));
    return m_labelling->setAnnotator(name, AnnotatorRole(role));
}

void MainWindow::ensureAnnotator()
{
    QSettings settings;
    QString name = settings.value(kAnnotatorKey).toString();
    const AnnotatorRole role =
        parseAnnotatorRole(settings.value(kRoleKey).toString()).value_or(AnnotatorRole::Annotator);
    if (name.isEmpty()) {
        name = AnnotatorDialog::systemUserName();
        if (m_interactive) {
            AnnotatorDialog d(name, role, this);
            if (d.exec() == QDialog::Accepted) {
                setAnnotator(d.name(), int(d.role()));
                return;
            }
        }
    }
    setAnnotator(name, int(role));
}

void MainWindow::setInteractive(bool on)
{
    m_interactive = on;
    m_import->setInteractive(on);
}

void MainWindow::setBlindLabelling(bool on)
{
    if (m_project)
        m_project->setSetting(kBlindKey, on ? QStringLiteral("1") : QStringLiteral("0"));
    const QSignalBlocker block(m_blindAction);
    m_blindAction->setChecked(on);
    refreshLabels();
    refreshRegions();
    m_imageUi->refreshBoxes();
}

bool MainWindow::isBlindLabelling() const
{
    return m_blindAction && m_blindAction->isChecked();
}

void MainWindow::moveSelection(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_table->currentRow() + delta, 0, rows - 1);
    m_table->selectRow(row);
}

void MainWindow::nextUnlabelled()
{
    if (!m_labelling->project())
        return;
    const qint64 next = Labels(*m_labelling->project())
                            .nextUnlabelled(m_labelling->annotator().id, currentSampleId());
    if (next == 0) {
        statusBar()->showMessage(tr("Every sample has your label."), 5000);
        return;
    }
    const int src = m_model->rowOfSample(next);
    const int row = src < 0 ? -1 : m_proxy->mapFromSource(m_model->index(src, 0)).row();
    if (row < 0) {
        statusBar()->showMessage(tr("The next unlabelled sample is hidden by the filter."), 5000);
        return;
    }
    m_table->selectRow(row);
}

void MainWindow::applyClass(qint64 classId)
{
    const qint64 sample = currentSampleId();
    if (!sample || !m_labelling->project())
        return;
    if (m_imageUi->applyClassToSelectedBox(classId))
        return;
    if (m_selectedRegion > 0) {
        auto r = Regions(*m_labelling->project()).region(m_selectedRegion);
        if (r.isOk() && r.value().annotatorId == m_labelling->annotator().id) {
            RegionRecord edited = r.value();
            edited.classId = classId;
            m_labelling->editRegion(edited);
            return;
        }
    }
    if (m_labelling->setLabel(sample, classId))
        moveSelection(1);
}

void MainWindow::deleteSelectedOrClear()
{
    if (m_imageUi->deleteSelectedBox())
        return;
    if (m_selectedRegion > 0) {
        m_labelling->deleteRegion(m_selectedRegion);
        m_selectedRegion = -1;
        return;
    }
    m_labelling->setLabel(currentSampleId(), 0);
}

void MainWindow::refreshLabels()
{
    const qint64 sample = currentSampleId();
    Project* ann = m_labelling->project();
    if (!sample || !ann) {
        m_labelPanel->clearSample();
        return;
    }
    QString mine;
    QList<LabelRecord> others;
    for (const LabelRecord& l : Labels(*ann).labelsOf(sample)) {
        if (l.annotatorId == m_labelling->annotator().id)
            mine = l.className;
        else
            others << l;
    }
    const int src = m_model->rowOfSample(sample);
    const QString imported = src >= 0 ? m_model->record(src).className : QString();
    m_labelPanel->setLabels(imported, mine, others, m_blindAction->isChecked());
    m_model->setMyLabel(sample, mine);
}

void MainWindow::refreshRegions()
{
    const qint64 sample = currentSampleId();
    Project* ann = m_labelling->project();
    QList<RegionRecord> regions;
    if (sample && ann)
        regions = m_blindAction->isChecked()
                      ? Regions(*ann).regionsOf(sample, m_labelling->annotator().id)
                      : Regions(*ann).regionsOf(sample);
    QHash<qint64, ClassRecord> classes;
    if (ann)
        for (const ClassRecord& c : Classes(*ann).classes())
            classes.insert(c.id, c);
    QList<RegionItem> items;
    for (const RegionRecord& r : regions) {
        RegionItem item;
        item.id = r.id;
        item.startSec = r.startSec;
        item.endSec = r.endSec;
        item.lowHz = r.lowHz.value_or(std::nan(""));
        item.highHz = r.highHz.value_or(std::nan(""));
        item.colour = r.classId ? Labelling::colourOf(classes.value(r.classId)) : QColor(Qt::gray);
        item.label = r.className.isEmpty() ? tr("(no class)") : r.className;
        item.editable = r.annotatorId == m_labelling->annotator().id;
        items << item;
    }
    m_waveform->setRegions(items);
    m_spectrogram->setRegions(items);
    m_regionList->setRegions(regions);
    if (!std::any_of(regions.begin(), regions.end(),
                     [this](const RegionRecord& r) { return r.id == m_selectedRegion; }))
        m_selectedRegion = -1;
    m_waveform->setSelectedRegion(m_selectedRegion);
    m_spectrogram->setSelectedRegion(m_selectedRegion);
    m_regionList->selectRegion(m_selectedRegion);
}

void MainWindow::onRegionDrawn(double startSec, double endSec, double lowHz, double highHz)
{
    const qint64 sample = currentSampleId();
    if (!sample)
        return;
    RegionRecord r;
    r.sampleId = sample;
    r.startSec = startSec;
    r.endSec = endSec;
    if (!std::isnan(lowHz) && !std::isnan(highHz)) {
        r.lowHz = lowHz;
        r.highHz = highHz;
    }
    if (m_labelling->addRegion(r)) {
        // The new region is selected, so a class hotkey names it next.
        const auto mine =
            Regions(*m_labelling->project()).regionsOf(sample, m_labelling->annotator().id);
        qint64 newest = -1;
        for (const RegionRecord& x : mine)
            newest = std::max(newest, x.id);
        onRegionSelected(newest);
    }
}

void MainWindow::onRegionEdited(qint64 id, double startSec, double endSec, double lowHz,
                                double highHz)
{
    auto r = m_labelling->project() ? Regions(*m_labelling->project()).region(id)
                                    : Result<RegionRecord>(Error{});
    if (!r.isOk())
        return;
    RegionRecord edited = r.value();
    edited.startSec = startSec;
    edited.endSec = endSec;
    edited.lowHz.reset();
    edited.highHz.reset();
    if (!std::isnan(lowHz) && !std::isnan(highHz)) {
        edited.lowHz = lowHz;
        edited.highHz = highHz;
    }
    m_labelling->editRegion(edited);
}

void MainWindow::onRegionSelected(qint64 id)
{
    m_selectedRegion = id;
    m_waveform->setSelectedRegion(id);
    m_spectrogram->setSelectedRegion(id);
    m_regionList->selectRegion(id);
}

void MainWindow::seekToRegion(qint64 id)
{
    auto r = m_labelling->project() ? Regions(*m_labelling->project()).region(id)
                                    : Result<RegionRecord>(Error{});
    if (!r.isOk())
        return;
    const double margin = std::max(0.05, (r.value().endSec - r.value().startSec) * 0.25);
    m_waveform->setVisibleRange(r.value().startSec - margin, r.value().endSec + margin);
    m_waveform->setCursorSec(r.value().startSec);
    m_spectrogram->setCursorSec(r.value().startSec);
    onRegionSelected(id);
}

void MainWindow::saveViewState()
{
    if (!m_project || !m_signal || currentSampleId() != m_shownSample || m_restoreSample)
        return;
    m_project->setSetting(kViewKey, QStringLiteral("%1 %2 %3")
                                        .arg(m_shownSample)
                                        .arg(m_waveform->visibleStartSec(), 0, 'g', 10)
                                        .arg(m_waveform->visibleEndSec(), 0, 'g', 10));
}

void MainWindow::restoreViewState()
{
    const QStringList parts =
        m_project ? m_project->setting(kViewKey).split(QLatin1Char(' ')) : QStringList();
    if (parts.size() != 3)
        return;
    m_restoreSample = parts[0].toLongLong();
    m_restoreStartSec = parts[1].toDouble();
    m_restoreEndSec = parts[2].toDouble();
}

void MainWindow::importAudacity()
{
    const qint64 sample = currentSampleId();
    Project* ann = m_labelling->project();
    if (!sample || !ann)
        return;
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Audacity Labels"), QString(),
                                                      tr("Label tracks (*.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    auto labels = readAudacityLabels(file);
    if (!labels.isOk()) {
        QMessageBox::warning(this, tr("Import Audacity Labels"), labels.error().toString());
        return;
    }
    QHash<QString, qint64> byName; // lower-case name -> id
    for (const ClassRecord& c : Classes(*ann).classes())
        byName.insert(c.name.toLower(), c.id);
    QList<RegionRecord> regions;
    int points = 0;
    for (const AudacityLabel& l : labels.value()) {
        if (l.isPoint()) {
            ++points;
            continue;
        }
        RegionRecord r;
        r.sampleId = sample;
        r.annotatorId = m_labelling->annotator().id;
        r.startSec = l.startSec;
        r.endSec = l.endSec;
        r.lowHz = l.lowHz;
        r.highHz = l.highHz;
        const QString name = l.text.trimmed();
        if (!name.isEmpty() && !byName.contains(name.toLower())) {
            ClassRecord c;
            c.name = name;
            auto added = Classes(*ann).addClass(
                c, m_labelling->annotator().id); // free text: classes are made as needed
            if (!added.isOk()) {
                QMessageBox::warning(this, tr("Import Audacity Labels"), added.error().toString());
                return;
            }
            byName.insert(name.toLower(), added.value().id);
        }
        r.classId = name.isEmpty() ? 0 : byName.value(name.toLower());
        regions << r;
    }
    if (m_labelling->replaceRegions(sample, regions, tr("Import Audacity labels"))) {
        rebuildClassActions();
        statusBar()->showMessage(tr("Imported %1 regions from %2 (%3 point labels skipped).")
                                     .arg(regions.size())
                                     .arg(QDir::toNativeSeparators(file))
                                     .arg(points),
                                 8000);
    } else {
        QMessageBox::warning(this, tr("Import Audacity Labels"), m_labelling->lastError());
    }
}

void MainWindow::exportAudacity()
{
    const qint64 sample = currentSampleId();
    Project* ann = m_labelling->project();
    if (!sample || !ann)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Audacity Labels"), QString(),
                                                      tr("Label tracks (*.txt)"));
    if (file.isEmpty())
        return;
    auto written = exportAudacityRegions(*ann, file, sample, m_labelling->annotator().id);
    if (!written.isOk())
        QMessageBox::warning(this, tr("Export Audacity Labels"), written.error().toString());
    else
        statusBar()->showMessage(
            tr("Wrote %1 labels to %2").arg(written.value()).arg(QDir::toNativeSeparators(file)),
            8000);
}

// The region over the loudest second of `signal`, in my label's class, else the imported one.
RegionRecord MainWindow::loudestRegion(qint64 sampleId, const Signal& signal) const
{
    const FrameRange range = loudestWindow(signal, qint64(signal.rateHz)); // one second
    RegionRecord r;
    r.sampleId = sampleId;
    r.startSec = double(range.startFrame) / signal.rateHz;
    r.endSec = double(range.endFrame) / signal.rateHz;
    const int src = m_model->rowOfSample(sampleId);
    QString cls = m_model->myLabel(sampleId);
    if (cls.isEmpty() && src >= 0)
        cls = m_model->record(src).className;
    if (auto c = Classes(*m_labelling->project()).classByName(cls); c.isOk())
        r.classId = c.value().id;
    return r;
}

void MainWindow::trimToLoudest()
{
    const qint64 sample = currentSampleId();
    if (!sample || !m_signal || m_shownSample != sample || m_signal->rateHz <= 0)
        return;
    m_labelling->addRegion(loudestRegion(sample, *m_signal));
}

void MainWindow::trimShownToLoudest()
{
    if (!m_project)
        return;
    const int rows = m_proxy->rowCount();
    QProgressDialog progress(tr("Finding the loudest second…"), tr("Cancel"), 0, rows, this);
    progress.setWindowModality(Qt::WindowModal);
    QStringList failed;
    m_labelling->undoStack()->beginMacro(tr("Trim %1 samples to loudest second").arg(rows));
    for (int row = 0; row < rows && !progress.wasCanceled(); ++row) {
        progress.setValue(row);
        const SampleRecord& rec =
            m_model->record(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        if (rec.kind == SampleKind::Background)
            continue;
        auto decoded = AudioDecoder::decode(m_project->toAbsolutePath(rec.path));
        if (!decoded.isOk() || decoded.value().rateHz <= 0) {
            failed << (decoded.isOk() ? rec.path : decoded.error().toString());
            continue;
        }
        m_labelling->addRegion(loudestRegion(rec.id, decoded.value()));
    }
    m_labelling->undoStack()->endMacro();
    progress.setValue(rows);
    if (!failed.isEmpty() && m_interactive)
        QMessageBox::warning(this, tr("Trim to Loudest Second"), failed.join(QLatin1Char('\n')));
}

void MainWindow::saveLoudestClip()
{
    const qint64 sample = currentSampleId();
    if (!sample || !m_signal || m_shownSample != sample || m_signal->rateHz <= 0)
        return;
    auto rec = m_project->sample(sample);
    if (!rec.isOk())
        return;
    const FrameRange range = loudestWindow(*m_signal, qint64(m_signal->rateHz));
    auto clip = DerivedClip::write(*m_project, rec.value(), *m_signal, range);
    if (!clip.isOk()) {
        if (m_interactive)
            QMessageBox::warning(this, tr("Save Loudest Second"), clip.error().toString());
        statusBar()->showMessage(clip.error().toString(), 8000);
        return;
    }
    reloadSamples();
    statusBar()->showMessage(tr("Saved %1 as a new sample").arg(clip.value().path), 8000);
}

} // namespace tally
