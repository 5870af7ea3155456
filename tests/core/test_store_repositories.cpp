// The shape the store's repositories share: one statement cache per Project, one
// audited-edit helper, ids from INSERT ... RETURNING, the audit index.
#include "TestSupport.h"
#include "store/Annotators.h"
#include "store/AuditLog.h"
#include "store/AuditedEdit.h"
#include "store/Boxes.h"
#include "store/Classes.h"
#include "store/Exports.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Regions.h"
#include "store/Reviews.h"
#include "store/StoreSql.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;

class TestStoreRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void repositoriesShareTheProjectsCache();
    void failingEditRollsBackWithoutAuditRow();
    void successfulEditWritesExactlyOneAuditRow();
    void sqlFailureNamesTheProject();
    void returningIdsWithAndWithoutExplicitIds();
    void sampleAndExportIdsComeFromReturning();
    void auditHasAnIndexOnSampleId();

private:
    qint64 addSample(const QString& path);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_sample = 0;
    qint64 m_annotator = 0;
};

void TestStoreRepositories::init()
{
    auto p = Project::create(m_dir.filePath(QStringLiteral("r.tally")));
    QVERIFY2(p.isOk(), qPrintable(p.error().toString()));
    m_project = std::move(p.value());
    m_sample = addSample(QStringLiteral("a.png"));
    m_annotator = Annotators(*m_project).ensureAnnotator(QStringLiteral("ann")).value().id;
    QVERIFY(m_sample > 0 && m_annotator > 0);
}

void TestStoreRepositories::cleanup()
{
    m_project.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("r.tally")));
}

qint64 TestStoreRepositories::addSample(const QString& path)
{
    std::vector<SampleRecord> records{test::imageRecord(path, 64, 48)};
    if (!m_project->insertSamples(records))
        return 0;
    return records.front().id;
}

void TestStoreRepositories::repositoriesShareTheProjectsCache()
{
    detail::StatementCache& cache = m_project->statements();
    Labels(*m_project).labelOf(m_sample, m_annotator);
    const int afterFirst = cache.preparedCount();
    // A new repository per call re-uses what the first one prepared.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(Labels(*m_project).labelOf(m_sample, m_annotator), qint64(0));
    QCOMPARE(cache.preparedCount(), afterFirst);
    // Another table's repository prepares into the same cache.
    QVERIFY(Boxes(*m_project).boxesOf(m_sample).isEmpty());
    QCOMPARE(cache.preparedCount(), afterFirst + 1);
    QVERIFY(Boxes(*m_project).boxesOf(m_sample).isEmpty());
    QCOMPARE(cache.preparedCount(), afterFirst + 1);
    // Edits too: the second add prepares nothing new.
    BoxRecord b{0, m_sample, m_annotator, {}, 0, {}, 1.0, 2.0, 3.0, 4.0};
    QVERIFY(Boxes(*m_project).addBox(b).isOk());
    const int afterAdd = cache.preparedCount();
    QVERIFY(Boxes(*m_project).addBox(b).isOk());
    QCOMPARE(cache.preparedCount(), afterAdd);
}

void TestStoreRepositories::failingEditRollsBackWithoutAuditRow()
{
    AuditLog log(*m_project);
    const qint64 before = log.rowCount();
    const Status s = detail::auditedEdit(*m_project, [](detail::AuditedEdit& e) -> Status {
        QSqlQuery& q = e.sql().get(QStringLiteral("INSERT INTO classes(name) VALUES (?)"));
        q.bindValue(0, QStringLiteral("ghost"));
        if (!e.run(q))
            return e.sqlFailure();
        e.audit(0, QStringLiteral("class.add"), 0, {}, QJsonObject{});
        return Error{{}, QStringLiteral("refused after writing")};
    });
    QVERIFY(!s.isOk());
    QCOMPARE(s.error().reason, QStringLiteral("refused after writing"));
    QCOMPARE(log.rowCount(), before);
    QVERIFY(!Classes(*m_project).classByName(QStringLiteral("ghost")).isOk());
    // The transaction is closed: the next edit begins its own.
    QVERIFY(Classes(*m_project).addClass(ClassRecord{0, QStringLiteral("real"), {}, {}, {}}));
}

void TestStoreRepositories::successfulEditWritesExactlyOneAuditRow()
{
    AuditLog log(*m_project);
    const qint64 before = log.rowCount();
    const qint64 beforeSample = log.rowCount(m_sample);
    const Result<qint64> r =
        detail::auditedEdit(*m_project, [&](detail::AuditedEdit& e) -> Result<qint64> {
            QSqlQuery& q =
                e.sql().get(QStringLiteral("INSERT INTO classes(name) VALUES (?) RETURNING id"));
            q.bindValue(0, QStringLiteral("fresh"));
            const qint64 id = e.insertReturningId(q);
            if (id <= 0)
                return e.sqlFailure();
            e.audit(m_annotator, QStringLiteral("test.first"), 0, {}, QJsonObject{});
            e.audit(m_annotator, QStringLiteral("test.edit"), m_sample, {}, QJsonObject{});
            return id;
        });
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    QCOMPARE(log.rowCount(), before + 1);
    QCOMPARE(log.rowCount(m_sample), beforeSample + 1);
    QCOMPARE(Classes(*m_project).classByName(QStringLiteral("fresh")).value().id, r.value());
    const QList<HistoryEvent> h = log.history(m_sample);
    QCOMPARE(h.last().action, QStringLiteral("test.edit"));
    // A repository edit: one audit row per edit, none for one that changes nothing.
    const qint64 cls = r.value();
    QVERIFY(Labels(*m_project).setLabel(m_sample, m_annotator, cls).isOk());
    QCOMPARE(log.rowCount(), before + 2);
    QVERIFY(Labels(*m_project).setLabel(m_sample, m_annotator, cls).isOk());
    QCOMPARE(log.rowCount(), before + 2);
}

