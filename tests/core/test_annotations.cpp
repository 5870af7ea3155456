// The labelling store (schema 2): migration from version 1, labels, classes, regions,
// refusals and the audit log.
#include "TestSupport.h"
#include "store/Annotators.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Regions.h"
#include "store/Schema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;

namespace {

SampleRecord record(const QString& path, const QString& cls, SampleKind kind = SampleKind::Audio)
{
    SampleRecord r;
    r.path = path;
    r.className = cls;
    r.kind = kind;
    r.durationSec = 1.0;
    return r;
}

qint64 count(Project& p, const QString& sql)
{
    QSqlQuery q(p.db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

RegionRecord region(qint64 sample, qint64 annotator, qint64 cls, double start, double end)
{
    RegionRecord r;
    r.sampleId = sample;
    r.annotatorId = annotator;
    r.classId = cls;
    r.startSec = start;
    r.endSec = end;
    return r;
}

} // namespace

class TestAnnotations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void migratesVersion1KeepingSamples();
    void rolesRoundTrip();
    void setReplaceClearReturnsPrevious();
    void labelRefusesUnknownIds_data();
    void labelRefusesUnknownIds();
    void labelsOfListsEveryAnnotator();
    void nextUnlabelledWrapsAndSkipsBackground();
    void classRefusals_data();
    void classRefusals();
    void renameKeepsLabels();
    void mergeMovesLabelsRegionsAndImportedClass();
    void deleteUnusedClass();
    void regionAddUpdateDeleteReadd();
    void regionRefusals_data();
    void regionRefusals();
    void replaceRegionsIsAtomic();
    void auditRowsWritten();
    void labelCountsByAnnotator();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::vector<SampleRecord>
        m_samples; // a.wav (yes), b.wav (no), bg.wav (background), c.wav (yes)
    qint64 m_alice = 0;
    qint64 m_bob = 0;
};

void TestAnnotations::init()
{
    QVERIFY(m_dir.isValid());
    const QString path =
        m_dir.filePath(QStringLiteral("%1.tally").arg(QTest::currentTestFunction()));
    QFile::remove(path);
    auto p = Project::create(path);
    QVERIFY2(p.isOk(), qPrintable(p.error().toString()));
    m_project = std::move(p.value());
    m_samples = {record(QStringLiteral("a.wav"), QStringLiteral("yes")),
                 record(QStringLiteral("b.wav"), QStringLiteral("no")),
                 record(QStringLiteral("bg.wav"), QString(), SampleKind::Background),
                 record(QStringLiteral("c.wav"), QStringLiteral("yes"))};
    QVERIFY(m_project->insertSamples(m_samples));
    Project& a = *m_project;
    m_alice = Annotators(a).ensureAnnotator(QStringLiteral("alice")).value().id;
    m_bob =
        Annotators(a).ensureAnnotator(QStringLiteral(" bob "), AnnotatorRole::Reviewer).value().id;
}

void TestAnnotations::cleanup()
{
    m_project.reset();
}

void TestAnnotations::migratesVersion1KeepingSamples()
{
    const QString path = m_dir.filePath(QStringLiteral("v1.tally"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& sql : schema::migrations()[0])
            QVERIFY2(q.exec(sql), qPrintable(sql));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO classes(name, hotkey) VALUES ('yes', 'Y'), ('no', 'y'), ('up', '')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO samples(path, kind, class_id, added) VALUES ('x.wav', 0, 1, 'now')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    auto p = Project::open(path);
    QVERIFY2(p.isOk(), qPrintable(p.error().toString()));
    QCOMPARE(p.value()->schemaVersion(), schema::latestVersion());
    QCOMPARE(p.value()->sampleCount(), 1);
    QCOMPARE(p.value()->sampleByPath(QStringLiteral("x.wav")).value().className,
             QStringLiteral("yes"));
    Project& a = *p.value();
    QCOMPARE(Classes(a).classByName(QStringLiteral("yes")).value().hotkey, QStringLiteral("y"));
    QVERIFY(Classes(a).classByName(QStringLiteral("no")).value().hotkey.isEmpty()); // duplicate key
                                                                                    // cleared
    QVERIFY(Classes(a).classByName(QStringLiteral("up")).value().hotkey.isEmpty());
    const qint64 ann = Annotators(a).ensureAnnotator(QStringLiteral("me")).value().id;
    QVERIFY(Labels(a).setLabel(1, ann, 1).isOk());
    QCOMPARE(Labels(a).labelOf(1, ann), 1);
}

void TestAnnotations::rolesRoundTrip()
{
    for (AnnotatorRole r :
         {AnnotatorRole::Annotator, AnnotatorRole::Reviewer, AnnotatorRole::Admin})
        QCOMPARE(parseAnnotatorRole(annotatorRoleName(r)), r);
    QCOMPARE(parseAnnotatorRole(QStringLiteral(" Reviewer ")), AnnotatorRole::Reviewer);
    QVERIFY(!parseAnnotatorRole(QStringLiteral("boss")).has_value());
    Project& a = *m_project;
    QCOMPARE(Annotators(a).annotator(QStringLiteral("bob")).value().role, AnnotatorRole::Reviewer);
    QCOMPARE(Annotators(a).ensureAnnotator(QStringLiteral("bob")).value().id,
             m_bob); // not created twice
    QVERIFY(Annotators(a).setAnnotatorRole(m_bob, AnnotatorRole::Admin));
    QCOMPARE(Annotators(a).annotator(QStringLiteral("bob")).value().role, AnnotatorRole::Admin);
    QVERIFY(!Annotators(a).ensureAnnotator(QStringLiteral("   ")).isOk());
    QCOMPARE(Annotators(a).annotators().size(), size_t(2));
}

void TestAnnotations::setReplaceClearReturnsPrevious()
{
    Project& a = *m_project;
    const qint64 yes = Classes(a).classByName(QStringLiteral("yes")).value().id;
    const qint64 no = Classes(a).classByName(QStringLiteral("no")).value().id;
    const qint64 s = m_samples[0].id;
    QCOMPARE(Labels(a).setLabel(s, m_alice, yes).value(), 0);
    QCOMPARE(Labels(a).labelOf(s, m_alice), yes);
    QCOMPARE(Labels(a).setLabel(s, m_alice, no).value(), yes);
    QCOMPARE(Labels(a).setLabel(s, m_alice, no).value(), no); // unchanged
    QCOMPARE(Labels(a).setLabel(s, m_alice, 0).value(), no);
    QCOMPARE(Labels(a).labelOf(s, m_alice), 0);
    QCOMPARE(Labels(a).setLabel(s, m_alice, 0).value(), 0); // clearing nothing is fine
    QCOMPARE(count(*m_project, QStringLiteral("SELECT COUNT(*) FROM labels")), 0);
}

void TestAnnotations::labelRefusesUnknownIds_data()
{
    QTest::addColumn<int>("which"); // 0 sample, 1 annotator, 2 class
    QTest::addColumn<bool>("clear");
    QTest::addColumn<QString>("reason");
    QTest::newRow("sample") << 0 << false << "no sample with id 999";
    QTest::newRow("annotator") << 1 << false << "no annotator with id 999";
    QTest::newRow("class") << 2 << false << "no class with id 999";
    QTest::newRow("clear unknown sample") << 0 << true << "no sample with id 999";
    QTest::newRow("clear unknown annotator") << 1 << true << "no annotator with id 999";
}

void TestAnnotations::labelRefusesUnknownIds()
{
    QFETCH(int, which);
    QFETCH(bool, clear);
    QFETCH(QString, reason);
    Project& a = *m_project;
    qint64 ids[3] = {m_samples[0].id, m_alice,
                     clear ? 0 : Classes(a).classByName(QStringLiteral("yes")).value().id};
    ids[which] = 999;
    auto r = Labels(a).setLabel(ids[0], ids[1], ids[2]);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().reason, reason);
    QCOMPARE(count(*m_project, QStringLiteral("SELECT COUNT(*) FROM labels")), 0);
}

void TestAnnotations::labelsOfListsEveryAnnotator()
{
    Project& a = *m_project;
    const qint64 yes = Classes(a).classByName(QStringLiteral("yes")).value().id;
    const qint64 no = Classes(a).classByName(QStringLiteral("no")).value().id;
    QVERIFY(Labels(a).setLabel(m_samples[1].id, m_alice, yes).isOk());
    QVERIFY(Labels(a).setLabel(m_samples[1].id, m_bob, no).isOk());
    const QList<LabelRecord> labels = Labels(a).labelsOf(m_samples[1].id);
    QCOMPARE(labels.size(), 2);
    QCOMPARE(labels[0].annotatorName, QStringLiteral("alice"));
    QCOMPARE(labels[0].className, QStringLiteral("yes"));
    QCOMPARE(labels[1].annotatorName, QStringLiteral("bob"));
    QCOMPARE(labels[1].className, QStringLiteral("no"));
    QVERIFY(labels[1].at.isValid());
    QVERIFY(Labels(a).labelsOf(m_samples[0].id).isEmpty());
}

void TestAnnotations::nextUnlabelledWrapsAndSkipsBackground()
{
    Project& a = *m_project;
    const qint64 yes = Classes(a).classByName(QStringLiteral("yes")).value().id;
    const qint64 s1 = m_samples[0].id, s2 = m_samples[1].id, s4 = m_samples[3].id;
    QCOMPARE(Labels(a).nextUnlabelled(m_alice, 0), s1);
    QCOMPARE(Labels(a).nextUnlabelled(m_alice, s2), s4); // skips the background sample
    QCOMPARE(Labels(a).nextUnlabelled(m_alice, s4), s1); // wraps
    QVERIFY(Labels(a).setLabel(s1, m_alice, yes).isOk());
    QVERIFY(Labels(a).setLabel(s4, m_alice, yes).isOk());
    QCOMPARE(Labels(a).nextUnlabelled(m_alice, s2), s2); // wraps back to itself
    QCOMPARE(Labels(a).nextUnlabelled(m_bob, s4), s1);   // others' labels don't count
    QVERIFY(Labels(a).setLabel(s2, m_alice, yes).isOk());
    QCOMPARE(Labels(a).nextUnlabelled(m_alice, s1), 0);
}

void TestAnnotations::classRefusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("hotkey");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << ""
                           << ""
                           << "a class name cannot be empty or only spaces";
    QTest::newRow("spaces") << "   "
                            << ""
                            << "a class name cannot be empty or only spaces";
    QTest::newRow("tab") << "a\tb"
                         << ""
                         << "a class name cannot contain tabs or line breaks: “a\tb”";
    QTest::newRow("duplicate") << " yes "
                               << ""
                               << "a class named “yes” already exists";
    QTest::newRow("duplicate case") << "YES"
                                    << ""
                                    << "a class named “yes” already exists";
    QTest::newRow("hotkey 0") << "up"
                              << "0"
                              << "a hotkey is 1–9 or a single letter, not “0”";
    QTest::newRow("hotkey two") << "up"
                                << "ab"
                                << "a hotkey is 1–9 or a single letter, not “ab”";
    QTest::newRow("hotkey sign") << "up"
                                 << "+"
                                 << "a hotkey is 1–9 or a single letter, not “+”";
    QTest::newRow("hotkey used") << "up"
                                 << "Z"
                                 << "hotkey z is already used by “down”";
}

