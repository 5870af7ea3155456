#pragma once
// The bearing of a sensor run (issue 14): the IMS preset or a geometry (rollers, pitch and
// roller diameters, contact angle, shaft speed), with its fault frequencies shown as they
// are typed (core/sensor/Bearing.h). The sensor page stores it for the run and measures
// the run's fault-band features again (formats/SeriesImporter.h setBearing).

#include "sensor/Bearing.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace tally {

class BearingDialog : public QDialog
{
    Q_OBJECT
public:
    BearingDialog(const QString& run, const BearingGeometry& start, QWidget* parent = nullptr);
    BearingGeometry geometry() const;

private:
    void showFrequencies();
    void applyPreset();

    QComboBox* m_preset = nullptr;
    QSpinBox* m_rollers = nullptr;
    QDoubleSpinBox* m_pitch = nullptr;
    QDoubleSpinBox* m_roller = nullptr;
    QDoubleSpinBox* m_angle = nullptr;
    QDoubleSpinBox* m_rpm = nullptr;
    QLabel* m_frequencies = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tally
