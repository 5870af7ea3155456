// Classes: the catalogue (add, update/rename, delete unused). Merging: ClassesMerge.cpp.
#include "store/Classes.h"

#include "store/AuditedEdit.h"
#include "store/ClassHotkeys.h"
#include "store/Project.h"
#include "store/StoreSql.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tally {

using detail::StatementCache;

namespace {

const QString kClassSelect =
    QStringLiteral("SELECT id, name, hotkey, colour, description FROM classes ");

ClassRecord classFrom(const QSqlQuery& q)
{
    ClassRecord c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.hotkey = q.value(2).toString();
    const QString colour = q.value(3).toString();
    c.colour = colour.isEmpty() ? QColor() : QColor::fromString(colour);
    c.description = q.value(4).toString();
    return c;
}

// The first column of the first row of q (already bound), or an invalid QVariant.
QVariant firstValue(QSqlQuery& q, QSqlError* error)
{
    if (!detail::run(q, error))
        return {};
    QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish();
    return v;
}

// cls with a trimmed name and a lower-case hotkey, or the reason it is refused
// (empty name, tab or line break, a name or hotkey another class has).
Result<ClassRecord> validated(StatementCache& c, const ClassRecord& cls, const QString& path)
{
    ClassRecord out = cls;
    out.name = cls.name.trimmed();
    out.hotkey = cls.hotkey.trimmed().toLower();
    if (out.name.isEmpty())
        return Error{{}, Classes::tr("a class name cannot be empty or only spaces")};
    for (QChar ch : out.name) {
        if (ch.category() == QChar::Other_Control)
            return Error{
                {},
                Classes::tr("a class name cannot contain tabs or line breaks: “%1”").arg(out.name)};
    }
    if (!out.hotkey.isEmpty()) {
        const QChar k = out.hotkey.front();
        const bool digit = k >= QLatin1Char('1') && k <= QLatin1Char('9');
        if (out.hotkey.size() != 1 || !(digit || k.isLetter()))
            return Error{
                {}, Classes::tr("a hotkey is 1–9 or a single letter, not “%1”").arg(cls.hotkey)};
    }
    QSqlError err;
    QSqlQuery& byName =
        c.get(QStringLiteral("SELECT name FROM classes WHERE lower(name) = lower(?) AND id <> ?"));
    byName.bindValue(0, out.name);
    byName.bindValue(1, cls.id);
    const QVariant clash = firstValue(byName, &err);
    if (err.isValid())
        return detail::sqlError(path, err);
    if (clash.isValid())
        return Error{{}, Classes::tr("a class named “%1” already exists").arg(clash.toString())};
    if (out.hotkey.isEmpty())
        return out;
    QSqlQuery& byKey =
        c.get(QStringLiteral("SELECT name FROM classes WHERE hotkey = ? AND id <> ?"));
    byKey.bindValue(0, out.hotkey);
    byKey.bindValue(1, cls.id);
    const QVariant user = firstValue(byKey, &err);
    if (err.isValid())
        return detail::sqlError(path, err);
    if (user.isValid())
        return Error{
            {}, Classes::tr("hotkey %1 is already used by “%2”").arg(out.hotkey, user.toString())};
    return out;
}

void bindClass(QSqlQuery& q, const ClassRecord& c)
{
    q.bindValue(0, c.name);
    q.bindValue(1, detail::textOrNull(c.hotkey));
    q.bindValue(2, c.colour.isValid() ? QVariant(c.colour.name())
                                      : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(3, detail::textOrNull(c.description));
}

} // namespace

QJsonObject Classes::json(const ClassRecord& c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("hotkey"), c.hotkey},
                       {QStringLiteral("colour"), c.colour.isValid() ? c.colour.name() : QString()},
                       {QStringLiteral("description"), c.description}};
}

std::vector<ClassRecord> Classes::classes() const
{
    std::vector<ClassRecord> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (q.exec(kClassSelect + QStringLiteral("ORDER BY name")))
        while (q.next())
            out.push_back(classFrom(q));
    return out;
}

