#include "store/Project.h"

#include "store/AuditedEdit.h"
#include "store/Schema.h"
#include "store/SqlDialect.h"
#include "store/StoreSql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tally {

Q_LOGGING_CATEGORY(lcStore, "tally.store")

namespace {

QAtomicInt g_connectionCounter;

Error sqlError(const QString& path, const QSqlError& e)
{
    return Error{path, e.text()};
}

// Runs one statement; on failure fills *error.
bool exec(QSqlDatabase& db, const QString& sql, const QString& path, Error* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = sqlError(path, q.lastError());
    return false;
}

} // namespace

QString sampleKindName(SampleKind kind)
{
    switch (kind) {
    case SampleKind::Audio:
        return QStringLiteral("audio");
    case SampleKind::Background:
        return QStringLiteral("background");
    case SampleKind::Series:
        return QStringLiteral("series");
    case SampleKind::Image:
        return QStringLiteral("image");
    }
    return QStringLiteral("audio");
}

Project::Project(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{
}

Project::~Project()
{
    m_statements.reset(); // its queries first, then the connection
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<Project>> Project::create(const QString& path)
{
    if (QFileInfo::exists(path))
        return Error{path, tr("a file of that name already exists; choose another name")};
    return openImpl(path, true);
}

Result<std::unique_ptr<Project>> Project::open(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return Error{path, tr("no such project file")};
    return openImpl(path, false);
}

Result<std::unique_ptr<Project>> Project::openImpl(const QString& path, bool create)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (!create) {
        QFile f(abs);
        if (!f.open(QIODevice::ReadOnly))
            return Error{path, tr("cannot be read: %1").arg(f.errorString())};
        const QByteArray head = f.read(16);
        if (!head.isEmpty() && !head.startsWith("SQLite format 3"))
            return Error{path, tr("not a Tally project (not an SQLite database)")};
    }
    const QString conn =
        QStringLiteral("tally-project-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Project> project(new Project(abs, conn));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(detail::SqlDialect::driverName(), conn);
        db.setDatabaseName(abs);
        db.setConnectOptions(detail::SqlDialect::connectOptions());
        if (!db.open())
            return sqlError(path, db.lastError());
        Error e;
        for (const QString& sql : detail::SqlDialect::connectionSetup()) {
            if (!exec(db, sql, path, &e))
                return Error{path, tr("not a usable project: %1").arg(e.reason)};
        }
        project->m_statements = std::make_unique<detail::StatementCache>(db);
    }
    if (Status s = project->migrate(); !s)
        return s.error();
    return project;
}

QSqlDatabase Project::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

QDir Project::folder() const
{
    return QFileInfo(m_path).absoluteDir();
}

int Project::schemaVersion() const
{
    QSqlQuery q(db());
    if (q.exec(detail::SqlDialect::schemaVersionQuery()) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Project::migrate()
{
    const int current = schemaVersion();
    const int latest = schema::latestVersion();
    if (current < 0)
        return Error{m_path, tr("cannot read the schema version")};
    if (current > latest)
        return Error{
            m_path,
            tr("made by a newer Tally (schema %1, this one knows %2)").arg(current).arg(latest)};
    QSqlDatabase d = db();
    for (int v = current + 1; v <= latest; ++v) {
        detail::WriteTransaction t(*m_statements);
        Error e{m_path, t.lastError().text()};
        bool ok = t.began();
        if (ok && schemaVersion() >= v)
            continue; // another process migrated while this one waited for the lock
        for (const QString& sql : schema::migrations()[size_t(v - 1)]) {
            if (!(ok = ok && exec(d, sql, m_path, &e)))
                break;
        }
        ok = ok && exec(d, detail::SqlDialect::setSchemaVersion(v), m_path, &e);
        if (ok && v == 1) {
            QSqlQuery q(d);
            q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('created', ?)"));
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            ok = q.exec();
            if (!ok)
                e = sqlError(m_path, q.lastError());
        }
        if (ok && !t.commit()) {
            ok = false;
            e = sqlError(m_path, t.lastError());
        }
        if (!ok)
            return Error{m_path, tr("migration to schema %1 failed: %2").arg(v).arg(e.reason)};
        qCDebug(lcStore) << "migrated" << m_path << "to schema" << v;
    }
    return {};
}

QString Project::toStoredPath(const QString& absolutePath) const
{
    const QString abs = QFileInfo(absolutePath).absoluteFilePath();
    const QString rel = folder().relativeFilePath(abs);
    if (!rel.startsWith(QLatin1String("../")) && rel != QLatin1String(".."))
        return rel;
    return abs;
}

QString Project::toAbsolutePath(const QString& storedPath) const
{
    if (QDir::isAbsolutePath(storedPath))
        return QDir::cleanPath(storedPath);
    return QDir::cleanPath(folder().absoluteFilePath(storedPath));
}

QString Project::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status Project::setSettings(const QList<QPair<QString, QString>>& values)
{
    return detail::auditedEdit(*this, [&](detail::AuditedEdit& e) -> Status {
        QSqlQuery& q =
            e.sql().get(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"
                                       " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        for (const auto& [key, value] : values) {
            detail::bindAll(q, {key, value});
            if (!e.run(q))
                return e.sqlFailure();
        }
        return {};
    });
}

Status Project::setSetting(const QString& key, const QString& value)
{
    return setSettings({{key, value}});
}

} // namespace tally
