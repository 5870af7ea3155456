#include "store/ClassHotkeys.h"

#include "store/StoreSql.h"

#include <QSqlQuery>

namespace tally::classhotkeys {

QStringList reserved()
{
    return {QStringLiteral("b"), QStringLiteral("j"), QStringLiteral("k"), QStringLiteral("n"),
            QStringLiteral("r"), QStringLiteral("u"), QStringLiteral("x")};
}

QString pick(const QString& name, const QSet<QString>& taken)
{
    const QStringList never = reserved();
    auto usable = [&](const QString& key) { return !taken.contains(key) && !never.contains(key); };
    // A mnemonic first: "left" gets L, "down" D; a letter outside a–z (é, ß) is skipped.
    for (QChar ch : name.toLower()) {
        const QString key(ch);
        if (ch >= QLatin1Char('a') && ch <= QLatin1Char('z') && usable(key))
            return key;
    }
    for (char d = '1'; d <= '9'; ++d)
        if (usable(QString(QLatin1Char(d))))
            return QString(QLatin1Char(d));
    for (char l = 'a'; l <= 'z'; ++l)
        if (usable(QString(QLatin1Char(l))))
            return QString(QLatin1Char(l));
    return {};
}

QString freeHotkey(detail::StatementCache& c, const QString& name, QSqlError* err)
{
    QSet<QString> taken;
    QSqlQuery& keys = c.get(QStringLiteral("SELECT hotkey FROM classes WHERE hotkey IS NOT NULL"));
    if (!detail::run(keys, err))
        return {};
    while (keys.next())
        taken.insert(keys.value(0).toString());
    keys.finish();
    return pick(name, taken);
}

} // namespace tally::classhotkeys
