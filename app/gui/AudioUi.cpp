#include "gui/AudioUi.h"

#include "RegionItem.h"
#include "SpectrogramSettings.h"
#include "SpectrogramView.h"
#include "WaveformView.h"
#include "audio/LoudestWindow.h"
#include "formats/AudacityLabels.h"
#include "formats/AudacityRegions.h"
#include "formats/DerivedClip.h"
#include "formats/LoudestTrim.h"
#include "gui/BackgroundTask.h"
#include "gui/Labelling.h"
#include "gui/Player.h"
#include "gui/RegionList.h"
#include "gui/Repositories.h"
#include "gui/SampleLoader.h"
#include "gui/SampleNavigator.h"
#include "gui/Session.h"
#include "models/SampleTableModel.h"
#include "store/Project.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSplitter>
#include <QUndoStack>
#include <algorithm>
#include <cmath>

namespace tally {

namespace {
const QString kViewKey = QStringLiteral("gui/lastView");
constexpr double kTrimWindowSec = 1.0; // "the loudest second"

bool sameRegions(const QList<RegionRecord>& a, const QList<RegionRecord>& b)
{
    return std::equal(
        a.begin(), a.end(), b.begin(), b.end(), [](const RegionRecord& x, const RegionRecord& y) {
            return x.id == y.id && x.startSec == y.startSec && x.endSec == y.endSec &&
                   x.lowHz == y.lowHz && x.highHz == y.highHz && x.classId == y.classId &&
                   x.className == y.className && x.annotatorId == y.annotatorId;
        });
}
} // namespace

AudioUi::AudioUi(Session& session, Labelling& labelling, SampleNavigator& navigator, QWidget* host)
    : QObject(host), m_session(session), m_labelling(labelling), m_navigator(navigator),
      m_host(host)
{
    m_loader = new SampleLoader(this);
    m_player = new Player(this);
    m_trimTask = new BackgroundTask(host, tr("Loudest second %v / %m"), tr("Cancel"), this);
    createViews();
    createActions();
    connectViews();
    connect(&m_session, &Session::projectChanged, this, &AudioUi::onProjectChanged);
    connect(&m_session, &Session::aboutToClose, this, [this] {
        m_trimTask->cancel();
        m_trimTask->wait();
    });
    connect(&m_session, &Session::currentSampleChanged, this, &AudioUi::onCurrentSampleChanged);
    // A label edit changes no region: the views are not drawn again for it.
    connect(&m_session, &Session::sampleChanged, this, [this](qint64 id) {
        if (id == m_session.currentSampleId())
            refreshRegions(false);
    });
    for (auto changed : {&Session::classesChanged, &Session::annotatorChanged})
        connect(&m_session, changed, this, [this] { refreshRegions(); });
    connect(&m_session, &Session::blindLabellingChanged, this, [this] { refreshRegions(); });
}

QWidget* AudioUi::page() const
{
    return m_splitter;
}

QWidget* AudioUi::trimProgressWidget() const
{
    return m_trimTask->progressWidget();
}

void AudioUi::createViews()
{
    m_waveform = new WaveformView;
    m_waveform->setObjectName(QStringLiteral("waveform"));
    m_spectrogram = new SpectrogramView;
    m_spectrogram->setObjectName(QStringLiteral("spectrogram"));
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->addWidget(m_waveform);
    m_splitter->addWidget(m_spectrogram);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_specSettings = new SpectrogramSettings;
    m_regionList = new RegionList;
}

void AudioUi::createActions()
{
    m_playAction = new QAction(tr("&Play / Stop"), this);
    m_playAction->setObjectName(QStringLiteral("audio.play"));
    m_playAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_playAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_playAction, &QAction::triggered, this, &AudioUi::togglePlayback);
    m_host->addAction(m_playAction);

    m_regionToolAction = new QAction(tr("&Region Tool (drag draws regions)"), this);
    m_regionToolAction->setObjectName(QStringLiteral("audio.regionTool"));
    m_regionToolAction->setShortcut(QKeySequence(Qt::Key_R));
    m_regionToolAction->setShortcutContext(Qt::WindowShortcut);
    m_regionToolAction->setCheckable(true);
    connect(m_regionToolAction, &QAction::triggered, this, [this] {
        m_waveform->setRegionTool(m_regionToolAction->isChecked());
        m_spectrogram->setRegionTool(m_regionToolAction->isChecked());
    });
    m_host->addAction(m_regionToolAction);

