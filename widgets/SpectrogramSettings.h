#pragma once
// A small form for the spectrogram's settings: FFT size, hop, window, mel bands,
// dB range and colour map. Emits changed() whenever a value changes; the owner
// reads the values and applies them to the SpectrogramView.

#include "dsp/Stft.h"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QDoubleSpinBox;
class QCheckBox;

namespace tally {

class SpectrogramSettings : public QWidget
{
    Q_OBJECT
public:
    explicit SpectrogramSettings(QWidget* parent = nullptr);

    StftParams params(double rateHz) const;
    void setParams(const StftParams& params);
    double minDb() const;
    double maxDb() const;
    void setDbRange(double minDb, double maxDb);
    int gradientIndex() const; // index into gradientNames()
    void setGradientIndex(int index);
    static QStringList gradientNames();

Q_SIGNALS:
    void changed();

private:
    QComboBox* m_nFft = nullptr;
    QSpinBox* m_hop = nullptr;
    QComboBox* m_window = nullptr;
    QCheckBox* m_mel = nullptr;
    QSpinBox* m_melBands = nullptr;
    QDoubleSpinBox* m_minDb = nullptr;
    QDoubleSpinBox* m_maxDb = nullptr;
    QComboBox* m_gradient = nullptr;
};

} // namespace tally
