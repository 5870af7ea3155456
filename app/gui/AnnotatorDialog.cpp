#include "gui/AnnotatorDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace tally {

AnnotatorDialog::AnnotatorDialog(const QString& name, AnnotatorRole role, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Who is working?"));
    m_name = new QLineEdit(name.isEmpty() ? systemUserName() : name, this);
    m_role = new QComboBox(this);
    m_role->addItem(tr("Annotator"), int(AnnotatorRole::Annotator));
    m_role->addItem(tr("Reviewer"), int(AnnotatorRole::Reviewer));
    m_role->addItem(tr("Admin"), int(AnnotatorRole::Admin));
    m_role->setCurrentIndex(m_role->findData(int(role)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Your name"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [buttons](const QString& t) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty());
    });
}

QString AnnotatorDialog::name() const
{
    return m_name->text().trimmed();
}
AnnotatorRole AnnotatorDialog::role() const
{
    return AnnotatorRole(m_role->currentData().toInt());
}

QString AnnotatorDialog::systemUserName()
{
    for (const char* var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("annotator");
}

} // namespace tally
