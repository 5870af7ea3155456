// Reviews: the per-sample tallies a status is derived from (labels, votes, reviews).
#include "store/Project.h"
#include "store/Reviews.h"
#include "store/StoreSql.h"
#include "store/Votes.h"

#include <QSqlQuery>

namespace tally {

Result<SampleTally> Reviews::tallyOf(qint64 sampleId) const
{
    QSqlDatabase db = m_project.db();
    SampleTally t;
    t.votes = Votes(m_project).voteCounts(sampleId);
    if (detail::rowExists(m_project.statements(), QStringLiteral("samples"), sampleId) != 1)
        return Error{{}, tr("no sample with id %1").arg(sampleId)};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT class_id FROM labels WHERE sample_id = ? ORDER BY annotator_id"));
    q.addBindValue(sampleId);
    if (!q.exec())
        return detail::sqlError(m_project.path(), q.lastError());
    while (q.next())
        t.labelClassIds.append(q.value(0).toLongLong());
    if (const std::optional<ReviewRecord> r = latestReview(sampleId)) {
        t.latestKind = r->kind;
        t.latestClassId = r->classId;
    }
    return t;
}

namespace {

// One of the per-sample streams forEachTally() merges: rows ordered by sample id
// (column 0), positioned on its current row.
struct SampleStream
{
    explicit SampleStream(const QSqlDatabase& db) : q(db) { q.setForwardOnly(true); }
    bool start(const QString& sql)
    {
        if (!q.exec(sql))
            return false;
        next();
        return true;
    }
    void next()
    {
        valid = q.next();
        sample = valid ? q.value(0).toLongLong() : 0;
    }
    // Skips rows of samples before id; true while the current row is sample id's.
    bool at(qint64 id)
    {
        while (valid && sample < id)
            next();
        return valid && sample == id;
    }
    QSqlQuery q;
    bool valid = false;
    qint64 sample = 0;
};

} // namespace

Status Reviews::forEachTally(const std::function<void(qint64, const SampleTally&)>& fn) const
{
    const QSqlDatabase db = m_project.db();
    SampleStream samples(db), labels(db), votes(db), reviews(db);
    const bool started =
        samples.start(
            QStringLiteral("SELECT id, imported_up, imported_down FROM samples ORDER BY id")) &&
        labels.start(QStringLiteral(
            "SELECT sample_id, class_id FROM labels ORDER BY sample_id, annotator_id")) &&
        votes.start(QStringLiteral("SELECT sample_id, SUM(CASE WHEN up <> 0 THEN 1 ELSE 0 END),"
                                   " SUM(CASE WHEN up = 0 THEN 1 ELSE 0 END) FROM votes"
                                   " GROUP BY sample_id ORDER BY sample_id")) &&
        // Ordered so that the decision in force (newest by time, then id) comes last.
        reviews.start(QStringLiteral(
            "SELECT sample_id, decision, class_id FROM reviews ORDER BY sample_id, at, id"));
    if (!started) {
        for (SampleStream* s : {&samples, &labels, &votes, &reviews})
            if (s->q.lastError().isValid())
                return detail::sqlError(m_project.path(), s->q.lastError());
    }
    SampleTally t;
    for (; samples.valid; samples.next()) {
        const qint64 id = samples.sample;
        t = SampleTally();
        t.votes.importedUp = samples.q.value(1).toInt();
        t.votes.importedDown = samples.q.value(2).toInt();
        for (; labels.at(id); labels.next())
            t.labelClassIds.append(labels.q.value(1).toLongLong());
        if (votes.at(id)) {
            t.votes.up = votes.q.value(1).toInt();
            t.votes.down = votes.q.value(2).toInt();
        }
        for (; reviews.at(id); reviews.next()) {
            t.latestKind = parseStoredReviewKind(reviews.q.value(1).toString());
            t.latestClassId = reviews.q.value(2).isNull() ? 0 : reviews.q.value(2).toLongLong();
        }
        fn(id, t);
    }
    return {};
}

QHash<qint64, SampleTally> Reviews::tallies() const
{
    QHash<qint64, SampleTally> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, imported_up, imported_down FROM samples")))
        return out;
    while (q.next()) {
        SampleTally& t = out[q.value(0).toLongLong()];
        t.votes.importedUp = q.value(1).toInt();
        t.votes.importedDown = q.value(2).toInt();
    }
    if (q.exec(QStringLiteral(
            "SELECT sample_id, class_id FROM labels ORDER BY sample_id, annotator_id")))
        while (q.next())
            if (auto it = out.find(q.value(0).toLongLong()); it != out.end())
                it->labelClassIds.append(q.value(1).toLongLong());
    if (q.exec(
            QStringLiteral("SELECT sample_id, SUM(CASE WHEN up <> 0 THEN 1 ELSE 0 END), SUM(CASE "
                           "WHEN up = 0 THEN 1 ELSE 0 END) FROM votes GROUP BY sample_id")))
        while (q.next())
            if (auto it = out.find(q.value(0).toLongLong()); it != out.end()) {
                it->votes.up = q.value(1).toInt();
                it->votes.down = q.value(2).toInt();
            }
    // Ordered so that the decision in force (newest by time, then id) comes last.
    if (q.exec(QStringLiteral(
            "SELECT sample_id, decision, class_id FROM reviews ORDER BY sample_id, at, id")))
        while (q.next())
            if (auto it = out.find(q.value(0).toLongLong()); it != out.end()) {
                it->latestKind = parseStoredReviewKind(q.value(1).toString());
                it->latestClassId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
            }
    return out;
}

} // namespace tally
