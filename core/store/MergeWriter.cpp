#include "store/MergeWriter.h"

#include "store/AuditedEdit.h"
#include "store/ClassHotkeys.h"
#include "store/Project.h"
#include "store/StoreSql.h"

#include <QJsonObject>
#include <QPair>
#include <QSet>

namespace tally {

using detail::StatementCache;

namespace {

QString timeText(const QDateTime& at)
{
    return (at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc())
        .toString(Qt::ISODateWithMs);
}

// The work of one apply(), inside its transaction. Every step returns false on a
// database error (kept in err).
class Applier
{
public:
    Applier(StatementCache& c, MergeCounts& counts) : m_c(c), m_counts(counts) {}
    QSqlError err;

    bool annotators(const QHash<QString, AnnotatorRole>& names)
    {
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            QSqlQuery& ins = m_c.get(QStringLiteral("INSERT INTO annotators(name, role, created) "
                                                    "VALUES (?,?,?) ON CONFLICT(name) DO NOTHING"));
            ins.bindValue(0, it.key());
            ins.bindValue(1, annotatorRoleName(it.value()));
            ins.bindValue(2, detail::nowUtc());
            if (!detail::run(ins, &err))
                return false;
            m_counts.annotatorsAdded += ins.numRowsAffected() > 0 ? 1 : 0;
            if ((m_annotators[it.key()] = idOf(QStringLiteral("annotators"), it.key())) == 0)
                return false;
        }
        return true;
    }

    // The id of class `name` (created if missing); 0 for an empty name or on error.
    qint64 classId(const QString& name)
    {
        if (name.isEmpty())
            return 0;
        if (auto it = m_classes.constFind(name); it != m_classes.constEnd())
            return *it;
        QSqlQuery& ins = m_c.get(QStringLiteral(
            "INSERT INTO classes(name, hotkey) VALUES (?,?) ON CONFLICT(name) DO NOTHING"));
        ins.bindValue(0, name);
        ins.bindValue(1, detail::textOrNull(classhotkeys::freeHotkey(m_c, name)));
        if (!detail::run(ins, &err))
            return 0;
        m_counts.classesAdded += ins.numRowsAffected() > 0 ? 1 : 0;
        return m_classes[name] = idOf(QStringLiteral("classes"), name);
    }

    bool label(const MergeLabel& l)
    {
        const qint64 who = m_annotators.value(l.annotator);
        const qint64 cls = classId(l.className);
        if (who == 0 || cls == 0)
            return false;
        QSqlQuery& sel = m_c.get(QStringLiteral(
            "SELECT class_id, at FROM labels WHERE sample_id = ? AND annotator_id = ?"));
        sel.bindValue(0, l.sampleId);
        sel.bindValue(1, who);
        if (!detail::run(sel, &err))
            return false;
        const bool had = sel.next();
        const qint64 before = had ? sel.value(0).toLongLong() : 0;
        const QString beforeAt = had ? sel.value(1).toString() : QString();
        sel.finish();
        if (had && before == cls)
            return true;
        if (had) {
            ++m_counts.conflicts;
            if (timeText(l.at) <= beforeAt)
                return true; // ours is newer: kept
        }
        QSqlQuery& q = m_c.get(QStringLiteral(
            "INSERT INTO labels(sample_id, annotator_id, class_id, at) VALUES (?,?,?,?)"
            " ON CONFLICT(sample_id, annotator_id) DO UPDATE SET class_id = excluded.class_id, at "
            "= excluded.at"));
        q.bindValue(0, l.sampleId);
        q.bindValue(1, who);
        q.bindValue(2, cls);
        q.bindValue(3, timeText(l.at));
        if (!detail::run(q, &err))
            return false;
        if (q.numRowsAffected() > 0)
            m_labelsWritten.insert({l.sampleId, who});
        m_counts.labels = int(m_labelsWritten.size());
        return audit(who, QStringLiteral("label"), l.sampleId, l.at, classJson(before),
                     classJson(cls));
    }

    bool vote(const MergeVote& v)
    {
        const qint64 who = m_annotators.value(v.annotator);
        if (who == 0)
            return false;
        QSqlQuery& sel = m_c.get(
            QStringLiteral("SELECT up, at FROM votes WHERE sample_id = ? AND annotator_id = ?"));
        sel.bindValue(0, v.sampleId);
        sel.bindValue(1, who);
        if (!detail::run(sel, &err))
            return false;
        const bool had = sel.next();
        const bool before = had && sel.value(0).toInt() != 0;
        const QString beforeAt = had ? sel.value(1).toString() : QString();
        sel.finish();
        if (had && before == v.up)
            return true;
        if (had) {
            ++m_counts.conflicts;
            if (timeText(v.at) <= beforeAt)
                return true;
        }
        QSqlQuery& q = m_c.get(
            QStringLiteral("INSERT INTO votes(sample_id, annotator_id, up, at) VALUES (?,?,?,?)"
                           " ON CONFLICT(sample_id, annotator_id) DO UPDATE SET up = excluded.up, "
                           "at = excluded.at"));
        q.bindValue(0, v.sampleId);
        q.bindValue(1, who);
        q.bindValue(2, v.up ? 1 : 0);
        q.bindValue(3, timeText(v.at));
        if (!detail::run(q, &err))
            return false;
        if (q.numRowsAffected() > 0)
            m_votesWritten.insert({v.sampleId, who});
        m_counts.votes = int(m_votesWritten.size());
        const QJsonValue beforeJson =
            had ? QJsonValue(QJsonObject{{QStringLiteral("up"), before}}) : QJsonValue();
        return audit(who, QStringLiteral("vote"), v.sampleId, v.at, beforeJson,
                     QJsonObject{{QStringLiteral("up"), v.up}});
    }

