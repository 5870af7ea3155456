// Reviews: the per-sample tallies a status is derived from (labels, votes, reviews).
#include "store/Project.h"
#include "store/Reviews.h"
#include "store/SqliteRows.h"
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

const char* const kTallySamples = "SELECT id, imported_up, imported_down FROM samples ORDER BY id";
const char* const kTallyLabels =
    "SELECT sample_id, class_id FROM labels ORDER BY sample_id, annotator_id";
const char* const kTallyVotes = "SELECT sample_id, SUM(CASE WHEN up <> 0 THEN 1 ELSE 0 END),"
                                " SUM(CASE WHEN up = 0 THEN 1 ELSE 0 END) FROM votes"
                                " GROUP BY sample_id ORDER BY sample_id";
// Ordered so that the decision in force (newest by time, then id) comes last.
const char* const kTallyReviews =
    "SELECT sample_id, decision, class_id FROM reviews ORDER BY sample_id, at, id";

// One of the per-sample streams forEachTally() merges: rows ordered by sample id
// (column 0), positioned on its current row. Through QtSql.
struct QtStream
{
    QtStream(const QSqlDatabase& db, const char* sql) : q(db)
    {
        q.setForwardOnly(true);
        started = q.exec(QString::fromLatin1(sql));
        next();
    }
    void next()
    {
        valid = q.next();
        sample = valid ? q.value(0).toLongLong() : 0;
    }
    bool ok() const { return started && !q.lastError().isValid(); }
    QString errorText() const { return q.lastError().text(); }
    qint64 int64(int col) const { return q.value(col).toLongLong(); }
    bool isNull(int col) const { return q.value(col).isNull(); }
    QString string(int col) const { return q.value(col).toString(); }
    QSqlQuery q;
    bool started = false;
    bool valid = false;
    qint64 sample = 0;
};

// The same straight from SQLite (store/SqliteRows.h): a million samples without a
// QVariant per column.
struct RawStream
{
    RawStream(sqlite3* db, const char* sql) : q(db, sql) { next(); }
    void next()
    {
        valid = q.next();
        sample = valid ? q.int64(0) : 0;
    }
    bool ok() const { return q.ok(); }
    QString errorText() const { return q.errorText(); }
    qint64 int64(int col) const { return q.int64(col); }
    bool isNull(int col) const { return q.isNull(col); }
    QString string(int col) const { return q.string(col); }
    detail::SqliteRows q;
    bool valid = false;
    qint64 sample = 0;
};

// Skips rows of samples before id; true while the current row is sample id's.
template <class S> bool at(S& s, qint64 id)
{
    while (s.valid && s.sample < id)
        s.next();
    return s.valid && s.sample == id;
}

template <class S>
Status mergeTallies(const QString& projectPath, S& samples, S& labels, S& votes, S& reviews,
                    const std::function<void(qint64, const SampleTally&)>& fn)
{
    for (S* s : {&samples, &labels, &votes, &reviews})
        if (!s->ok())
            return Error{projectPath, s->errorText()};
    SampleTally t;
    for (; samples.valid; samples.next()) {
        const qint64 id = samples.sample;
        t = SampleTally();
        t.votes.importedUp = int(samples.int64(1));
        t.votes.importedDown = int(samples.int64(2));
        for (; at(labels, id); labels.next())
            t.labelClassIds.append(labels.int64(1));
        if (at(votes, id)) {
            t.votes.up = int(votes.int64(1));
            t.votes.down = int(votes.int64(2));
        }
        for (; at(reviews, id); reviews.next()) {
            t.latestKind = parseStoredReviewKind(reviews.string(1));
            t.latestClassId = reviews.isNull(2) ? 0 : reviews.int64(2);
        }
        fn(id, t);
    }
    return samples.ok() ? Status() : Error{projectPath, samples.errorText()};
}

} // namespace

Status Reviews::forEachTally(const std::function<void(qint64, const SampleTally&)>& fn) const
{
    const QSqlDatabase db = m_project.db();
    if (sqlite3* raw = detail::sqliteHandle(db)) {
        const detail::ReadPassCache smallCache(raw);
        RawStream samples(raw, kTallySamples), labels(raw, kTallyLabels), votes(raw, kTallyVotes),
            reviews(raw, kTallyReviews);
        return mergeTallies(m_project.path(), samples, labels, votes, reviews, fn);
    }
    QtStream samples(db, kTallySamples), labels(db, kTallyLabels), votes(db, kTallyVotes),
        reviews(db, kTallyReviews);
    return mergeTallies(m_project.path(), samples, labels, votes, reviews, fn);
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