    auto add = [this](const QString& text, void (AudioUi::*slot)(), const char* name) {
        auto* a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, this, slot);
        m_clipActions << a;
    };
    add(tr("&Trim to Loudest Second"), &AudioUi::trimToLoudest, "audio.trim");
    add(tr("Trim All &Shown Samples to Loudest Second"), &AudioUi::trimShownToLoudest,
        "audio.trimShown");
    add(tr("Save Loudest Second as New &Clip"), &AudioUi::saveLoudestClip, "audio.saveClip");
    add(tr("&Import Audacity Labels…"), &AudioUi::importAudacity, "audio.importAudacity");
    add(tr("&Export Audacity Labels…"), &AudioUi::exportAudacity, "audio.exportAudacity");
}

void AudioUi::connectViews()
{
    connect(m_loader, &SampleLoader::loaded, this, &AudioUi::onSignalLoaded);
    connect(m_loader, &SampleLoader::failed, this, [this](qint64, const QString& message) {
        m_signal.reset();
        m_source.reset();
        m_waveform->setSignal({});
        m_spectrogram->setSignal({});
        m_session.showStatus(message, 10000);
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
            [this](const QString& m) { m_session.showStatus(m, 8000); });
    connect(m_specSettings, &SpectrogramSettings::changed, this,
            &AudioUi::applySpectrogramSettings);
    connect(m_regionList, &RegionList::regionActivated, this, &AudioUi::seekToRegion);
    connect(m_regionList, &RegionList::regionSelected, this, &AudioUi::onRegionSelected);
    connect(m_regionList, &RegionList::deleteRequested, &m_labelling, &Labelling::deleteRegion);
    for (TimePlot* plot :
         {static_cast<TimePlot*>(m_waveform), static_cast<TimePlot*>(m_spectrogram)}) {
        connect(plot, &TimePlot::regionDrawn, this, &AudioUi::onRegionDrawn);
        connect(plot, &TimePlot::regionEdited, this, &AudioUi::onRegionEdited);
        connect(plot, &TimePlot::regionSelected, this, &AudioUi::onRegionSelected);
        connect(plot, &TimePlot::visibleRangeChanged, this, &AudioUi::saveViewState);
    }
}

void AudioUi::applySpectrogramSettings()
{
    const double rate = m_source ? m_source->rateHz() : 16000.0;
    m_spectrogram->setParams(m_specSettings->params(rate));
    m_spectrogram->setDbRange(m_specSettings->minDb(), m_specSettings->maxDb());
    static const QCPColorGradient::GradientPreset presets[] = {
        QCPColorGradient::gpThermal, QCPColorGradient::gpGrayscale, QCPColorGradient::gpJet,
        QCPColorGradient::gpHot,     QCPColorGradient::gpCold,      QCPColorGradient::gpNight,
        QCPColorGradient::gpPolar};
    const int idx = std::clamp(m_specSettings->gradientIndex(), 0, int(std::size(presets)) - 1);
    m_spectrogram->setGradient(presets[idx]);
}

void AudioUi::onProjectChanged()
{
    m_player->stop();
    if (m_session.project()) {
        restoreViewState();
        return;
    }
    m_signal.reset();
    m_source.reset();
    m_waveform->setSignal({});
    m_spectrogram->setSignal({});
    refreshRegions();
}

void AudioUi::onCurrentSampleChanged(qint64 sampleId)
{
    m_player->stop();
    m_selectedRegion = -1;
    refreshRegions();
    const SampleRecord r = m_session.sampleModel()->recordOf(sampleId);
    if (!m_session.project() || r.id <= 0)
        return;
    const bool audio = r.kind == SampleKind::Audio || r.kind == SampleKind::Background;
    // Space pans the image view; it plays only audio (a sensor snapshot is SeriesUi's).
    m_playAction->setEnabled(audio);
    if (audio)
        m_loader->load(r.id, m_session.project()->toAbsolutePath(r.path));
}

void AudioUi::onSignalLoaded(qint64 sampleId, const FrameSourcePtr& source)
{
    m_source = source;
    m_signal = source ? source->signal() : nullptr;
    m_shownSample = sampleId;
    applySpectrogramSettings();
    m_waveform->setSource(source);
    m_spectrogram->setSignal(m_signal);
    if (source && !m_signal)
        m_session.showStatus(tr("Long recording (%1 min): the waveform reads it from the file; "
                                "spectrogram, playback and trimming are off for it.")
                                 .arg(source->durationSec() / 60.0, 0, 'f', 1),
                             15000);
    if (m_restoreSample == sampleId && m_restoreEndSec > m_restoreStartSec)
        m_waveform->setVisibleRange(m_restoreStartSec, m_restoreEndSec);
    m_restoreSample = 0;
}

void AudioUi::zoomToFit()
{
    m_waveform->zoomToFit();
}

void AudioUi::togglePlayback()
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

void AudioUi::refreshRegions(bool force)
{
    const qint64 sample = m_session.currentSampleId();
    Repositories* ann = m_session.repos();
    const qint64 me = m_session.annotator().id;
    QList<RegionRecord> regions;
    if (sample && ann)
        regions = m_session.isBlindLabelling() ? ann->regions.regionsOf(sample, me)
                                               : ann->regions.regionsOf(sample);
    if (!force && sample == m_regionsSample && sameRegions(regions, m_shownRegions))
        return;
    m_regionsSample = sample;
    m_shownRegions = regions;
    QHash<qint64, ClassRecord> classes;
    if (ann && !regions.isEmpty())
        for (const ClassRecord& c : ann->classes.classes())
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
        item.editable = r.annotatorId == me;
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

bool AudioUi::applyClassToSelectedRegion(qint64 classId)
{
    Repositories* ann = m_session.repos();
    if (m_selectedRegion <= 0 || !ann)
        return false;
    auto r = ann->regions.region(m_selectedRegion);
    if (!r.isOk() || r.value().annotatorId != m_session.annotator().id)
        return false;
    RegionRecord edited = r.value();
    edited.classId = classId;
    m_labelling.editRegion(edited);
    return true;
}

bool AudioUi::deleteSelectedRegion()
{
    if (m_selectedRegion <= 0)
        return false;
    m_labelling.deleteRegion(m_selectedRegion);
    m_selectedRegion = -1;
    return true;
}

void AudioUi::onRegionDrawn(double startSec, double endSec, double lowHz, double highHz)
{
    const qint64 sample = m_session.currentSampleId();
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
    if (m_labelling.addRegion(r)) {
        // The new region is selected, so a class hotkey names it next.
        const auto mine = m_session.repos()->regions.regionsOf(sample, m_session.annotator().id);
        qint64 newest = -1;
        for (const RegionRecord& x : mine)
            newest = std::max(newest, x.id);
        onRegionSelected(newest);
    }
}

void AudioUi::onRegionEdited(qint64 id, double startSec, double endSec, double lowHz, double highHz)
{
    Repositories* ann = m_session.repos();
    auto r = ann ? ann->regions.region(id) : Result<RegionRecord>(Error{});
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
    m_labelling.editRegion(edited);
}

void AudioUi::onRegionSelected(qint64 id)
{
    m_selectedRegion = id;
    m_waveform->setSelectedRegion(id);
    m_spectrogram->setSelectedRegion(id);
    m_regionList->selectRegion(id);
}

void AudioUi::seekToRegion(qint64 id)
{
    Repositories* ann = m_session.repos();
    auto r = ann ? ann->regions.region(id) : Result<RegionRecord>(Error{});
    if (!r.isOk())
        return;
    const double margin = std::max(0.05, (r.value().endSec - r.value().startSec) * 0.25);
    m_waveform->setVisibleRange(r.value().startSec - margin, r.value().endSec + margin);
    m_waveform->setCursorSec(r.value().startSec);
    m_spectrogram->setCursorSec(r.value().startSec);
    onRegionSelected(id);
}

void AudioUi::saveViewState()
{
    Project* project = m_session.project();
    if (!project || !m_signal || m_session.currentSampleId() != m_shownSample || m_restoreSample)
        return;
    project->setSetting(kViewKey, QStringLiteral("%1 %2 %3")
                                      .arg(m_shownSample)
                                      .arg(m_waveform->visibleStartSec(), 0, 'g', 10)
                                      .arg(m_waveform->visibleEndSec(), 0, 'g', 10));
}

void AudioUi::restoreViewState()
{
    const QStringList parts = m_session.project()->setting(kViewKey).split(QLatin1Char(' '));
    if (parts.size() != 3)
        return;
    m_restoreSample = parts[0].toLongLong();
    m_restoreStartSec = parts[1].toDouble();
    m_restoreEndSec = parts[2].toDouble();
}

bool AudioUi::regionsFromAudacity(const QString& file, qint64 sampleId,
                                  QList<RegionRecord>* regions, int* points, bool* classesAdded)
{
    auto labels = readAudacityLabels(file);
    if (!labels.isOk()) {
        QMessageBox::warning(m_host, tr("Import Audacity Labels"), labels.error().toString());
        return false;
    }
    Repositories* ann = m_session.repos();
    const qint64 me = m_session.annotator().id;
    QHash<QString, qint64> byName; // lower-case name -> id
    for (const ClassRecord& c : ann->classes.classes())
        byName.insert(c.name.toLower(), c.id);
    for (const AudacityLabel& l : labels.value()) {
        if (l.isPoint()) {
            ++*points;
            continue;
        }
        RegionRecord r;
        r.sampleId = sampleId;
        r.annotatorId = me;
        r.startSec = l.startSec;
        r.endSec = l.endSec;
        r.lowHz = l.lowHz;
        r.highHz = l.highHz;
        const QString name = l.text.trimmed();
        if (!name.isEmpty() && !byName.contains(name.toLower())) {
            ClassRecord c;
            c.name = name;
            auto added = ann->classes.addClass(c, me); // free text: classes are made as needed
            if (!added.isOk()) {
                QMessageBox::warning(m_host, tr("Import Audacity Labels"),
                                     added.error().toString());
                return false;
            }
            *classesAdded = true;
            byName.insert(name.toLower(), added.value().id);
        }
        r.classId = name.isEmpty() ? 0 : byName.value(name.toLower());
        *regions << r;
    }
    return true;
}

void AudioUi::importAudacity()
{
    const qint64 sample = m_session.currentSampleId();
    if (!sample || !m_session.repos())
        return;
    const QString file = QFileDialog::getOpenFileName(
        m_host, tr("Import Audacity Labels"), QString(), tr("Label tracks (*.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    QList<RegionRecord> regions;
    int points = 0;
    bool classesAdded = false;
    const bool read = regionsFromAudacity(file, sample, &regions, &points, &classesAdded);
    if (classesAdded)
        m_session.notifyClassesChanged();
    if (!read)
        return;
    if (!m_labelling.replaceRegions(sample, regions, tr("Import Audacity labels"))) {
        QMessageBox::warning(m_host, tr("Import Audacity Labels"), m_labelling.lastError());
        return;
    }
    m_session.showStatus(tr("Imported %1 regions from %2 (%3 point labels skipped).")
                             .arg(regions.size())
                             .arg(QDir::toNativeSeparators(file))
                             .arg(points));
}

void AudioUi::exportAudacity()
{
    const qint64 sample = m_session.currentSampleId();
    Repositories* ann = m_session.repos();
    if (!sample || !ann)
        return;
    const QString file = QFileDialog::getSaveFileName(m_host, tr("Export Audacity Labels"),
                                                      QString(), tr("Label tracks (*.txt)"));
    if (file.isEmpty())
        return;
    auto written =
        exportAudacityRegions(*m_session.project(), file, sample, m_session.annotator().id);
    if (!written.isOk())
        QMessageBox::warning(m_host, tr("Export Audacity Labels"), written.error().toString());
    else
        m_session.showStatus(
            tr("Wrote %1 labels to %2").arg(written.value()).arg(QDir::toNativeSeparators(file)));
}

// The core rule (LoudestTrim::trimSignal) on a decoded signal. A sample no longer than
// the window has nothing to cut; the GUI marks it whole, as it always has, under the
// same duplicate rule. An error (its reason) when skipped.
Result<RegionRecord> AudioUi::loudestRegion(const Signal& signal, const TrimTarget& target)
{
    if (signal.frames() > LoudestTrim::windowFrames(kTrimWindowSec, signal.rateHz)) {
        const Result<TrimOutcome> outcome = LoudestTrim::trimSignal(signal, kTrimWindowSec, target);
        if (!outcome)
            return outcome.error();
        if (outcome.value().skipped())
            return Error{{}, outcome.value().skipReason};
        return outcome.value().region;
    }
    RegionRecord r;
    r.sampleId = target.sampleId;
    r.annotatorId = target.annotatorId;
    r.classId = target.classId;
    r.startSec = 0.0;
    r.endSec = double(signal.frames()) / signal.rateHz;
    if (LoudestTrim::isDuplicate(r, target))
        return Error{{}, LoudestTrim::tr("the annotator already has this region")};
    return r;
}

void AudioUi::trimToLoudest()
{
    const qint64 sample = m_session.currentSampleId();
    const SampleRecord r = m_session.sampleModel()->recordOf(sample);
    if (r.id <= 0 || !m_signal || m_shownSample != sample || m_signal->rateHz <= 0)
        return;
    const TrimTarget target =
        LoudestTrim::targetFor(*m_session.project(), r, m_session.annotator().id);
    const Result<RegionRecord> region = loudestRegion(*m_signal, target);
    if (!region)
        m_session.showStatus(region.error().reason);
    else
        m_labelling.addRegion(region.value());
}

// Decoding every shown sample is a worker's job (LoudestTrim::planAt on a Project of its
// own); the regions come back here and go in as one undo step.
void AudioUi::trimShownToLoudest()
{
    Project* project = m_session.project();
    if (!project || m_trimTask->isRunning())
        return;
    const QString path = project->path();
    const QList<qint64> ids = m_navigator.shownIds();
    const qint64 me = m_session.annotator().id;
    m_trimTask->start<LoudestTrimPlan>(
        [path, ids, me](const BackgroundTask::Progress& progress, const std::atomic_bool* cancel) {
            return LoudestTrim::planAt(path, ids, me, kTrimWindowSec, progress,
                                       [cancel] { return cancel->load(); });
        },
        [this, path](const LoudestTrimPlan& plan) { addTrimmed(plan, path); });
}

void AudioUi::addTrimmed(const LoudestTrimPlan& plan, const QString& projectPath)
{
    if (!m_session.project() || m_session.project()->path() != projectPath)
        return; // another project by now
    if (!plan.regions.isEmpty()) {
        m_session.undoStack()->beginMacro(
            tr("Trim %1 samples to loudest second").arg(plan.regions.size()));
        for (const TrimRegion& t : plan.regions)
            m_labelling.addRegion(t.region);
        m_session.undoStack()->endMacro();
    }
    m_session.showStatus(tr("Loudest second: %1 regions added, %2 samples skipped, %3 errors%4.")
                             .arg(plan.regions.size())
                             .arg(plan.skipped.size())
                             .arg(plan.errors.size())
                             .arg(plan.cancelled ? tr(" (cancelled)") : QString()),
                         15000);
    if (plan.errors.isEmpty() || !m_session.isInteractive())
        return;
    QStringList lines;
    for (const Error& e : plan.errors)
        lines << e.toString();
    QMessageBox::warning(m_host, tr("Trim to Loudest Second"), lines.join(QLatin1Char('\n')));
}

void AudioUi::saveLoudestClip()
{
    const qint64 sample = m_session.currentSampleId();
    Project* project = m_session.project();
    if (!project || !sample || !m_signal || m_shownSample != sample || m_signal->rateHz <= 0)
        return;
    auto rec = project->sample(sample);
    if (!rec.isOk())
        return;
    const FrameRange range = loudestWindow(*m_signal, qint64(m_signal->rateHz));
    auto clip = DerivedClip::write(*project, rec.value(), *m_signal, range);
    if (!clip.isOk()) {
        if (m_session.isInteractive())
            QMessageBox::warning(m_host, tr("Save Loudest Second"), clip.error().toString());
        m_session.report(clip.error());
        return;
    }
    m_session.reloadSamples();
    m_session.showStatus(tr("Saved %1 as a new sample").arg(clip.value().path));
}

} // namespace tally
