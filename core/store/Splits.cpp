// Splits: the split column, the split method record, leaks, group keys and metadata.
// (Licence, source, owner and consent are in SplitsRights.cpp.)
#include "store/Splits.h"

#include "store/AuditedEdit.h"
#include "store/Project.h"
#include "store/SqliteRows.h"
#include "store/StoreSql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <sqlite3.h>
#include <vector>

namespace tally {

using detail::StatementCache;

namespace {

const QString kMethodKey = QStringLiteral("split.method");

// Split name -> samples, over the whole project (NULL counted under "").
QJsonObject splitTotals(StatementCache& c, QSqlError* error)
{
    // GROUP BY the column itself: answered from the split index without sorting a million
    // rows (GROUP BY COALESCE(split, '') was); NULL and '' are added up under "none".
    QSqlQuery& q = c.get(QStringLiteral("SELECT split, COUNT(*) FROM samples GROUP BY split"));
    QJsonObject o;
    if (!detail::run(q, error))
        return o;
    while (q.next()) {
        const QString key =
            q.value(0).toString().isEmpty() ? QStringLiteral("none") : q.value(0).toString();
        o.insert(key, o.value(key).toInteger() + q.value(1).toLongLong());
    }
    q.finish();
    return o;
}

bool saveSetting(StatementCache& c, const QString& key, const QString& value, QSqlError* error)
{
    QSqlQuery& q = c.get(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"
                                        " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, key);
    q.bindValue(1, value);
    return detail::run(q, error);
}

// The samples of splitOf whose stored split differs from the one asked for, grouped by
// the new split; *found counts the ids of splitOf that exist. Streams the stored splits.
bool changedSplits(StatementCache& c, const QHash<qint64, QString>& splitOf,
                   QMap<QString, std::vector<qint64>>* changes, qint64* found, QSqlError* error)
{
    QSqlQuery& q = c.get(QStringLiteral("SELECT id, split FROM samples ORDER BY id"));
    if (!detail::run(q, error))
        return false;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const auto want = splitOf.constFind(id);
        if (want == splitOf.cend())
            continue;
        ++*found;
        if (q.value(1).toString() != *want)
            (*changes)[*want].push_back(id);
    }
    q.finish();
    return true;
}

// Sets split (empty = NULL) on ids, in statements of up to kIdsPerUpdate ids each.
bool updateSplits(StatementCache& c, const QString& split, const std::vector<qint64>& ids,
                  QSqlError* error)
{
    constexpr size_t kIdsPerUpdate = 500;
    for (size_t first = 0; first < ids.size(); first += kIdsPerUpdate) {
        const size_t n = std::min(kIdsPerUpdate, ids.size() - first);
        QString sql = QStringLiteral("UPDATE samples SET split = ? WHERE id IN (?");
        sql += QStringLiteral(",?").repeated(qsizetype(n) - 1) + u')';
        QSqlQuery& q = c.get(sql);
        q.bindValue(0, detail::textOrNull(split));
        for (size_t i = 0; i < n; ++i)
            q.bindValue(int(i) + 1, ids[first + i]);
        if (!detail::run(q, error))
            return false;
    }
    return true;
}

// The SQL function tally_split_of_path(path) while setSplitsByPath() runs: the caller's
// split for a stored path, read without a QString when the path is ASCII.
struct PathSplitFunction
{
    const Splits::SplitOfPath* splitOf = nullptr;
    bool wasRefused = false;
    QString refused; // a name splitOf gave that is not a split

    static bool isSplitName(QLatin1StringView name)
    {
        return name == QLatin1StringView("training") || name == QLatin1StringView("validation") ||
               name == QLatin1StringView("testing");
    }

