#include "store/Boxes.h"

#include "store/AuditedEdit.h"
#include "store/Project.h"
#include "store/ShapeRows.h"
#include "store/StoreSql.h"

namespace tally {

using Rows = detail::ShapeRows<BoxRecord>;

namespace {

Status checkShape(const BoxRecord& b)
{
    return detail::checkBoxShape(b.x, b.y, b.w, b.h);
}

QList<BoxRecord> readBoxes(QSqlQuery& q)
{
    QList<BoxRecord> out;
    if (q.exec())
        while (q.next())
            out.append(Rows::from(q));
    q.finish();
    return out;
}

} // namespace

Result<qint64> Boxes::addBox(const BoxRecord& b)
{
    if (Status s = checkShape(b); !s)
        return s.error();
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Result<qint64> {
        if (Status s = detail::checkIds(e.sql(), b.sampleId, b.annotatorId, b.classId); !s)
            return s.error();
        if (b.id > 0 && detail::rowExists(e.sql(), QStringLiteral("boxes"), b.id) == 1)
            return Error{{}, tr("a box with id %1 already exists").arg(b.id)};
        QSqlQuery& q = e.sql().get(Rows::insert());
        detail::bindAll(q, detail::insertValues(b, detail::nowUtc()));
        BoxRecord stored = b;
        if ((stored.id = e.insertReturningId(q)) <= 0)
            return e.sqlFailure();
        e.audit(b.annotatorId, QStringLiteral("box.add"), b.sampleId, {}, Rows::json(stored));
        return stored.id;
    });
}

Status Boxes::updateBox(const BoxRecord& b)
{
    if (Status s = checkShape(b); !s)
        return s.error();
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        auto before = box(b.id);
        if (!before)
            return before.error();
        BoxRecord after = b;
        after.sampleId = before.value().sampleId;
        after.annotatorId = before.value().annotatorId;
        if (Status s = detail::checkClassId(e.sql(), after.classId); !s)
            return s.error();
        QSqlQuery& q = e.sql().get(Rows::update());
        detail::bindAll(q, detail::updateValues(after, detail::nowUtc()));
        if (!e.run(q))
            return e.sqlFailure();
        e.audit(after.annotatorId, QStringLiteral("box.update"), after.sampleId,
                Rows::json(before.value()), Rows::json(after));
        return {};
    });
}

Status Boxes::deleteBox(qint64 boxId, qint64 byAnnotatorId)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        auto before = box(boxId);
        if (!before)
            return before.error();
        QSqlQuery& q = e.sql().get(QStringLiteral("DELETE FROM boxes WHERE id = ?"));
        q.bindValue(0, boxId);
        if (!e.run(q))
            return e.sqlFailure();
        const qint64 who = byAnnotatorId > 0 ? byAnnotatorId : before.value().annotatorId;
        e.audit(who, QStringLiteral("box.delete"), before.value().sampleId,
                Rows::json(before.value()), {});
        return {};
    });
}

Result<BoxRecord> Boxes::box(qint64 boxId) const
{
    QSqlQuery& q = m_project.statements().get(Rows::select() + QStringLiteral("WHERE b.id = ?"));
    q.bindValue(0, boxId);
    const QList<BoxRecord> found = readBoxes(q);
    if (found.isEmpty())
        return Error{{}, tr("no box with id %1").arg(boxId)};
    return found.first();
}

QList<BoxRecord> Boxes::boxesOf(qint64 sampleId) const
{
    QSqlQuery& q = m_project.statements().get(
        Rows::select() + QStringLiteral("WHERE b.sample_id = ? ORDER BY b.id"));
    q.bindValue(0, sampleId);
    return readBoxes(q);
}

QList<BoxRecord> Boxes::boxesOf(qint64 sampleId, qint64 annotatorId) const
{
    QSqlQuery& q = m_project.statements().get(
        Rows::select() +
        QStringLiteral("WHERE b.sample_id = ? AND b.annotator_id = ? ORDER BY b.id"));
    q.bindValue(0, sampleId);
    q.bindValue(1, annotatorId);
    return readBoxes(q);
}

QList<BoxRecord> Boxes::allBoxes() const
{
    QSqlQuery& q = m_project.statements().get(
        Rows::select() + QStringLiteral("ORDER BY b.sample_id, b.annotator_id, b.id"));
    return readBoxes(q);
}

QHash<qint64, QList<BoxRecord>> Boxes::boxesBySample() const
{
    QHash<qint64, QList<BoxRecord>> out;
    for (BoxRecord& b : allBoxes())
        out[b.sampleId].append(std::move(b));
    return out;
}

Status
Boxes::forEachSampleBoxes(const std::function<void(qint64, const QList<BoxRecord>&)>& fn) const
{
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (!q.exec(Rows::select() + QStringLiteral("ORDER BY b.sample_id, b.annotator_id, b.id")))
        return Error{m_project.path(), q.lastError().text()};
    QList<BoxRecord> boxes;
    QHash<QString, QString> names; // one copy of each class and annotator name
    auto shared = [&names](QString& s) {
        const auto it = names.constFind(s);
        if (it != names.cend())
            s = *it;
        else
            names.insert(s, s);
    };
    while (q.next()) {
        BoxRecord b = Rows::from(q);
        shared(b.className);
        shared(b.annotatorName);
        if (!boxes.isEmpty() && boxes.first().sampleId != b.sampleId) {
            fn(boxes.first().sampleId, boxes);
            boxes.clear();
        }
        boxes.append(std::move(b));
    }
    if (q.lastError().isValid())
        return Error{m_project.path(), q.lastError().text()};
    if (!boxes.isEmpty())
        fn(boxes.first().sampleId, boxes);
    return {};
}

QMap<QString, qint64> Boxes::countsByClass() const
{
    QMap<QString, qint64> out;
    QSqlQuery& q = m_project.statements().get(
        QStringLiteral("SELECT COALESCE(c.name, ''), COUNT(*) FROM boxes b"
                       " LEFT JOIN classes c ON c.id = b.class_id GROUP BY b.class_id, c.name"));
    if (!q.exec())
        return out;
    while (q.next())
        out[q.value(0).toString()] += q.value(1).toLongLong();
    q.finish();
    return out;
}

} // namespace tally
