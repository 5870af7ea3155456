// Annotations: bounding boxes on images, per annotator (schema version 5).
#include "store/Annotations.h"
#include "store/Project.h"
#include "store/StoreSql.h"

#include <QJsonObject>

namespace tally {

using detail::StatementCache;
using detail::tr;
using detail::WriteTransaction;

namespace {

const QString kBoxSelect = QStringLiteral(
    "SELECT b.id, b.sample_id, b.annotator_id, a.name, b.class_id, c.name, b.x, b.y, b.w, b.h"
    " FROM boxes b JOIN annotators a ON a.id = b.annotator_id"
    " LEFT JOIN classes c ON c.id = b.class_id ");

BoxRecord boxFrom(const QSqlQuery& q)
{
    BoxRecord b;
    b.id = q.value(0).toLongLong();
    b.sampleId = q.value(1).toLongLong();
    b.annotatorId = q.value(2).toLongLong();
    b.annotatorName = q.value(3).toString();
    b.classId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    b.className = q.value(5).toString();
    b.x = q.value(6).toDouble();
    b.y = q.value(7).toDouble();
    b.w = q.value(8).toDouble();
    b.h = q.value(9).toDouble();
    return b;
}

QJsonObject boxJson(const BoxRecord& b)
{
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("sample_id"), b.sampleId},
            {QStringLiteral("annotator_id"), b.annotatorId},
            {QStringLiteral("class_id"), b.classId > 0 ? QJsonValue(b.classId) : QJsonValue()},
            {QStringLiteral("x"), b.x},
            {QStringLiteral("y"), b.y},
            {QStringLiteral("w"), b.w},
            {QStringLiteral("h"), b.h}};
}

Status checkBoxShape(const BoxRecord& b)
{
    return detail::checkBoxShape(b.x, b.y, b.w, b.h);
}

QList<BoxRecord> readBoxes(QSqlQuery& q)
{
    QList<BoxRecord> out;
    if (q.exec())
        while (q.next())
            out.append(boxFrom(q));
    q.finish();
    return out;
}

} // namespace

Result<qint64> Annotations::addBox(const BoxRecord& b)
{
    if (Status s = checkBoxShape(b); !s)
        return s.error();
    StatementCache& c = statements();
    WriteTransaction t(c);
    if (!t.began())
        return detail::sqlError(m_project.path(), t.lastError());
    if (Status s = detail::checkIds(c, b.sampleId, b.annotatorId, b.classId); !s)
        return s.error();
    if (b.id > 0 && detail::rowExists(c, QStringLiteral("boxes"), b.id) == 1)
        return Error{{}, tr("a box with id %1 already exists").arg(b.id)};
    QSqlQuery& q = c.get(QStringLiteral("INSERT INTO boxes(id, sample_id, annotator_id, class_id, "
                                        "x, y, w, h, at) VALUES (?,?,?,?,?,?,?,?,?)"));
    const QVariant values[] = {detail::idOrNull(b.id),
                               b.sampleId,
                               b.annotatorId,
                               detail::idOrNull(b.classId),
                               b.x,
                               b.y,
                               b.w,
                               b.h,
                               detail::nowUtc()};
    for (int i = 0; i < int(std::size(values)); ++i)
        q.bindValue(i, values[i]);
    QSqlError err;
    BoxRecord stored = b;
    if (detail::run(q, &err))
        stored.id = q.lastInsertId().toLongLong();
    if (stored.id == 0 ||
        !detail::writeAudit(c, b.annotatorId, QStringLiteral("box.add"), b.sampleId, {},
                            boxJson(stored), &err) ||
        !t.commit())
        return detail::writeError(m_project.path(), err, t);
    return stored.id;
}

Status Annotations::updateBox(const BoxRecord& b)
{
    if (Status s = checkBoxShape(b); !s)
        return s.error();
    StatementCache& c = statements();
    WriteTransaction t(c);
    if (!t.began())
        return detail::sqlError(m_project.path(), t.lastError());
    auto before = box(b.id);
    if (!before)
        return before.error();
    BoxRecord after = b;
    after.sampleId = before.value().sampleId;
    after.annotatorId = before.value().annotatorId;
    if (Status s = detail::checkClassId(c, after.classId); !s)
        return s.error();
    QSqlQuery& q = c.get(QStringLiteral(
        "UPDATE boxes SET class_id = ?, x = ?, y = ?, w = ?, h = ?, at = ? WHERE id = ?"));
    const QVariant values[] = {detail::idOrNull(after.classId),
                               after.x,
                               after.y,
                               after.w,
                               after.h,
                               detail::nowUtc(),
                               after.id};
    for (int i = 0; i < int(std::size(values)); ++i)
        q.bindValue(i, values[i]);
    QSqlError err;
    if (!detail::run(q, &err) ||
        !detail::writeAudit(c, after.annotatorId, QStringLiteral("box.update"), after.sampleId,
                            boxJson(before.value()), boxJson(after), &err) ||
        !t.commit())
        return detail::writeError(m_project.path(), err, t);
    return {};
}

Status Annotations::deleteBox(qint64 boxId, qint64 byAnnotatorId)
{
    StatementCache& c = statements();
    WriteTransaction t(c);
    if (!t.began())
        return detail::sqlError(m_project.path(), t.lastError());
    auto before = box(boxId);
    if (!before)
        return before.error();
    QSqlQuery& q = c.get(QStringLiteral("DELETE FROM boxes WHERE id = ?"));
    q.bindValue(0, boxId);
    QSqlError err;
    const qint64 who = byAnnotatorId > 0 ? byAnnotatorId : before.value().annotatorId;
    if (!detail::run(q, &err) ||
        !detail::writeAudit(c, who, QStringLiteral("box.delete"), before.value().sampleId,
                            boxJson(before.value()), {}, &err) ||
        !t.commit())
        return detail::writeError(m_project.path(), err, t);
    return {};
}

Result<BoxRecord> Annotations::box(qint64 boxId) const
{
    QSqlQuery& q = statements().get(kBoxSelect + QStringLiteral("WHERE b.id = ?"));
    q.bindValue(0, boxId);
    const QList<BoxRecord> found = readBoxes(q);
    if (found.isEmpty())
        return Error{{}, tr("no box with id %1").arg(boxId)};
    return found.first();
}

QList<BoxRecord> Annotations::boxesOf(qint64 sampleId) const
{
    QSqlQuery& q =
        statements().get(kBoxSelect + QStringLiteral("WHERE b.sample_id = ? ORDER BY b.id"));
    q.bindValue(0, sampleId);
    return readBoxes(q);
}

QList<BoxRecord> Annotations::boxesOf(qint64 sampleId, qint64 annotatorId) const
{
    QSqlQuery& q = statements().get(
        kBoxSelect + QStringLiteral("WHERE b.sample_id = ? AND b.annotator_id = ? ORDER BY b.id"));
    q.bindValue(0, sampleId);
    q.bindValue(1, annotatorId);
    return readBoxes(q);
}

QList<BoxRecord> Annotations::allBoxes() const
{
    QSqlQuery& q =
        statements().get(kBoxSelect + QStringLiteral("ORDER BY b.sample_id, b.annotator_id, b.id"));
    return readBoxes(q);
}

QHash<qint64, QList<BoxRecord>> Annotations::boxesBySample() const
{
    QHash<qint64, QList<BoxRecord>> out;
    for (BoxRecord& b : allBoxes())
        out[b.sampleId].append(std::move(b));
    return out;
}

} // namespace tally
