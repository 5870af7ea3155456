// Annotations: annotators and sample labels (classes: AnnotationsClasses.cpp,
// regions: AnnotationsRegions.cpp).
#include "store/Annotations.h"

#include "store/Project.h"
#include "store/StoreSql.h"

#include <QJsonObject>

namespace tally {

using detail::StatementCache;
using detail::tr;
using detail::WriteTransaction;

namespace {

AnnotatorRecord annotatorFrom(const QSqlQuery& q)
{
    AnnotatorRecord a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.role = parseAnnotatorRole(q.value(2).toString()).value_or(AnnotatorRole::Annotator);
    return a;
}

QJsonValue labelJson(qint64 classId)
{
    return classId > 0 ? QJsonValue(QJsonObject{{QStringLiteral("class_id"), classId}})
                       : QJsonValue();
}

} // namespace

StatementCache& Annotations::statements() const
{
    return m_project.statements();
}

// --- annotators ---

Result<AnnotatorRecord> Annotations::ensureAnnotator(const QString& name, AnnotatorRole role)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Error{{}, tr("an annotator name cannot be empty")};
    if (auto found = annotator(n))
        return found;
    StatementCache& c = statements();
    WriteTransaction t(c);
    if (!t.began())
        return detail::sqlError(m_project.path(), t.lastError());
    QSqlQuery& q = c.get(QStringLiteral(
        "INSERT INTO annotators(name, role, created) VALUES (?,?,?) ON CONFLICT(name) DO NOTHING"));
    q.bindValue(0, n);
    q.bindValue(1, annotatorRoleName(role));
    q.bindValue(2, detail::nowUtc());
    QSqlError err;
    if (!detail::run(q, &err))
        return detail::sqlError(m_project.path(), err);
    if (q.numRowsAffected() == 0)
        return annotator(n); // another process added it since the lookup above
    const qint64 id = q.lastInsertId().toLongLong();
    const QJsonObject after{{QStringLiteral("id"), id},
                            {QStringLiteral("name"), n},
                            {QStringLiteral("role"), annotatorRoleName(role)}};
    if (!detail::writeAudit(c, id, QStringLiteral("annotator.add"), 0, {}, after, &err) ||
        !t.commit())
        return detail::writeError(m_project.path(), err, t);
    return AnnotatorRecord{id, n, role};
}

Result<AnnotatorRecord> Annotations::annotator(const QString& name) const
{
    QSqlQuery& q =
        statements().get(QStringLiteral("SELECT id, name, role FROM annotators WHERE name = ?"));
    q.bindValue(0, name.trimmed());
    if (!q.exec())
        return detail::sqlError(m_project.path(), q.lastError());
    if (!q.next())
        return Error{{}, tr("no annotator named “%1”").arg(name.trimmed())};
    AnnotatorRecord a = annotatorFrom(q);
    q.finish();
    return a;
}

std::vector<AnnotatorRecord> Annotations::annotators() const
{
    std::vector<AnnotatorRecord> out;
    QSqlQuery q(m_project.db());
    if (q.exec(QStringLiteral("SELECT id, name, role FROM annotators ORDER BY name")))
        while (q.next())
            out.push_back(annotatorFrom(q));
    return out;
}

Status Annotations::setAnnotatorRole(qint64 annotatorId, AnnotatorRole role)
{
    StatementCache& c = statements();
    WriteTransaction t(c);
    if (!t.began())
        return detail::sqlError(m_project.path(), t.lastError());
    QSqlQuery& sel = c.get(QStringLiteral("SELECT role FROM annotators WHERE id = ?"));
    sel.bindValue(0, annotatorId);
    if (!sel.exec())
        return detail::sqlError(m_project.path(), sel.lastError());
    if (!sel.next())
        return Error{{}, tr("no annotator with id %1").arg(annotatorId)};
    const QString before = sel.value(0).toString();
    sel.finish();
    QSqlQuery& q = c.get(QStringLiteral("UPDATE annotators SET role = ? WHERE id = ?"));
    q.bindValue(0, annotatorRoleName(role));
    q.bindValue(1, annotatorId);
    QSqlError err;
    if (!detail::run(q, &err) ||
        !detail::writeAudit(c, annotatorId, QStringLiteral("annotator.role"), 0,
                            QJsonObject{{QStringLiteral("role"), before}},
                            QJsonObject{{QStringLiteral("role"), annotatorRoleName(role)}}, &err) ||
        !t.commit())
        return detail::writeError(m_project.path(), err, t);
    return {};
}

