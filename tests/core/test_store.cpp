// The project store: creation, migration from an empty file, WAL, samples, paths.
#include "TestSupport.h"
#include "store/Project.h"
#include "store/Schema.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tally;

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createMakesLatestSchemaInWal();
    void createRefusesExistingFile();
    void migratesEmptyFile();
    void refusesNewerSchema();
    void refusesNonSqliteFile();
    void insertSamplesAndDuplicates();
    void storedPathsAreRelativeInsideTheFolder();
    void settingsRoundTrip();
    void migrationWaitsForAnotherProcessMigrating();
};

static SampleRecord record(const QString& path, const QString& cls, double dur)
{
    SampleRecord r;
    r.path = path;
    r.className = cls;
    r.groupKey = QStringLiteral("spk");
    r.durationSec = dur;
    r.rateHz = 16000;
    r.channels = 1;
    r.frames = qint64(dur * 16000);
    r.contentHash = QStringLiteral("ab");
    return r;
}

void TestStore::createMakesLatestSchemaInWal()
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("a.tally")));
    QVERIFY2(p.isOk(), qPrintable(p.error().toString()));
    QCOMPARE(p.value()->schemaVersion(), schema::latestVersion());
    QSqlQuery q(p.value()->db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(!p.value()->setting(QStringLiteral("created")).isEmpty());
}

void TestStore::createRefusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.tally"));
    QVERIFY(test::writeBytes(path, "x"));
    auto p = Project::create(path);
    QVERIFY(!p.isOk());
    QCOMPARE(p.error().path, path);
}

void TestStore::migratesEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.tally"));
    QVERIFY(test::writeBytes(path, QByteArray()));
    auto p = Project::open(path);
    QVERIFY2(p.isOk(), qPrintable(p.error().toString()));
    QCOMPARE(p.value()->schemaVersion(), schema::latestVersion());
    QSqlQuery q(p.value()->db());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM samples")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestStore::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.tally"));
    {
        auto p = Project::create(path);
        QVERIFY(p.isOk());
        QSqlQuery q(p.value()->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(schema::latestVersion() + 1)));
    }
    auto p = Project::open(path);
    QVERIFY(!p.isOk());
    QVERIFY(p.error().reason.contains(QStringLiteral("newer")));
}

void TestStore::refusesNonSqliteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("junk.tally"));
    QVERIFY(test::writeBytes(path, QByteArray(4096, 'z')));
    auto p = Project::open(path);
    QVERIFY(!p.isOk());
    QCOMPARE(p.error().path, path);
    QCOMPARE(QFileInfo(path).size(), 4096); // untouched
}

void TestStore::insertSamplesAndDuplicates()
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("a.tally")));
    QVERIFY(p.isOk());
    Project& project = *p.value();
    std::vector<SampleRecord> batch{record(QStringLiteral("yes/a.wav"), QStringLiteral("yes"), 1.0),
                                    record(QStringLiteral("yes/b.wav"), QStringLiteral("yes"), 1.0),
                                    record(QStringLiteral("no/a.wav"), QStringLiteral("no"), 0.5)};
    int dups = -1;
    QVERIFY(project.insertSamples(batch, &dups));
    QCOMPARE(dups, 0);
    QVERIFY(batch[0].id > 0 && batch[2].id > batch[0].id);
    std::vector<SampleRecord> again{record(QStringLiteral("yes/a.wav"), QStringLiteral("yes"), 1.0),
                                    record(QStringLiteral("up/c.wav"), QStringLiteral("up"), 1.0)};
    QVERIFY(project.insertSamples(again, &dups));
    QCOMPARE(dups, 1);
    QCOMPARE(again[0].id, 0);
    QCOMPARE(project.sampleCount(), 4);
    QCOMPARE(project.totalDurationSec(), 3.5);
    const auto counts = project.classCounts();
    QCOMPARE(counts.value(QStringLiteral("yes")), 2);
    QCOMPARE(counts.value(QStringLiteral("no")), 1);
    QCOMPARE(counts.value(QStringLiteral("up")), 1);
    QCOMPARE(project.classNames(),
             (QStringList{QStringLiteral("no"), QStringLiteral("up"), QStringLiteral("yes")}));
    auto s = project.sampleByPath(QStringLiteral("no/a.wav"));
    QVERIFY(s.isOk());
    QCOMPARE(s.value().className, QStringLiteral("no"));
    QCOMPARE(s.value().frames, 8000);
    QVERIFY(s.value().added.isValid());
    QVERIFY(!project.sampleByPath(QStringLiteral("missing.wav")).isOk());
}