void TestAnnotations::classRefusals()
{
    QFETCH(QString, name);
    QFETCH(QString, hotkey);
    QFETCH(QString, reason);
    Project& a = *m_project;
    QVERIFY(Classes(a)
                .addClass(ClassRecord{0, QStringLiteral("down"), QStringLiteral("z"), QColor(), {}})
                .isOk());
    const size_t before = Classes(a).classes().size();
    auto r = Classes(a).addClass(ClassRecord{0, name, hotkey, QColor(), {}});
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().reason, reason);
    QCOMPARE(Classes(a).classes().size(), before);
    // The same refusals hold for an update of another class.
    ClassRecord no = Classes(a).classByName(QStringLiteral("no")).value();
    no.name = name.isEmpty() || name.trimmed() == QStringLiteral("yes") ||
                      name == QStringLiteral("YES") || name.contains(QLatin1Char('\t'))
                  ? name
                  : no.name;
    no.hotkey = hotkey;
    if (no.name != QStringLiteral("no") || !hotkey.isEmpty())
        QCOMPARE(Classes(a).updateClass(no).error().reason, reason);
}

void TestAnnotations::renameKeepsLabels()
{
    Project& a = *m_project;
    ClassRecord yes = Classes(a).classByName(QStringLiteral("yes")).value();
    QVERIFY(Labels(a).setLabel(m_samples[0].id, m_alice, yes.id).isOk());
    yes.name = QStringLiteral("  Yes!  ");
    yes.hotkey = QStringLiteral("Q");
    yes.colour = QColor(QStringLiteral("#102030"));
    QVERIFY(Classes(a).updateClass(yes, m_alice));
    const ClassRecord stored = Classes(a).classById(yes.id).value();
    QCOMPARE(stored.name, QStringLiteral("Yes!"));
    QCOMPARE(stored.hotkey, QStringLiteral("q"));
    QCOMPARE(stored.colour, QColor(QStringLiteral("#102030")));
    QCOMPARE(Labels(a).labelsOf(m_samples[0].id).value(0).className, QStringLiteral("Yes!"));
    QCOMPARE(m_project->sample(m_samples[0].id).value().className, QStringLiteral("Yes!"));
    // Changing only the case of its own name is not a duplicate.
    ClassRecord again = stored;
    again.name = QStringLiteral("yes!");
    QVERIFY(Classes(a).updateClass(again));
    QVERIFY(!Classes(a).updateClass(ClassRecord{999, QStringLiteral("x"), {}, {}, {}}));
}

