// tally-cli trim run as a process on generated Speech Commands trees of 1.5 s clips:
// regions over the loudest window (class from the annotator's label, else the import
// class), --window and relative --sample paths, derived clips (1 s, new samples, never
// overwritten), broken files reported by path, usage errors.
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "store/Annotators.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Regions.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace tally;
using test::CliRun;
using test::runCli;

namespace {

constexpr int kRateHz = 16000;

// 1.5 s of silence with `level(frame)` written over [from, to).
template <typename Fn> void fill(Signal& s, qint64 from, qint64 to, Fn level)
{
    for (qint64 f = from; f < to; ++f)
        s.samples[size_t(f)] = float(level(f));
}

Signal silence15()
{
    Signal s;
    s.rateHz = kRateHz;
    s.channels = 1;
    s.samples.assign(24000, 0.0f);
    return s;
}

double tone(qint64 f)
{
    return 0.5 * std::sin(2.0 * M_PI * 1000.0 * double(f) / kRateHz);
}

// yes/aaaa: a floor of 0.1, a burst at [0.9, 1.1) s, a tail of 0.2 to 1.25 s:
// the loudest second is exactly [0.25, 1.25) s (unique).
Signal floorBurstTail()
{
    Signal s = silence15();
    fill(s, 0, 14400, [](qint64) { return 0.1; });
    fill(s, 14400, 17600, tone);
    fill(s, 17600, 20000, [](qint64) { return 0.2; });
    return s;
}

// no/bbbb: a burst at [1.2, 1.4) s in silence: windows holding all of it tie; the
// earliest 1 s one is [0.4, 1.4) s, the earliest 0.5 s one [0.9, 1.4) s.
Signal lateBurst()
{
    Signal s = silence15();
    fill(s, 19200, 22400, tone);
    return s;
}

QByteArray sha1Hex(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1).toHex();
}

} // namespace

class TestCliTrim : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void regionsOverTheLoudestSecond();
    void windowOptionAndRelativeSamplePath();
    void clipsAreNewOneSecondSamples();
    void clipNextToTheOriginal();
    void brokenFileIsReportedWithItsPath();
    void unknownSampleIsAnError();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    // A fresh tree <name>/sc and project <name>/p.tally holding it (3 samples).
    QString makeProject(const QString& name);
    QString path(const QString& rel) const { return m_dir.filePath(rel); }
    QTemporaryDir m_dir;
};

void TestCliTrim::initTestCase()
{
    QVERIFY2(!test::cliPath().isEmpty(), "TALLY_CLI is not set");
    QVERIFY(m_dir.isValid());
}

QString TestCliTrim::makeProject(const QString& name)
{
    const QString sc = path(name + "/sc/");
    if (!test::writeWav(sc + "yes/aaaa_nohash_0.wav", floorBurstTail()) ||
        !test::writeWav(sc + "no/bbbb_nohash_0.wav", lateBurst()) ||
        !test::writeWav(sc + "_background_noise_/hum.wav", test::sine(50.0, 0.3, kRateHz, 48000)))
        return {};
    const QString project = path(name + "/p.tally");
    if (runCli({"init", project}).exitCode != 0)
        return {};
    const CliRun imp = runCli({"import", project, "--format", "speech-commands", sc, "--licence",
                               "CC-BY-4.0", "--source", "trim test"});
    return imp.exitCode == 0 ? project : QString();
}

