#include "gui/ClassEditor.h"

#include "gui/Labelling.h"
#include "gui/Repositories.h"
#include "gui/Session.h"
#include "store/ClassHotkeys.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tally {

ClassEditor::ClassEditor(Labelling* labelling, QWidget* parent)
    : QDialog(parent), m_labelling(labelling)
{
    setWindowTitle(tr("Classes"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Class"), tr("Hotkey"), tr("Colour"), tr("Description")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* add = new QPushButton(tr("&Add…"), this);
    auto* edit = new QPushButton(tr("&Edit…"), this);
    auto* merge = new QPushButton(tr("&Merge into…"), this);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(merge);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ClassEditor::addClass);
    connect(edit, &QPushButton::clicked, this, &ClassEditor::editClass);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ClassEditor::editClass);
    connect(merge, &QPushButton::clicked, this, &ClassEditor::mergeClass);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_labelling->session(), &Session::classesChanged, this, &ClassEditor::reload);
    resize(620, 420);
    reload();
}

QStringList ClassEditor::reservedHotkeys()
{
    QStringList keys;
    for (const QString& k : classhotkeys::reserved())
        keys << k.toUpper();
    return keys;
}

void ClassEditor::reload()
{
    const qint64 keep = selectedId();
    m_table->setRowCount(0);
    if (!m_labelling->session().repos())
        return;
    const auto classes = m_labelling->session().repos()->classes.classes();
    m_table->setRowCount(int(classes.size()));
    for (int row = 0; row < int(classes.size()); ++row) {
        const ClassRecord& c = classes[size_t(row)];
        auto* name = new QTableWidgetItem(c.name);
        name->setData(Qt::UserRole, c.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(c.hotkey.toUpper()));
        auto* colour = new QTableWidgetItem(Labelling::colourOf(c).name());
        colour->setBackground(Labelling::colourOf(c));
        m_table->setItem(row, 2, colour);
        m_table->setItem(row, 3, new QTableWidgetItem(c.description));
        if (c.id == keep)
            m_table->selectRow(row);
    }
}

qint64 ClassEditor::selectedId() const
{
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0
                          : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

bool ClassEditor::editDialog(QWidget* parent, ClassRecord* cls, const QString& title)
{
    QDialog d(parent);
    d.setWindowTitle(title);
    auto* name = new QLineEdit(cls->name, &d);
    auto* hotkey = new QLineEdit(cls->hotkey.toUpper(), &d);
    hotkey->setMaxLength(1);
    hotkey->setToolTip(tr("1–9 or a letter; J, K, N and R are taken by Tally"));
    QColor colour = Labelling::colourOf(*cls);
    auto* colourButton = new QPushButton(colour.name(), &d);
    auto* description = new QLineEdit(cls->description, &d);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    auto* form = new QFormLayout(&d);
    form->addRow(tr("Name"), name);
    form->addRow(tr("Hotkey"), hotkey);
    form->addRow(tr("Colour"), colourButton);
    form->addRow(tr("Description"), description);
    form->addRow(buttons);
    QObject::connect(colourButton, &QPushButton::clicked, &d, [&] {
        const QColor c = QColorDialog::getColor(colour, &d);
        if (c.isValid()) {
            colour = c;
            colourButton->setText(c.name());
        }
    });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        const QString key = hotkey->text().trimmed().toUpper();
        if (reservedHotkeys().contains(key)) {
            QMessageBox::warning(
                &d, title, tr("The key %1 is used by Tally itself; choose another.").arg(key));
            return;
        }
        d.accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    if (d.exec() != QDialog::Accepted)
        return false;
    cls->name = name->text();
    cls->hotkey = hotkey->text().trimmed().toLower();
    cls->colour = colour;
    cls->description = description->text();
    return true;
}

void ClassEditor::addClass()
{
    ClassRecord c;
    if (editDialog(this, &c, tr("New class")) && !m_labelling->addClass(c))
        QMessageBox::warning(this, tr("New class"), m_labelling->lastError());
}

void ClassEditor::editClass()
{
    const qint64 id = selectedId();
    if (!id || !m_labelling->session().repos())
        return;
    auto c = m_labelling->session().repos()->classes.classById(id);
    if (!c.isOk())
        return;
    ClassRecord edited = c.value();
    if (editDialog(this, &edited, tr("Edit class")) && !m_labelling->updateClass(edited))
        QMessageBox::warning(this, tr("Edit class"), m_labelling->lastError());
}

void ClassEditor::mergeClass()
{
    const qint64 id = selectedId();
    if (!id || !m_labelling->session().repos())
        return;
    QStringList names;
    QList<qint64> ids;
    QString fromName;
    for (const ClassRecord& c : m_labelling->session().repos()->classes.classes()) {
        if (c.id == id) {
            fromName = c.name;
            continue;
        }
        names << c.name;
        ids << c.id;
    }
    bool ok = false;
    const QString into = QInputDialog::getItem(
        this, tr("Merge class"),
        tr("Merge “%1” into (its labels and regions follow):").arg(fromName), names, 0, false, &ok);
    if (ok && !m_labelling->mergeClass(id, ids.value(names.indexOf(into))))
        QMessageBox::warning(this, tr("Merge class"), m_labelling->lastError());
}

} // namespace tally
