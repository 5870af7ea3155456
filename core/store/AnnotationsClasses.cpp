// Annotations: the class catalogue (add, update/rename, merge, delete unused).
#include "store/Annotations.h"
#include "store/Project.h"
#include "store/StoreSql.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tally {

using detail::StatementCache;
using detail::tr;
using detail::WriteTransaction;

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

QJsonObject classJson(const ClassRecord& c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("hotkey"), c.hotkey},
                       {QStringLiteral("colour"), c.colour.isValid() ? c.colour.name() : QString()},
                       {QStringLiteral("description"), c.description}};
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
        return Error{{}, tr("a class name cannot be empty or only spaces")};
    for (QChar ch : out.name) {
        if (ch.category() == QChar::Other_Control)
            return Error{{},
                         tr("a class name cannot contain tabs or line breaks: “%1”").arg(out.name)};
    }
    if (!out.hotkey.isEmpty()) {
        const QChar k = out.hotkey.front();
        const bool digit = k >= QLatin1Char('1') && k <= QLatin1Char('9');
        if (out.hotkey.size() != 1 || !(digit || k.isLetter()))
            return Error{{}, tr("a hotkey is 1–9 or a single letter, not “%1”").arg(cls.hotkey)};
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
        return Error{{}, tr("a class named “%1” already exists").arg(clash.toString())};
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
        return Error{{}, tr("hotkey %1 is already used by “%2”").arg(out.hotkey, user.toString())};
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

// Ids (column 0) of the rows sql selects for one bound id, as a JSON array.
QJsonArray idList(QSqlDatabase db, const QString& sql, qint64 id)
{
    QJsonArray out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toLongLong());
    return out;
}

} // namespace

std::vector<ClassRecord> Annotations::classes() const
{
    std::vector<ClassRecord> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (q.exec(kClassSelect + QStringLiteral("ORDER BY name")))
        while (q.next())
            out.push_back(classFrom(q));
    return out;
}

Result<ClassRecord> Annotations::classByName(const QString& name) const
{
    QSqlQuery& q = statements().get(kClassSelect + QStringLiteral("WHERE name = ?"));
    q.bindValue(0, name.trimmed());
    if (!q.exec())
        return detail::sqlError(m_project.path(), q.lastError());
    if (!q.next())
        return Error{{}, tr("no class named “%1”").arg(name.trimmed())};
    ClassRecord c = classFrom(q);
    q.finish();
    return c;
}

