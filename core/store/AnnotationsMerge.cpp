// Annotations: bulk reads and the undo of a class merge.
#include "store/Annotations.h"
#include "store/Project.h"
#include "store/StoreSql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tally {

namespace {

QList<qint64> ids(QSqlDatabase db, const QString& sql, qint64 id)
{
    QList<qint64> out;
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

} // namespace

QHash<qint64, QString> Annotations::labelNamesBy(qint64 annotatorId) const
{
    QHash<qint64, QString> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT l.sample_id, c.name FROM labels l JOIN classes c ON c.id = l.class_id"
        " WHERE l.annotator_id = ?"));
    q.addBindValue(annotatorId);
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

Result<Annotations::MergeUndo> Annotations::mergeClassUndoable(qint64 fromId, qint64 intoId,
                                                               qint64 byAnnotatorId)
{
    auto from = classById(fromId);
    if (!from)
        return from.error();
    MergeUndo undo;
    undo.from = from.value();
    undo.intoId = intoId;
    QSqlDatabase db = m_project.db();
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT sample_id, annotator_id FROM labels WHERE class_id = ?"));
        q.addBindValue(fromId);
        if (q.exec())
            while (q.next())
                undo.labels.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    undo.regionIds = ids(db, QStringLiteral("SELECT id FROM regions WHERE class_id = ?"), fromId);
    undo.boxIds = ids(db, QStringLiteral("SELECT id FROM boxes WHERE class_id = ?"), fromId);
    undo.sampleIds = ids(db, QStringLiteral("SELECT id FROM samples WHERE class_id = ?"), fromId);
    if (Status s = mergeClass(fromId, intoId, byAnnotatorId); !s)
        return s.error();
    return undo;
}

Status Annotations::unmergeClass(const MergeUndo& undo, qint64 byAnnotatorId)
{
    detail::StatementCache& c = statements();
    detail::WriteTransaction t(c);
    if (!t.began())
        return detail::sqlError(m_project.path(), t.lastError());
    const ClassRecord& f = undo.from;
    QSqlError err;
    QSqlQuery& ins = c.get(QStringLiteral(
        "INSERT INTO classes(id, name, hotkey, colour, description) VALUES (?,?,?,?,?)"));
    ins.bindValue(0, f.id);
    ins.bindValue(1, f.name);
    ins.bindValue(2, detail::textOrNull(f.hotkey));
    ins.bindValue(3, detail::textOrNull(f.colour.isValid() ? f.colour.name() : QString()));
    ins.bindValue(4, detail::textOrNull(f.description));
    bool ok = detail::run(ins, &err);
    QSqlQuery& lab = c.get(
        QStringLiteral("UPDATE labels SET class_id = ? WHERE sample_id = ? AND annotator_id = ?"));
    for (int i = 0; ok && i < undo.labels.size(); ++i) {
        lab.bindValue(0, f.id);
        lab.bindValue(1, undo.labels[i].first);
        lab.bindValue(2, undo.labels[i].second);
        ok = detail::run(lab, &err);
    }
    const std::pair<const char*, const QList<qint64>*> tables[] = {
        {"regions", &undo.regionIds}, {"boxes", &undo.boxIds}, {"samples", &undo.sampleIds}};
    for (const auto& [table, ids] : tables) {
        const QList<qint64>& list = *ids;
        QSqlQuery& q = c.get(
            QStringLiteral("UPDATE %1 SET class_id = ? WHERE id = ?").arg(QLatin1String(table)));
        for (int i = 0; ok && i < list.size(); ++i) {
            q.bindValue(0, f.id);
            q.bindValue(1, list[i]);
            ok = detail::run(q, &err);
        }
    }
    if (!ok ||
        !detail::writeAudit(
            c, byAnnotatorId, QStringLiteral("class.unmerge"), 0, QJsonValue(),
            QJsonObject{{QStringLiteral("class"), f.name}, {QStringLiteral("id"), f.id}}, &err) ||
        !t.commit())
        return detail::writeError(m_project.path(), err, t);
    return {};
}

} // namespace tally