void TestAnnotations::mergeMovesLabelsRegionsAndImportedClass()
{
    Project& a = *m_project;
    const qint64 yes = Classes(a).classByName(QStringLiteral("yes")).value().id;
    const qint64 no = Classes(a).classByName(QStringLiteral("no")).value().id;
    // alice labelled two samples, one with each class; bob one with "no".
    QVERIFY(Labels(a).setLabel(m_samples[0].id, m_alice, yes).isOk());
    QVERIFY(Labels(a).setLabel(m_samples[1].id, m_alice, no).isOk());
    QVERIFY(Labels(a).setLabel(m_samples[1].id, m_bob, no).isOk());
    const qint64 rid = Regions(a).addRegion(region(m_samples[0].id, m_alice, no, 0.1, 0.4)).value();
    QVERIFY(Classes(a).mergeClass(no, yes, m_alice));
    QVERIFY(!Classes(a).classById(no).isOk());
    QCOMPARE(Labels(a).labelOf(m_samples[1].id, m_alice), yes);
    QCOMPARE(Labels(a).labelOf(m_samples[1].id, m_bob), yes);
    QCOMPARE(Regions(a).region(rid).value().classId, yes);
    QCOMPARE(m_project->sample(m_samples[1].id).value().className, QStringLiteral("yes"));
    const auto counts = Labels(a).labelCountsByAnnotator();
    QCOMPARE(counts.value(QStringLiteral("yes")).value(QStringLiteral("alice")), 2);
    QCOMPARE(counts.value(QStringLiteral("yes")).value(QStringLiteral("bob")), 1);
    QVERIFY(!counts.contains(QStringLiteral("no")));
    QCOMPARE(m_project->classCounts().value(QStringLiteral("yes")), 3);
    QVERIFY(!Classes(a).mergeClass(yes, yes));
    QVERIFY(!Classes(a).mergeClass(no, yes)); // gone
}

