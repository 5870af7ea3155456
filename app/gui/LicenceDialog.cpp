#include "gui/LicenceDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace tally {

QStringList LicenceDialog::commonLicences()
{
    return {QStringLiteral("CC0-1.0"),
            QStringLiteral("CC-BY-4.0"),
            QStringLiteral("CC-BY-SA-4.0"),
            QStringLiteral("CC-BY-NC-4.0"),
            QStringLiteral("CC-BY-NC-SA-4.0"),
            QStringLiteral("CC-BY-ND-4.0"),
            QStringLiteral("MIT"),
            QStringLiteral("Apache-2.0"),
            QStringLiteral("NOASSERTION")};
}

LicenceDialog::LicenceDialog(int shownCount, int allCount,
                             const QMap<QString, qint64>& licenceCounts, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Licences"));
    auto* scope = new QGroupBox(tr("Change"), this);
    m_shown =
        new QRadioButton(tr("The %n sample(s) shown in the table", nullptr, shownCount), scope);
    m_all = new QRadioButton(tr("All %n sample(s)", nullptr, allCount), scope);
    m_shown->setChecked(true);
    auto* scopeLayout = new QVBoxLayout(scope);
    scopeLayout->addWidget(m_shown);
    scopeLayout->addWidget(m_all);

    m_setLicence = new QCheckBox(tr("Licence (SPDX)"), this);
    m_licence = new QComboBox(this);
    m_licence->setEditable(true);
    m_licence->addItems(commonLicences());
    // An SPDX id or expression: letters, digits, . - + : ( ) and spaces (as tally-cli licence).
    m_licence->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^[A-Za-z0-9.+:()\\- ]*$")), m_licence));
    m_setSource = new QCheckBox(tr("Source"), this);
    m_source = new QLineEdit(this);
    m_setOwner = new QCheckBox(tr("Owner"), this);
    m_owner = new QLineEdit(this);
    m_setConsent = new QCheckBox(tr("Consent"), this);
    m_consent = new QComboBox(this);
    m_consent->addItem(tr("Given"), true);
    m_consent->addItem(tr("Not given"), false);
    connect(m_licence, &QComboBox::editTextChanged, m_setLicence,
            [this] { m_setLicence->setChecked(true); });
    connect(m_source, &QLineEdit::textEdited, m_setSource,
            [this] { m_setSource->setChecked(true); });
    connect(m_owner, &QLineEdit::textEdited, m_setOwner, [this] { m_setOwner->setChecked(true); });
    connect(m_consent, &QComboBox::activated, m_setConsent,
            [this] { m_setConsent->setChecked(true); });
    m_setLicence->setChecked(false);

    QStringList lines;
    for (auto it = licenceCounts.cbegin(); it != licenceCounts.cend(); ++it)
        lines << tr("%1: %n sample(s)", nullptr, int(it.value()))
                     .arg(it.key().isEmpty() ? tr("(unknown)") : it.key());
    auto* counts = new QLabel(lines.join(QLatin1Char('\n')), this);
    counts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(scope);
    form->addRow(m_setLicence, m_licence);
    form->addRow(m_setSource, m_source);
    form->addRow(m_setOwner, m_owner);
    form->addRow(m_setConsent, m_consent);
    form->addRow(tr("Licences now"), counts);
    form->addRow(buttons);
}

bool LicenceDialog::allSamples() const
{
    return m_all->isChecked();
}

RightsChange LicenceDialog::change() const
{
    RightsChange c;
    if (m_setLicence->isChecked())
        c.licence = m_licence->currentText().trimmed();
    if (m_setSource->isChecked())
        c.source = m_source->text().trimmed();
    if (m_setOwner->isChecked())
        c.owner = m_owner->text().trimmed();
    if (m_setConsent->isChecked())
        c.consent = m_consent->currentData().toBool();
    return c;
}

} // namespace tally
