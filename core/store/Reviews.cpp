// Reviews: votes and reviewers' decisions (history and tallies: ReviewsHistory.cpp).
#include "store/Reviews.h"

#include "store/Project.h"
#include "store/StoreSql.h"

#include <QJsonObject>

namespace tally {

using detail::StatementCache;
using detail::tr;
using detail::WriteTransaction;

namespace {

QJsonValue voteJson(std::optional<bool> up)
{
    return up ? QJsonValue(QJsonObject{{QStringLiteral("up"), *up}}) : QJsonValue();
}

const QString kReviewSelect =
    QStringLiteral("SELECT r.id, r.sample_id, r.reviewer_id, a.name, r.decision, r.class_id, "
                   "c.name, r.reason, r.at"
                   " FROM reviews r JOIN annotators a ON a.id = r.reviewer_id LEFT JOIN classes c "
                   "ON c.id = r.class_id ");

ReviewRecord reviewFrom(const QSqlQuery& q)
{
    ReviewRecord r;
    r.id = q.value(0).toLongLong();
    r.sampleId = q.value(1).toLongLong();
    r.reviewerId = q.value(2).toLongLong();
    r.reviewerName = q.value(3).toString();
    r.kind = parseStoredReviewKind(q.value(4).toString()).value_or(ReviewKind::SendBack);
    r.classId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    r.className = q.value(6).toString();
    r.reason = q.value(7).toString();
    r.at = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    return r;
}

QJsonObject reviewJson(const ReviewRecord& r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("decision"), reviewKindStoredName(r.kind)},
        {QStringLiteral("class_id"), r.classId > 0 ? QJsonValue(r.classId) : QJsonValue()},
        {QStringLiteral("reason"), r.reason.isEmpty() ? QJsonValue() : QJsonValue(r.reason)}};
}

} // namespace

QString reviewKindStoredName(ReviewKind kind)
{
    switch (kind) {
    case ReviewKind::Reject:
        return QStringLiteral("reject");
    case ReviewKind::SendBack:
        return QStringLiteral("send_back");
    case ReviewKind::Class:
        break;
    }
    return QStringLiteral("class");
}

std::optional<ReviewKind> parseStoredReviewKind(const QString& name)
{
    for (ReviewKind k : {ReviewKind::Class, ReviewKind::Reject, ReviewKind::SendBack})
        if (reviewKindStoredName(k) == name)
            return k;
    return std::nullopt;
}

StatementCache& Reviews::statements() const
{
    return m_project.statements();
}

// --- votes ---

Result<std::optional<bool>> Reviews::setVote(qint64 sampleId, qint64 annotatorId,
                                             std::optional<bool> up)
{
    StatementCache& c = statements();
    WriteTransaction t(c);
    if (!t.began())
        return detail::sqlError(m_project.path(), t.lastError());
    if (Status s = detail::checkIds(c, sampleId, annotatorId, 0); !s)
        return s.error();
    const std::optional<bool> previous = voteOf(sampleId, annotatorId);
    if (previous == up)
        return previous; // nothing changes
    QSqlError err;
    QSqlQuery* q = nullptr;
    if (up) {
        q = &c.get(
            QStringLiteral("INSERT INTO votes(sample_id, annotator_id, up, at) VALUES (?,?,?,?)"
                           " ON CONFLICT(sample_id, annotator_id) DO UPDATE SET up = excluded.up,"
                           " at = excluded.at"));
        q->bindValue(2, *up ? 1 : 0);
        q->bindValue(3, detail::nowUtc());
    } else {
        q = &c.get(QStringLiteral("DELETE FROM votes WHERE sample_id = ? AND annotator_id = ?"));
    }
    q->bindValue(0, sampleId);
    q->bindValue(1, annotatorId);
    if (!detail::run(*q, &err) ||
        !detail::writeAudit(c, annotatorId, QStringLiteral("vote"), sampleId, voteJson(previous),
                            voteJson(up), &err) ||
        !t.commit())
        return detail::writeError(m_project.path(), err, t);
    return previous;
}

