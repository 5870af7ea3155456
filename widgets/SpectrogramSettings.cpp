#include "SpectrogramSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

namespace tally {

SpectrogramSettings::SpectrogramSettings(QWidget* parent) : QWidget(parent)
{
    m_nFft = new QComboBox(this);
    for (int n : {128, 256, 512, 1024, 2048, 4096})
        m_nFft->addItem(QString::number(n), n);
    m_hop = new QSpinBox(this);
    m_hop->setRange(1, 8192);
    m_hop->setSuffix(tr(" samples"));
    m_window = new QComboBox(this);
    m_window->addItem(tr("Hann"), int(WindowType::Hann));
    m_window->addItem(tr("Hamming"), int(WindowType::Hamming));
    m_window->addItem(tr("Blackman"), int(WindowType::Blackman));
    m_mel = new QCheckBox(tr("Mel scale"), this);
    m_melBands = new QSpinBox(this);
    m_melBands->setRange(8, 256);
    m_melBands->setValue(64);
    m_minDb = new QDoubleSpinBox(this);
    m_maxDb = new QDoubleSpinBox(this);
    for (QDoubleSpinBox* b : {m_minDb, m_maxDb}) {
        b->setRange(-200, 200);
        b->setSuffix(tr(" dB"));
    }
    m_gradient = new QComboBox(this);
    m_gradient->addItems(gradientNames());

    auto* form = new QFormLayout(this);
    form->addRow(tr("FFT size"), m_nFft);
    form->addRow(tr("Hop"), m_hop);
    form->addRow(tr("Window"), m_window);
    form->addRow(m_mel);
    form->addRow(tr("Mel bands"), m_melBands);
    form->addRow(tr("Floor"), m_minDb);
    form->addRow(tr("Ceiling"), m_maxDb);
    form->addRow(tr("Colours"), m_gradient);

    setParams(StftParams{});
    setDbRange(-60.0, 50.0);
    connect(m_nFft, &QComboBox::currentIndexChanged, this, &SpectrogramSettings::changed);
    connect(m_hop, &QSpinBox::valueChanged, this, &SpectrogramSettings::changed);
    connect(m_window, &QComboBox::currentIndexChanged, this, &SpectrogramSettings::changed);
    connect(m_mel, &QCheckBox::toggled, this, [this](bool on) {
        m_melBands->setEnabled(on);
        Q_EMIT changed();
    });
    connect(m_melBands, &QSpinBox::valueChanged, this, &SpectrogramSettings::changed);
    connect(m_minDb, &QDoubleSpinBox::valueChanged, this, &SpectrogramSettings::changed);
    connect(m_maxDb, &QDoubleSpinBox::valueChanged, this, &SpectrogramSettings::changed);
    connect(m_gradient, &QComboBox::currentIndexChanged, this, &SpectrogramSettings::changed);
}

QStringList SpectrogramSettings::gradientNames()
{
    return {tr("Thermal"), tr("Grayscale"), tr("Jet"),  tr("Hot"),
            tr("Cold"),    tr("Night"),     tr("Polar")};
}

StftParams SpectrogramSettings::params(double rateHz) const
{
    StftParams p;
    p.nFft = m_nFft->currentData().toInt();
    p.hop = m_hop->value();
    p.window = WindowType(m_window->currentData().toInt());
    p.melBands = m_mel->isChecked() ? m_melBands->value() : 0;
    p.rateHz = rateHz;
    return p;
}

void SpectrogramSettings::setParams(const StftParams& p)
{
    const QSignalBlocker b1(m_nFft), b2(m_hop), b3(m_window), b4(m_mel), b5(m_melBands);
    const int idx = m_nFft->findData(p.nFft);
    m_nFft->setCurrentIndex(idx < 0 ? m_nFft->findData(512) : idx);
    m_hop->setValue(p.hop);
    m_window->setCurrentIndex(m_window->findData(int(p.window)));
    m_mel->setChecked(p.melBands > 0);
    m_melBands->setEnabled(p.melBands > 0);
    if (p.melBands > 0)
        m_melBands->setValue(p.melBands);
}

double SpectrogramSettings::minDb() const
{
    return m_minDb->value();
}
double SpectrogramSettings::maxDb() const
{
    return m_maxDb->value();
}

void SpectrogramSettings::setDbRange(double minDb, double maxDb)
{
    const QSignalBlocker b1(m_minDb), b2(m_maxDb);
    m_minDb->setValue(minDb);
    m_maxDb->setValue(maxDb);
}

int SpectrogramSettings::gradientIndex() const
{
    return m_gradient->currentIndex();
}

void SpectrogramSettings::setGradientIndex(int index)
{
    const QSignalBlocker b(m_gradient);
    m_gradient->setCurrentIndex(index);
}

} // namespace tally