Result<ClassRecord> Classes::classByName(const QString& name) const
{
    QSqlQuery& q = m_project.statements().get(kClassSelect + QStringLiteral("WHERE name = ?"));
    q.bindValue(0, name.trimmed());
    if (!q.exec())
        return detail::sqlError(m_project.path(), q.lastError());
    if (!q.next())
        return Error{{}, Classes::tr("no class named “%1”").arg(name.trimmed())};
    ClassRecord c = classFrom(q);
    q.finish();
    return c;
}

Result<ClassRecord> Classes::classById(qint64 id) const
{
    QSqlQuery& q = m_project.statements().get(kClassSelect + QStringLiteral("WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return detail::sqlError(m_project.path(), q.lastError());
    if (!q.next())
        return Error{{}, Classes::tr("no class with id %1").arg(id)};
    ClassRecord c = classFrom(q);
    q.finish();
    return c;
}

Result<ClassRecord> Classes::addClass(const ClassRecord& cls, qint64 byAnnotatorId)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Result<ClassRecord> {
        ClassRecord fresh = cls;
        fresh.id = 0;
        auto valid = validated(e.sql(), fresh, m_project.path());
        if (!valid)
            return valid.error();
        ClassRecord out = valid.value();
        if (out.hotkey.isEmpty()) // a free one (store/ClassHotkeys.h)
            out.hotkey = classhotkeys::freeHotkey(e.sql(), out.name);
        QSqlQuery& q = e.sql().get(QStringLiteral("INSERT INTO classes(name, hotkey, colour, "
                                                  "description) VALUES (?,?,?,?) RETURNING id"));
        bindClass(q, out);
        if ((out.id = e.insertReturningId(q)) <= 0)
            return e.sqlFailure();
        e.audit(byAnnotatorId, QStringLiteral("class.add"), 0, {}, json(out));
        return out;
    });
}

Status Classes::updateClass(const ClassRecord& cls, qint64 byAnnotatorId)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        auto before = classById(cls.id);
        if (!before)
            return before.error();
        auto valid = validated(e.sql(), cls, m_project.path());
        if (!valid)
            return valid.error();
        const ClassRecord& after = valid.value();
        QSqlQuery& q = e.sql().get(QStringLiteral(
            "UPDATE classes SET name = ?, hotkey = ?, colour = ?, description = ? WHERE id = ?"));
        bindClass(q, after);
        q.bindValue(4, after.id);
        if (!e.run(q))
            return e.sqlFailure();
        const QString action = before.value().name != after.name ? QStringLiteral("class.rename")
                                                                 : QStringLiteral("class.update");
        e.audit(byAnnotatorId, action, 0, json(before.value()), json(after));
        return {};
    });
}

Status Classes::deleteUnusedClass(qint64 classId, qint64 byAnnotatorId)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        auto cls = classById(classId);
        if (!cls)
            return cls.error();
        QSqlQuery& used =
            e.sql().get(QStringLiteral("SELECT EXISTS(SELECT 1 FROM labels WHERE class_id = ?)"
                                       " OR EXISTS(SELECT 1 FROM regions WHERE class_id = ?)"
                                       " OR EXISTS(SELECT 1 FROM boxes WHERE class_id = ?)"
                                       " OR EXISTS(SELECT 1 FROM samples WHERE class_id = ?)"));
        detail::bindAll(used, {classId, classId, classId, classId});
        const QVariant inUse = firstValue(used, &e.lastError());
        if (e.lastError().isValid())
            return e.sqlFailure();
        if (inUse.toBool())
            return Error{{},
                         tr("class “%1” is still used by labels, regions, boxes or samples")
                             .arg(cls.value().name)};
        QSqlQuery& del = e.sql().get(QStringLiteral("DELETE FROM classes WHERE id = ?"));
        del.bindValue(0, classId);
        if (!e.run(del))
            return e.sqlFailure();
        e.audit(byAnnotatorId, QStringLiteral("class.delete"), 0, json(cls.value()), {});
        return {};
    });
}

} // namespace tally
