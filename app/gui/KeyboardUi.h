#pragma once
// The keyboard, for the main window: the shortcut registry over every named action,
// Help ▸ Keyboard Shortcuts… (the editor) and Help ▸ Keys of This View (? or F1): a cheat
// sheet listing the keys that work in the view shown now (audio or image), class hotkeys
// included. GUI thread only; parented to the window.

#include "gui/ShortcutRegistry.h"

#include <QObject>
#include <functional>

class QAction;
class QDialog;
class QMenu;
class QTableWidget;

namespace tally {

class KeyboardUi : public QObject
{
    Q_OBJECT
public:
    using View = ShortcutRegistry::View;
    // currentView: which view the window shows now.
    KeyboardUi(QWidget* window, std::function<View()> currentView);

    // Takes every named action of the window into the registry (call once, after the
    // menus exist); `audio` and `image` are the actions that only act in that view.
    void registerActions(const QList<QAction*>& audio, const QList<QAction*>& image);
    void addToMenu(QMenu* help);
    void setInteractive(bool on) { m_interactive = on; }

    ShortcutRegistry* registry() const { return m_registry; }
    QAction* shortcutsAction() const { return m_shortcutsAction; }
    QAction* cheatSheetAction() const { return m_cheatSheetAction; }
    // The cheat sheet's rows for a view: (keys, action), in menu order.
    QList<QPair<QString, QString>> cheatSheetRows(View view) const;
    // The open cheat sheet (null before the first ? / F1).
    QDialog* cheatSheet() const { return m_cheatSheet; }
    void showShortcutsDialog();
    void showCheatSheet();

private:
    QWidget* m_window = nullptr;
    std::function<View()> m_currentView;
    ShortcutRegistry* m_registry = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_cheatSheetAction = nullptr;
    QDialog* m_cheatSheet = nullptr;
    QTableWidget* m_cheatTable = nullptr;
    bool m_interactive = true;
};

} // namespace tally