std::optional<bool> Reviews::voteOf(qint64 sampleId, qint64 annotatorId) const
{
    QSqlQuery& q = statements().get(
        QStringLiteral("SELECT up FROM votes WHERE sample_id = ? AND annotator_id = ?"));
    q.bindValue(0, sampleId);
    q.bindValue(1, annotatorId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const bool up = q.value(0).toInt() != 0;
    q.finish();
    return up;
}

QList<VoteRecord> Reviews::votesOf(qint64 sampleId) const
{
    QList<VoteRecord> out;
    QSqlQuery& q = statements().get(QStringLiteral(
        "SELECT v.sample_id, v.annotator_id, a.name, v.up, v.at FROM votes v"
        " JOIN annotators a ON a.id = v.annotator_id WHERE v.sample_id = ? ORDER BY a.name"));
    q.bindValue(0, sampleId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(VoteRecord{q.value(0).toLongLong(), q.value(1).toLongLong(),
                              q.value(2).toString(), q.value(3).toInt() != 0,
                              QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)});
    q.finish();
    return out;
}

VoteCounts Reviews::voteCounts(qint64 sampleId) const
{
    VoteCounts v;
    QSqlQuery& q = statements().get(
        QStringLiteral("SELECT s.imported_up, s.imported_down,"
                       " (SELECT COUNT(*) FROM votes WHERE sample_id = s.id AND up <> 0),"
                       " (SELECT COUNT(*) FROM votes WHERE sample_id = s.id AND up = 0) FROM "
                       "samples s WHERE s.id = ?"));
    q.bindValue(0, sampleId);
    if (!q.exec() || !q.next())
        return v;
    v.importedUp = q.value(0).toInt();
    v.importedDown = q.value(1).toInt();
    v.up = q.value(2).toInt();
    v.down = q.value(3).toInt();
    q.finish();
    return v;
}

QHash<qint64, VoteCounts> Reviews::allVoteCounts() const
{
    QHash<qint64, VoteCounts> out;
    const QHash<qint64, SampleTally> all = tallies();
    out.reserve(all.size());
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        out.insert(it.key(), it->votes);
    return out;
}

// --- reviews ---

Result<qint64> Reviews::addReview(qint64 sampleId, qint64 reviewerId, ReviewKind kind,
                                  qint64 classId, const QString& reason)
{
    if (kind == ReviewKind::Class && classId <= 0)
        return Error{{}, tr("a class decision needs a class")};
    if (kind != ReviewKind::Class && classId > 0)
        return Error{{}, tr("only a class decision takes a class")};
    StatementCache& c = statements();
    WriteTransaction t(c);
    if (!t.began())
        return detail::sqlError(m_project.path(), t.lastError());
    // Only a class decision has a class to check (its classId is > 0, see above).
    if (Status s =
            detail::checkIds(c, sampleId, reviewerId, kind == ReviewKind::Class ? classId : 0);
        !s)
        return s.error();
    QSqlQuery& q = c.get(QStringLiteral("INSERT INTO reviews(sample_id, reviewer_id, decision, "
                                        "class_id, reason, at) VALUES (?,?,?,?,?,?)"));
    const QString reasonText = reason.trimmed();
    q.bindValue(0, sampleId);
    q.bindValue(1, reviewerId);
    q.bindValue(2, reviewKindStoredName(kind));
    q.bindValue(3, detail::idOrNull(classId));
    q.bindValue(4, detail::textOrNull(reasonText));
    q.bindValue(5, detail::nowUtc());
    QSqlError err;
    if (!detail::run(q, &err))
        return detail::writeError(m_project.path(), err, t);
    ReviewRecord r;
    r.id = q.lastInsertId().toLongLong();
    r.kind = kind;
    r.classId = classId;
    r.reason = reasonText;
    if (!detail::writeAudit(c, reviewerId, QStringLiteral("review"), sampleId, {}, reviewJson(r),
                            &err) ||
        !t.commit())
        return detail::writeError(m_project.path(), err, t);
    return r.id;
}

Status Reviews::deleteReview(qint64 reviewId, qint64 byAnnotatorId)
{
    StatementCache& c = statements();
    WriteTransaction t(c);
    if (!t.began())
        return detail::sqlError(m_project.path(), t.lastError());
    QSqlQuery& sel = c.get(kReviewSelect + QStringLiteral("WHERE r.id = ?"));
    sel.bindValue(0, reviewId);
    if (!sel.exec())
        return detail::sqlError(m_project.path(), sel.lastError());
    if (!sel.next())
        return Error{{}, tr("no review with id %1").arg(reviewId)};
    const ReviewRecord r = reviewFrom(sel);
    sel.finish();
    QSqlQuery& del = c.get(QStringLiteral("DELETE FROM reviews WHERE id = ?"));
    del.bindValue(0, reviewId);
    QSqlError err;
    if (!detail::run(del, &err) ||
        !detail::writeAudit(c, byAnnotatorId, QStringLiteral("review.delete"), r.sampleId,
                            reviewJson(r), {}, &err) ||
        !t.commit())
        return detail::writeError(m_project.path(), err, t);
    return {};
}

std::optional<ReviewRecord> Reviews::latestReview(qint64 sampleId) const
{
    QSqlQuery& q = statements().get(
        kReviewSelect +
        QStringLiteral("WHERE r.sample_id = ? ORDER BY r.at DESC, r.id DESC LIMIT 1"));
    q.bindValue(0, sampleId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ReviewRecord r = reviewFrom(q);
    q.finish();
    return r;
}

QList<ReviewRecord> Reviews::reviewsOf(qint64 sampleId) const
{
    QList<ReviewRecord> out;
    QSqlQuery& q = statements().get(kReviewSelect +
                                    QStringLiteral("WHERE r.sample_id = ? ORDER BY r.at, r.id"));
    q.bindValue(0, sampleId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(reviewFrom(q));
    q.finish();
    return out;
}

QList<VoteRecord> Reviews::allVotes() const
{
    QList<VoteRecord> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral(
            "SELECT v.sample_id, v.annotator_id, a.name, v.up, v.at FROM votes v"
            " JOIN annotators a ON a.id = v.annotator_id ORDER BY v.sample_id, v.annotator_id")))
        while (q.next())
            out.append(VoteRecord{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                  q.value(2).toString(), q.value(3).toInt() != 0,
                                  QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)});
    return out;
}

QList<ReviewRecord> Reviews::allReviews() const
{
    QList<ReviewRecord> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (q.exec(kReviewSelect + QStringLiteral("ORDER BY r.sample_id, r.at, r.id")))
        while (q.next())
            out.append(reviewFrom(q));
    return out;
}

} // namespace tally
