#pragma once
// Asks for what an import needs: the folder (a COCO JSON file may be chosen too), and
// the licence (SPDX id) and source recorded for every sample of this import. The
// images variant also asks for the layout: a folder of images, COCO, Pascal VOC, YOLO.
// The Common Voice variant asks for a release folder (validated.tsv, clips/) and starts
// with Common Voice's licence (CC0-1.0) and source filled in.
// A checkbox allows media files outside the folder (ImportOptions::allowOutside, the
// same as `tally-cli import --allow-outside`); off by default.

#include <QDialog>

class QLineEdit;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QDialogButtonBox;

namespace tally {

class NewImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        SpeechCommands,
        Images,
        CommonVoice,
        Series // sensor snapshots: IMS text or sensor CSV, with the IMS rate
    };
    explicit NewImportDialog(QWidget* parent = nullptr, Kind kind = Kind::SpeechCommands);
    QString folder() const;
    QString licence() const;
    QString source() const;
    // Images kind: "images" / "coco" / "voc" / "yolo" (formats/ImageImporter.h names).
    QString imageFormat() const;
    // Series kind: "ims" / "sensor-csv" (formats/SeriesImporter.h names), and the IMS rate.
    QString seriesFormat() const;
    double seriesRateHz() const;
    // Whether media files outside the folder are imported (with a warning) instead of refused.
    bool allowOutside() const;

private:
    void validate();
    void addLayoutChoices();
    void browse();

    QLineEdit* m_folder = nullptr;
    QComboBox* m_licence = nullptr;
    QLineEdit* m_source = nullptr;
    QComboBox* m_format = nullptr;    // images and series
    QDoubleSpinBox* m_rate = nullptr; // series only
    QCheckBox* m_allowOutside = nullptr;
    Kind m_kind = Kind::SpeechCommands;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tally
