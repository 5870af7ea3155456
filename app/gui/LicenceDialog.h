#pragma once
// Licence, source, owner and consent for many samples at once: the samples shown in
// the table (after its filters) or all of them. Only the fields whose box is ticked
// change; an empty text clears that field. Shows how many samples carry each licence.
// The dialog only returns the choice; DatasetUi::applyRights() writes it (also
// without the dialog, in tests).

#include <QDialog>
#include <QMap>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;

namespace tally {

struct RightsChange
{
    std::optional<QString> licence; // SPDX id ("" clears)
    std::optional<QString> source;
    std::optional<QString> owner;
    std::optional<bool> consent;
    bool isEmpty() const { return !licence && !source && !owner && !consent; }
};

class LicenceDialog : public QDialog
{
    Q_OBJECT
public:
    LicenceDialog(int shownCount, int allCount, const QMap<QString, qint64>& licenceCounts,
                  QWidget* parent = nullptr);
    RightsChange change() const;
    bool allSamples() const;
    // Common SPDX ids offered in the licence combo (it stays editable).
    static QStringList commonLicences();

private:
    QRadioButton* m_shown = nullptr;
    QRadioButton* m_all = nullptr;
    QCheckBox* m_setLicence = nullptr;
    QComboBox* m_licence = nullptr;
    QCheckBox* m_setSource = nullptr;
    QLineEdit* m_source = nullptr;
    QCheckBox* m_setOwner = nullptr;
    QLineEdit* m_owner = nullptr;
    QCheckBox* m_setConsent = nullptr;
    QComboBox* m_consent = nullptr;
};

} // namespace tally
