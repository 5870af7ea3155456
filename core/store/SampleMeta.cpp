#include "store/SampleMeta.h"

#include "store/AuditedEdit.h"
#include "store/ClassHotkeys.h"
#include "store/Project.h"
#include "store/Records.h"
#include "store/SampleInsert.h"
#include "store/StoreSql.h"

#include <QJsonDocument>
#include <functional>

namespace tally {

using detail::StatementCache;

namespace {

// The id of the row named `name` that selectSql ("SELECT id FROM t WHERE name = ?") finds,
// inserted inside the caller's transaction by insertSql ("INSERT INTO t(name, ...) ...
// ON CONFLICT(name) DO NOTHING") if missing: the name is its first value, then those of
// more() (if given; only called when the name is not in `known`). `known` keeps the ids
// found. 0 on error (in *err).
qint64 idForName(StatementCache& c, const QString& name, QHash<QString, qint64>& known,
                 const QString& insertSql, const QString& selectSql,
                 const std::function<QVariantList()>& more, QSqlError* err)
{
    if (auto it = known.constFind(name); it != known.constEnd())
        return *it;
    QSqlQuery& ins = c.get(insertSql);
    ins.bindValue(0, name);
    if (more) {
        const QVariantList values = more();
        for (int i = 0; i < int(values.size()); ++i)
            ins.bindValue(i + 1, values[i]);
    }
    if (!detail::run(ins, err))
        return 0;
    QSqlQuery& sel = c.get(selectSql);
    sel.bindValue(0, name);
    if (!detail::run(sel, err) || !sel.next())
        return 0;
    const qint64 id = sel.value(0).toLongLong();
    sel.finish();
    known.insert(name, id);
    return id;
}

// The id of the class named `name`, created inside the caller's transaction if missing,
// with a free hotkey (store/ClassHotkeys.h); 0 on error (in *err).
qint64 classIdFor(StatementCache& c, const QString& name, QHash<QString, qint64>& known,
                  QSqlError* err)
{
    return idForName(
        c, name, known,
        QStringLiteral(
            "INSERT INTO classes(name, hotkey) VALUES (?,?) ON CONFLICT(name) DO NOTHING"),
        QStringLiteral("SELECT id FROM classes WHERE name = ?"),
        [&] { return QVariantList{detail::textOrNull(classhotkeys::freeHotkey(c, name))}; }, err);
}

// The id of the annotator named `name` (role annotator), created inside the caller's
// transaction if missing; 0 on error (in *err).
qint64 annotatorIdFor(StatementCache& c, const QString& name, QHash<QString, qint64>& known,
                      QSqlError* err)
{
    return idForName(
        c, name, known,
        QStringLiteral("INSERT INTO annotators(name, role, created) VALUES (?,?,?)"
                       " ON CONFLICT(name) DO NOTHING"),
        QStringLiteral("SELECT id FROM annotators WHERE name = ?"),
        [] {
            return QVariantList{annotatorRoleName(AnnotatorRole::Annotator), detail::nowUtc()};
        },
        err);
}

struct Known
{
    QHash<QString, qint64> classes;
    QHash<QString, qint64> annotators;
};

// Stores the boxes of the sample just inserted (inside the caller's transaction).
bool insertBoxes(StatementCache& c, qint64 sampleId, const QList<ImportedBox>& boxes, Known& known,
                 const QString& now, QSqlError* err)
{
    for (const ImportedBox& b : boxes) {
        if (Status s = detail::checkBoxShape(b.x, b.y, b.w, b.h); !s) {
            *err = QSqlError(QString(), s.error().reason, QSqlError::UnknownError);
            return false;
        }
        const QString who = b.annotatorName.trimmed().isEmpty() ? importedAnnotatorName()
                                                                : b.annotatorName.trimmed();
        const qint64 annotatorId = annotatorIdFor(c, who, known.annotators, err);
        if (annotatorId == 0)
            return false;
        qint64 classId = 0;
        if (!b.className.isEmpty() &&
            (classId = classIdFor(c, b.className, known.classes, err)) == 0)
            return false;
        QSqlQuery& q = c.get(QStringLiteral("INSERT INTO boxes(sample_id, annotator_id, class_id, "
                                            "x, y, w, h, at) VALUES (?,?,?,?,?,?,?,?)"));
        detail::bindAll(
            q, {sampleId, annotatorId, detail::idOrNull(classId), b.x, b.y, b.w, b.h, now});
        if (!detail::run(q, err))
            return false;
    }
    return true;
}

// Inserts r with x inside the caller's transaction. Returns 1 stored, 0 duplicate path, -1 error.
int insertOne(StatementCache& c, SampleRecord& r, const SampleExtras& x, qint64 classId,
              const QString& now, QSqlError* err)
{
    QSqlQuery& q = c.get(QStringLiteral(
        "INSERT INTO samples(path, kind, content_hash, class_id, group_key, duration_sec, rate_hz,"
        " channels, frames, rms_dbfs, peak, clipped_fraction, licence, source, added, metadata,"
        " imported_up, imported_down, width, height, consent, owner) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT(path) DO NOTHING RETURNING id"));
    detail::bindAll(q, {r.path,
                        int(r.kind),
                        detail::textOrNull(r.contentHash),
                        detail::idOrNull(classId),
                        detail::textOrNull(r.groupKey),
                        r.durationSec,
                        r.rateHz,
                        r.channels,
                        r.frames,
                        r.rmsDbfs,
                        r.peak,
                        r.clippedFraction,
                        detail::textOrNull(r.licence),
                        detail::textOrNull(r.source),
                        r.added.isValid() ? r.added.toUTC().toString(Qt::ISODateWithMs) : now,
                        x.metadata.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                             : detail::jsonOrNull(x.metadata),
                        x.importedUp,
                        x.importedDown,
                        r.width,
                        r.height,
                        x.consent ? QVariant(int(*x.consent)) : QVariant(QMetaType(QMetaType::Int)),
                        detail::textOrNull(x.owner)});
    const qint64 id = detail::insertReturningId(q, err);
    if (id <= 0)
        return int(id); // -1 error, 0 duplicate path
    r.id = id;
    return 1;
}

} // namespace

Status detail::insertSamplesIn(AuditedEdit& e, std::vector<SampleRecord>& records,
                               const std::vector<SampleExtras>& extras, int* duplicates)
{
    StatementCache& c = e.sql();
    Known known;
    const QString now = detail::nowUtc();
    int dup = 0;
    for (size_t i = 0; i < records.size(); ++i) {
        SampleRecord& r = records[i];
        r.id = 0;
        qint64 classId = 0;
        if (!r.className.isEmpty() &&
            (classId = classIdFor(c, r.className, known.classes, &e.lastError())) == 0)
            return e.sqlFailure();
        const int stored = insertOne(c, r, extras[i], classId, now, &e.lastError());
        if (stored < 0)
            return e.sqlFailure();
        dup += stored == 0 ? 1 : 0;
        if (stored == 1 && !extras[i].boxes.isEmpty() &&
            !insertBoxes(c, r.id, extras[i].boxes, known, now, &e.lastError()))
            return e.sqlFailure();
        if (stored == 1 && extras[i].series &&
            !detail::insertSeriesSnapshot(c, r.id, *extras[i].series, &e.lastError()))
            return e.sqlFailure();
    }
    if (duplicates)
        *duplicates = dup;
    return {};
}

Status SampleMeta::insertSamples(std::vector<SampleRecord>& records,
                                 const std::vector<SampleExtras>& extras, int* duplicates)
{
    if (extras.size() != records.size())
        return Error{
            m_project.path(),
            tr("%1 samples but %2 metadata entries").arg(records.size()).arg(extras.size())};
    int dup = 0;
    const Status s = detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        return detail::insertSamplesIn(e, records, extras, &dup);
    });
    if (!s) {
        for (SampleRecord& r : records)
            r.id = 0;
        return s;
    }
    if (duplicates)
        *duplicates = dup;
    return {};
}

