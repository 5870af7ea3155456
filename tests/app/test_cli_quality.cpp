// tally-cli import / check / flags / export --skip-flagged as processes on a generated
// Speech Commands tree: the checks run after the import, check --json has exactly the
// issue's shape, a duplicate pair put in training and testing is a leak, a re-encoded
// copy is a near duplicate naming its original, a threshold change (audited) is
// compared from the stored measures without decoding, a dismissal is kept with who and
// why, and an export leaves the flagged samples out and says so in the dataset card.
#include "CliChild.h"
#include "SyntheticVoice.h"
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "store/Project.h"
#include "store/Splits.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <sndfile.h>

using namespace tally;
using test::runCli;

namespace {

const test::WordShape kWordA{120, 140, 700, 300, 1100, 2300};
const test::WordShape kWordB{150, 105, 300, 750, 2400, 900};

// path -> the set of checks flagged on it, from check --json.
QHash<QString, QSet<QString>> checksByPath(const QJsonObject& json)
{
    QHash<QString, QSet<QString>> out;
    for (const QJsonValue& v : json.value(QStringLiteral("flags")).toArray())
        out[v[QStringLiteral("path")].toString()].insert(v[QStringLiteral("check")].toString());
    return out;
}

QJsonObject flagOf(const QJsonObject& json, const QString& path, const QString& check)
{
    for (const QJsonValue& v : json.value(QStringLiteral("flags")).toArray())
        if (v[QStringLiteral("path")].toString() == path &&
            v[QStringLiteral("check")].toString() == check)
            return v.toObject();
    return {};
}

} // namespace

class TestCliQuality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkReportsLeaksAndNearDuplicates();
    void thresholdChangeDecodesNothing();
    void dismissAndExport();
    void usageErrors();
    void countsAndMeasures();

private:
    QString writeTree();
    QTemporaryDir m_dir;
    QString m_project;
};

// data/: yes/a (word A), yes/b (a's bytes again), yes/e (a through MP3, -3 dB, 30 ms
// later, saved as WAV), up/f (word B), no/c (-50 dBFS sine), no/d (3 s).
QString TestCliQuality::writeTree()
{
    const QString root = m_dir.filePath(QStringLiteral("data"));
    const Signal a = test::voicedWord(kWordA, 0.2, 0.8, 1.0);
    test::writeWav(root + QStringLiteral("/yes/a_nohash_0.wav"), a);
    QFile::copy(root + QStringLiteral("/yes/a_nohash_0.wav"),
                root + QStringLiteral("/yes/b_nohash_0.wav"));
    Signal later = a;
    for (qint64 f = 0; f < a.frames(); ++f)
        later.samples[size_t(f)] = f >= 480 ? float(0.7079 * a.samples[size_t(f - 480)]) : 0.0f;
    const QString mp3 = m_dir.filePath(QStringLiteral("e.mp3"));
    if (!test::writeSoundFile(mp3, later, SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III))
        return {};
    test::writeWav(root + QStringLiteral("/yes/e_nohash_0.wav"), AudioDecoder::decode(mp3).value());
    test::writeWav(root + QStringLiteral("/up/f_nohash_0.wav"),
                   test::voicedWord(kWordB, 0.2, 0.8, 1.0));
    test::writeWav(root + QStringLiteral("/no/c_nohash_0.wav"),
                   test::sine(1000, std::pow(10.0, -50.0 / 20.0), 16000, 16000));
    test::writeWav(root + QStringLiteral("/no/d_nohash_0.wav"),
                   test::voicedWord(kWordB, 1.0, 2.0, 3.0));
    return root;
}

void TestCliQuality::initTestCase()
{
    QVERIFY2(!test::cliPath().isEmpty(), "TALLY_CLI is not set");
    const QString root = writeTree();
    QVERIFY2(!root.isEmpty(), "libsndfile could not write an MP3");
    m_project = m_dir.filePath(QStringLiteral("q.tally"));
    QCOMPARE(runCli({QStringLiteral("init"), m_project}).exitCode, 0);
    const auto imported =
        runCli({QStringLiteral("import"), m_project, QStringLiteral("--format"),
                QStringLiteral("speech-commands"), root, QStringLiteral("--json")});
    QCOMPARE(imported.exitCode, 0);
    const QJsonObject quality = imported.json().value(QStringLiteral("quality")).toObject();
    QCOMPARE(quality.value(QStringLiteral("checked")).toInt(), 6);
    QVERIFY(quality.value(QStringLiteral("flags")).toInt() >= 4);
    // a and b, and e, in different splits (b is a's exact copy, e its re-encoding).
    auto p = Project::open(m_project);
    QVERIFY(p);
    const auto id = [&](const char* path) {
        return p.value()->sampleIdByPath(QStringLiteral("data/") + QLatin1String(path));
    };
    Splits splits(*p.value());
    QVERIFY(splits.setSplit(id("yes/a_nohash_0.wav"), QStringLiteral("training")));
    QVERIFY(splits.setSplit(id("yes/b_nohash_0.wav"), QStringLiteral("testing")));
    QVERIFY(splits.setSplit(id("yes/e_nohash_0.wav"), QStringLiteral("validation")));
    QVERIFY(splits.setSplit(id("up/f_nohash_0.wav"), QStringLiteral("testing")));
}

