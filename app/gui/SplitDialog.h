#pragma once
// Asks how to split: Speech Commands hashing (validation %, testing %) or grouped +
// stratified (group key: speaker or a metadata key, seed). With an apply function
// (setApply; DatasetUi::applySplit, the core applySplitMethod the CLI uses) the Split
// button splits and the dialog stays open listing the result and the leaks across splits
// (store/SplitLeaks.h: duplicate / near-duplicate pairs and groups in two splits);
// without one it only returns a SplitMethod.

#include "store/SplitLeaks.h"
#include "store/Splits.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace tally {

class SplitDialog : public QDialog
{
    Q_OBJECT
public:
    // metadataKeys: offered as group keys besides "speaker"; current: the stored method.
    SplitDialog(const QStringList& metadataKeys, const std::optional<SplitMethod>& current,
                QWidget* parent = nullptr);
    SplitMethod method() const;

    struct Outcome
    {
        QString summary; // "Training 12, validation 3, testing 3."
        QList<StoredLeak> leaks;
    };
    using Apply = std::function<Result<Outcome>(const SplitMethod&)>;
    void setApply(Apply apply) { m_apply = std::move(apply); }
    // The leak list (for tests): one row per leak, columns why, first, second.
    QTreeWidget* leakList() const { return m_leaks; }

private:
    void updateEnabled();
    void split();
    void showOutcome(const Outcome& outcome);

    QComboBox* m_method = nullptr;
    QDoubleSpinBox* m_validation = nullptr;
    QDoubleSpinBox* m_testing = nullptr;
    QComboBox* m_group = nullptr;
    QSpinBox* m_seed = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_okButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_result = nullptr;
    QTreeWidget* m_leaks = nullptr;
    Apply m_apply;
};

} // namespace tally
