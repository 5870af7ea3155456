// The quality tables: a project made before them (schema 6) opens, migrates and keeps
// its samples; Flags::replace keeps history (cleared rows stay), keeps a dismissal
// across runs, dismiss / undismiss are audited; measures round-trip.
#include "TestSupport.h"
#include "store/Annotators.h"
#include "store/Flags.h"
#include "store/Project.h"
#include "store/QualityMeasures.h"
#include "store/Schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;

namespace {

FoundFlag found(qint64 sample, const QString& check, double value, double threshold)
{
    FoundFlag f;
    f.sampleId = sample;
    f.check = check;
    f.value = value;
    f.threshold = threshold;
    return f;
}

} // namespace

class TestQualityStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oldProjectMigrates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.tally"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "old");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (int v = 0; v < 6; ++v)
                for (const QString& sql : schema::migrations()[size_t(v)])
                    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO samples(path, kind, content_hash, added)"
                                          " VALUES ('a.wav', 0, 'abc', '2026-01-01T00:00:00Z')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 6")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        auto p = Project::open(path);
        QVERIFY2(p, qPrintable(p.error().toString()));
        QCOMPARE(p.value()->schemaVersion(), schema::latestVersion());
        QVERIFY(schema::latestVersion() >= 7);
        const qint64 id = p.value()->sampleIdByPath(QStringLiteral("a.wav"));
        QVERIFY(id > 0);
        QVERIFY(Flags(*p.value())
                    .replace({QStringLiteral("silent")},
                             {found(id, QStringLiteral("silent"), -90, -60)}));
        QCOMPARE(Flags(*p.value()).openFlags().size(), 1);
    }

    void historyAndDismissals()
    {
        QTemporaryDir dir;
        auto p = Project::create(dir.filePath(QStringLiteral("f.tally")));
        QVERIFY(p);
        Project& project = *p.value();
        std::vector<SampleRecord> records{test::imageRecord(QStringLiteral("a.png"), 10, 10),
                                          test::imageRecord(QStringLiteral("b.png"), 10, 10)};
        QVERIFY(project.insertSamples(records));
        const qint64 a = records[0].id;
        const qint64 b = records[1].id;
        const qint64 ana = Annotators(project).ensureAnnotator(QStringLiteral("ana")).value().id;
        Flags flags(project);
        const QString small = QStringLiteral("too-small");
        FlagsDelta d;
        QVERIFY(
            flags.replace({small}, {found(a, small, 10, 32), found(b, small, 10, 32)}, ana, &d));
        QCOMPARE(d.added, 2);
        QVERIFY(flags.dismiss(a, small, ana, QStringLiteral("an icon, small on purpose")));
        QVERIFY(!flags.dismiss(a, small, ana, QStringLiteral("twice"))); // none active
        QVERIFY(!flags.dismiss(b, small, ana, QString()));               // a reason is needed
        QCOMPARE(flags.activeCounts().value(small), 1);
        // the next run finds a again (still dismissed) and no longer b (cleared, kept)
        QVERIFY(flags.replace({small}, {found(a, small, 11, 32)}, ana, &d));
        QCOMPARE(d.kept, 1);
        QCOMPARE(d.cleared, 1);
        const QList<FlagRecord> open = flags.openFlags(small);
        QCOMPARE(open.size(), 1);
        QVERIFY(open[0].isDismissed());
        QCOMPARE(open[0].value, 11.0);
        QCOMPARE(open[0].dismissedByName, QStringLiteral("ana"));
        QCOMPARE(flags.history(b).size(), 1);
        QVERIFY(!flags.history(b)[0].isOpen());
        QVERIFY(flags.activeSamples({small}).isEmpty());
        QVERIFY(flags.undismiss(open[0].id, ana));
        QCOMPARE(flags.activeSamples({small}).value(a), small);
        QSqlQuery q(project.db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action LIKE 'flag.%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void measuresRoundTrip()
    {
        QTemporaryDir dir;
        auto p = Project::create(dir.filePath(QStringLiteral("m.tally")));
        QVERIFY(p);
        std::vector<SampleRecord> records{test::imageRecord(QStringLiteral("a.png"), 10, 10)};
        QVERIFY(p.value()->insertSamples(records));
        StoredMeasure m;
        m.sampleId = records[0].id;
        m.contentHash = records[0].contentHash;
        m.version = 3;
        m.parameters = QStringLiteral("window_sec=0.1");
        m.measured = QJsonObject{{QStringLiteral("mean"), 0.5}};
        m.fingerprint = QByteArray("\x01\x02\x03\x04", 4);
        QualityMeasures store(*p.value());
        QVERIFY(store.put({m}));
        m.version = 4; // replaces
        QVERIFY(store.put({m}));
        QCOMPARE(store.keys().value().value(m.sampleId).version, 4);
        int n = 0;
        QVERIFY(store.forEach([&](StoredMeasure&& back) {
            ++n;
            QCOMPARE(back.measured.value(QStringLiteral("mean")).toDouble(), 0.5);
            QCOMPARE(back.fingerprint, m.fingerprint);
            QVERIFY(back.loudMask.isEmpty());
        }));
        QCOMPARE(n, 1);
    }
};

QTEST_GUILESS_MAIN(TestQualityStore)
#include "test_quality_store.moc"