void TestAnnotations::deleteUnusedClass()
{
    Project& a = *m_project;
    const qint64 fresh =
        Classes(a)
            .addClass(ClassRecord{0, QStringLiteral("fresh"), QStringLiteral("3"), QColor(), {}})
            .value()
            .id;
    const qint64 yes = Classes(a).classByName(QStringLiteral("yes")).value().id;
    QVERIFY(!Classes(a).deleteUnusedClass(yes)); // imported class of samples
    QVERIFY(Classes(a).deleteUnusedClass(fresh));
    QVERIFY(!Classes(a).classById(fresh).isOk());
    QVERIFY(
        Classes(a)
            .addClass(ClassRecord{0, QStringLiteral("other"), QStringLiteral("3"), QColor(), {}})
            .isOk());
}

void TestAnnotations::regionAddUpdateDeleteReadd()
{
    Project& a = *m_project;
    const qint64 yes = Classes(a).classByName(QStringLiteral("yes")).value().id;
    const qint64 s = m_samples[0].id;
    RegionRecord r = region(s, m_alice, 0, 0.25, 0.75);
    auto id = Regions(a).addRegion(r);
    QVERIFY2(id.isOk(), qPrintable(id.error().toString()));
    r.id = id.value();
    r.classId = yes;
    r.startSec = 0.5;
    r.endSec = 0.9;
    r.lowHz = 300.0;
    r.highHz = 3400.0;
    QVERIFY(Regions(a).updateRegion(r));
    RegionRecord stored = Regions(a).region(r.id).value();
    QCOMPARE(stored.className, QStringLiteral("yes"));
    QCOMPARE(stored.annotatorName, QStringLiteral("alice"));
    QCOMPARE(stored.startSec, 0.5);
    QCOMPARE(stored.endSec, 0.9);
    QVERIFY(stored.hasBand());
    QCOMPARE(*stored.highHz, 3400.0);
    QVERIFY(Regions(a).addRegion(region(s, m_alice, 0, 0.1, 0.2)).isOk());
    QCOMPARE(Regions(a).regionsOf(s).size(), 2);
    QCOMPARE(Regions(a).regionsOf(s).first().startSec, 0.1); // ordered by start
    QVERIFY(Regions(a).deleteRegion(stored.id, m_bob));
    QVERIFY(!Regions(a).region(stored.id).isOk());
    QVERIFY(!Regions(a).deleteRegion(stored.id));
    // Undo of the delete: re-insert with the same id.
    QCOMPARE(Regions(a).addRegion(stored).value(), stored.id);
    QCOMPARE(Regions(a).region(stored.id).value().endSec, 0.9);
    QVERIFY(!Regions(a).addRegion(stored).isOk()); // that id is taken now
    QCOMPARE(Regions(a).regionsOf(s, m_bob).size(), 0);
    QCOMPARE(Regions(a).regionsOf(s, m_alice).size(), 2);
}