void TestCliTrim::regionsOverTheLoudestSecond()
{
    const QString projectPath = makeProject("regions");
    QVERIFY(!projectPath.isEmpty());
    const QString aaaa = path("regions/sc/yes/aaaa_nohash_0.wav");
    const QString bbbb = path("regions/sc/no/bbbb_nohash_0.wav");
    qint64 aaaaId = 0, bbbbId = 0;
    {
        auto project = Project::open(projectPath);
        QVERIFY(project.isOk());
        Project& a = *project.value();
        aaaaId = project.value()->sampleByPath(project.value()->toStoredPath(aaaa)).value().id;
        bbbbId = project.value()->sampleByPath(project.value()->toStoredPath(bbbb)).value().id;
        const qint64 t = Annotators(a).ensureAnnotator("t").value().id;
        const qint64 u = Annotators(a).ensureAnnotator("u").value().id;
        ClassRecord other;
        other.name = "other";
        const qint64 otherId = Classes(a).addClass(other).value().id;
        QVERIFY(Labels(a).setLabel(bbbbId, t, otherId).isOk()); // t's own label
        QVERIFY(Labels(a)
                    .setLabel(aaaaId, u, Classes(a).classByName("no").value().id)
                    .isOk()); // not t's
    }
    const CliRun r = runCli({"trim", projectPath, "--all", "--annotator", "t", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = r.json();
    QCOMPARE(report.value("regions").toInt(), 2);
    QCOMPARE(report.value("clips").toInt(), 0);
    QCOMPARE(report.value("errors").toArray().size(), 0);
    const QJsonArray items = report.value("items").toArray();
    QCOMPARE(items.size(), 2);
    for (const QJsonValue& v : items) {
        const QJsonObject item = v.toObject();
        const bool isA = item.value("path").toString() == aaaa;
        QVERIFY2(isA || item.value("path").toString() == bbbb,
                 qPrintable(item.value("path").toString()));
        QCOMPARE(item.value("start_sec").toDouble(), isA ? 0.25 : 0.4);
        QCOMPARE(item.value("end_sec").toDouble(), isA ? 1.25 : 1.4);
    }

    auto project = Project::open(projectPath);
    QVERIFY(project.isOk());
    Project& a = *project.value();
    const QList<RegionRecord> ra = Regions(a).regionsOf(aaaaId);
    QCOMPARE(ra.size(), 1);
    QCOMPARE(ra[0].annotatorName, QString("t"));
    QCOMPARE(ra[0].className, QString("yes")); // import class: u's label is not t's
    QCOMPARE(ra[0].startSec, 0.25);
    QCOMPARE(ra[0].endSec, 1.25);
    QVERIFY(!ra[0].hasBand());
    const QList<RegionRecord> rb = Regions(a).regionsOf(bbbbId);
    QCOMPARE(rb.size(), 1);
    QCOMPARE(rb[0].className, QString("other")); // t's label wins over the import class
    QCOMPARE(rb[0].startSec, 0.4);
    QCOMPARE(rb[0].endSec, 1.4);
    for (const SampleRecord& s : project.value()->samples())
        if (s.kind == SampleKind::Background)
            QVERIFY(Regions(a).regionsOf(s.id).isEmpty());

    // Again: the same regions are not added twice.
    const CliRun again = runCli({"trim", projectPath, "--all", "--annotator", "t", "--json"});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value("regions").toInt(), 0);
    QCOMPARE(again.json().value("skipped").toInt(), 2);
    QCOMPARE(Regions(a).regionsOf(aaaaId).size(), 1);
}

void TestCliTrim::windowOptionAndRelativeSamplePath()
{
    const QString projectPath = makeProject("window");
    QVERIFY(!projectPath.isEmpty());
    const CliRun r = runCli({"trim", "../p.tally", "--sample", "no/bbbb_nohash_0.wav",
                             "--annotator", "r", "--window", "0.5", "--json"},
                            {}, path("window/sc"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value("regions").toInt(), 1);
    auto project = Project::open(projectPath);
    QVERIFY(project.isOk());
    Project& a = *project.value();
    const qint64 who = Annotators(a).annotator("r").value().id;
    int regions = 0;
    for (const SampleRecord& s : project.value()->samples()) {
        const QList<RegionRecord> rs = Regions(a).regionsOf(s.id, who);
        regions += int(rs.size());
        if (s.path.endsWith("bbbb_nohash_0.wav")) {
            QCOMPARE(rs.size(), 1);
            QCOMPARE(rs[0].startSec, 0.9);
            QCOMPARE(rs[0].endSec, 1.4);
            QCOMPARE(rs[0].className, QString("no"));
        }
    }
    QCOMPARE(regions, 1);
}

void TestCliTrim::clipsAreNewOneSecondSamples()
{
    const QString projectPath = makeProject("clips");
    QVERIFY(!projectPath.isEmpty());
    const QString outDir = path("clips/out");
    const QStringList args{"trim",   projectPath, "--all", "--annotator", "t",
                           "--clip", "--out-dir", outDir,  "--json"};
    const CliRun r = runCli(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value("clips").toInt(), 2);
    QCOMPARE(r.json().value("regions").toInt(), 0);
    const QString clipA = outDir + "/aaaa_nohash_0_loudest.wav";
    QCOMPARE(r.json().value("items").toArray()[1].toObject().value("clip").toString(), clipA);

    const Result<Signal> clip = AudioDecoder::decode(clipA);
    QVERIFY2(clip.isOk(), qPrintable(clip.error().toString()));
    QCOMPARE(clip.value().frames(), qint64(kRateHz));
    QCOMPARE(clip.value().rateHz, kRateHz);
    QCOMPARE(clip.value().channels, 1);
    const Signal original = floorBurstTail(); // the clip is frames [4000, 20000)
    for (qint64 f : {0, 10399, 10400, 12000, 13599, 13600, 15999})
        QVERIFY2(std::abs(clip.value().at(f, 0) - original.at(f + 4000, 0)) < 1e-3,
                 qPrintable(QString::number(f)));

    auto project = Project::open(projectPath);
    QVERIFY(project.isOk());
    QCOMPARE(project.value()->sampleCount(), qint64(5));
    const Result<SampleRecord> rec =
        project.value()->sampleByPath(project.value()->toStoredPath(clipA));
    QVERIFY2(rec.isOk(), qPrintable(rec.error().toString()));
    QCOMPARE(rec.value().className, QString("yes"));
    QCOMPARE(rec.value().groupKey, QString("aaaa"));
    QCOMPARE(rec.value().licence, QString("CC-BY-4.0"));
    QCOMPARE(rec.value().source, QString("trim test"));
    QCOMPARE(rec.value().kind, SampleKind::Audio);
    QCOMPARE(rec.value().frames, qint64(kRateHz));
    QCOMPARE(rec.value().durationSec, 1.0);
    QCOMPARE(rec.value().contentHash.toLatin1(), sha1Hex(clipA));
    QVERIFY(rec.value().peak > 0.45 && rec.value().peak < 0.51);

    // Again: the clips exist and are not overwritten; the new 1 s samples are skipped.
    const QByteArray before = sha1Hex(clipA);
    const CliRun again = runCli(args);
    QCOMPARE(again.exitCode, 1);
    const QJsonArray errors = again.json().value("errors").toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[1].toObject().value("path").toString(), clipA);
    QVERIFY(errors[1].toObject().value("reason").toString().contains("exists"));
    QCOMPARE(again.json().value("skipped").toInt(), 2);
    QCOMPARE(again.json().value("clips").toInt(), 0);
    QCOMPARE(sha1Hex(clipA), before);
    QCOMPARE(project.value()->sampleCount(), qint64(5));
}

void TestCliTrim::clipNextToTheOriginal()
{
    const QString projectPath = makeProject("beside");
    QVERIFY(!projectPath.isEmpty());
    const CliRun r = runCli({"trim", projectPath, "--sample",
                             path("beside/sc/no/bbbb_nohash_0.wav"), "--annotator", "t", "--clip"});
    QCOMPARE(r.exitCode, 0);
    const QString clip = path("beside/sc/no/bbbb_nohash_0_loudest.wav");
    QVERIFY(QFile::exists(clip));
    QVERIFY2(r.out.contains(clip.toUtf8()), r.out.constData());
    auto project = Project::open(projectPath);
    QVERIFY(project.isOk());
    QVERIFY(project.value()->sampleByPath(project.value()->toStoredPath(clip)).isOk());
    QCOMPARE(project.value()->classCounts().value("no"), qint64(2));
}

void TestCliTrim::brokenFileIsReportedWithItsPath()
{
    const QString projectPath = makeProject("broken");
    QVERIFY(!projectPath.isEmpty());
    const QString bbbb = path("broken/sc/no/bbbb_nohash_0.wav");
    QVERIFY(test::writeBytes(bbbb, "RIFF....WAVEnot really"));
    const CliRun r = runCli({"trim", projectPath, "--all", "--annotator", "t", "--json"});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray errors = r.json().value("errors").toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].toObject().value("path").toString(), bbbb);
    QVERIFY(!errors[0].toObject().value("reason").toString().isEmpty());
    QCOMPARE(r.json().value("regions").toInt(), 1); // the rest went on

    const CliRun human = runCli({"trim", projectPath, "--all", "--annotator", "h"});
    QCOMPARE(human.exitCode, 1);
    QVERIFY2(human.err.contains(bbbb.toUtf8()), human.err.constData());
}

