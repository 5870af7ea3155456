// Audacity label tracks: parse/write round trips (frequency lines, CRLF, non-ASCII),
// malformed lines named by number, and import/export of a sample's regions.
#include "TestSupport.h"
#include "formats/AudacityLabels.h"
#include "formats/AudacityRegions.h"
#include "store/Annotators.h"
#include "store/Classes.h"
#include "store/Project.h"
#include "store/Regions.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;

class TestAudacityLabels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesWhatAudacityWrites();
    void crlfBomAndBlankLines();
    void roundTrip();
    void writesTabsAsSpaces();
    void narrowBandSurvivesTheRoundTrip();
    void malformed_data();
    void malformed();
    void undefinedFrequencyEdges();
    void missingFile();
    void importReplacesRegionsAndCreatesClasses();
    void malformedFileImportsNothing();
};

void TestAudacityLabels::parsesWhatAudacityWrites()
{
    const QByteArray text = "0.500000\t1.250000\tyes\n"
                            "\\\t300.000000\t3400.000000\n"
                            "2.000000\t2.000000\tclick\n"
                            "3.000000\t4.500000\t\n";
    auto r = parseAudacityLabels(text, QStringLiteral("a.txt"));
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    const QList<AudacityLabel>& l = r.value();
    QCOMPARE(l.size(), 3);
    QCOMPARE(l[0].startSec, 0.5);
    QCOMPARE(l[0].endSec, 1.25);
    QCOMPARE(l[0].text, QStringLiteral("yes"));
    QVERIFY(l[0].hasBand());
    QCOMPARE(*l[0].lowHz, 300.0);
    QCOMPARE(*l[0].highHz, 3400.0);
    QVERIFY(l[1].isPoint());
    QVERIFY(!l[1].hasBand());
    QVERIFY(l[2].text.isEmpty());
}

void TestAudacityLabels::crlfBomAndBlankLines()
{
    const QByteArray text = "\xEF\xBB\xBF"
                            "0.1\t0.2\tçãé 日本\r\n\\\t10\t20\r\n\r\n1e-1\t3\tx\r\n";
    auto r = parseAudacityLabels(text, QStringLiteral("a.txt"));
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    QCOMPARE(r.value().size(), 2);
    QCOMPARE(r.value()[0].text, QStringLiteral("çãé 日本"));
    QCOMPARE(*r.value()[0].highHz, 20.0);
    QCOMPARE(r.value()[1].startSec, 0.1);
    QCOMPARE(r.value()[1].text, QStringLiteral("x"));
}

void TestAudacityLabels::roundTrip()
{
    QList<AudacityLabel> labels{{0.0, 0.123456, QStringLiteral("ß drums"), 50.5, 8000.25},
                                {1.5, 2.0, QStringLiteral("speech"), std::nullopt, std::nullopt},
                                {2.25, 2.25, QStringLiteral("point"), std::nullopt, std::nullopt},
                                {3.0, 9.999999, QString(), 0.0, 1.0}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("labels.txt"));
    QVERIFY(writeAudacityLabels(path, labels));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("0.000000\t0.123456\t\xC3\x9F "
                             "drums\n\\\t50.500000\t8000.250000\n1.500000\t2.000000\tspeech\n"));
    auto back = readAudacityLabels(path);
    QVERIFY2(back.isOk(), qPrintable(back.error().toString()));
    QCOMPARE(back.value().size(), labels.size());
    for (qsizetype i = 0; i < labels.size(); ++i) {
        QCOMPARE(back.value()[i].startSec, labels[i].startSec);
        QCOMPARE(back.value()[i].endSec, labels[i].endSec);
        QCOMPARE(back.value()[i].text, labels[i].text);
        QCOMPARE(back.value()[i].lowHz, labels[i].lowHz);
        QCOMPARE(back.value()[i].highHz, labels[i].highHz);
    }
    QCOMPARE(formatAudacityLabels(back.value()), bytes);
}

// Edges closer than the 6 decimals Audacity writes used to come out equal, and the
// reader refused the file Tally had written ("low edge not below its high edge").
void TestAudacityLabels::narrowBandSurvivesTheRoundTrip()
{
    const QList<AudacityLabel> labels{{1.0, 2.0, QStringLiteral("x"), 1e-7, 2e-7},
                                      {3.0, 4.0, QStringLiteral("y"), 100.0000001, 100.0000004}};
    const QByteArray bytes = formatAudacityLabels(labels);
    const auto back = parseAudacityLabels(bytes, QStringLiteral("labels.txt"));
    QVERIFY2(back.isOk(), qPrintable(back.isOk() ? QString() : back.error().toString()));
    QCOMPARE(back.value().size(), 2);
    for (qsizetype i = 0; i < 2; ++i) {
        QVERIFY(*back.value()[i].lowHz < *back.value()[i].highHz);
        QCOMPARE(*back.value()[i].lowHz, *labels[i].lowHz);
        QCOMPARE(*back.value()[i].highHz, *labels[i].highHz);
    }
    // a band wide enough for 6 decimals is still written as Audacity writes it
    QVERIFY(
        formatAudacityLabels({{0, 1, {}, 50.5, 8000.25}}).endsWith("\\\t50.500000\t8000.250000\n"));
}

void TestAudacityLabels::writesTabsAsSpaces()
{
    const QByteArray out =
        formatAudacityLabels({{0, 1, QStringLiteral("a\tb\nc"), std::nullopt, std::nullopt}});
    QCOMPARE(out, QByteArray("0.000000\t1.000000\ta b c\n"));
}

