#pragma once
// Every named action's keyboard shortcut, editable: the defaults the code gives, the
// person's choice saved in QSettings ("shortcuts/<action objectName>", portable text),
// and the refusal of a key another action of the window already uses — named in the
// message. An action takes part when it has an objectName; the view it belongs to
// (audio, image, or every view) decides whether the cheat sheet lists it.
// Keys are in one of two scopes: the window's (Qt::WindowShortcut, the usual one), or a
// panel's (Qt::WidgetShortcut / WidgetWithChildrenShortcut on that panel, such as the
// Flagged queue's K, R, T): a panel's keys win while it has the keyboard (it accepts their
// ShortcutOverride), so they clash only with keys of the same scope.
// GUI thread only; owned by the window whose actions it manages.

#include <QCoreApplication>
#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QWidget;

namespace tally {

class ShortcutRegistry : public QObject
{
    Q_OBJECT
public:
    enum class View
    {
        Every,
        Audio,
        Image
    };
    struct Entry
    {
        QPointer<QAction> action;
        QList<QKeySequence> defaults;
        View view = View::Every;
    };

    // window: the window whose actions (its children, at any depth) are checked for
    // conflicts.
    explicit ShortcutRegistry(QWidget* window);

    // Takes part: remembers the action's current keys as its defaults and applies the
    // saved choice, if any. An action without an objectName is ignored.
    void add(QAction* action, View view = View::Every);
    void setView(QAction* action, View view);

    // Gives the action these keys and saves them; refuses (false, *error says which
    // action has the key) a key that another action of the window uses.
    bool assign(const QString& id, const QList<QKeySequence>& keys, QString* error = nullptr);
    // The defaults again (and the saved choice forgotten).
    void resetToDefault(const QString& id);
    void resetAll();

    // The action (other than `except`, and in its scope) of the window that answers `key`,
    // or null.
    QAction* actionWithKey(const QKeySequence& key, const QAction* except = nullptr) const;
    const Entry* entry(const QString& id) const;
    QList<QString> ids() const; // in the order added
    // The menu text without accelerators and ellipsis: "Next Sample".
    static QString plainText(const QAction* action);

Q_SIGNALS:
    void changed(const QString& id);

private:
    QWidget* m_window = nullptr;
    QList<QString> m_order;
    QHash<QString, Entry> m_entries;
};

} // namespace tally
