#include "gui/SeriesUi.h"

#include "SpectrumPlot.h"
#include "TrendPlot.h"
#include "WaveformView.h"
#include "formats/SeriesImporter.h"
#include "gui/BearingDialog.h"
#include "gui/ImportRunner.h"
#include "gui/Labelling.h"
#include "gui/NewImportDialog.h"
#include "gui/Repositories.h"
#include "gui/Session.h"
#include "models/SampleTableModel.h"
#include "store/Project.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace tally {

namespace {

// The trend's x: a snapshot's time as seconds since the epoch (the files' clock read as
// UTC); a snapshot without a time (sensor CSV) sits at its index in seconds.
std::vector<double> trendTimes(const std::vector<TrendPoint>& points)
{
    std::vector<double> out;
    out.reserve(points.size());
    for (size_t i = 0; i < points.size(); ++i) {
        QDateTime t = QDateTime::fromString(points[i].time, Qt::ISODate);
        t.setTimeSpec(Qt::UTC);
        double x = t.isValid() ? double(t.toSecsSinceEpoch()) : double(i);
        if (!out.empty() && x <= out.back())
            x = out.back() + 1; // the plot needs increasing times
        out.push_back(x);
    }
    return out;
}

QColor laneColour(int channel)
{
    static const QColor kColours[] = {
        QColor(31, 119, 180),  QColor(255, 127, 14), QColor(44, 160, 44),   QColor(214, 39, 40),
        QColor(148, 103, 189), QColor(140, 86, 75),  QColor(227, 119, 194), QColor(127, 127, 127)};
    return kColours[channel % 8];
}

} // namespace

SeriesUi::SeriesUi(Session& session, Labelling& labelling, ImportRunner& imports, QWidget* host)
    : QObject(host), m_session(session), m_labelling(labelling), m_imports(imports)
{
    buildPage();
    m_importAction = new QAction(tr("Import Sensor &Series…"), this);
    m_importAction->setObjectName(QStringLiteral("file.importSeries"));
    connect(m_importAction, &QAction::triggered, this, [this, host] {
        NewImportDialog dialog(host, NewImportDialog::Kind::Series);
        if (dialog.exec() == QDialog::Accepted)
            importSeries(dialog.folder(), dialog.seriesFormat(), dialog.seriesRateHz(),
                         dialog.licence(), dialog.source(), dialog.allowOutside());
    });
    connect(&m_session, &Session::currentSampleChanged, this, &SeriesUi::onCurrentSampleChanged);
    // Labels change anywhere (a keypress on an audio clip too): the strip is coloured again
    // now when the page shows, else once when a snapshot is shown next.
    connect(&m_session, &Session::sampleChanged, this, [this](qint64) {
        if (m_page->isVisible())
            recolour();
        else
            m_recolourPending = true;
    });
    connect(&m_session, &Session::samplesChanged, this, [this] {
        m_run.clear(); // an import may have added snapshots: read the run again
        onCurrentSampleChanged(m_session.currentSampleId());
    });
    connect(&m_session, &Session::projectChanged, this, [this] {
        m_run.clear();
        m_shown = {};
        m_snapshot = 0;
    });
}