void TestAnnotations::regionRefusals_data()
{
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("end");
    QTest::addColumn<double>("low"); // < -1: no band; NaN: only the low edge
    QTest::addColumn<double>("high");
    QTest::addColumn<qint64>("classId");
    QTest::addColumn<QString>("reason");
    const double none = -2;
    QTest::newRow("negative start") << -0.1 << 1.0 << none << none << qint64(0)
                                    << "a region must start at 0 s or later (start -0.1 s)";
    QTest::newRow("empty") << 0.5 << 0.5 << none << none << qint64(0)
                           << "a region must end after it starts (start 0.5 s, end 0.5 s)";
    QTest::newRow("reversed") << 0.5 << 0.2 << none << none << qint64(0)
                              << "a region must end after it starts (start 0.5 s, end 0.2 s)";
    QTest::newRow("low > high")
        << 0.0 << 1.0 << 500.0 << 100.0 << qint64(0)
        << "a frequency band must have 0 ≤ low < high (low 500 Hz, high 100 Hz)";
    QTest::newRow("one edge") << 0.0 << 1.0 << qQNaN() << 100.0 << qint64(0)
                              << "a frequency band needs both a low and a high edge";
    QTest::newRow("unknown class")
        << 0.0 << 1.0 << none << none << qint64(999) << "no class with id 999";
}

void TestAnnotations::regionRefusals()
{
    QFETCH(double, start);
    QFETCH(double, end);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(qint64, classId);
    QFETCH(QString, reason);
    Project& a = *m_project;
    RegionRecord r = region(m_samples[0].id, m_alice, classId, start, end);
    if (qIsNaN(low))
        r.highHz = high;
    else if (low > -1) {
        r.lowHz = low;
        r.highHz = high;
    }
    auto added = Regions(a).addRegion(r);
    QVERIFY(!added.isOk());
    QCOMPARE(added.error().reason, reason);
    const qint64 ok = Regions(a).addRegion(region(m_samples[0].id, m_alice, 0, 0, 1)).value();
    r.id = ok;
    QCOMPARE(Regions(a).updateRegion(r).error().reason, reason);
    QCOMPARE(Regions(a)
                 .replaceRegions(m_samples[0].id, m_alice, {region(0, 0, 0, 0, 1), r})
                 .error()
                 .reason,
             reason);
    QCOMPARE(Regions(a).regionsOf(m_samples[0].id).size(), 1);
    QCOMPARE(Regions(a).addRegion(region(999, m_alice, 0, 0, 1)).error().reason,
             QStringLiteral("no sample with id 999"));
    QCOMPARE(Regions(a).addRegion(region(m_samples[0].id, 999, 0, 0, 1)).error().reason,
             QStringLiteral("no annotator with id 999"));
}