void TestStoreRepositories::sqlFailureNamesTheProject()
{
    const Status s = detail::auditedEdit(*m_project, [](detail::AuditedEdit& e) -> Status {
        QSqlQuery& q = e.sql().get(QStringLiteral("INSERT INTO no_such_table(x) VALUES (1)"));
        if (!e.run(q))
            return e.sqlFailure();
        return {};
    });
    QVERIFY(!s.isOk());
    QCOMPARE(s.error().path, m_project->path());
    QVERIFY(!s.error().reason.isEmpty());
}

void TestStoreRepositories::returningIdsWithAndWithoutExplicitIds()
{
    Regions regions(*m_project);
    RegionRecord r;
    r.sampleId = m_sample;
    r.annotatorId = m_annotator;
    r.startSec = 0.5;
    r.endSec = 1.5;
    const qint64 first = regions.addRegion(r).value();
    QVERIFY(first > 0);
    QCOMPARE(regions.region(first).value().startSec, 0.5);
    r.id = 1000;
    QCOMPARE(regions.addRegion(r).value(), qint64(1000));
    r.id = 0;
    r.startSec = 2.0;
    r.endSec = 3.0;
    const qint64 next = regions.addRegion(r).value();
    QCOMPARE(next, qint64(1001));
    QCOMPARE(regions.region(next).value().startSec, 2.0);
    QVERIFY(!regions
                 .addRegion(RegionRecord{
                     1000, m_sample, m_annotator, {}, 0, {}, 0.0, 1.0, std::nullopt, std::nullopt})
                 .isOk()); // that id is taken

    Boxes boxes(*m_project);
    BoxRecord b{0, m_sample, m_annotator, {}, 0, {}, 1.0, 2.0, 3.0, 4.0};
    const qint64 box1 = boxes.addBox(b).value();
    QCOMPARE(boxes.box(box1).value().w, 3.0);
    b.id = 77;
    QCOMPARE(boxes.addBox(b).value(), qint64(77));
    b.id = 0;
    QCOMPARE(boxes.addBox(b).value(), qint64(78));

    auto cls = Classes(*m_project).addClass(ClassRecord{0, QStringLiteral("cat"), {}, {}, {}});
    QVERIFY(cls.isOk() && cls.value().id > 0);
    QCOMPARE(Classes(*m_project).classByName(QStringLiteral("cat")).value().id, cls.value().id);
    const qint64 review =
        Reviews(*m_project).addReview(m_sample, m_annotator, ReviewKind::Reject, 0, {}).value();
    QCOMPARE(Reviews(*m_project).latestReview(m_sample)->id, review);
    // ensureAnnotator: a new id once, the same id after (ON CONFLICT ... RETURNING).
    const qint64 bob = Annotators(*m_project).ensureAnnotator(QStringLiteral("bob")).value().id;
    QVERIFY(bob > m_annotator);
    QCOMPARE(Annotators(*m_project).ensureAnnotator(QStringLiteral("bob")).value().id, bob);
}

void TestStoreRepositories::sampleAndExportIdsComeFromReturning()
{
    const qint64 second = addSample(QStringLiteral("b.png"));
    QCOMPARE(second, m_sample + 1);
    QCOMPARE(m_project->sampleIdByPath(QStringLiteral("b.png")), second);
    std::vector<SampleRecord> again{test::imageRecord(QStringLiteral("b.png"), 1, 1),
                                    test::imageRecord(QStringLiteral("c.png"), 1, 1)};
    int dups = 0;
    QVERIFY(m_project->insertSamples(again, &dups));
    QCOMPARE(dups, 1);
    QCOMPARE(again[0].id, qint64(0));
    QCOMPARE(again[1].id, second + 1);
    Exports exports(*m_project);
    const qint64 v1 = exports.recordExport(QStringLiteral("csv"), m_dir.path(), {}, {}).value();
    const qint64 v2 = exports.recordExport(QStringLiteral("csv"), m_dir.path(), {}, {}).value();
    QCOMPARE(v2, v1 + 1);
    QCOMPARE(exports.versions().back().id, v2);
}

void TestStoreRepositories::auditHasAnIndexOnSampleId()
{
    QSqlQuery q(m_project->db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA index_info(audit_sample)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(2).toString(), QStringLiteral("sample_id"));
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM audit WHERE sample_id = 1")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString();
    QVERIFY2(plan.contains(QLatin1String("audit_sample")), qPrintable(plan));
}

QTEST_GUILESS_MAIN(TestStoreRepositories)
#include "test_store_repositories.moc"
