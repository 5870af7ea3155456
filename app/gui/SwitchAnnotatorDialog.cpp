#include "gui/SwitchAnnotatorDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <algorithm>

namespace tally {

namespace {
constexpr int kRoleRole = Qt::UserRole + 1;
constexpr int kNewRole = Qt::UserRole + 2;
} // namespace

SwitchAnnotatorDialog::SwitchAnnotatorDialog(const std::vector<AnnotatorRecord>& people,
                                             const QString& current, AnnotatorRole currentRole,
                                             QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Switch Annotator"));
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("annotatorPerson"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("annotatorRole"));
    m_role->addItem(tr("Annotator"), int(AnnotatorRole::Annotator));
    m_role->addItem(tr("Reviewer"), int(AnnotatorRole::Reviewer));
    m_role->addItem(tr("Admin"), int(AnnotatorRole::Admin));
    m_newPerson = new QPushButton(tr("New person…"), this);
    m_newPerson->setObjectName(QStringLiteral("annotatorNewPerson"));
    for (const AnnotatorRecord& a : people)
        addPerson(a.name, a.role, false);
    if (!current.isEmpty() && m_person->findText(current) < 0)
        addPerson(current, currentRole, false); // working, not yet written to this project
    connect(m_person, &QComboBox::currentIndexChanged, this,
            &SwitchAnnotatorDialog::onPersonChosen);
    connect(m_newPerson, &QPushButton::clicked, this, &SwitchAnnotatorDialog::askNewPerson);
    m_person->setCurrentIndex(std::max(0, m_person->findText(current)));
    onPersonChosen(m_person->currentIndex());
    if (m_person->findText(current) >= 0)
        m_role->setCurrentIndex(m_role->findData(int(currentRole)));

    auto* row = new QHBoxLayout;
    row->addWidget(m_person, 1);
    row->addWidget(m_newPerson);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Person"), row);
    form->addRow(tr("Role"), m_role);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_person->count() > 0);
    connect(m_person, &QComboBox::currentIndexChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_person->currentIndex() >= 0);
    });
}

void SwitchAnnotatorDialog::addPerson(const QString& name, AnnotatorRole role, bool isNew)
{
    m_person->addItem(isNew ? tr("%1 (new)").arg(name) : name);
    const int i = m_person->count() - 1;
    m_person->setItemData(i, name, Qt::UserRole);
    m_person->setItemData(i, int(role), kRoleRole);
    m_person->setItemData(i, isNew, kNewRole);
}

void SwitchAnnotatorDialog::onPersonChosen(int index)
{
    if (index >= 0)
        m_role->setCurrentIndex(m_role->findData(m_person->itemData(index, kRoleRole)));
}

QString SwitchAnnotatorDialog::name() const
{
    return m_person->currentData(Qt::UserRole).toString();
}

AnnotatorRole SwitchAnnotatorDialog::role() const
{
    return AnnotatorRole(m_role->currentData().toInt());
}

bool SwitchAnnotatorDialog::isNewPerson() const
{
    return m_person->currentData(kNewRole).toBool();
}

bool SwitchAnnotatorDialog::addNewPerson(const QString& name)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return false;
    for (int i = 0; i < m_person->count(); ++i) {
        if (m_person->itemData(i, Qt::UserRole).toString().compare(n, Qt::CaseInsensitive) == 0) {
            m_person->setCurrentIndex(i);
            return true;
        }
    }
    addPerson(n, AnnotatorRole::Annotator, true);
    m_person->setCurrentIndex(m_person->count() - 1);
    return true;
}

void SwitchAnnotatorDialog::askNewPerson()
{
    bool ok = false;
    const QString n =
        QInputDialog::getText(this, tr("New person"), tr("Name of the new person in this project:"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        addNewPerson(n);
}

} // namespace tally