void TestCliQuality::checkReportsLeaksAndNearDuplicates()
{
    const auto run = runCli({QStringLiteral("check"), m_project, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    const QStringList top = json.keys();
    QCOMPARE(QSet<QString>(top.begin(), top.end()),
             (QSet<QString>{QStringLiteral("checked"), QStringLiteral("flags"),
                            QStringLiteral("leaks")}));
    QCOMPARE(json.value(QStringLiteral("checked")).toInt(), 6);
    for (const QJsonValue& f : json.value(QStringLiteral("flags")).toArray()) {
        const QStringList keys = f.toObject().keys();
        QCOMPARE(
            QSet<QString>(keys.begin(), keys.end()),
            (QSet<QString>{QStringLiteral("path"), QStringLiteral("check"), QStringLiteral("value"),
                           QStringLiteral("threshold"), QStringLiteral("other")}));
    }
    const auto by = checksByPath(json);
    QVERIFY(
        by.value(QStringLiteral("data/no/c_nohash_0.wav")).contains(QStringLiteral("too-quiet")));
    QVERIFY(by.value(QStringLiteral("data/no/d_nohash_0.wav"))
                .contains(QStringLiteral("wrong-length")));
    QCOMPARE(flagOf(json, QStringLiteral("data/yes/b_nohash_0.wav"), QStringLiteral("duplicate"))
                 .value(QStringLiteral("other"))
                 .toString(),
             QStringLiteral("data/yes/a_nohash_0.wav"));
    QCOMPARE(
        flagOf(json, QStringLiteral("data/yes/e_nohash_0.wav"), QStringLiteral("near-duplicate"))
            .value(QStringLiteral("other"))
            .toString(),
        QStringLiteral("data/yes/a_nohash_0.wav"));
    // the other word is no near duplicate of anything; the duplicate is not also "near"
    QVERIFY(!by.value(QStringLiteral("data/up/f_nohash_0.wav"))
                 .contains(QStringLiteral("near-duplicate")));
    QVERIFY(!by.value(QStringLiteral("data/yes/b_nohash_0.wav"))
                 .contains(QStringLiteral("near-duplicate")));
    QCOMPARE(flagOf(json, QStringLiteral("data/no/c_nohash_0.wav"), QStringLiteral("too-quiet"))
                 .value(QStringLiteral("other")),
             QJsonValue(QJsonValue::Null));

    QSet<QString> leaks;
    for (const QJsonValue& l : json.value(QStringLiteral("leaks")).toArray())
        leaks << QStringLiteral("%1 %2 %3 %4")
                     .arg(l[QStringLiteral("a")].toString(), l[QStringLiteral("b")].toString(),
                          l[QStringLiteral("why")].toString(),
                          l[QStringLiteral("splits")].toVariant().toStringList().join(u','));
    QVERIFY(leaks.contains(QStringLiteral(
        "data/yes/a_nohash_0.wav data/yes/b_nohash_0.wav duplicate training,testing")));
    QVERIFY(leaks.contains(QStringLiteral(
        "data/yes/a_nohash_0.wav data/yes/e_nohash_0.wav near-duplicate training,validation")));
    // e is as near to b (a's copy) as to a; f is in testing too, but matches nothing
    QVERIFY(leaks.contains(QStringLiteral(
        "data/yes/b_nohash_0.wav data/yes/e_nohash_0.wav near-duplicate testing,validation")));
    QCOMPARE(leaks.size(), 3);

    // Run again: nothing to decode, the same flags kept (no new rows).
    const qint64 rows = test::queryNumber(m_project, QStringLiteral("SELECT COUNT(*) FROM flags"));
    const auto again = runCli({QStringLiteral("check"), m_project});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("(0 decoded"), again.out.constData());
    QCOMPARE(test::queryNumber(m_project, QStringLiteral("SELECT COUNT(*) FROM flags")), rows);
}

void TestCliQuality::thresholdChangeDecodesNothing()
{
    for (const char* set : {"too-quiet.rms_dbfs=-60", "too-quiet.lufs_floor=-70"})
        QCOMPARE(runCli({QStringLiteral("check"), m_project, QStringLiteral("--set"),
                         QLatin1String(set), QStringLiteral("--annotator"), QStringLiteral("ana")})
                     .exitCode,
                 0);
    QCOMPARE(
        test::queryNumber(m_project, QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = "
                                                    "'quality.setting'")),
        2);
    const auto run = runCli({QStringLiteral("check"), m_project, QStringLiteral("--checks"),
                             QStringLiteral("too-quiet")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("(0 decoded"), run.out.constData());
    const auto json = runCli({QStringLiteral("flags"), m_project, QStringLiteral("--check"),
                              QStringLiteral("too-quiet"), QStringLiteral("--json")})
                          .json();
    QVERIFY(json.value(QStringLiteral("flags")).toArray().isEmpty()); // -53 dBFS passes now
    // the earlier flag is history: cleared, not deleted
    QCOMPARE(
        test::queryNumber(m_project, QStringLiteral("SELECT COUNT(*) FROM flags WHERE check_name = "
                                                    "'too-quiet' AND cleared_at IS NOT NULL")),
        1);
    for (const char* set : {"too-quiet.rms_dbfs=-40", "too-quiet.lufs_floor=-45"})
        QCOMPARE(runCli({QStringLiteral("check"), m_project, QStringLiteral("--set"),
                         QLatin1String(set)})
                     .exitCode,
                 0);
    QCOMPARE(runCli({QStringLiteral("check"), m_project}).exitCode, 0);
}

void TestCliQuality::dismissAndExport()
{
    const QString d = m_dir.filePath(QStringLiteral("data/no/d_nohash_0.wav"));
    const auto dismissed =
        runCli({QStringLiteral("flags"), m_project, QStringLiteral("--sample"), d,
                QStringLiteral("--dismiss"), QStringLiteral("wrong-length"),
                QStringLiteral("--reason"), QStringLiteral("a long word, kept"),
                QStringLiteral("--annotator"), QStringLiteral("ana"), QStringLiteral("--json")});
    QCOMPARE(dismissed.exitCode, 0);
    QCOMPARE(dismissed.json().value(QStringLiteral("dismissed")).toInt(), 1);
    const auto list = runCli({QStringLiteral("flags"), m_project, QStringLiteral("--check"),
                              QStringLiteral("wrong-length"), QStringLiteral("--json")})
                          .json()
                          .value(QStringLiteral("flags"))
                          .toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0][QStringLiteral("dismissed")][QStringLiteral("by")].toString(),
             QStringLiteral("ana"));
    QCOMPARE(list[0][QStringLiteral("dismissed")][QStringLiteral("reason")].toString(),
             QStringLiteral("a long word, kept"));
    // dismissing again: nothing active is an error
    QCOMPARE(runCli({QStringLiteral("flags"), m_project, QStringLiteral("--sample"), d,
                     QStringLiteral("--dismiss"), QStringLiteral("wrong-length"),
                     QStringLiteral("--reason"), QStringLiteral("again"),
                     QStringLiteral("--annotator"), QStringLiteral("ana")})
                 .exitCode,
             1);
    // an unknown name in the list is a usage error (the list form is the GUI's Keep)
    QCOMPARE(runCli({QStringLiteral("flags"), m_project, QStringLiteral("--sample"), d,
                     QStringLiteral("--dismiss"), QStringLiteral("wrong-length,no-such-check"),
                     QStringLiteral("--reason"), QStringLiteral("again"),
                     QStringLiteral("--annotator"), QStringLiteral("ana")})
                 .exitCode,
             2);
    // a later run keeps the dismissal
    QCOMPARE(runCli({QStringLiteral("check"), m_project}).exitCode, 0);
    QCOMPARE(test::queryNumber(m_project, QStringLiteral("SELECT COUNT(*) FROM flags WHERE "
                                                         "dismissed_at IS NOT NULL AND cleared_at "
                                                         "IS NULL")),
             1);

    const QString out = m_dir.filePath(QStringLiteral("export"));
    const auto run =
        runCli({QStringLiteral("export"), m_project, QStringLiteral("--format"),
                QStringLiteral("csv"), out, QStringLiteral("--skip-flagged"),
                QStringLiteral("too-quiet,duplicate,wrong-length"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QHash<QString, QString> skipped;
    for (const QJsonValue& k : run.json().value(QStringLiteral("skipped_samples")).toArray())
        skipped.insert(k[QStringLiteral("path")].toString(),
                       k[QStringLiteral("reason")].toString());
    QVERIFY(skipped.value(QStringLiteral("data/no/c_nohash_0.wav"))
                .contains(QStringLiteral("too-quiet")));
    QVERIFY(skipped.value(QStringLiteral("data/yes/b_nohash_0.wav"))
                .contains(QStringLiteral("duplicate")));
    QVERIFY(!skipped.contains(QStringLiteral("data/no/d_nohash_0.wav"))); // dismissed: kept
    QCOMPARE(run.json().value(QStringLiteral("written")).toInt(), 4);
    QFile card(out + QStringLiteral("/DATASET_CARD.md"));
    QVERIFY(card.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(card.readAll());
    QVERIFY(text.contains(QStringLiteral("Left out of this export by quality check")));
    QVERIFY(text.contains(QStringLiteral("| too-quiet | 1 |")));
    QVERIFY(text.contains(QStringLiteral("| duplicate | 1 |")));
    // The duplicate pair sits in training and testing: a leak the card names, from the
    // stored flags and the current splits (store/SplitLeaks), whatever the export left out.
    QVERIFY2(text.contains(QStringLiteral("## Leaks across splits")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("- data/yes/a_nohash_0.wav (training) and "
                                          "data/yes/b_nohash_0.wav (testing): duplicate")),
             qPrintable(text));
}

void TestCliQuality::usageErrors()
{
    QCOMPARE(runCli({QStringLiteral("check"), m_project, QStringLiteral("--checks"),
                     QStringLiteral("loudness")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("check"), m_project, QStringLiteral("--set"),
                     QStringLiteral("clipped.nothing=1")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("check"), m_project, QStringLiteral("--set"),
                     QStringLiteral("clipped.max_share=abc")})
                 .exitCode,
             2);
    QCOMPARE(
        runCli({QStringLiteral("check"), m_dir.filePath(QStringLiteral("none.tally"))}).exitCode,
        1);
    QCOMPARE(runCli({QStringLiteral("export"), m_project, QStringLiteral("--format"),
                     QStringLiteral("csv"), m_dir.filePath(QStringLiteral("x")),
                     QStringLiteral("--skip-flagged"), QStringLiteral("loud")})
                 .exitCode,
             2);
}

// flags --counts and --measures: what the GUI's Quality dock shows, from the same core code.
void TestCliQuality::countsAndMeasures()
{
    const auto listed =
        runCli({QStringLiteral("flags"), m_project, QStringLiteral("--json")}).json();
    QHash<QString, int> expected;
    for (const QJsonValue& v : listed.value(QStringLiteral("flags")).toArray())
        if (v[QStringLiteral("dismissed")].isNull())
            ++expected[v[QStringLiteral("check")].toString()];
    QVERIFY(expected.value(QStringLiteral("too-quiet")) >= 1);
    const QJsonObject counts = runCli({QStringLiteral("flags"), m_project,
                                       QStringLiteral("--counts"), QStringLiteral("--json")})
                                   .json()
                                   .value(QStringLiteral("counts"))
                                   .toObject();
    QCOMPARE(counts.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(counts.value(it.key()).toInt(), it.value());

    const QJsonObject m = runCli({QStringLiteral("flags"), m_project, QStringLiteral("--measures"),
                                  QStringLiteral("too-quiet"), QStringLiteral("--json")})
                              .json();
    QCOMPARE(m.value(QStringLiteral("param")).toString(), QStringLiteral("rms_dbfs"));
    QCOMPARE(m.value(QStringLiteral("threshold")).toDouble(), -40.0);
    const QJsonArray values = m.value(QStringLiteral("values")).toArray();
    QCOMPARE(values.size(),
             test::queryNumber(m_project, QStringLiteral("SELECT COUNT(*) FROM "
                                                         "quality_measures WHERE "
                                                         "measured LIKE '%rms_dbfs%'")));
    // The -50 dBFS sine's stored RMS (-53 dBFS) is among them, the value its flag names.
    double quiet = NAN;
    for (const QJsonValue& v : listed.value(QStringLiteral("flags")).toArray())
        if (v[QStringLiteral("path")].toString() == QLatin1String("data/no/c_nohash_0.wav") &&
            v[QStringLiteral("check")].toString() == QLatin1String("too-quiet"))
            quiet = v[QStringLiteral("value")].toDouble();
    QVERIFY(std::abs(quiet - -53.0) < 0.5);
    bool found = false;
    for (const QJsonValue& v : values)
        found = found || std::abs(v.toDouble() - quiet) < 1e-9;
    QVERIFY(found);
    const auto bad = runCli({QStringLiteral("flags"), m_project, QStringLiteral("--measures"),
                             QStringLiteral("duplicate")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("too-quiet"), bad.err.constData());
}

QTEST_GUILESS_MAIN(TestCliQuality)
#include "test_cli_quality.moc"
