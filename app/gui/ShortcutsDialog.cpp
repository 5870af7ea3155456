#include "gui/ShortcutsDialog.h"

#include "gui/ShortcutRegistry.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tally {

namespace {
QString keysText(const QList<QKeySequence>& keys)
{
    QStringList texts;
    for (const QKeySequence& k : keys)
        texts << k.toString(QKeySequence::NativeText);
    return texts.join(QStringLiteral(", "));
}
} // namespace

ShortcutsDialog::ShortcutsDialog(ShortcutRegistry& registry, QWidget* parent)
    : QDialog(parent), m_registry(registry)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys"), tr("Default")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_editor = new QKeySequenceEdit(this);
    m_editor->setToolTip(tr("Select an action, then press its new key"));
    auto* clear = new QPushButton(tr("&None"), this);
    auto* reset = new QPushButton(tr("&Reset"), this);
    auto* resetAll = new QPushButton(tr("Reset &All"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("shortcutMessage"));
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("New key:"), this));
    row->addWidget(m_editor, 1);
    row->addWidget(clear);
    row->addWidget(reset);
    row->addWidget(resetAll);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ShortcutsDialog::onSelectionChanged);
    connect(m_editor, &QKeySequenceEdit::editingFinished, this, [this] {
        // One key, not a chord sequence: the first key pressed.
        const QKeySequence typed = m_editor->keySequence();
        if (!selectedId().isEmpty() && !typed.isEmpty())
            assignKey(selectedId(), QKeySequence(typed[0]));
    });
    connect(clear, &QPushButton::clicked, this, [this] { assignKey(selectedId(), {}); });
    connect(reset, &QPushButton::clicked, this, [this] {
        m_registry.resetToDefault(selectedId());
        reload();
    });
    connect(resetAll, &QPushButton::clicked, this, [this] {
        m_registry.resetAll();
        reload();
    });
    resize(640, 520);
    reload();
}

void ShortcutsDialog::reload()
{
    const QString keep = selectedId();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (const QString& id : m_registry.ids()) {
        const ShortcutRegistry::Entry* e = m_registry.entry(id);
        if (!e || !e->action)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(ShortcutRegistry::plainText(e->action));
        name->setData(Qt::UserRole, id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(keysText(e->action->shortcuts())));
        m_table->setItem(row, 2, new QTableWidgetItem(keysText(e->defaults)));
        if (id == keep)
            m_table->selectRow(row);
    }
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(2);
}

QString ShortcutsDialog::selectedId() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? QString()
                           : m_table->item(items.first()->row(), 0)->data(Qt::UserRole).toString();
}

void ShortcutsDialog::onSelectionChanged()
{
    const ShortcutRegistry::Entry* e = m_registry.entry(selectedId());
    const QSignalBlocker block(m_editor);
    m_editor->setKeySequence(e && e->action ? e->action->shortcut() : QKeySequence());
    m_message->clear();
}

bool ShortcutsDialog::assignKey(const QString& id, const QKeySequence& key)
{
    if (id.isEmpty())
        return false;
    QString error;
    const QList<QKeySequence> keys =
        key.isEmpty() ? QList<QKeySequence>{} : QList<QKeySequence>{key};
    if (!m_registry.assign(id, keys, &error)) {
        m_message->setText(error);
        if (m_interactive)
            QMessageBox::warning(this, tr("Key already used"), error);
        onSelectionChanged(); // the editor shows the key kept
        m_message->setText(error);
        return false;
    }
    const ShortcutRegistry::Entry* e = m_registry.entry(id);
    m_message->setText(tr("“%1” now answers %2.")
                           .arg(ShortcutRegistry::plainText(e->action),
                                key.isEmpty() ? tr("no key") : keysText(keys)));
    reload();
    return true;
}

QString ShortcutsDialog::message() const
{
    return m_message->text();
}

} // namespace tally
