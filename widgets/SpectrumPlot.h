#pragma once
// One spectrum of a vibration snapshot (sensor/Spectrum.h): level in dB over frequency
// in Hz, on a linear or a logarithmic frequency axis, with optional bearing fault
// markers (sensor/Bearing.h): a dashed vertical line at each of BPFO, BPFI, BSF and FTF
// and their harmonics, one colour per family, labelled "BPFO", "2×BPFO"... Labels are
// rotated along their lines; where two would overlap at the current zoom, only the one
// of the lower harmonic (then the family first in that list) is shown. Every line is.
//
// The level axis shows the spectrum from its maximum down to at most kDynamicRangeDb
// below it, so the -200 dB floor of empty bins does not flatten the rest. On the log
// axis bin 0 (0 Hz) is left out. A pure view: no signals, no mouse editing; the wheel
// and a drag zoom and pan the frequency axis (QCustomPlot's own). GUI thread only.

#include "Qcp.h"
#include "sensor/Bearing.h"
#include "sensor/Spectrum.h"

#include <QList>

namespace tally {

class SpectrumPlot : public QCustomPlot
{
    Q_OBJECT
public:
    static constexpr double kDynamicRangeDb = 100.0;

    // One marker line as drawn.
    struct FaultMarker
    {
        QString label; // "BPFO", "2×BPFO", ...
        double hz = 0;
        QColor colour;
        int harmonic = 1; // 1 for the fault frequency itself
    };

    explicit SpectrumPlot(QWidget* parent = nullptr);

    // Replaces the spectrum and shows all of it; the markers stay.
    void setSpectrum(const Spectrum& s, const QString& title);
    void setLogFrequency(bool on);
    // Markers at h * f for h = 1..harmonics of each fault frequency f that is finite
    // and positive (harmonics < 1 draws none). Replaces the previous markers.
    void setFaultMarkers(const FaultFrequencies& f, int harmonics = 3);
    void clearFaultMarkers();

    bool logFrequency() const { return m_log; }
    QString title() const;
    const QList<FaultMarker>& faultMarkers() const { return m_markers; }
    // Whether marker i's label is shown (see updateLabels()).
    bool labelShown(int i) const;
    QCPGraph* spectrumGraph() const { return m_graph; }

private:
    void updateData();
    void updateRanges();
    void addMarker(const FaultMarker& m);
    void updateLabels();

    Spectrum m_spectrum;
    bool m_log = false;
    QCPGraph* m_graph = nullptr;
    QCPTextElement* m_title = nullptr;
    QCPLayer* m_markerLayer = nullptr;
    QList<FaultMarker> m_markers;
    QList<QCPAbstractItem*> m_markerItems; // the lines and their labels
    QList<QCPItemText*> m_labels;          // one per marker
};

} // namespace tally