    static void call(sqlite3_context* ctx, int, sqlite3_value** argv)
    {
        auto* self = static_cast<PathSplitFunction*>(sqlite3_user_data(ctx));
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
        const int n = sqlite3_value_bytes(argv[0]);
        const bool ascii = std::all_of(bytes, bytes + n,
                                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        QLatin1StringView name;
        if (ascii) {
            name = (*self->splitOf)(QLatin1StringView(bytes, n));
        } else {
            const void* utf16 = sqlite3_value_text16(argv[0]);
            const QString path(static_cast<const QChar*>(utf16),
                               sqlite3_value_bytes16(argv[0]) / 2);
            name = (*self->splitOf)(path);
        }
        if (!isSplitName(name)) {
            self->wasRefused = true;
            self->refused = name;
            sqlite3_result_error(ctx, "not a split name", -1);
            return;
        }
        sqlite3_result_text(ctx, name.data(), int(name.size()), SQLITE_STATIC);
    }
};

// The split a sample gets from tally_split_of_path(): one only with an effective class
// (splits/EffectiveClass.h: not background; the imported class when set and known, else
// a label — the majority label exists exactly when some label does).
const char* const kSplitByPathUpdate = "UPDATE samples SET split = (%1) WHERE split IS NOT (%1)";
const char* const kSplitByPathValue =
    "CASE WHEN kind <> 1 AND (CASE WHEN class_id IS NOT NULL"
    " THEN EXISTS (SELECT 1 FROM classes c WHERE c.id = samples.class_id)"
    " ELSE EXISTS (SELECT 1 FROM labels l WHERE l.sample_id = samples.id) END)"
    " THEN tally_split_of_path(path) END";

// Whether the update of the split would rewrite most samples (the first split of a
// project, a change of method): probes up to 1,024 samples spread evenly over the id range
// with the same expression, by rowid look-ups (milliseconds at a million samples).
const char* const kSplitByPathProbe =
    "WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < 1023),"
    " r(lo, hi) AS (SELECT MIN(id), MAX(id) FROM samples)"
    " SELECT COUNT(*), TOTAL(samples.split IS NOT (%1)) FROM k, r"
    " JOIN samples ON samples.id = r.lo + (r.hi - r.lo) * k.i / 1023";

bool looksLikeBulkChange(sqlite3* db)
{
    const QByteArray sql =
        QString::fromLatin1(kSplitByPathProbe).arg(QLatin1StringView(kSplitByPathValue)).toUtf8();
    detail::SqliteRows probe(db, sql.constData());
    if (!probe.next())
        return false;
    const qint64 probed = probe.int64(0);
    return probed >= 256 && probe.real(1) >= 0.25 * double(probed);
}

// The two indexes over the split column (schema versions 4 and 6). A bulk change drops
// them inside its transaction and builds them again after the update: updating a
// million entries in place costs more than one sorted build (measured, README
// "A million samples"). Their CREATE statements are read back from sqlite_master so
// they come back exactly as the schema made them.
struct SplitIndexes
{
    QList<QByteArray> creates;

