// Reviews: the per-sample tallies a status is derived from (labels, votes, reviews).
#include "store/Project.h"
#include "store/Reviews.h"
#include "store/StoreSql.h"
#include "store/Votes.h"

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
