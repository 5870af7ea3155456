#pragma once
// Asks how to split: Speech Commands hashing (validation %, testing %) or grouped +
// stratified (group key: speaker or a metadata key, seed). The dialog only returns a
// SplitMethod; DatasetUi::applySplit() does the work (also without the dialog, in tests).

#include "store/Splits.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace tally {

class SplitDialog : public QDialog
{
    Q_OBJECT
public:
    // metadataKeys: offered as group keys besides "speaker"; current: the stored method.
    SplitDialog(const QStringList& metadataKeys, const std::optional<SplitMethod>& current,
                QWidget* parent = nullptr);
    SplitMethod method() const;

private:
    void updateEnabled();

    QComboBox* m_method = nullptr;
    QDoubleSpinBox* m_validation = nullptr;
    QDoubleSpinBox* m_testing = nullptr;
    QComboBox* m_group = nullptr;
    QSpinBox* m_seed = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_okButton = nullptr;
};

} // namespace tally