    bool drop(sqlite3* db, QString* error)
    {
        {
            detail::SqliteRows q(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                     " AND name IN ('samples_split', 'samples_group_split')"
                                     " ORDER BY name");
            QList<QByteArray> names;
            while (q.next()) {
                names << q.text(0).toByteArray();
                creates << q.text(1).toByteArray();
            }
            if (!q.ok())
                return fail(q, error);
            for (const QByteArray& name : names)
                if (!exec(db, "DROP INDEX " + name, error))
                    return false;
        }
        return true;
    }
    bool create(sqlite3* db, QString* error)
    {
        for (const QByteArray& sql : creates)
            if (!exec(db, sql, error))
                return false;
        return true;
    }
    static bool exec(sqlite3* db, const QByteArray& sql, QString* error)
    {
        detail::SqliteRows q(db, sql.constData());
        return q.run() || fail(q, error);
    }
    static bool fail(const detail::SqliteRows& q, QString* error)
    {
        *error = q.errorText();
        return false;
    }
};

// The end of every split run: the method saved as the project's, and one audit row with
// the totals before and after, how many samples were assigned and how many changed.
Status saveMethodAndAudit(detail::AuditedEdit& e, const SplitMethod& saved,
                          const QJsonObject& before, qint64 samples, qint64 written,
                          qint64 byAnnotatorId)
{
    StatementCache& c = e.sql();
    const QString methodText =
        QString::fromUtf8(QJsonDocument(saved.toJson()).toJson(QJsonDocument::Compact));
    if (!saveSetting(c, kMethodKey, methodText, &e.lastError()))
        return e.sqlFailure();
    QJsonObject after = saved.toJson();
    after.insert(QStringLiteral("samples"), samples);
    after.insert(QStringLiteral("changed"), written);
    after.insert(QStringLiteral("splits"), splitTotals(c, &e.lastError()));
    e.audit(byAnnotatorId, QStringLiteral("split"), 0,
            QJsonObject{{QStringLiteral("splits"), before}}, after);
    return {};
}

} // namespace

QJsonObject SplitMethod::toJson() const
{
    QJsonObject o{{QStringLiteral("method"), method},
                  {QStringLiteral("validation_percent"), validationPercent},
                  {QStringLiteral("testing_percent"), testingPercent},
                  {QStringLiteral("at"), at}};
    if (method != QLatin1String("speech-commands")) {
        o.insert(QStringLiteral("seed"), QString::number(seed)); // text: 64 bits survive JSON
        o.insert(QStringLiteral("group_key"), groupKey);
    }
    return o;
}

std::optional<SplitMethod> SplitMethod::fromJson(const QJsonObject& o)
{
    if (!o.value(QStringLiteral("method")).isString())
        return std::nullopt;
    SplitMethod m;
    m.method = o.value(QStringLiteral("method")).toString();
    m.validationPercent = o.value(QStringLiteral("validation_percent")).toDouble(10.0);
    m.testingPercent = o.value(QStringLiteral("testing_percent")).toDouble(10.0);
    m.seed = o.value(QStringLiteral("seed")).toString().toULongLong();
    m.groupKey = o.value(QStringLiteral("group_key")).toString();
    m.at = o.value(QStringLiteral("at")).toString();
    return m;
}

StatementCache& Splits::statements() const
{
    return m_project.statements();
}

bool Splits::isSplitName(const QString& name)
{
    return name == QLatin1String("training") || name == QLatin1String("validation") ||
           name == QLatin1String("testing");
}

Status Splits::setSplits(const QHash<qint64, QString>& splitOf, const SplitMethod& method,
                         qint64 byAnnotatorId, qint64* changed)
{
    for (const QString& s : splitOf)
        if (!s.isEmpty() && !isSplitName(s))
            return Error{m_project.path(),
                         tr("unknown split “%1” (training, validation or testing)").arg(s)};
    SplitMethod saved = method;
    saved.at = detail::nowUtc();
    qint64 written = 0;
    const Status st = detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        StatementCache& c = e.sql();
        const QJsonObject before = splitTotals(c, &e.lastError());
        QMap<QString, std::vector<qint64>> changes; // new split ("" = none) -> sample ids
        qint64 found = 0;
        if (!changedSplits(c, splitOf, &changes, &found, &e.lastError()))
            return e.sqlFailure();
        if (found < splitOf.size())
            return Error{m_project.path(), tr("%n sample id(s) not in the project", nullptr,
                                              int(splitOf.size() - found))};
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            if (!updateSplits(c, it.key(), it.value(), &e.lastError()))
                return e.sqlFailure();
            written += qint64(it.value().size());
        }
        return saveMethodAndAudit(e, saved, before, qint64(splitOf.size()), written, byAnnotatorId);
    });
    if (changed)
        *changed = st ? written : 0;
    return st;
}

