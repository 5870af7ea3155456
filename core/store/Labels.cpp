#include "store/Labels.h"

#include "store/AuditedEdit.h"
#include "store/Project.h"
#include "store/SampleRecord.h"
#include "store/StoreSql.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tally {

namespace {

// One annotator's label of a sample, set (or replaced) and cleared.
const QString kPutLabel = QStringLiteral(
    "INSERT INTO labels(sample_id, annotator_id, class_id, at) VALUES (?,?,?,?)"
    " ON CONFLICT(sample_id, annotator_id) DO UPDATE SET class_id = excluded.class_id,"
    " at = excluded.at");
const QString kDeleteLabel =
    QStringLiteral("DELETE FROM labels WHERE sample_id = ? AND annotator_id = ?");

QJsonValue labelJson(qint64 classId)
{
    return classId > 0 ? QJsonValue(QJsonObject{{QStringLiteral("class_id"), classId}})
                       : QJsonValue();
}

// The first column of q's first row as an id (0 = no row or an error); q is finished.
qint64 firstId(QSqlQuery& q)
{
    if (!q.exec())
        return 0;
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

} // namespace

// The write is tried first and the ids are checked only when it fails (or when a clear
// finds nothing), so the common case costs one read, one write and the audit row.
Result<qint64> Labels::setLabel(qint64 sampleId, qint64 annotatorId, qint64 classId)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Result<qint64> {
        const qint64 previous = labelOf(sampleId, annotatorId);
        if (previous == classId && classId > 0)
            return previous; // nothing changes; the label is already stored
        bool ok = false;     // clearing nothing: only check the ids below
        if (classId > 0) {
            QSqlQuery& q = e.sql().get(kPutLabel);
            detail::bindAll(q, {sampleId, annotatorId, classId, detail::nowUtc()});
            ok = e.run(q);
        } else if (previous > 0) {
            QSqlQuery& q = e.sql().get(kDeleteLabel);
            detail::bindAll(q, {sampleId, annotatorId});
            ok = e.run(q);
        }
        if (!ok) {
            if (Error why = refusal(sampleId, annotatorId, classId); !why.reason.isEmpty())
                return why;
            if (classId == 0 && previous == 0)
                return qint64(0); // no label to clear
            return e.sqlFailure();
        }
        e.audit(annotatorId, QStringLiteral("label"), sampleId, labelJson(previous),
                labelJson(classId));
        return previous;
    });
}

Result<std::vector<qint64>>
Labels::setLabels(const std::vector<std::pair<qint64, qint64>>& sampleClasses, qint64 annotatorId)
{
    using Out = Result<std::vector<qint64>>;
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Out {
        QSqlQuery& put = e.sql().get(kPutLabel);
        QSqlQuery& del = e.sql().get(kDeleteLabel);
        const QString now = detail::nowUtc();
        std::vector<qint64> previous;
        QJsonArray changed;
        for (const auto& [sampleId, classId] : sampleClasses) {
            previous.push_back(labelOf(sampleId, annotatorId));
            if (previous.back() == classId)
                continue;
            QSqlQuery& q = classId > 0 ? put : del;
            detail::bindAll(q, classId > 0 ? QVariantList{sampleId, annotatorId, classId, now}
                                           : QVariantList{sampleId, annotatorId});
            if (!e.run(q)) {
                if (Error why = refusal(sampleId, annotatorId, classId); !why.reason.isEmpty())
                    return why;
                return e.sqlFailure();
            }
            changed.append(QJsonArray{sampleId, previous.back(), classId});
        }
        if (!changed.isEmpty())
            e.audit(annotatorId, QStringLiteral("label.many"), 0, QJsonValue(),
                    QJsonObject{{QStringLiteral("sample_before_after"), changed}});
        return previous;
    });
}

// Names the unknown id rather than report a bare constraint failure. An empty reason:
// every id exists.
Error Labels::refusal(qint64 sampleId, qint64 annotatorId, qint64 classId) const
{
    detail::StatementCache& c = m_project.statements();
    if (detail::rowExists(c, QStringLiteral("samples"), sampleId) == 0)
        return Error{{}, tr("no sample with id %1").arg(sampleId)};
    if (detail::rowExists(c, QStringLiteral("annotators"), annotatorId) == 0)
        return Error{{}, tr("no annotator with id %1").arg(annotatorId)};
    if (classId != 0 && detail::rowExists(c, QStringLiteral("classes"), classId) == 0)
        return Error{{}, tr("no class with id %1").arg(classId)};
    return Error{};
}

qint64 Labels::labelOf(qint64 sampleId, qint64 annotatorId) const
{
    QSqlQuery& q = m_project.statements().get(
        QStringLiteral("SELECT class_id FROM labels WHERE sample_id = ? AND annotator_id = ?"));
    detail::bindAll(q, {sampleId, annotatorId});
    return firstId(q);
}

QList<LabelRecord> Labels::labelsOf(qint64 sampleId) const
{
    QList<LabelRecord> out;
    QSqlQuery& q = m_project.statements().get(QStringLiteral(
        "SELECT l.sample_id, l.annotator_id, a.name, l.class_id, c.name, l.at FROM labels l"
        " JOIN annotators a ON a.id = l.annotator_id JOIN classes c ON c.id = l.class_id"
        " WHERE l.sample_id = ? ORDER BY a.name"));
    q.bindValue(0, sampleId);
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append(LabelRecord{q.value(0).toLongLong(), q.value(1).toLongLong(),
                               q.value(2).toString(), q.value(3).toLongLong(),
                               q.value(4).toString(),
                               QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs)});
    }
    q.finish();
    return out;
}

qint64 Labels::nextUnlabelled(qint64 annotatorId, qint64 afterSampleId) const
{
    // First the samples after afterSampleId, then (wrapping) those up to it.
    static const QString kAfter =
        QStringLiteral("SELECT s.id FROM samples s WHERE s.id > ? AND s.kind <> %1 AND NOT EXISTS"
                       " (SELECT 1 FROM labels l WHERE l.sample_id = s.id AND l.annotator_id = ?)"
                       " ORDER BY s.id LIMIT 1")
            .arg(int(SampleKind::Background));
    static const QString kUpTo =
        QString(kAfter).replace(QStringLiteral("s.id > ?"), QStringLiteral("s.id <= ?"));
    for (const QString* sql : {&kAfter, &kUpTo}) {
        QSqlQuery& q = m_project.statements().get(*sql);
        detail::bindAll(q, {afterSampleId, annotatorId});
        if (const qint64 id = firstId(q); id > 0)
            return id;
    }
    return 0;
}

QHash<QString, QHash<QString, qint64>> Labels::labelCountsByAnnotator() const
{
    QHash<QString, QHash<QString, qint64>> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.name, a.name, COUNT(*) FROM labels l"
                               " JOIN classes c ON c.id = l.class_id"
                               " JOIN annotators a ON a.id = l.annotator_id"
                               " GROUP BY l.class_id, l.annotator_id, c.name, a.name")))
        return out;
    while (q.next())
        out[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toLongLong());
    return out;
}

QHash<qint64, QString> Labels::labelNamesBy(qint64 annotatorId) const
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

QList<LabelRecord> Labels::allLabels() const
{
    QList<LabelRecord> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT sample_id, annotator_id, class_id, at FROM labels ORDER BY "
                              "sample_id, annotator_id")))
        while (q.next()) {
            LabelRecord l;
            l.sampleId = q.value(0).toLongLong();
            l.annotatorId = q.value(1).toLongLong();
            l.classId = q.value(2).toLongLong();
            l.at = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
            out.append(l);
        }
    return out;
}

} // namespace tally
