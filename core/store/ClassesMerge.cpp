// Classes: merging one class into another, and undoing it. These touch labels,
// regions, boxes and samples as well as classes, in one transaction each.
#include "store/AuditedEdit.h"
#include "store/Classes.h"
#include "store/Project.h"
#include "store/StoreSql.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tally {

namespace {

// Ids (column 0) of the rows sql selects for one bound id.
QList<qint64> ids(detail::StatementCache& c, const QString& sql, qint64 id)
{
    QList<qint64> out;
    QSqlQuery& q = c.get(sql);
    q.bindValue(0, id);
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    q.finish();
    return out;
}

QJsonArray jsonIds(const QList<qint64>& list)
{
    QJsonArray a;
    for (qint64 id : list)
        a.append(id);
    return a;
}

// What refers to class fromId now (the labels, regions, boxes and samples a merge moves).
Classes::MergeUndo usersOf(detail::StatementCache& c, const ClassRecord& from, qint64 intoId)
{
    Classes::MergeUndo undo;
    undo.from = from;
    undo.intoId = intoId;
    QSqlQuery& q =
        c.get(QStringLiteral("SELECT sample_id, annotator_id FROM labels WHERE class_id = ?"));
    q.bindValue(0, from.id);
    if (q.exec())
        while (q.next())
            undo.labels.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    q.finish();
    undo.regionIds = ids(c, QStringLiteral("SELECT id FROM regions WHERE class_id = ?"), from.id);
    undo.boxIds = ids(c, QStringLiteral("SELECT id FROM boxes WHERE class_id = ?"), from.id);
    undo.sampleIds = ids(c, QStringLiteral("SELECT id FROM samples WHERE class_id = ?"), from.id);
    return undo;
}

} // namespace

Status Classes::mergeClass(qint64 fromId, qint64 intoId, qint64 byAnnotatorId)
{
    auto r = mergeClassUndoable(fromId, intoId, byAnnotatorId);
    if (!r)
        return r.error();
    return {};
}

// The audit row lists what moved (label sample/annotator pairs, region, box and sample
// ids whose class it was), so a merge can be traced and undone by hand.
Result<Classes::MergeUndo> Classes::mergeClassUndoable(qint64 fromId, qint64 intoId,
                                                       qint64 byAnnotatorId)
{
    if (fromId == intoId)
        return Error{{}, tr("cannot merge a class into itself")};
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Result<MergeUndo> {
        auto from = classById(fromId);
        if (!from)
            return from.error();
        auto into = classById(intoId);
        if (!into)
            return into.error();
        MergeUndo undo = usersOf(e.sql(), from.value(), intoId);
        QJsonArray labels;
        for (const auto& [sampleId, annotatorId] : undo.labels)
            labels.append(QJsonArray{sampleId, annotatorId});
        for (const char* table : {"labels", "regions", "boxes", "samples"}) {
            QSqlQuery& q =
                e.sql().get(QStringLiteral("UPDATE %1 SET class_id = ? WHERE class_id = ?")
                                .arg(QLatin1String(table)));
            detail::bindAll(q, {intoId, fromId});
            if (!e.run(q))
                return e.sqlFailure();
        }
        QSqlQuery& del = e.sql().get(QStringLiteral("DELETE FROM classes WHERE id = ?"));
        del.bindValue(0, fromId);
        if (!e.run(del))
            return e.sqlFailure();
        e.audit(byAnnotatorId, QStringLiteral("class.merge"), 0,
                QJsonObject{{QStringLiteral("class"), json(from.value())},
                            {QStringLiteral("labels"), labels},
                            {QStringLiteral("regions"), jsonIds(undo.regionIds)},
                            {QStringLiteral("boxes"), jsonIds(undo.boxIds)},
                            {QStringLiteral("samples"), jsonIds(undo.sampleIds)}},
                QJsonObject{{QStringLiteral("into"), json(into.value())}});
        return undo;
    });
}

Status Classes::unmergeClass(const MergeUndo& undo, qint64 byAnnotatorId)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        const ClassRecord& f = undo.from;
        QSqlQuery& ins = e.sql().get(QStringLiteral(
            "INSERT INTO classes(id, name, hotkey, colour, description) VALUES (?,?,?,?,?)"));
        detail::bindAll(ins, {f.id, f.name, detail::textOrNull(f.hotkey),
                              detail::textOrNull(f.colour.isValid() ? f.colour.name() : QString()),
                              detail::textOrNull(f.description)});
        if (!e.run(ins))
            return e.sqlFailure();
        QSqlQuery& lab = e.sql().get(QStringLiteral(
            "UPDATE labels SET class_id = ? WHERE sample_id = ? AND annotator_id = ?"));
        for (const auto& [sampleId, annotatorId] : undo.labels) {
            detail::bindAll(lab, {f.id, sampleId, annotatorId});
            if (!e.run(lab))
                return e.sqlFailure();
        }
        const std::pair<const char*, const QList<qint64>*> tables[] = {
            {"regions", &undo.regionIds}, {"boxes", &undo.boxIds}, {"samples", &undo.sampleIds}};
        for (const auto& [table, list] : tables) {
            QSqlQuery& q = e.sql().get(QStringLiteral("UPDATE %1 SET class_id = ? WHERE id = ?")
                                           .arg(QLatin1String(table)));
            for (qint64 id : *list) {
                detail::bindAll(q, {f.id, id});
                if (!e.run(q))
                    return e.sqlFailure();
            }
        }
        e.audit(byAnnotatorId, QStringLiteral("class.unmerge"), 0, QJsonValue(),
                QJsonObject{{QStringLiteral("class"), f.name}, {QStringLiteral("id"), f.id}});
        return {};
    });
}

} // namespace tally
