// tally-cli label / classes / regions / stats run as processes on a project made in
// code (sample records only): exit codes (0 ok, 1 refused, 2 usage), messages naming
// the sample or class, batch mode on stdin, Audacity round trip, stats --json labels.
#include "TestSupport.h"
#include "store/Annotators.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Regions.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;
using test::CliRun;
using test::runCli;

class TestCliLabel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void labelAndClear();
    void relativePathFromCurrentFolder();
    void unknownSampleExitsOneNamingIt();
    void emptyClassRefused();
    void unknownClassListsKnownClasses();
    void batchFromStdin();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void classesAddRenameMerge();
    void classesEdit();
    void classesRefusals_data();
    void classesRefusals();
    void regionsAudacityRoundTrip();
    void regionsMalformedFileImportsNothing();
    void statsJsonHasLabelsByAnnotator();

private:
    QString file(const QString& rel) const { return m_dir.filePath(rel); }
    qint64 labelOf(const QString& stored, const QString& annotator);
    QTemporaryDir m_dir;
    QString m_project;
};

void TestCliLabel::init()
{
    QVERIFY2(!test::cliPath().isEmpty(), "TALLY_CLI is not set");
    m_project = file(QStringLiteral("%1.tally").arg(QTest::currentTestFunction()));
    QFile::remove(m_project);
    auto p = Project::create(m_project);
    QVERIFY(p.isOk());
    std::vector<SampleRecord> records;
    for (const char* path : {"yes/a.wav", "yes/b.wav", "no/c.wav", "no/d ü.wav"}) {
        SampleRecord r;
        r.path = QString::fromUtf8(path);
        r.className = r.path.section(QLatin1Char('/'), 0, 0);
        r.durationSec = 1.0;
        records.push_back(r);
    }
    QVERIFY(p.value()->insertSamples(records));
}

void TestCliLabel::cleanup()
{
    QFile::remove(m_project);
}

qint64 TestCliLabel::labelOf(const QString& stored, const QString& annotator)
{
    auto p = Project::open(m_project);
    if (!p)
        return -1;
    Project& a = *p.value();
    auto who = Annotators(a).annotator(annotator);
    return who ? Labels(a).labelOf(a.sampleIdByPath(stored), who.value().id) : -1;
}