// --- sample labels ---

// The write is tried first and the ids are checked only when it fails (or when a clear
// finds nothing), so the common case costs one read, one write and the audit row.
Result<qint64> Annotations::setLabel(qint64 sampleId, qint64 annotatorId, qint64 classId)
{
    StatementCache& c = statements();
    WriteTransaction t(c);
    if (!t.began())
        return detail::sqlError(m_project.path(), t.lastError());
    const qint64 previous = labelOf(sampleId, annotatorId);
    if (previous == classId && classId > 0)
        return previous; // nothing changes; the label is already stored
    QSqlError err;
    bool ok = true;
    if (classId > 0) {
        QSqlQuery& q = c.get(QStringLiteral(
            "INSERT INTO labels(sample_id, annotator_id, class_id, at) VALUES (?,?,?,?)"
            " ON CONFLICT(sample_id, annotator_id) DO UPDATE SET class_id = excluded.class_id,"
            " at = excluded.at"));
        q.bindValue(0, sampleId);
        q.bindValue(1, annotatorId);
        q.bindValue(2, classId);
        q.bindValue(3, detail::nowUtc());
        ok = detail::run(q, &err);
    } else if (previous > 0) {
        QSqlQuery& q =
            c.get(QStringLiteral("DELETE FROM labels WHERE sample_id = ? AND annotator_id = ?"));
        q.bindValue(0, sampleId);
        q.bindValue(1, annotatorId);
        ok = detail::run(q, &err);
    } else {
        ok = false; // clearing nothing: only check the ids below
    }
    if (!ok) {
        // Name the unknown id rather than report a bare constraint failure.
        const struct
        {
            const char* table;
            qint64 id;
            const char* reason;
        } checks[] = {
            {"samples", sampleId, QT_TRANSLATE_NOOP("tally::Annotations", "no sample with id %1")},
            {"annotators", annotatorId,
             QT_TRANSLATE_NOOP("tally::Annotations", "no annotator with id %1")},
            {"classes", classId, QT_TRANSLATE_NOOP("tally::Annotations", "no class with id %1")}};
        for (const auto& ch : checks) {
            if (ch.id == 0 && QLatin1String(ch.table) == QLatin1String("classes"))
                continue;
            if (detail::rowExists(c, QString::fromLatin1(ch.table), ch.id) == 0)
                return Error{{}, tr(ch.reason).arg(ch.id)};
        }
        if (classId == 0 && previous == 0)
            return qint64(0); // no label to clear
        return detail::sqlError(m_project.path(), err);
    }
    if (!detail::writeAudit(c, annotatorId, QStringLiteral("label"), sampleId, labelJson(previous),
                            labelJson(classId), &err) ||
        !t.commit())
        return detail::writeError(m_project.path(), err, t);
    return previous;
}

qint64 Annotations::sampleIdByPath(const QString& storedPath) const
{
    QSqlQuery& q = statements().get(QStringLiteral("SELECT id FROM samples WHERE path = ?"));
    q.bindValue(0, storedPath);
    if (!q.exec())
        return 0;
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

qint64 Annotations::labelOf(qint64 sampleId, qint64 annotatorId) const
{
    QSqlQuery& q = statements().get(
        QStringLiteral("SELECT class_id FROM labels WHERE sample_id = ? AND annotator_id = ?"));
    q.bindValue(0, sampleId);
    q.bindValue(1, annotatorId);
    if (!q.exec())
        return 0;
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

QList<LabelRecord> Annotations::labelsOf(qint64 sampleId) const
{
    QList<LabelRecord> out;
    QSqlQuery& q = statements().get(QStringLiteral(
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

qint64 Annotations::nextUnlabelled(qint64 annotatorId, qint64 afterSampleId) const
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
        QSqlQuery& q = statements().get(*sql);
        q.bindValue(0, afterSampleId);
        q.bindValue(1, annotatorId);
        if (!q.exec())
            return 0;
        const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        if (id > 0)
            return id;
    }
    return 0;
}

QHash<QString, QHash<QString, qint64>> Annotations::labelCountsByAnnotator() const
{
    QHash<QString, QHash<QString, qint64>> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.name, a.name, COUNT(*) FROM labels l"
                               " JOIN classes c ON c.id = l.class_id"
                               " JOIN annotators a ON a.id = l.annotator_id"
                               " GROUP BY l.class_id, l.annotator_id")))
        return out;
    while (q.next())
        out[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toLongLong());
    return out;
}

} // namespace tally