void TestAudacityLabels::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("bad start") << QByteArray("0\t1\ta\nx.5\t1\tb\n")
                               << "line 2: “x.5” is not a time in seconds";
    QTest::newRow("bad end") << QByteArray("0\t1,5\ta\n")
                             << "line 1: “1,5” is not a time in seconds";
    QTest::newRow("missing tab") << QByteArray("0\t1\ta\n\n0.5 1.0 yes\n")
                                 << "line 3: expected start<TAB>end<TAB>label";
    QTest::newRow("frequency first") << QByteArray("\\\t100\t200\n0\t1\ta\n")
                                     << "line 1: a frequency line must follow a label line";
    QTest::newRow("two frequency lines") << QByteArray("0\t1\ta\n\\\t1\t2\n\\\t1\t2\n")
                                         << "line 3: a frequency line must follow a label line";
    QTest::newRow("low > high")
        << QByteArray("0\t1\ta\r\n\\\t500\t100\r\n")
        << "line 2: the frequency band's low edge (500 Hz) is not below its high edge (100 Hz)";
    QTest::newRow("bad frequency")
        << QByteArray("0\t1\ta\n\\\tlow\t100\n") << "line 2: “low” is not a frequency";
    QTest::newRow("frequency fields")
        << QByteArray("0\t1\ta\n\\\t100\n") << "line 2: a frequency line is \\<TAB>low<TAB>high";
    QTest::newRow("end before start")
        << QByteArray("2\t1\ta\n") << "line 1: the label ends (1 s) before it starts (2 s)";
    QTest::newRow("negative") << QByteArray("-1\t1\ta\n")
                              << "line 1: the label starts before 0 s (-1 s)";
    QTest::newRow("nan") << QByteArray("nan\t1\ta\n") << "line 1: “nan” is not a time in seconds";
}

void TestAudacityLabels::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, reason);
    auto r = parseAudacityLabels(text, QStringLiteral("/x/labels.txt"));
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().path, QStringLiteral("/x/labels.txt"));
    QCOMPARE(r.error().reason, reason);
}

void TestAudacityLabels::undefinedFrequencyEdges()
{
    auto r = parseAudacityLabels("0\t1\ta\n\\\t-1\t-1\n1\t2\tb\n\\\t-1\t900\n", {});
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    QVERIFY(!r.value()[0].hasBand());
    QCOMPARE(*r.value()[1].lowHz, 0.0);
    QCOMPARE(*r.value()[1].highHz, 900.0);
    QCOMPARE(parseAudacityLabels("0\t1\ta\n\\\t10\t-1\n", {}).error().reason,
             QStringLiteral("line 2: the frequency band has no upper edge"));
}

void TestAudacityLabels::missingFile()
{
    auto r = readAudacityLabels(QStringLiteral("/nonexistent/labels.txt"));
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().path, QStringLiteral("/nonexistent/labels.txt"));
}

void TestAudacityLabels::importReplacesRegionsAndCreatesClasses()
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("p.tally")));
    QVERIFY(p.isOk());
    std::vector<SampleRecord> samples(1);
    samples[0].path = QStringLiteral("a.wav");
    samples[0].className = QStringLiteral("Yes");
    QVERIFY(p.value()->insertSamples(samples));
    Project& a = *p.value();
    const qint64 me = Annotators(a).ensureAnnotator(QStringLiteral("me")).value().id;
    RegionRecord old;
    old.sampleId = samples[0].id;
    old.annotatorId = me;
    old.startSec = 5;
    old.endSec = 6;
    QVERIFY(Regions(a).addRegion(old).isOk());
    const QString file = dir.filePath(QStringLiteral("in.txt"));
    QVERIFY(test::writeBytes(
        file, "0.1\t0.4\tyes\n\\\t100\t2000\n0.5\t0.5\tclick\n0.6\t0.9\t  bird song \n1\t2\t\n"));
    auto r = importAudacityRegions(a, file, samples[0].id, me);
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    QCOMPARE(r.value().regions, 3);
    QCOMPARE(r.value().pointLabelsSkipped, 1);
    QCOMPARE(r.value().classesCreated,
             QStringList{QStringLiteral("bird song")}); // "yes" matched "Yes"
    const QList<RegionRecord> regions = Regions(a).regionsOf(samples[0].id, me);
    QCOMPARE(regions.size(), 3);
    QCOMPARE(regions[0].className, QStringLiteral("Yes"));
    QCOMPARE(*regions[0].highHz, 2000.0);
    QCOMPARE(regions[1].className, QStringLiteral("bird song"));
    QCOMPARE(regions[2].classId, 0);
    const QString out = dir.filePath(QStringLiteral("out.txt"));
    QCOMPARE(exportAudacityRegions(a, out, samples[0].id, me).value(), 3);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("0.100000\t0.400000\tYes\n\\\t100.000000\t2000.000000\n"
                                     "0.600000\t0.900000\tbird song\n1.000000\t2.000000\t\n"));
}

void TestAudacityLabels::malformedFileImportsNothing()
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("p.tally")));
    QVERIFY(p.isOk());
    std::vector<SampleRecord> samples(1);
    samples[0].path = QStringLiteral("a.wav");
    QVERIFY(p.value()->insertSamples(samples));
    Project& a = *p.value();
    const qint64 me = Annotators(a).ensureAnnotator(QStringLiteral("me")).value().id;
    const QString file = dir.filePath(QStringLiteral("bad.txt"));
    QVERIFY(test::writeBytes(file, "0.1\t0.4\tnewclass\n0.5\tabc\tother\n"));
    auto r = importAudacityRegions(a, file, samples[0].id, me);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().toString(),
             file + QStringLiteral(": line 2: “abc” is not a time in seconds"));
    QVERIFY(Regions(a).regionsOf(samples[0].id).isEmpty());
    QVERIFY(Classes(a).classes().empty());
}

QTEST_GUILESS_MAIN(TestAudacityLabels)
#include "test_audacity_labels.moc"