    bool region(const MergeRegion& r)
    {
        const qint64 who = m_annotators.value(r.annotator);
        const qint64 cls = classId(r.className);
        if (who == 0 || (cls == 0 && !r.className.isEmpty()))
            return false;
        const bool band = r.lowHz && r.highHz;
        const QVariant noReal(QMetaType(QMetaType::Double));
        QSqlQuery& sel =
            m_c.get(QStringLiteral("SELECT 1 FROM regions WHERE sample_id = ? AND annotator_id = ? "
                                   "AND start_sec = ? AND end_sec = ?"
                                   " AND class_id IS NOT DISTINCT FROM ? AND low_hz IS NOT "
                                   "DISTINCT FROM ? AND high_hz IS NOT DISTINCT FROM ?"));
        const QVariant values[] = {r.sampleId,
                                   who,
                                   r.startSec,
                                   r.endSec,
                                   detail::idOrNull(cls),
                                   band ? QVariant(*r.lowHz) : noReal,
                                   band ? QVariant(*r.highHz) : noReal};
        const int exists = detail::anyRow(sel, values, 7, &err);
        if (exists != 0)
            return exists > 0; // already there: nothing to add; -1: error
        QSqlQuery& q = m_c.get(QStringLiteral("INSERT INTO regions(sample_id, annotator_id, "
                                              "start_sec, end_sec, class_id, low_hz, high_hz, at)"
                                              " VALUES (?,?,?,?,?,?,?,?) RETURNING id"));
        for (int i = 0; i < 7; ++i)
            q.bindValue(i, values[i]);
        q.bindValue(7, timeText(r.at));
        const qint64 id = detail::insertReturningId(q, &err);
        if (id <= 0)
            return false;
        ++m_counts.regions;
        QJsonObject after{{QStringLiteral("id"), id},
                          {QStringLiteral("class_id"), cls > 0 ? QJsonValue(cls) : QJsonValue()},
                          {QStringLiteral("start_sec"), r.startSec},
                          {QStringLiteral("end_sec"), r.endSec}};
        return audit(who, QStringLiteral("region.add"), r.sampleId, r.at, {}, after);
    }

