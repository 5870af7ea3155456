#include "gui/NewImportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace tally {

NewImportDialog::NewImportDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Import Speech Commands folder"));
    m_folder = new QLineEdit(this);
    m_folder->setPlaceholderText(tr("Folder with <class>/<speaker>_nohash_<n>.wav"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    m_licence = new QComboBox(this);
    m_licence->setEditable(true);
    m_licence->addItems({QString(), QStringLiteral("CC-BY-4.0"), QStringLiteral("CC0-1.0"),
                         QStringLiteral("CC-BY-SA-4.0"), QStringLiteral("CC-BY-NC-4.0"),
                         QStringLiteral("LicenseRef-Proprietary")});
    m_licence->setToolTip(tr("SPDX licence identifier recorded for every imported sample"));
    m_source = new QLineEdit(this);
    m_source->setPlaceholderText(tr("Where the recordings come from"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Folder"), row);
    form->addRow(tr("Licence (SPDX)"), m_licence);
    form->addRow(tr("Source"), m_source);
    form->addRow(m_buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Speech Commands folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(m_folder, &QLineEdit::textChanged, this, &NewImportDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(560, sizeHint().height());
}

void NewImportDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(QFileInfo(m_folder->text()).isDir());
}

QString NewImportDialog::folder() const { return m_folder->text(); }
QString NewImportDialog::licence() const { return m_licence->currentText().trimmed(); }
QString NewImportDialog::source() const { return m_source->text().trimmed(); }

} // namespace tally