void TestCliTrim::unknownSampleIsAnError()
{
    const QString projectPath = makeProject("unknown");
    QVERIFY(!projectPath.isEmpty());
    const QString absent = path("unknown/sc/yes/zzzz_nohash_0.wav");
    const QString hum = path("unknown/sc/_background_noise_/hum.wav");
    const CliRun r =
        runCli({"trim", projectPath, "--sample", absent, "--sample", hum, "--sample",
                path("unknown/sc/yes/aaaa_nohash_0.wav"), "--annotator", "t", "--json"});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray errors = r.json().value("errors").toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[0].toObject().value("path").toString(), absent);
    QCOMPARE(errors[1].toObject().value("path").toString(), hum);
    QCOMPARE(r.json().value("regions").toInt(), 1);
}

void TestCliTrim::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString p = m_dir.filePath("usage.tally");
    QTest::newRow("neither --sample nor --all")
        << QStringList{"trim", p, "--annotator", "t"} << "--all";
    QTest::newRow("both --sample and --all")
        << QStringList{"trim", p, "--all", "--sample", "x.wav", "--annotator", "t"} << "--all";
    QTest::newRow("no annotator") << QStringList{"trim", p, "--all"} << "--annotator";
    QTest::newRow("blank annotator")
        << QStringList{"trim", p, "--all", "--annotator", "  "} << "--annotator";
    QTest::newRow("window zero") << QStringList{"trim", p,          "--all", "--annotator",
                                                "t",    "--window", "0"}
                                 << "--window";
    QTest::newRow("window text") << QStringList{"trim", p,          "--all", "--annotator",
                                                "t",    "--window", "abc"}
                                 << "--window";
    QTest::newRow("out-dir without clip")
        << QStringList{"trim", p, "--all", "--annotator", "t", "--out-dir", "d"} << "--clip";
    QTest::newRow("no project") << QStringList{"trim", "--all", "--annotator", "t"} << "PROJECT";
    QTest::newRow("unknown option") << QStringList{"trim", p, "--all", "--bogus"} << "";
}

void TestCliTrim::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliTrim)
#include "test_cli_trim.moc"