void TestAnnotations::replaceRegionsIsAtomic()
{
    Project& a = *m_project;
    const qint64 s = m_samples[0].id;
    QVERIFY(Regions(a).addRegion(region(s, m_alice, 0, 0, 1)).isOk());
    QVERIFY(Regions(a).addRegion(region(s, m_bob, 0, 2, 3)).isOk());
    QVERIFY(Regions(a).replaceRegions(s, m_alice,
                                      {region(0, 0, 0, 0.1, 0.2), region(0, 0, 0, 0.3, 0.4)}));
    QCOMPARE(Regions(a).regionsOf(s, m_alice).size(), 2);
    QCOMPARE(Regions(a).regionsOf(s, m_bob).size(), 1); // the others' stay
    // One bad class: nothing changes.
    QVERIFY(!Regions(a).replaceRegions(s, m_alice,
                                       {region(0, 0, 0, 0.5, 0.6), region(0, 0, 999, 0.7, 0.8)}));
    QCOMPARE(Regions(a).regionsOf(s, m_alice).size(), 2);
    QCOMPARE(Regions(a).regionsOf(s, m_alice).first().startSec, 0.1);
    QVERIFY(Regions(a).replaceRegions(s, m_alice, {}));
    QCOMPARE(Regions(a).regionsOf(s, m_alice).size(), 0);
}

void TestAnnotations::auditRowsWritten()
{
    Project& a = *m_project;
    const qint64 yes = Classes(a).classByName(QStringLiteral("yes")).value().id;
    const qint64 no = Classes(a).classByName(QStringLiteral("no")).value().id;
    QVERIFY(Labels(a).setLabel(m_samples[0].id, m_alice, yes).isOk());
    QVERIFY(Labels(a).setLabel(m_samples[0].id, m_alice, no).isOk());
    QVERIFY(Labels(a).setLabel(m_samples[0].id, m_alice, 0).isOk());
    const qint64 up = Classes(a)
                          .addClass(ClassRecord{0, QStringLiteral("up"), {}, QColor(), {}}, m_bob)
                          .value()
                          .id;
    const qint64 rid = Regions(a).addRegion(region(m_samples[0].id, m_alice, up, 0, 1)).value();
    QVERIFY(Regions(a).deleteRegion(rid));
    QVERIFY(!Labels(a).setLabel(m_samples[0].id, m_alice, 999).isOk()); // refused: no row
    QSqlQuery q(m_project->db());
    QVERIFY(q.exec(QStringLiteral("SELECT action, annotator_id, sample_id, before, after FROM audit"
                                  " WHERE action NOT LIKE 'annotator.%' ORDER BY id")));
    QStringList actions;
    QList<QStringList> rows;
    while (q.next()) {
        actions << q.value(0).toString();
        rows << QStringList{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString()};
    }
    QCOMPARE(actions,
             (QStringList{"label", "label", "label", "class.add", "region.add", "region.delete"}));
    const QString yesJson = QStringLiteral("{\"class_id\":%1}").arg(yes);
    const QString noJson = QStringLiteral("{\"class_id\":%1}").arg(no);
    QCOMPARE(rows[0], (QStringList{QString::number(m_alice), QString::number(m_samples[0].id),
                                   QString(), yesJson}));
    QCOMPARE(rows[1].mid(2), (QStringList{yesJson, noJson}));
    QCOMPARE(rows[2].mid(2), (QStringList{noJson, QString()}));
    QCOMPARE(rows[3].first(), QString::number(m_bob));
    QCOMPARE(QJsonDocument::fromJson(rows[3][3].toUtf8()).object().value("name").toString(),
             QStringLiteral("up"));
    QVERIFY(rows[5][2].contains(QStringLiteral("\"start_sec\":0")));
}

void TestAnnotations::labelCountsByAnnotator()
{
    Project& a = *m_project;
    const qint64 yes = Classes(a).classByName(QStringLiteral("yes")).value().id;
    const qint64 no = Classes(a).classByName(QStringLiteral("no")).value().id;
    QVERIFY(Labels(a).setLabel(m_samples[0].id, m_alice, yes).isOk());
    QVERIFY(Labels(a).setLabel(m_samples[1].id, m_alice, yes).isOk());
    QVERIFY(Labels(a).setLabel(m_samples[3].id, m_alice, no).isOk());
    QVERIFY(Labels(a).setLabel(m_samples[0].id, m_bob, no).isOk());
    const auto counts = Labels(a).labelCountsByAnnotator();
    QCOMPARE(counts.size(), 2);
    QCOMPARE(counts.value(QStringLiteral("yes")),
             (QHash<QString, qint64>{{QStringLiteral("alice"), 2}}));
    QCOMPARE(counts.value(QStringLiteral("no")),
             (QHash<QString, qint64>{{QStringLiteral("alice"), 1}, {QStringLiteral("bob"), 1}}));
}

QTEST_GUILESS_MAIN(TestAnnotations)
#include "test_annotations.moc"
