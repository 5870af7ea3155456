#pragma once
// The sensor side of the labelling work (issue 14): when the current sample is a sensor
// snapshot (kind Series), the central page shows
//   - the trend of its run: one point per snapshot over wall-clock time for the chosen
//     feature and channel (or every channel overlaid), snapshots coloured by my label
//     (else the imported class), the suggested onset as a line (formats/SeriesAnalysis.h);
//     a drag across it selects a time range, and a class hotkey then labels every
//     snapshot in it as one undo step (Labelling::setLabels); a click opens that snapshot;
//   - the snapshot's channels as lanes (the waveform view);
//   - its spectrum or envelope spectrum (one channel, linear or log frequency) with the
//     run's bearing fault frequencies and harmonics marked.
// The snapshot file is read on the GUI thread (one IMS snapshot is ~600 KB of text,
// a few ms); the trend reads stored features only. GUI thread only.

#include "formats/SeriesAnalysis.h"
#include "sensor/Bearing.h"

#include <QObject>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QWidget;

namespace tally {

class ImportRunner;
class Labelling;
class Session;
class SpectrumPlot;
class TrendPlot;
class WaveformView;

class SeriesUi : public QObject
{
    Q_OBJECT
public:
    SeriesUi(Session& session, Labelling& labelling, ImportRunner& imports, QWidget* host);

    // File > Import Sensor Series…: the dialog, then the import on the runner's worker.
    QAction* importAction() const { return m_importAction; }
    // Starts a background import of sensor series (format "ims" / "sensor-csv"); false when
    // no project is open or another import runs.
    bool importSeries(const QString& folder, const QString& format, double rateHz,
                      const QString& licence, const QString& source, bool allowOutside = false);

    QWidget* page() const { return m_page; }
    TrendPlot* trendPlot() const { return m_trend; }
    WaveformView* lanes() const { return m_lanes; }
    SpectrumPlot* spectrumPlot() const { return m_spectrum; }
    QComboBox* featureBox() const { return m_feature; }
    QComboBox* channelBox() const { return m_channel; }
    QComboBox* spectrumChannelBox() const { return m_spectrumChannel; }
    QCheckBox* envelopeBox() const { return m_envelope; }
    QCheckBox* logBox() const { return m_log; }

    // The run shown ("" = none) and its trend (the first shown channel's).
    QString shownRun() const { return m_run; }
    const RunTrend& trend() const { return m_shown; }
    // Labels every snapshot in the trend's selection (one undo step); false when the page
    // is not shown or nothing is selected (the hotkey then labels the current sample).
    bool applyClassToSelection(qint64 classId);
    // Stores the shown run's bearing and measures its fault-band features again (a wait
    // cursor meanwhile; the run's files are read in parallel), then redraws.
    bool setBearing(const BearingGeometry& geometry);

private:
    void buildPage();
    void onCurrentSampleChanged(qint64 sampleId);
    void reloadTrend();
    void recolour();
    void showSnapshot(qint64 sampleId);
    void updateSpectrum();
    void onPointClicked(int index);

    Session& m_session;
    Labelling& m_labelling;
    ImportRunner& m_imports;
    QAction* m_importAction = nullptr;
    QWidget* m_page = nullptr;
    TrendPlot* m_trend = nullptr;
    WaveformView* m_lanes = nullptr;
    SpectrumPlot* m_spectrum = nullptr;
    QComboBox* m_feature = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_spectrumChannel = nullptr;
    QCheckBox* m_envelope = nullptr;
    QCheckBox* m_log = nullptr;
    QLabel* m_onsetLabel = nullptr;
    QString m_run;
    RunTrend m_shown;
    int m_channels = 0;
    qint64 m_snapshot = 0;
    bool m_recolourPending = false; // labels changed while the page was hidden
    SeriesData m_data;              // the shown snapshot
};

} // namespace tally
