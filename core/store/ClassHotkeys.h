#pragma once
// Hotkeys for classes made without one (by an import, a merge, the class editor or
// tally-cli): the first letter of the name that is free, else 1–9, else any free
// letter — never a key the application's own actions use (B box tool, J / K next and
// previous sample, N next unlabelled, R region tool, U and X kept for them). Hotkeys
// are lower-case, as the classes table stores them. pick() is pure; freeHotkey() reads
// the classes table inside the caller's transaction, on the project's thread.

#include <QSet>
#include <QString>
#include <QStringList>

class QSqlError;

namespace tally {
namespace detail {
class StatementCache;
}
namespace classhotkeys {

// The letters never given automatically, lower-case.
QStringList reserved();
// A free hotkey for a class named `name`, given the hotkeys `taken` (lower-case);
// empty when every key is taken.
QString pick(const QString& name, const QSet<QString>& taken);
// pick() against the hotkeys stored now; empty on a database error (in *err).
QString freeHotkey(detail::StatementCache& c, const QString& name, QSqlError* err = nullptr);

} // namespace classhotkeys
} // namespace tally