void TestStore::storedPathsAreRelativeInsideTheFolder()
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("proj/a.tally")));
    QVERIFY(!p.isOk()); // the folder does not exist yet: SQLite cannot create the file
    QDir(dir.path()).mkpath(QStringLiteral("proj"));
    p = Project::create(dir.filePath(QStringLiteral("proj/a.tally")));
    QVERIFY(p.isOk());
    Project& project = *p.value();
    const QString inside = dir.filePath(QStringLiteral("proj/data/yes/x.wav"));
    QCOMPARE(project.toStoredPath(inside), QStringLiteral("data/yes/x.wav"));
    QCOMPARE(project.toAbsolutePath(QStringLiteral("data/yes/x.wav")), inside);
    const QString outside = dir.filePath(QStringLiteral("other/x.wav"));
    QCOMPARE(project.toStoredPath(outside), outside);
    QCOMPARE(project.toAbsolutePath(outside), outside);
}

void TestStore::settingsRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.tally"));
    {
        auto p = Project::create(path);
        QVERIFY(p.isOk());
        QVERIFY(p.value()->setSetting(QStringLiteral("k"), QStringLiteral("v1")));
        QVERIFY(p.value()->setSetting(QStringLiteral("k"), QStringLiteral("v2")));
    }
    auto p = Project::open(path);
    QVERIFY(p.isOk());
    QCOMPARE(p.value()->setting(QStringLiteral("k")), QStringLiteral("v2"));
    QCOMPARE(p.value()->setting(QStringLiteral("none"), QStringLiteral("d")), QStringLiteral("d"));
}

// Two processes open a project of an older schema at once: one migrates while the other
// waits for the write lock. The one that waited finds the schema already migrated and
// must not run the migration again ("table ... already exists").
void TestStore::migrationWaitsForAnotherProcessMigrating()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.tally"));
    const int latest = schema::latestVersion();
    const QStringList last = schema::migrations()[size_t(latest - 1)];
    QVERIFY(Project::create(path).isOk());
    const QString conn = QStringLiteral("test-other-process");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        other.setDatabaseName(path);
        other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        QVERIFY(other.open());
        QSqlQuery q(other);
        // Back to the schema before the last migration (which only creates objects).
        const QRegularExpression created(
            QStringLiteral("^CREATE (UNIQUE )?(TABLE|INDEX) (?:IF NOT EXISTS )?(\\w+)"));
        for (const QString& sql : last) {
            const QRegularExpressionMatch m = created.match(sql);
            QVERIFY2(m.hasMatch(), "the last migration is not only CREATE statements");
            if (m.captured(2) == QLatin1String("TABLE"))
                QVERIFY(q.exec(QStringLiteral("DROP TABLE %1").arg(m.captured(3))));
        }
        for (const QString& sql : last) {
            const QRegularExpressionMatch m = created.match(sql);
            if (m.captured(2) == QLatin1String("INDEX"))
                q.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(m.captured(3)));
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(latest - 1)));

        // "The other process" takes the write lock, then the project is opened here.
        QVERIFY2(q.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(q.lastError().text()));
        QString opened;
        int version = -1;
        std::unique_ptr<QThread> t(QThread::create([&] {
            auto p = Project::open(path);
            opened = p ? QStringLiteral("ok") : p.error().toString();
            version = p ? p.value()->schemaVersion() : -1;
        }));
        t->start();
        QThread::msleep(300); // the opening reads the old version and waits for the lock
        for (const QString& sql : last)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(latest)));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        QVERIFY(t->wait(20000));
        QCOMPARE(opened, QStringLiteral("ok"));
        QCOMPARE(version, latest);
        other.close();
    }
    QSqlDatabase::removeDatabase(conn);
}

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