Result<ClassRecord> Annotations::classById(qint64 id) const
{
    QSqlQuery& q = statements().get(kClassSelect + QStringLiteral("WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return detail::sqlError(m_project.path(), q.lastError());
    if (!q.next())
        return Error{{}, tr("no class with id %1").arg(id)};
    ClassRecord c = classFrom(q);
    q.finish();
    return c;
}

Result<ClassRecord> Annotations::addClass(const ClassRecord& cls, qint64 byAnnotatorId)
{
    StatementCache& c = statements();
    WriteTransaction t(c);
    if (!t.began())
        return detail::sqlError(m_project.path(), t.lastError());
    ClassRecord fresh = cls;
    fresh.id = 0;
    auto valid = validated(c, fresh, m_project.path());
    if (!valid)
        return valid.error();
    ClassRecord out = valid.value();
    QSqlQuery& q = c.get(
        QStringLiteral("INSERT INTO classes(name, hotkey, colour, description) VALUES (?,?,?,?)"));
    bindClass(q, out);
    QSqlError err;
    if (!detail::run(q, &err))
        return detail::sqlError(m_project.path(), err);
    out.id = q.lastInsertId().toLongLong();
    if (!detail::writeAudit(c, byAnnotatorId, QStringLiteral("class.add"), 0, {}, classJson(out),
                            &err) ||
        !t.commit())
        return detail::writeError(m_project.path(), err, t);
    return out;
}

Status Annotations::updateClass(const ClassRecord& cls, qint64 byAnnotatorId)
{
    StatementCache& c = statements();
    WriteTransaction t(c);
    if (!t.began())
        return detail::sqlError(m_project.path(), t.lastError());
    auto before = classById(cls.id);
    if (!before)
        return before.error();
    auto valid = validated(c, cls, m_project.path());
    if (!valid)
        return valid.error();
    const ClassRecord& after = valid.value();
    QSqlQuery& q = c.get(QStringLiteral(
        "UPDATE classes SET name = ?, hotkey = ?, colour = ?, description = ? WHERE id = ?"));
    bindClass(q, after);
    q.bindValue(4, after.id);
    QSqlError err;
    const QString action = before.value().name != after.name ? QStringLiteral("class.rename")
                                                             : QStringLiteral("class.update");
    if (!detail::run(q, &err) ||
        !detail::writeAudit(c, byAnnotatorId, action, 0, classJson(before.value()),
                            classJson(after), &err) ||
        !t.commit())
        return detail::writeError(m_project.path(), err, t);
    return {};
}

// The audit row lists what moved (label sample/annotator pairs, region ids, sample ids
// whose import class it was), so a merge can be traced and undone by hand.
Status Annotations::mergeClass(qint64 fromId, qint64 intoId, qint64 byAnnotatorId)
{
    if (fromId == intoId)
        return Error{{}, tr("cannot merge a class into itself")};
    StatementCache& c = statements();
    WriteTransaction t(c);
    if (!t.began())
        return detail::sqlError(m_project.path(), t.lastError());
    auto from = classById(fromId);
    if (!from)
        return from.error();
    auto into = classById(intoId);
    if (!into)
        return into.error();
    QSqlDatabase db = m_project.db();
    QJsonArray labels;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT sample_id, annotator_id FROM labels WHERE class_id = ?"));
        q.addBindValue(fromId);
        if (q.exec())
            while (q.next())
                labels.append(QJsonArray{q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    const QJsonObject before{
        {QStringLiteral("class"), classJson(from.value())},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("regions"),
         idList(db, QStringLiteral("SELECT id FROM regions WHERE class_id = ?"), fromId)},
        {QStringLiteral("boxes"),
         idList(db, QStringLiteral("SELECT id FROM boxes WHERE class_id = ?"), fromId)},
        {QStringLiteral("samples"),
         idList(db, QStringLiteral("SELECT id FROM samples WHERE class_id = ?"), fromId)}};
    QSqlError err;
    bool ok = true;
    for (const char* table : {"labels", "regions", "boxes", "samples"}) {
        QSqlQuery& q = c.get(QStringLiteral("UPDATE %1 SET class_id = ? WHERE class_id = ?")
                                 .arg(QLatin1String(table)));
        q.bindValue(0, intoId);
        q.bindValue(1, fromId);
        if (!(ok = detail::run(q, &err)))
            break;
    }
    if (ok) {
        QSqlQuery& del = c.get(QStringLiteral("DELETE FROM classes WHERE id = ?"));
        del.bindValue(0, fromId);
        ok = detail::run(del, &err);
    }
    if (!ok ||
        !detail::writeAudit(c, byAnnotatorId, QStringLiteral("class.merge"), 0, before,
                            QJsonObject{{QStringLiteral("into"), classJson(into.value())}}, &err) ||
        !t.commit())
        return detail::writeError(m_project.path(), err, t);
    return {};
}

Status Annotations::deleteUnusedClass(qint64 classId, qint64 byAnnotatorId)
{
    StatementCache& c = statements();
    WriteTransaction t(c);
    if (!t.began())
        return detail::sqlError(m_project.path(), t.lastError());
    auto cls = classById(classId);
    if (!cls)
        return cls.error();
    QSqlQuery& used = c.get(QStringLiteral("SELECT EXISTS(SELECT 1 FROM labels WHERE class_id = ?)"
                                           " OR EXISTS(SELECT 1 FROM regions WHERE class_id = ?)"
                                           " OR EXISTS(SELECT 1 FROM boxes WHERE class_id = ?)"
                                           " OR EXISTS(SELECT 1 FROM samples WHERE class_id = ?)"));
    for (int i = 0; i < 4; ++i)
        used.bindValue(i, classId);
    QSqlError err;
    const QVariant inUse = firstValue(used, &err);
    if (err.isValid())
        return detail::sqlError(m_project.path(), err);
    if (inUse.toBool())
        return Error{{},
                     tr("class “%1” is still used by labels, regions, boxes or samples")
                         .arg(cls.value().name)};
    QSqlQuery& del = c.get(QStringLiteral("DELETE FROM classes WHERE id = ?"));
    del.bindValue(0, classId);
    if (!detail::run(del, &err) ||
        !detail::writeAudit(c, byAnnotatorId, QStringLiteral("class.delete"), 0,
                            classJson(cls.value()), {}, &err) ||
        !t.commit())
        return detail::writeError(m_project.path(), err, t);
    return {};
}

} // namespace tally