    bool box(const MergeBox& b)
    {
        const qint64 who = m_annotators.value(b.annotator);
        const qint64 cls = classId(b.className);
        if (who == 0 || (cls == 0 && !b.className.isEmpty()))
            return false;
        QSqlQuery& sel =
            m_c.get(QStringLiteral("SELECT 1 FROM boxes WHERE sample_id = ? AND annotator_id = ? "
                                   "AND x = ? AND y = ? AND w = ? AND h = ?"
                                   " AND class_id IS NOT DISTINCT FROM ?"));
        const QVariant values[] = {b.sampleId, who, b.x, b.y, b.w, b.h, detail::idOrNull(cls)};
        const int exists = detail::anyRow(sel, values, 7, &err);
        if (exists != 0)
            return exists > 0; // already there: nothing to add; -1: error
        QSqlQuery& q =
            m_c.get(QStringLiteral("INSERT INTO boxes(sample_id, annotator_id, x, y, w, "
                                   "h, class_id, at) VALUES (?,?,?,?,?,?,?,?) RETURNING id"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 7; ++i)
            q.bindValue(i, values[i]);
        q.bindValue(7, timeText(now));
        const qint64 id = detail::insertReturningId(q, &err);
        if (id <= 0)
            return false;
        ++m_counts.boxes;
        QJsonObject after{{QStringLiteral("id"), id},
                          {QStringLiteral("class_id"), cls > 0 ? QJsonValue(cls) : QJsonValue()},
                          {QStringLiteral("x"), b.x},
                          {QStringLiteral("y"), b.y},
                          {QStringLiteral("w"), b.w},
                          {QStringLiteral("h"), b.h}};
        return audit(who, QStringLiteral("box.add"), b.sampleId, now, {}, after);
    }

    bool review(const MergeReview& r)
    {
        const qint64 who = m_annotators.value(r.reviewer);
        const qint64 cls = r.kind == ReviewKind::Class ? classId(r.className) : 0;
        if (who == 0 || (r.kind == ReviewKind::Class && cls == 0))
            return false;
        QSqlQuery& sel = m_c.get(
            QStringLiteral("SELECT 1 FROM reviews WHERE sample_id = ? AND reviewer_id = ? "
                           "AND decision = ? AND class_id IS NOT DISTINCT FROM ? AND at = ?"));
        const QVariant values[] = {r.sampleId,
                                   who,
                                   reviewKindStoredName(r.kind),
                                   detail::idOrNull(cls),
                                   timeText(r.at),
                                   detail::textOrNull(r.reason)};
        const int exists = detail::anyRow(sel, values, 5, &err);
        if (exists != 0)
            return exists > 0; // already there: nothing to add; -1: error
        QSqlQuery& q =
            m_c.get(QStringLiteral("INSERT INTO reviews(sample_id, reviewer_id, decision, "
                                   "class_id, at, reason) VALUES (?,?,?,?,?,?) RETURNING id"));
        for (int i = 0; i < 6; ++i)
            q.bindValue(i, values[i]);
        const qint64 id = detail::insertReturningId(q, &err);
        if (id <= 0)
            return false;
        ++m_counts.reviews;
        QJsonObject after{
            {QStringLiteral("id"), id},
            {QStringLiteral("decision"), reviewKindStoredName(r.kind)},
            {QStringLiteral("class_id"), cls > 0 ? QJsonValue(cls) : QJsonValue()},
            {QStringLiteral("reason"), r.reason.isEmpty() ? QJsonValue() : QJsonValue(r.reason)}};
        return audit(who, QStringLiteral("review"), r.sampleId, r.at, {}, after);
    }

    // An audit row dated `at` (the time of the change in the other project).
    bool audit(qint64 who, const QString& action, qint64 sampleId, const QDateTime& at,
               const QJsonValue& before, const QJsonValue& after)
    {
        QSqlQuery& q = m_c.get(QStringLiteral("INSERT INTO audit(at, annotator_id, action, "
                                              "sample_id, before, after) VALUES (?,?,?,?,?,?)"));
        q.bindValue(0, timeText(at));
        q.bindValue(1, detail::idOrNull(who));
        q.bindValue(2, action);
        q.bindValue(3, detail::idOrNull(sampleId));
        q.bindValue(4, detail::jsonOrNull(before));
        q.bindValue(5, detail::jsonOrNull(after));
        return detail::run(q, &err);
    }

private:
    static QJsonValue classJson(qint64 id)
    {
        return id > 0 ? QJsonValue(QJsonObject{{QStringLiteral("class_id"), id}}) : QJsonValue();
    }

    qint64 idOf(const QString& table, const QString& name)
    {
        QSqlQuery& q = m_c.get(QStringLiteral("SELECT id FROM %1 WHERE name = ?").arg(table));
        q.bindValue(0, name);
        if (!detail::run(q, &err) || !q.next())
            return 0;
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        return id;
    }

    StatementCache& m_c;
    MergeCounts& m_counts;
    QHash<QString, qint64> m_annotators;
    QHash<QString, qint64> m_classes;
    // (sample, annotator) rows written: each counted once, however often it was written.
    QSet<QPair<qint64, qint64>> m_labelsWritten;
    QSet<QPair<qint64, qint64>> m_votesWritten;
};

} // namespace

Result<MergeCounts> MergeWriter::apply(const MergeBatch& batch, qint64 byAnnotatorId)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Result<MergeCounts> {
        MergeCounts counts;
        Applier a(e.sql(), counts);
        bool ok = a.annotators(batch.annotators);
        for (qsizetype i = 0; ok && i < batch.labels.size(); ++i)
            ok = a.label(batch.labels[i]);
        for (qsizetype i = 0; ok && i < batch.regions.size(); ++i)
            ok = a.region(batch.regions[i]);
        for (qsizetype i = 0; ok && i < batch.boxes.size(); ++i)
            ok = a.box(batch.boxes[i]);
        for (qsizetype i = 0; ok && i < batch.votes.size(); ++i)
            ok = a.vote(batch.votes[i]);
        for (qsizetype i = 0; ok && i < batch.reviews.size(); ++i)
            ok = a.review(batch.reviews[i]);
        if (!ok && !a.err.isValid())
            return Error{m_project.path(),
                         tr("the merge names an annotator or class it does not list")};
        if (!ok)
            return detail::sqlError(m_project.path(), a.err);
        e.audit(byAnnotatorId, QStringLiteral("merge"), 0, {},
                QJsonObject{{QStringLiteral("source"), batch.source},
                            {QStringLiteral("labels"), counts.labels},
                            {QStringLiteral("regions"), counts.regions},
                            {QStringLiteral("boxes"), counts.boxes},
                            {QStringLiteral("votes"), counts.votes},
                            {QStringLiteral("reviews"), counts.reviews},
                            {QStringLiteral("conflicts"), counts.conflicts}});
        return counts;
    });
}

} // namespace tally