void SeriesUi::buildPage()
{
    m_page = new QWidget;
    m_page->setObjectName(QStringLiteral("seriesPage"));
    auto* controls = new QHBoxLayout;
    m_feature = new QComboBox;
    m_feature->addItems(seriesFeatureColumns());
    m_channel = new QComboBox;
    m_onsetLabel = new QLabel;
    m_feature->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    controls->addWidget(new QLabel(tr("Trend of")));
    controls->addWidget(m_feature);
    controls->addWidget(m_channel);
    controls->addStretch(1);
    controls->addWidget(new QLabel(tr("Spectrum of")));
    m_spectrumChannel = new QComboBox;
    m_spectrumChannel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    controls->addWidget(m_spectrumChannel);
    m_envelope = new QCheckBox(tr("Envelope"));
    m_envelope->setChecked(true);
    m_envelope->setToolTip(tr("The envelope spectrum (1–8 kHz band, demodulated): bearing "
                              "faults show at their fault frequencies"));
    m_log = new QCheckBox(tr("Log frequency"));
    controls->addWidget(m_envelope);
    controls->addWidget(m_log);
    auto* bearing = new QPushButton(tr("Bearing…"));
    bearing->setObjectName(QStringLiteral("seriesBearing"));
    bearing->setToolTip(tr("The run's bearing geometry: its fault frequencies are marked on the "
                           "spectrum and measured in the trend's bpfo / bpfi / bsf / ftf"));
    controls->addWidget(bearing);
    connect(bearing, &QPushButton::clicked, this, [this] {
        if (m_run.isEmpty() || !m_session.project())
            return;
        BearingDialog d(m_run,
                        SeriesImporter::bearingOf(*m_session.project(), m_run)
                            .value_or(BearingGeometry::imsPreset()),
                        m_page);
        if (d.exec() == QDialog::Accepted)
            setBearing(d.geometry());
    });
    m_trend = new TrendPlot;
    m_trend->setToolTip(tr("Drag across the trend to select snapshots, then press a class "
                           "key to label them all (one undo step). Click a point to open it."));
    m_lanes = new WaveformView;
    m_spectrum = new SpectrumPlot;
    auto* below = new QSplitter(Qt::Horizontal);
    below->addWidget(m_lanes);
    below->addWidget(m_spectrum);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_trend);
    split->addWidget(below);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_onsetLabel);
    layout->addWidget(split, 1);
    connect(m_feature, &QComboBox::currentIndexChanged, this, [this] { reloadTrend(); });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] { reloadTrend(); });
    connect(m_spectrumChannel, &QComboBox::currentIndexChanged, this, [this] { updateSpectrum(); });
    connect(m_envelope, &QCheckBox::toggled, this, [this] { updateSpectrum(); });
    connect(m_log, &QCheckBox::toggled, m_spectrum, &SpectrumPlot::setLogFrequency);
    connect(m_trend, &TrendPlot::pointClicked, this, &SeriesUi::onPointClicked);
}

void SeriesUi::onCurrentSampleChanged(qint64 sampleId)
{
    if (!m_session.project() || sampleId <= 0)
        return;
    const SampleRecord r = m_session.sampleModel()->recordOf(sampleId);
    if (r.kind != SampleKind::Series)
        return;
    if (r.groupKey != m_run) {
        m_run = r.groupKey;
        const Result<int> channels = SeriesTrends(*m_session.project()).channelCount(m_run);
        m_channels = channels ? channels.value() : 0;
        const QSignalBlocker b1(m_channel), b2(m_spectrumChannel);
        m_channel->clear();
        m_spectrumChannel->clear();
        m_channel->addItem(tr("all channels"), 0);
        for (int c = 1; c <= m_channels; ++c) {
            m_channel->addItem(tr("channel %1").arg(c), c);
            m_spectrumChannel->addItem(tr("channel %1").arg(c), c);
        }
        reloadTrend();
    }
    if (m_recolourPending)
        recolour();
    showSnapshot(sampleId);
}

void SeriesUi::reloadTrend()
{
    Project* project = m_session.project();
    if (!project || m_run.isEmpty() || m_channels <= 0)
        return;
    const int only = m_channel->currentData().toInt();
    QList<TrendSeries> series;
    for (int c = only ? only : 1; c <= (only ? only : m_channels); ++c) {
        TrendOptions o;
        o.channel = c;
        o.feature = m_feature->currentText();
        const Result<RunTrend> t = SeriesAnalysis::trend(*project, m_run, o);
        if (!t) {
            m_session.report(t.error());
            return;
        }
        if (series.isEmpty())
            m_shown = t.value();
        TrendSeries s{tr("channel %1").arg(c), laneColour(c - 1), {}};
        for (const TrendPoint& p : t.value().points)
            s.values.push_back(p.values[size_t(t.value().featureIndex)]);
        series << s;
    }
    m_trend->setTrend(trendTimes(m_shown.points), series, m_shown.feature);
    m_trend->setOnset(m_shown.onset);
    m_onsetLabel->setText(m_shown.onset ? tr("onset (channel %1): snapshot %2 of %3, %4")
                                              .arg(m_shown.channel)
                                              .arg(*m_shown.onset + 1)
                                              .arg(m_shown.points.size())
                                              .arg(m_shown.points[size_t(*m_shown.onset)].time)
                                        : tr("no onset found (channel %1)").arg(m_shown.channel));
    recolour();
}

void SeriesUi::recolour()
{
    m_recolourPending = false;
    Repositories* repos = m_session.repos();
    if (!repos || m_shown.points.empty())
        return;
    const QHash<qint64, QString> mine = repos->labels.labelNamesBy(m_session.annotator().id);
    QHash<QString, QColor> colours;
    for (const ClassRecord& c : repos->classes.classes())
        colours.insert(c.name, Labelling::colourOf(c));
    QStringList classes;
    for (const TrendPoint& p : m_shown.points) {
        QString c = mine.value(p.sampleId);
        if (c.isEmpty())
            c = m_session.sampleModel()->recordOf(p.sampleId).className;
        classes << c;
    }
    m_trend->setPointClasses(classes, colours);
}