Status Splits::setSplitsByPath(const SplitOfPath& splitOf, const SplitMethod& method,
                               qint64 byAnnotatorId, qint64* changed)
{
    sqlite3* db = detail::sqliteHandle(m_project.db());
    if (db == nullptr)
        return Error{m_project.path(), tr("splitting by path needs an SQLite project")};
    SplitMethod saved = method;
    saved.at = detail::nowUtc();
    qint64 written = 0;
    PathSplitFunction fn;
    fn.splitOf = &splitOf;
    const Status st = detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        StatementCache& c = e.sql();
        const QJsonObject before = splitTotals(c, &e.lastError());
        sqlite3_create_function_v2(db, "tally_split_of_path", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   &fn, &PathSplitFunction::call, nullptr, nullptr, nullptr);
        const QByteArray sql = QString::fromLatin1(kSplitByPathUpdate)
                                   .arg(QLatin1StringView(kSplitByPathValue))
                                   .toUtf8();
        QString sqlFailure;
        SplitIndexes indexes;
        const bool bulk = looksLikeBulkChange(db);
        bool ok = !bulk || indexes.drop(db, &sqlFailure);
        if (ok) {
            detail::SqliteRows update(db, sql.constData());
            ok = update.run();
            written = ok ? sqlite3_changes64(db) : 0;
            sqlFailure = ok ? QString() : update.errorText();
        }
        ok = ok && (!bulk || indexes.create(db, &sqlFailure));
        sqlite3_create_function_v2(db, "tally_split_of_path", 1, SQLITE_UTF8, nullptr, nullptr,
                                   nullptr, nullptr, nullptr);
        if (fn.wasRefused)
            return Error{
                m_project.path(),
                tr("unknown split “%1” (training, validation or testing)").arg(fn.refused)};
        if (!ok)
            return Error{m_project.path(), sqlFailure};
        QSqlQuery& count = c.get(QStringLiteral("SELECT COUNT(*) FROM samples"));
        if (!e.run(count) || !count.next())
            return e.sqlFailure();
        const qint64 samples = count.value(0).toLongLong();
        count.finish();
        return saveMethodAndAudit(e, saved, before, samples, written, byAnnotatorId);
    });
    if (changed)
        *changed = st ? written : 0;
    return st;
}

Status Splits::clearSplits(qint64 byAnnotatorId)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        StatementCache& c = e.sql();
        const QJsonObject before = splitTotals(c, &e.lastError());
        QSqlQuery& q =
            c.get(QStringLiteral("UPDATE samples SET split = NULL WHERE split IS NOT NULL"));
        QSqlQuery& del = c.get(QStringLiteral("DELETE FROM meta WHERE key = ?"));
        del.bindValue(0, kMethodKey);
        if (!e.run(q) || !e.run(del))
            return e.sqlFailure();
        e.audit(byAnnotatorId, QStringLiteral("split-clear"), 0,
                QJsonObject{{QStringLiteral("splits"), before}}, QJsonValue());
        return {};
    });
}

Status Splits::setSplit(qint64 sampleId, const QString& split, qint64 byAnnotatorId)
{
    if (!split.isEmpty() && !isSplitName(split))
        return Error{m_project.path(),
                     tr("unknown split “%1” (training, validation or testing)").arg(split)};
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        const QString before = splitOf(sampleId);
        QSqlQuery& q = e.sql().get(QStringLiteral("UPDATE samples SET split = ? WHERE id = ?"));
        q.bindValue(0, detail::textOrNull(split));
        q.bindValue(1, sampleId);
        if (!e.run(q))
            return e.sqlFailure();
        if (q.numRowsAffected() == 0)
            return Error{m_project.path(), tr("no sample with id %1").arg(sampleId)};
        e.audit(byAnnotatorId, QStringLiteral("split-edit"), sampleId,
                QJsonObject{{QStringLiteral("split"), before}},
                QJsonObject{{QStringLiteral("split"), split}});
        return {};
    });
}

QHash<qint64, QString> Splits::splits() const
{
    QHash<qint64, QString> out;
    QSqlQuery& q =
        statements().get(QStringLiteral("SELECT id, split FROM samples WHERE split IS NOT NULL"));
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    q.finish();
    return out;
}

QString Splits::splitOf(qint64 sampleId) const
{
    QSqlQuery& q = statements().get(QStringLiteral("SELECT split FROM samples WHERE id = ?"));
    q.bindValue(0, sampleId);
    QString s;
    if (q.exec() && q.next())
        s = q.value(0).toString();
    q.finish();
    return s;
}

