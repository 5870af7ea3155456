#include "gui/BearingDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace tally {

namespace {

QDoubleSpinBox* number(QWidget* parent, double max, int decimals, const QString& suffix)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    return box;
}

} // namespace

BearingDialog::BearingDialog(const QString& run, const BearingGeometry& start, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Bearing of %1").arg(run));
    m_preset = new QComboBox(this);
    m_preset->addItem(tr("Custom"));
    m_preset->addItem(tr("IMS test bearing (Rexnord ZA-2115, 2,000 rpm)"));
    m_rollers = new QSpinBox(this);
    m_rollers->setRange(1, 1000);
    m_pitch = number(this, 1e6, 4, {});
    m_roller = number(this, 1e6, 4, {});
    m_angle = number(this, 89.99, 2, tr(" °"));
    m_rpm = number(this, 1e6, 1, tr(" rpm"));
    m_frequencies = new QLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set and measure again"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Preset"), m_preset);
    form->addRow(tr("Rollers per row"), m_rollers);
    form->addRow(tr("Pitch diameter"), m_pitch);
    form->addRow(tr("Roller diameter (same unit)"), m_roller);
    form->addRow(tr("Contact angle"), m_angle);
    form->addRow(tr("Shaft speed"), m_rpm);
    form->addRow(tr("Fault frequencies"), m_frequencies);
    form->addRow(m_buttons);
    m_rollers->setValue(start.rollers);
    m_pitch->setValue(start.pitchDiameter);
    m_roller->setValue(start.rollerDiameter);
    m_angle->setValue(start.contactAngleDeg);
    m_rpm->setValue(start.rpm);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &BearingDialog::applyPreset);
    connect(m_rollers, &QSpinBox::valueChanged, this, &BearingDialog::showFrequencies);
    for (QDoubleSpinBox* box : {m_pitch, m_roller, m_angle, m_rpm})
        connect(box, &QDoubleSpinBox::valueChanged, this, &BearingDialog::showFrequencies);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showFrequencies();
}

void BearingDialog::applyPreset()
{
    if (m_preset->currentIndex() != 1)
        return;
    const BearingGeometry g = BearingGeometry::imsPreset();
    m_rollers->setValue(g.rollers);
    m_pitch->setValue(g.pitchDiameter);
    m_roller->setValue(g.rollerDiameter);
    m_angle->setValue(g.contactAngleDeg);
    m_rpm->setValue(g.rpm);
}

BearingGeometry BearingDialog::geometry() const
{
    BearingGeometry g;
    g.rollers = m_rollers->value();
    g.pitchDiameter = m_pitch->value();
    g.rollerDiameter = m_roller->value();
    g.contactAngleDeg = m_angle->value();
    g.rpm = m_rpm->value();
    return g;
}

void BearingDialog::showFrequencies()
{
    const BearingGeometry g = geometry();
    const QString why = bearingGeometryError(g);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    if (!why.isEmpty()) {
        m_frequencies->setText(why);
        return;
    }
    const FaultFrequencies f = faultFrequencies(g);
    m_frequencies->setText(tr("BPFO %1 Hz · BPFI %2 Hz · BSF %3 Hz · FTF %4 Hz")
                               .arg(f.bpfo, 0, 'f', 1)
                               .arg(f.bpfi, 0, 'f', 1)
                               .arg(f.bsf, 0, 'f', 1)
                               .arg(f.ftf, 0, 'f', 1));
}

} // namespace tally