Status SampleMeta::setMetadata(qint64 sampleId, const QJsonObject& metadata)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        QSqlQuery& q = e.sql().get(QStringLiteral("UPDATE samples SET metadata = ? WHERE id = ?"));
        q.bindValue(0, metadata.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                          : detail::jsonOrNull(metadata));
        q.bindValue(1, sampleId);
        if (!e.run(q))
            return e.sqlFailure();
        if (q.numRowsAffected() == 0)
            return Error{{}, tr("no sample with id %1").arg(sampleId)};
        return {};
    });
}

Status SampleMeta::setImportedVotes(qint64 sampleId, int up, int down)
{
    if (up < 0 || down < 0)
        return Error{{}, tr("vote counts cannot be negative (%1 up, %2 down)").arg(up).arg(down)};
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        QSqlQuery& q = e.sql().get(
            QStringLiteral("UPDATE samples SET imported_up = ?, imported_down = ? WHERE id = ?"));
        detail::bindAll(q, {up, down, sampleId});
        if (!e.run(q))
            return e.sqlFailure();
        if (q.numRowsAffected() == 0)
            return Error{{}, tr("no sample with id %1").arg(sampleId)};
        return {};
    });
}

Result<SampleExtras> SampleMeta::extras(qint64 sampleId) const
{
    StatementCache& c = m_project.statements();
    QSqlQuery& q = c.get(
        QStringLiteral("SELECT metadata, imported_up, imported_down FROM samples WHERE id = ?"));
    q.bindValue(0, sampleId);
    QSqlError err;
    if (!detail::run(q, &err))
        return detail::sqlError(m_project.path(), err);
    if (!q.next())
        return Error{{}, tr("no sample with id %1").arg(sampleId)};
    SampleExtras x;
    x.metadata = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    x.importedUp = q.value(1).toInt();
    x.importedDown = q.value(2).toInt();
    q.finish();
    return x;
}

} // namespace tally