QMap<QString, QMap<QString, qint64>>
Splits::countsByClassAndSplit(const QHash<qint64, QString>& classOf,
                              const QHash<qint64, QString>& splitOf)
{
    QMap<QString, QMap<QString, qint64>> out;
    for (auto it = classOf.cbegin(); it != classOf.cend(); ++it)
        ++out[it.value()][splitOf.value(it.key())];
    return out;
}

QList<SplitLeak> Splits::leaks(const QHash<qint64, QString>& groupOf) const
{
    const QHash<qint64, QString> split = splits();
    QMap<QString, QMap<QString, qint64>> perGroup; // sorted by group for a stable report
    for (auto it = split.cbegin(); it != split.cend(); ++it) {
        const QString g = groupOf.value(it.key());
        if (!g.isEmpty())
            ++perGroup[g][it.value()];
    }
    QList<SplitLeak> out;
    for (auto it = perGroup.cbegin(); it != perGroup.cend(); ++it)
        if (it.value().size() > 1)
            out.append(SplitLeak{it.key(), it.value()});
    return out;
}

QList<SplitLeak> Splits::leaks() const
{
    // Answered by the (group_key, split) index: only groups in two splits or more are read.
    QSqlQuery& q =
        statements().get(QStringLiteral("SELECT group_key, split, COUNT(*) FROM samples"
                                        " WHERE group_key IN (SELECT group_key FROM samples"
                                        "  WHERE group_key <> '' AND split IS NOT NULL"
                                        "  GROUP BY group_key HAVING COUNT(DISTINCT split) > 1)"
                                        " AND split IS NOT NULL GROUP BY group_key, split"));
    QMap<QString, QMap<QString, qint64>> perGroup; // sorted by group for a stable report
    if (!q.exec())
        return {};
    while (q.next())
        perGroup[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toLongLong());
    q.finish();
    QList<SplitLeak> out;
    for (auto it = perGroup.cbegin(); it != perGroup.cend(); ++it)
        out.append(SplitLeak{it.key(), it.value()});
    return out;
}

QMap<QString, qint64> Splits::splitCounts() const
{
    QMap<QString, qint64> out;
    QSqlQuery& q = statements().get(QStringLiteral(
        "SELECT split, COUNT(*) FROM samples WHERE split IS NOT NULL GROUP BY split"));
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
    return out;
}

std::optional<SplitMethod> Splits::method() const
{
    const QString text = m_project.setting(kMethodKey);
    if (text.isEmpty())
        return std::nullopt;
    return SplitMethod::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

QHash<qint64, QString> Splits::groupKeys() const
{
    QHash<qint64, QString> out;
    QSqlQuery& q =
        statements().get(QStringLiteral("SELECT id, group_key FROM samples WHERE group_key <> ''"));
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    q.finish();
    return out;
}

QHash<qint64, QString> Splits::metadataValues(const QString& key) const
{
    QHash<qint64, QString> out;
    QSqlQuery& q = statements().get(
        QStringLiteral("SELECT id, metadata FROM samples WHERE metadata IS NOT NULL"));
    if (!q.exec())
        return out;
    while (q.next()) {
        const QJsonValue v =
            QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object().value(key);
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isDouble())
            text = QString::number(v.toDouble());
        else if (v.isBool())
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (!text.isEmpty())
            out.insert(q.value(0).toLongLong(), text);
    }
    q.finish();
    return out;
}

QStringList Splits::metadataKeys() const
{
    QSet<QString> keys;
    QSqlQuery& q = statements().get(
        QStringLiteral("SELECT DISTINCT metadata FROM samples WHERE metadata IS NOT NULL"));
    if (!q.exec())
        return {};
    while (q.next())
        for (const QString& k :
             QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().keys())
            keys.insert(k);
    q.finish();
    QStringList out(keys.begin(), keys.end());
    out.sort();
    return out;
}

} // namespace tally
