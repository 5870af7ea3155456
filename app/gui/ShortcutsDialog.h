#pragma once
// Help ▸ Keyboard Shortcuts…: every named action with its keys; select one, press the
// new key in the editor and it is assigned (saved at once), or refused with a message
// naming the action that has it. "Reset" gives the selected action its default keys,
// "Reset All" every action. GUI thread only.

#include <QDialog>

class QKeySequenceEdit;
class QLabel;
class QTableWidget;

namespace tally {

class ShortcutRegistry;

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(ShortcutRegistry& registry, QWidget* parent = nullptr);

    // Assigns `key` to the action `id` as the editor does (empty key: none). On a refusal
    // the message shows under the table (and in a message box when interactive).
    bool assignKey(const QString& id, const QKeySequence& key);
    void setInteractive(bool on) { m_interactive = on; }
    QTableWidget* table() const { return m_table; }
    QString message() const;

private:
    void reload();
    QString selectedId() const;
    void onSelectionChanged();

    ShortcutRegistry& m_registry;
    QTableWidget* m_table = nullptr;
    QKeySequenceEdit* m_editor = nullptr;
    QLabel* m_message = nullptr;
    bool m_interactive = true;
};

} // namespace tally
