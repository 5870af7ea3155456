#include "gui/KeyboardUi.h"

#include "gui/ShortcutsDialog.h"

#include <QAction>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tally {

KeyboardUi::KeyboardUi(QWidget* window, std::function<View()> currentView)
    : QObject(window), m_window(window), m_currentView(std::move(currentView))
{
    m_registry = new ShortcutRegistry(window);
    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts…"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("help.shortcuts"));
    connect(m_shortcutsAction, &QAction::triggered, this, &KeyboardUi::showShortcutsDialog);
    m_cheatSheetAction = new QAction(tr("Keys of This &View"), this);
    m_cheatSheetAction->setObjectName(QStringLiteral("help.cheatSheet"));
    m_cheatSheetAction->setShortcuts({QKeySequence(Qt::Key_Question), QKeySequence(Qt::Key_F1)});
    m_cheatSheetAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_cheatSheetAction, &QAction::triggered, this, &KeyboardUi::showCheatSheet);
    window->addAction(m_cheatSheetAction);
}

void KeyboardUi::registerActions(const QList<QAction*>& audio, const QList<QAction*>& image)
{
    const QSet<QAction*> audioSet(audio.begin(), audio.end());
    const QSet<QAction*> imageSet(image.begin(), image.end());
    for (QAction* a : m_window->findChildren<QAction*>()) {
        if (a->objectName().isEmpty() || a->isSeparator())
            continue;
        m_registry->add(a, audioSet.contains(a)   ? View::Audio
                           : imageSet.contains(a) ? View::Image
                                                  : View::Every);
    }
}

void KeyboardUi::addToMenu(QMenu* help)
{
    help->addAction(m_cheatSheetAction);
    help->addAction(m_shortcutsAction);
}

void KeyboardUi::showShortcutsDialog()
{
    ShortcutsDialog dialog(*m_registry, m_window);
    dialog.setInteractive(m_interactive);
    dialog.exec();
}

QList<QPair<QString, QString>> KeyboardUi::cheatSheetRows(View view) const
{
    QList<QPair<QString, QString>> rows;
    for (QAction* a : m_window->findChildren<QAction*>()) {
        if (a->shortcuts().isEmpty() || a->isSeparator())
            continue;
        const ShortcutRegistry::Entry* e = m_registry->entry(a->objectName());
        const View actsIn = e ? e->view : View::Every;
        if (actsIn != View::Every && actsIn != view)
            continue;
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        rows.append({keys.join(QStringLiteral(" / ")), ShortcutRegistry::plainText(a)});
    }
    return rows;
}

// A small window beside the work (not modal): the keys of the view shown when it opened,
// refreshed on each ? / F1.
void KeyboardUi::showCheatSheet()
{
    if (!m_cheatSheet) {
        m_cheatSheet = new QDialog(m_window);
        m_cheatSheet->setObjectName(QStringLiteral("cheatSheet"));
        m_cheatTable = new QTableWidget(0, 2, m_cheatSheet);
        m_cheatTable->setHorizontalHeaderLabels({tr("Key"), tr("Does")});
        m_cheatTable->verticalHeader()->hide();
        m_cheatTable->horizontalHeader()->setStretchLastSection(true);
        m_cheatTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_cheatTable->setSelectionMode(QAbstractItemView::NoSelection);
        auto* hint = new QLabel(tr("Change a key in Help ▸ Keyboard Shortcuts…"), m_cheatSheet);
        auto* layout = new QVBoxLayout(m_cheatSheet);
        layout->addWidget(m_cheatTable);
        layout->addWidget(hint);
        m_cheatSheet->resize(460, 560);
    }
    const View view = m_currentView ? m_currentView() : View::Every;
    m_cheatSheet->setWindowTitle(view == View::Image ? tr("Keys — image view")
                                                     : tr("Keys — audio view"));
    const auto rows = cheatSheetRows(view);
    m_cheatTable->setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        m_cheatTable->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        m_cheatTable->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    m_cheatTable->resizeColumnToContents(0);
    m_cheatSheet->show();
    m_cheatSheet->raise();
}

} // namespace tally
