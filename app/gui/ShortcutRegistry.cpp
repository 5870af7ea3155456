#include "gui/ShortcutRegistry.h"

#include <QAction>
#include <QSettings>
#include <QWidget>

namespace tally {

namespace {
QString settingsKey(const QString& id)
{
    return QStringLiteral("shortcuts/") + id;
}

// Where the action's keys act: null for the whole window, or the panel it belongs to.
const QObject* scopeOf(const QAction* action)
{
    const Qt::ShortcutContext c = action->shortcutContext();
    if (c != Qt::WidgetShortcut && c != Qt::WidgetWithChildrenShortcut)
        return nullptr;
    const QList<QObject*> on = action->associatedObjects();
    return on.isEmpty() ? action->parent() : on.first();
}
} // namespace

ShortcutRegistry::ShortcutRegistry(QWidget* window) : QObject(window), m_window(window) {}

void ShortcutRegistry::add(QAction* action, View view)
{
    const QString id = action ? action->objectName() : QString();
    if (id.isEmpty() || m_entries.contains(id))
        return;
    m_entries.insert(id, Entry{action, action->shortcuts(), view});
    m_order << id;
    const QVariant saved = QSettings().value(settingsKey(id));
    if (!saved.isValid())
        return;
    QList<QKeySequence> keys;
    for (const QString& text : saved.toStringList())
        if (QKeySequence k = QKeySequence::fromString(text, QKeySequence::PortableText);
            !k.isEmpty())
            keys << k;
    // A saved key that another action took meanwhile is dropped, not doubled.
    QList<QKeySequence> free;
    for (const QKeySequence& k : std::as_const(keys))
        if (!actionWithKey(k, action))
            free << k;
    action->setShortcuts(free);
}

void ShortcutRegistry::setView(QAction* action, View view)
{
    if (auto it = m_entries.find(action ? action->objectName() : QString()); it != m_entries.end())
        it->view = view;
}

QAction* ShortcutRegistry::actionWithKey(const QKeySequence& key, const QAction* except) const
{
    if (key.isEmpty())
        return nullptr;
    const QObject* scope = except ? scopeOf(except) : nullptr;
    for (QAction* a : m_window->findChildren<QAction*>()) {
        if (a != except && a->shortcuts().contains(key) && scopeOf(a) == scope)
            return a;
    }
    return nullptr;
}

bool ShortcutRegistry::assign(const QString& id, const QList<QKeySequence>& keys, QString* error)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end() || !it->action) {
        if (error)
            *error = tr("There is no action “%1”.").arg(id);
        return false;
    }
    for (const QKeySequence& k : keys) {
        if (const QAction* other = actionWithKey(k, it->action)) {
            if (error)
                *error = tr("%1 is already the key of “%2”. Give that action another key first.")
                             .arg(k.toString(QKeySequence::NativeText), plainText(other));
            return false;
        }
    }
    it->action->setShortcuts(keys);
    QStringList texts;
    for (const QKeySequence& k : keys)
        texts << k.toString(QKeySequence::PortableText);
    QSettings().setValue(settingsKey(id), texts);
    Q_EMIT changed(id);
    return true;
}

void ShortcutRegistry::resetToDefault(const QString& id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end() || !it->action)
        return;
    QSettings().remove(settingsKey(id));
    QList<QKeySequence> free;
    for (const QKeySequence& k : std::as_const(it->defaults))
        if (!actionWithKey(k, it->action))
            free << k;
    it->action->setShortcuts(free);
    Q_EMIT changed(id);
}

void ShortcutRegistry::resetAll()
{
    // Cleared first, so that defaults swapped between two actions do not refuse each other.
    for (const QString& id : std::as_const(m_order)) {
        if (QAction* a = m_entries[id].action)
            a->setShortcuts({});
    }
    for (const QString& id : std::as_const(m_order))
        resetToDefault(id);
}

const ShortcutRegistry::Entry* ShortcutRegistry::entry(const QString& id) const
{
    auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : &*it;
}

QList<QString> ShortcutRegistry::ids() const
{
    return m_order;
}

QString ShortcutRegistry::plainText(const QAction* action)
{
    const QString raw = action->text();
    QString text;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == QLatin1Char('&') && i + 1 < raw.size())
            ++i; // "&x" is an accelerator, "&&" a literal "&"
        text += raw[i];
    }
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

} // namespace tally