void TestCliLabel::labelAndClear()
{
    const QString sample = file(QStringLiteral("yes/a.wav"));
    CliRun r =
        runCli({"label", m_project, "--sample", sample, "--class", "no", "--annotator", "ann"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, ("ok\t" + sample + "\tno\n").toUtf8());
    auto p = Project::open(m_project);
    const qint64 no = Classes(*p.value()).classByName(QStringLiteral("no")).value().id;
    p.value().reset();
    QCOMPARE(labelOf(QStringLiteral("yes/a.wav"), QStringLiteral("ann")), no);
    r = runCli({"label", m_project, "--sample", sample, "--clear", "--annotator", "ann"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(labelOf(QStringLiteral("yes/a.wav"), QStringLiteral("ann")), 0);
}

void TestCliLabel::relativePathFromCurrentFolder()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("no"));
    CliRun r =
        runCli({"label", m_project, "--sample", "c.wav", "--class", "yes", "--annotator", "ann"},
               {}, file(QStringLiteral("no")));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(labelOf(QStringLiteral("no/c.wav"), QStringLiteral("ann")) > 0);
}

void TestCliLabel::unknownSampleExitsOneNamingIt()
{
    const QString missing = file(QStringLiteral("yes/zzz.wav"));
    CliRun r =
        runCli({"label", m_project, "--sample", missing, "--class", "yes", "--annotator", "ann"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains((missing + ": no such sample in the project").toUtf8()),
             r.err.constData());
}

void TestCliLabel::emptyClassRefused()
{
    CliRun r = runCli({"label", m_project, "--sample", file("yes/a.wav"), "--class", "   ",
                       "--annotator", "ann"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("a class name cannot be empty or only spaces"), r.err.constData());
    r = runCli({"classes", m_project, "--add", "  "});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("a class name cannot be empty or only spaces"), r.err.constData());
}

void TestCliLabel::unknownClassListsKnownClasses()
{
    CliRun r = runCli({"label", m_project, "--sample", file("yes/a.wav"), "--class", "maybe",
                       "--annotator", "ann"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no class named “maybe” (known: no, yes;"), r.err.constData());
}

void TestCliLabel::batchFromStdin()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("yes"));
    const QByteArray input = (file("yes/a.wav") + "\tno\n"      // 1 ok
                              + "b.wav\tno\r\n"                 // 2 ok (relative to cwd yes/)
                              + file("yes/zzz.wav") + "\tyes\n" // 3 unknown sample
                              + "\n"                            // 4 blank: skipped
                              + file("no/c.wav") + "\tmaybe\n"  // 5 unknown class
                              + "no tab here\n"                 // 6 malformed
                              + file("no/d ü.wav") + "\tyes\n"  // 7 ok
                              + file("yes/a.wav") + "\t\n")     // 8 ok: clears
                                 .toUtf8();
    CliRun r = runCli({"label", m_project, "--batch", "--annotator", "batcher"}, input,
                      file(QStringLiteral("yes")));
    QCOMPARE(r.exitCode, 1);
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 5); // 4 ok lines and the empty tail
    QCOMPARE(lines[0], (QStringLiteral("ok\t") + file("yes/a.wav") + "\tno").toUtf8());
    QCOMPARE(lines[1], QByteArray("ok\tb.wav\tno"));
    QCOMPARE(lines[3], (QStringLiteral("ok\t") + file("yes/a.wav") + "\t").toUtf8());
    QVERIFY2(r.err.contains("line 3: " + file("yes/zzz.wav").toUtf8() +
                            ": no such sample in the project"),
             r.err.constData());
    QVERIFY2(r.err.contains("line 5: no class named “maybe”"), r.err.constData());
    QVERIFY2(r.err.contains("line 6: expected PATH<TAB>CLASS"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 3);
    QCOMPARE(labelOf(QStringLiteral("yes/a.wav"), QStringLiteral("batcher")), 0);
    QVERIFY(labelOf(QStringLiteral("yes/b.wav"), QStringLiteral("batcher")) > 0);
    QVERIFY(labelOf(QStringLiteral("no/d ü.wav"), QStringLiteral("batcher")) > 0);
    QCOMPARE(labelOf(QStringLiteral("no/c.wav"), QStringLiteral("batcher")), 0);
}

void TestCliLabel::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no annotator") << QStringList{"label", "P", "--sample", "x", "--class", "yes"};
    QTest::newRow("class and clear") << QStringList{
        "label", "P", "--sample", "x", "--class", "yes", "--clear", "--annotator", "a"};
    QTest::newRow("no sample") << QStringList{"label", "P", "--class", "yes", "--annotator", "a"};
    QTest::newRow("batch and sample")
        << QStringList{"label", "P", "--batch", "--sample", "x", "--annotator", "a"};
    QTest::newRow("regions both") << QStringList{"regions",           "P", "--sample",          "x",
                                                 "--annotator",       "a", "--import-audacity", "f",
                                                 "--export-audacity", "g"};
    QTest::newRow("regions neither")
        << QStringList{"regions", "P", "--sample", "x", "--annotator", "a"};
    QTest::newRow("classes two changes")
        << QStringList{"classes", "P", "--add", "x", "--merge", "a", "b"};
    QTest::newRow("rename without new") << QStringList{"classes", "P", "--rename", "yes"};
    QTest::newRow("hotkey without add") << QStringList{"classes", "P", "--hotkey", "1"};
}

void TestCliLabel::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    args.replaceInStrings(QRegularExpression(QStringLiteral("^P$")), m_project);
    QCOMPARE(runCli(args).exitCode, 2);
}

void TestCliLabel::classesAddRenameMerge()
{
    CliRun r = runCli({"classes", m_project, "--add", "up", "--hotkey", "U", "--colour", "#FF8000",
                       "--description", "the word up", "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonArray classes = r.json().value("classes").toArray();
    QCOMPARE(classes.size(), 3);
    QJsonObject up = classes.at(1).toObject();
    QCOMPARE(up.value("name").toString(), QStringLiteral("up"));
    QCOMPARE(up.value("hotkey").toString(), QStringLiteral("u"));
    QCOMPARE(up.value("colour").toString(), QStringLiteral("#ff8000"));
    QCOMPARE(up.value("imported").toInt(), 0);
    QCOMPARE(runCli({"label", m_project, "--sample", file("yes/a.wav"), "--class", "up",
                     "--annotator", "ann"})
                 .exitCode,
             0);
    QCOMPARE(runCli({"label", m_project, "--sample", file("no/c.wav"), "--class", "no",
                     "--annotator", "ann"})
                 .exitCode,
             0);
    r = runCli({"classes", m_project, "--rename", "up", "Up high", "--annotator", "admin"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("Up high\tu\t#ff8000\t0\t1\n"));
    r = runCli({"classes", m_project, "--merge", "no", "yes", "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    classes = r.json().value("classes").toArray();
    QCOMPARE(classes.size(), 2);
    QJsonObject yes = classes.at(1).toObject();
    QCOMPARE(yes.value("name").toString(), QStringLiteral("yes"));
    QCOMPARE(yes.value("imported").toInt(), 4);
    QCOMPARE(yes.value("labels").toInt(), 1);
    r = runCli({"classes", m_project});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("name\thotkey\tcolour\timported\tlabels\n"));
}

void TestCliLabel::classesEdit()
{
    CliRun r = runCli(
        {"classes", m_project, "--edit", "yes", "--hotkey", "1", "--colour", "#00aa00", "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject yes = r.json().value("classes").toArray().at(1).toObject();
    QCOMPARE(yes.value("name").toString(), QStringLiteral("yes"));
    QCOMPARE(yes.value("hotkey").toString(), QStringLiteral("1"));
    QCOMPARE(yes.value("colour").toString(), QStringLiteral("#00aa00"));
    // The same hotkey on another class is refused, naming the reason; nothing changes.
    r = runCli({"classes", m_project, "--edit", "no", "--hotkey", "1"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
    r = runCli({"classes", m_project, "--edit", "nope", "--hotkey", "2"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(runCli({"classes", m_project, "--edit", "yes", "--rename", "no", "x"}).exitCode, 2);
    // An empty value clears the field.
    r = runCli({"classes", m_project, "--edit", "yes", "--hotkey", "", "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value("classes").toArray().at(1).toObject().value("hotkey").toString(),
             QString());
}

void TestCliLabel::classesRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("duplicate") << QStringList{"--add", "Yes"}
                               << "a class named “yes” already exists";
    QTest::newRow("hotkey used") << QStringList{"--add", "up", "--hotkey", "1"}
                                 << "hotkey 1 is already used by “yes”";
    QTest::newRow("bad hotkey") << QStringList{"--add", "up", "--hotkey", "10"}
                                << "a hotkey is 1–9 or a single letter, not “10”";
    QTest::newRow("bad colour") << QStringList{"--add", "up", "--colour", "red"}
                                << "a colour is #rrggbb, not “red”";
    QTest::newRow("rename unknown")
        << QStringList{"--rename", "maybe", "x"} << "no class named “maybe”";
    QTest::newRow("rename onto other")
        << QStringList{"--rename", "no", "yes"} << "a class named “yes” already exists";
    QTest::newRow("rename to spaces")
        << QStringList{"--rename", "no", "  "} << "a class name cannot be empty or only spaces";
    QTest::newRow("merge unknown")
        << QStringList{"--merge", "no", "maybe"} << "no class named “maybe”";
    QTest::newRow("merge itself") << QStringList{"--merge", "no", "no"}
                                  << "cannot merge a class into itself";
}

void TestCliLabel::classesRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QCOMPARE(runCli({"classes", m_project, "--add", "one", "--hotkey", "2"}).exitCode, 0);
    {
        auto p = Project::open(m_project);
        Project& a = *p.value();
        ClassRecord yes = Classes(a).classByName(QStringLiteral("yes")).value();
        yes.hotkey = QStringLiteral("1");
        QVERIFY(Classes(a).updateClass(yes));
    }
    CliRun r = runCli(QStringList{"classes", m_project} + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QCOMPARE(runCli({"classes", m_project, "--json"}).json().value("classes").toArray().size(), 3);
}

void TestCliLabel::regionsAudacityRoundTrip()
{
    const QString in = file(QStringLiteral("in.txt"));
    const QByteArray text = "0.100000\t0.400000\tyes\n\\\t100.000000\t2000.000000\n"
                            "0.500000\t0.500000\tclick\n"
                            "0.600000\t0.950000\tbird ü\n";
    QVERIFY(test::writeBytes(in, text));
    CliRun r = runCli({"regions", m_project, "--sample", file("yes/b.wav"), "--annotator", "ann",
                       "--import-audacity", in, "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value("regions").toInt(), 2);
    QCOMPARE(r.json().value("point_labels_skipped").toInt(), 1);
    QCOMPARE(r.json().value("classes_created").toArray(), QJsonArray{QStringLiteral("bird ü")});
    const QString out = file(QStringLiteral("out.txt"));
    r = runCli({"regions", m_project, "--sample", file("yes/b.wav"), "--annotator", "ann",
                "--export-audacity", out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, ("Exported 2 regions to " + out + "\n").toUtf8());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(
        f.readAll(),
        QByteArray(
            "0.100000\t0.400000\tyes\n\\\t100.000000\t2000.000000\n0.600000\t0.950000\tbird ü\n"));
    // Import again: replaces, does not add.
    r = runCli({"regions", m_project, "--sample", file("yes/b.wav"), "--annotator", "ann",
                "--import-audacity", out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("Imported 2 regions from "));
    auto p = Project::open(m_project);
    Project& a = *p.value();
    QCOMPARE(Regions(a).regionsOf(a.sampleIdByPath(QStringLiteral("yes/b.wav"))).size(), 2);
    r = runCli({"regions", m_project, "--sample", file("yes/b.wav"), "--annotator", "nobody",
                "--export-audacity", out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("no annotator named “nobody”"));
    r = runCli({"regions", m_project, "--sample", file("yes/zz.wav"), "--annotator", "ann",
                "--export-audacity", out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("yes/zz.wav: no such sample in the project"));
}

void TestCliLabel::regionsMalformedFileImportsNothing()
{
    const QString in = file(QStringLiteral("bad.txt"));
    QVERIFY(test::writeBytes(in, "0.1\t0.4\tnewclass\r\n\\\t900\t100\r\n"));
    CliRun r = runCli({"regions", m_project, "--sample", file("yes/b.wav"), "--annotator", "ann",
                       "--import-audacity", in});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.err.contains(
            (in +
             ": line 2: the frequency band's low edge (900 Hz) is not below its high edge (100 Hz)")
                .toUtf8()),
        r.err.constData());
    auto p = Project::open(m_project);
    Project& a = *p.value();
    QVERIFY(Regions(a).regionsOf(a.sampleIdByPath(QStringLiteral("yes/b.wav"))).isEmpty());
    QVERIFY(!Classes(a).classByName(QStringLiteral("newclass")).isOk());
}

void TestCliLabel::statsJsonHasLabelsByAnnotator()
{
    const QByteArray input =
        (file("yes/a.wav") + "\tyes\n" + file("yes/b.wav") + "\tno\n").toUtf8();
    QCOMPARE(runCli({"label", m_project, "--batch", "--annotator", "alice"}, input).exitCode, 0);
    QCOMPARE(runCli({"label", m_project, "--sample", file("yes/a.wav"), "--class", "no",
                     "--annotator", "bob"})
                 .exitCode,
             0);
    CliRun r = runCli({"stats", m_project, "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o.value("samples").toInt(), 4);
    QCOMPARE(o.value("classes").toObject().value("yes").toInt(), 2); // imported classes kept
    QVERIFY(o.contains("duration_sec"));
    QVERIFY(o.contains("background"));
    const QJsonObject labels = o.value("labels").toObject();
    QCOMPARE(labels.value("yes").toObject(), (QJsonObject{{"alice", 1}}));
    QCOMPARE(labels.value("no").toObject(), (QJsonObject{{"alice", 1}, {"bob", 1}}));
    r = runCli({"stats", m_project});
    QVERIFY(r.out.contains("  no\talice\t1\n  no\tbob\t1\n  yes\talice\t1\n"));
}

QTEST_GUILESS_MAIN(TestCliLabel)
#include "test_cli_label.moc"
