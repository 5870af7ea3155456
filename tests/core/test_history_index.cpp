// A sample's history (Reviews::history, `tally-cli history`) reads the audit table by
// sample id: the table has an index on sample_id (schema version 5) and the history's
// query shape uses it rather than scanning every audit row.
#include "store/Annotators.h"
#include "store/AuditLog.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Reviews.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;

class TestHistoryIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void auditHasASampleIdIndex();
    void historyQueryUsesIt();
};

void TestHistoryIndex::auditHasASampleIdIndex()
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath("p.tally"));
    QVERIFY(project.isOk());
    QSqlQuery q(project.value()->db());
    QVERIFY(q.exec("SELECT il.name FROM pragma_index_list('audit') AS il"
                   " JOIN pragma_index_info(il.name) AS ii WHERE ii.seqno = 0"
                   " AND ii.name = 'sample_id'"));
    QVERIFY2(q.next(), "no index on audit(sample_id)");
}

void TestHistoryIndex::historyQueryUsesIt()
{
    QTemporaryDir dir;
    auto created = Project::create(dir.filePath("p.tally"));
    QVERIFY(created.isOk());
    Project& project = *created.value();
    std::vector<SampleRecord> records(50);
    for (int i = 0; i < 50; ++i) {
        records[size_t(i)].path = QString("s/%1.wav").arg(i);
        records[size_t(i)].contentHash = QString("h%1").arg(i);
    }
    QVERIFY(project.insertSamples(records));
    const qint64 who = Annotators(project).ensureAnnotator("ann").value().id;
    ClassRecord c;
    c.name = "cat";
    const qint64 cls = Classes(project).addClass(c).value().id;
    for (const SampleRecord& r : records)
        QVERIFY(Labels(project).setLabel(r.id, who, cls).isOk());
    QVERIFY(AuditLog(project).history(records[7].id).size() >= 2); // import + label

    // The shape of Reviews::history()'s audit query (core/store/ReviewsHistory.cpp).
    QSqlQuery q(project.db());
    QVERIFY(q.exec("EXPLAIN QUERY PLAN SELECT au.at, au.annotator_id, a.name, au.action,"
                   " au.before, au.after FROM audit au LEFT JOIN annotators a"
                   " ON a.id = au.annotator_id WHERE au.sample_id = 8 ORDER BY au.at, au.id"));
    QStringList plan;
    while (q.next())
        plan << q.value(q.record().indexOf("detail")).toString();
    const QString text = plan.join(" | ");
    QVERIFY2(text.contains("audit_sample"), qPrintable(text));
    QVERIFY2(!text.contains("SCAN au"), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestHistoryIndex)
#include "test_history_index.moc"
