#pragma once
// Asks for what an import needs: the folder (a COCO JSON file may be chosen too), and
// the licence (SPDX id) and source recorded for every sample of this import. The
// images variant also asks for the layout: a folder of images, COCO, Pascal VOC, YOLO.

#include <QDialog>

class QLineEdit;
class QComboBox;
class QDialogButtonBox;

namespace tally {

class NewImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        SpeechCommands,
        Images
    };
    explicit NewImportDialog(QWidget* parent = nullptr, Kind kind = Kind::SpeechCommands);
    QString folder() const;
    QString licence() const;
    QString source() const;
    // Images kind: "images" / "coco" / "voc" / "yolo" (formats/ImageImporter.h names).
    QString imageFormat() const;

private:
    void validate();

    QLineEdit* m_folder = nullptr;
    QComboBox* m_licence = nullptr;
    QLineEdit* m_source = nullptr;
    QComboBox* m_format = nullptr; // images only
    Kind m_kind = Kind::SpeechCommands;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tally