void SeriesUi::showSnapshot(qint64 sampleId)
{
    Project* project = m_session.project();
    const SampleRecord r = m_session.sampleModel()->recordOf(sampleId);
    m_snapshot = sampleId;
    Result<SeriesData> data = SeriesAnalysis::readFile(project->toAbsolutePath(r.path), r.rateHz);
    if (!data) {
        m_session.report(data.error());
        m_data = {};
        m_lanes->setSignal({});
        m_spectrum->setSpectrum({}, {});
        return;
    }
    m_data = std::move(data).value();
    auto signal = std::make_shared<Signal>();
    signal->rateHz = int(std::lround(m_data.rateHz));
    signal->channels = m_data.channels;
    signal->samples = m_data.frames;
    std::vector<double> ranges(size_t(m_data.channels), 0.0);
    for (size_t i = 0; i < m_data.frames.size(); ++i) {
        double& r = ranges[i % size_t(m_data.channels)];
        r = std::max(r, double(std::abs(m_data.frames[i])));
    }
    for (double& r : ranges)
        r = r > 0 ? r * 1.05 : 1.0;
    m_lanes->setLaneRanges(ranges);
    m_lanes->setSignal(signal);
    updateSpectrum();
}

void SeriesUi::updateSpectrum()
{
    if (m_data.channels <= 0)
        return;
    const int c = std::max(m_spectrumChannel->currentData().toInt(), 1);
    const Result<FileSpectrum> s =
        SeriesAnalysis::spectrumOf(m_data, c, m_envelope->isChecked(), 0);
    if (!s)
        return;
    m_spectrum->setSpectrum(s.value().spectrum, m_envelope->isChecked()
                                                    ? tr("Envelope spectrum, channel %1").arg(c)
                                                    : tr("Spectrum, channel %1").arg(c));
    const std::optional<BearingGeometry> g = SeriesImporter::bearingOf(*m_session.project(), m_run);
    if (g)
        m_spectrum->setFaultMarkers(faultFrequencies(*g));
    else
        m_spectrum->clearFaultMarkers();
    // The envelope spectrum is read at the fault frequencies: show up to a little past
    // the third harmonic of the highest (BPFI), or 1 kHz without a bearing.
    if (m_envelope->isChecked() && !m_log->isChecked()) {
        const double top = g ? 3.5 * faultFrequencies(*g).bpfi : 1000.0;
        m_spectrum->xAxis->setRange(0, std::min(top, m_data.rateHz / 2));
        m_spectrum->replot(QCustomPlot::rpQueuedReplot);
    }
}

void SeriesUi::onPointClicked(int index)
{
    if (index >= 0 && size_t(index) < m_shown.points.size())
        m_session.selectSample(m_shown.points[size_t(index)].sampleId);
}

bool SeriesUi::importSeries(const QString& folder, const QString& format, double rateHz,
                            const QString& licence, const QString& source, bool allowOutside)
{
    Project* project = m_session.project();
    if (!project)
        return false;
    const auto f = format == QLatin1String("sensor-csv") ? ImportRunner::Format::SensorCsv
                                                         : ImportRunner::Format::Ims;
    const bool started =
        m_imports.start(project->path(), folder, licence, source, f, allowOutside, rateHz);
    if (!started)
        m_session.showStatus(tr("Another import is running."));
    return started;
}

bool SeriesUi::setBearing(const BearingGeometry& geometry)
{
    if (m_run.isEmpty() || !m_session.project())
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const ImportReport r = SeriesImporter::setBearing(*m_session.project(), m_run, geometry);
    QGuiApplication::restoreOverrideCursor();
    for (const Error& e : r.errors)
        m_session.report(e);
    m_session.showStatus(
        tr("Bearing set for %1; %n snapshots measured again", nullptr, r.imported).arg(m_run));
    reloadTrend();
    updateSpectrum();
    return r.errors.isEmpty();
}

bool SeriesUi::applyClassToSelection(qint64 classId)
{
    const auto selection = m_trend->selection();
    if (!m_page->isVisible() || !selection || m_shown.points.empty())
        return false;
    std::vector<qint64> ids;
    for (int i = selection->first; i <= selection->second; ++i)
        ids.push_back(m_shown.points[size_t(i)].sampleId);
    return m_labelling.setLabels(ids, classId);
}

} // namespace tally
