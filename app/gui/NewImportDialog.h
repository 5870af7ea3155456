#pragma once
// Asks for what a Speech Commands import needs: the folder, and the licence
// (SPDX id) and source recorded for every sample of this import.

#include <QDialog>

class QLineEdit;
class QComboBox;
class QDialogButtonBox;

namespace tally {

class NewImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewImportDialog(QWidget* parent = nullptr);
    QString folder() const;
    QString licence() const;
    QString source() const;

private:
    void validate();

    QLineEdit* m_folder = nullptr;
    QComboBox* m_licence = nullptr;
    QLineEdit* m_source = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tally
