// A full disk during `tally-cli export` fails the whole export: exit code 1, the message
// names the file that could not be written and why, the target folder is absent (or
// still exactly the previous export), nothing is left beside it, and no version is
// recorded. For Speech Commands (WAVs), a CSV manifest and an image export (copies).
//
//  - writesFailUnderSizeLimit (always runs): the child runs with RLIMIT_FSIZE set and
//    SIGXFSZ ignored, so a write past the limit fails with EFBIG part way through a file.
//  - writesFailOnFullTmpfs (where user namespaces allow it): the child runs in its own
//    mount namespace with a 256 KiB tmpfs holding the target, so writes fail with ENOSPC.
#include "TestSupport.h"
#include "formats/SpeechCommandsImporter.h"
#include "store/Project.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace tally;

namespace {

constexpr qint64 kLimitBytes = 64 * 1024;
constexpr int kManifestRows = 6000;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run finish(QProcess& p)
{
    Run r;
    if (!p.waitForStarted() || !p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// tally-cli args with every file it writes limited to limitBytes (0: no limit).
Run runLimited(const QStringList& args, qint64 limitBytes)
{
    QProcess p;
    if (limitBytes > 0)
        p.setChildProcessModifier([limitBytes] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{rlim_t(limitBytes), rlim_t(limitBytes)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    p.start(test::cliPath(), args);
    return finish(p);
}

int versionCount(const QString& project)
{
    const test::CliRun r = test::runCli({"versions", project, "--json"});
    return r.exitCode == 0 ? int(r.json().value("versions").toArray().size()) : -1;
}

} // namespace

class TestExportFullDisk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesFailUnderSizeLimit_data();
    void writesFailUnderSizeLimit();
    void writesFailOnFullTmpfs_data();
    void writesFailOnFullTmpfs();

private:
    void formats();
    QString path(const QString& rel) const { return m_dir.filePath(rel); }
    QTemporaryDir m_dir;
    QHash<QString, QString> m_projects; // format -> project file
};

void TestExportFullDisk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!test::cliPath().isEmpty(), "TALLY_CLI is not set");
    // Audio: 12 one-second clips; the first two licensed MIT, the rest CC0.
    for (int i = 0; i < 12; ++i)
        QVERIFY(test::writeWav(
            path(QStringLiteral("audio/%1/s%2_nohash_0.wav").arg(i % 2 ? "no" : "yes").arg(i)),
            test::sine(300 + 50 * i, 0.3, 16000, 16000)));
    m_projects["speech-commands"] = path("sc.tally");
    {
        auto p = Project::create(m_projects["speech-commands"]);
        QVERIFY(p);
        const ImportReport r = SpeechCommandsImporter::run(
            *p.value(), path("audio"), ImportOptions{QStringLiteral("CC0-1.0"), {}, 500});
        QCOMPARE(r.imported, 12);
    }
    // A manifest of 6,000 rows (~500 KB); ten of them licensed MIT.
    m_projects["csv"] = path("csv.tally");
    {
        auto p = Project::create(m_projects["csv"]);
        QVERIFY(p);
        std::vector<SampleRecord> records(kManifestRows);
        for (int i = 0; i < kManifestRows; ++i) {
            records[size_t(i)].path = QStringLiteral("clips/s%1.wav").arg(i, 5, 10, QChar(u'0'));
            records[size_t(i)].className = i % 2 ? QStringLiteral("no") : QStringLiteral("yes");
            records[size_t(i)].contentHash = QString::number(i);
            records[size_t(i)].licence = i < 10 ? QStringLiteral("MIT") : QStringLiteral("CC0-1.0");
        }
        QVERIFY(p.value()->insertSamples(records));
    }
    // Images: a 600 x 600 BMP (~1 MB) and an 8 x 8 one licensed MIT.
    m_projects["image-classes"] = path("img.tally");
    {
        auto p = Project::create(m_projects["image-classes"]);
        QVERIFY(p);
        QVERIFY(test::writeImage(path("images/big.bmp"), 600, 600, "bmp", 1));
        QVERIFY(test::writeImage(path("images/small.bmp"), 8, 8, "bmp", 2));
        std::vector<SampleRecord> records{test::imageRecord("images/big.bmp", 600, 600),
                                          test::imageRecord("images/small.bmp", 8, 8)};
        records[0].className = records[1].className = QStringLiteral("cat");
        records[0].licence = QStringLiteral("CC0-1.0");
        records[1].licence = QStringLiteral("MIT");
        QVERIFY(p.value()->insertSamples(records));
    }
}

// Rows: the format, the extra arguments of an export small enough to fit, and those of
// one that does not (WAVs of 128 KB, a 500 KB manifest, a 1 MB image).
void TestExportFullDisk::formats()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("small");
    QTest::addColumn<QStringList>("large");
    QTest::newRow("speech-commands")
        << QStringLiteral("speech-commands") << QStringList{"--length", "0.1"}
        << QStringList{"--length", "4"};
    QTest::newRow("csv") << QStringLiteral("csv") << QStringList{"--allow-licence", "MIT"}
                         << QStringList{};
    QTest::newRow("image-classes") << QStringLiteral("image-classes")
                                   << QStringList{"--allow-licence", "MIT"} << QStringList{};
}

void TestExportFullDisk::writesFailUnderSizeLimit_data()
{
    formats();
}

void TestExportFullDisk::writesFailUnderSizeLimit()
{
    QFETCH(QString, format);
    QFETCH(QStringList, small);
    QFETCH(QStringList, large);
    const QString project = m_projects[format];
    const int versions = versionCount(project);
    QVERIFY(versions >= 0);
    // Into a new folder whose parents are new too: nothing of it appears, not even them.
    const QString fresh = path("fresh-" + format + "/sub/out");
    Run r = runLimited(QStringList{"export", project, "--format", format, fresh, "--json"} + large,
                       kLimitBytes);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject failed = r.json().value("failed").toObject();
    QVERIFY2(failed.value("path").toString().startsWith(fresh + "/"), r.out.constData());
    QVERIFY2(failed.value("reason").toString().contains("file too large"), r.out.constData());
    QCOMPARE(r.json().value("version").toInt(), 0);
    QVERIFY(!QFileInfo::exists(path("fresh-" + format)));
    QCOMPARE(versionCount(project), versions);
    // The message without --json names the file too.
    r = runLimited(QStringList{"export", project, "--format", format, fresh} + large, kLimitBytes);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Export failed: " + fresh.toUtf8() + "/"), r.err.constData());

    const QString target = path("limit-" + format);
    const QStringList args{"export", project, "--format", format, target, "--json"};

    // Over an earlier export with --force: that export stays exactly as it was.
    r = runLimited(args + small, 0);
    QVERIFY2(r.exitCode == 0, r.out.constData());
    const QStringList before = test::folderState(target);
    QVERIFY(before.size() >= 3);
    r = runLimited(args + large + QStringList{"--force"}, kLimitBytes);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.json().value("failed").toObject().value("reason").toString().contains("too large"));
    QCOMPARE(test::folderState(target), before);
    QCOMPARE(test::exportLeftovers(target), QStringList());
    QCOMPARE(versionCount(project), versions + 1);
}

void TestExportFullDisk::writesFailOnFullTmpfs_data()
{
    formats();
}

void TestExportFullDisk::writesFailOnFullTmpfs()
{
    QFETCH(QString, format);
    QFETCH(QStringList, small);
    QFETCH(QStringList, large);
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty())
        QSKIP("no unshare(1) on this machine");
    const QString project = m_projects[format];
    const int versions = versionCount(project);
    const QString mount = path("tmpfs-" + format);
    QVERIFY(QDir().mkpath(mount));
    const QString target = mount + "/out";
    const QString listing = path("tmpfs-" + format + ".txt");
    // In its own mount namespace: a 256 KiB tmpfs; an export that fits, one that does
    // not (with --force over it), then what the tmpfs holds, listed outside it.
    const QString script = QStringLiteral(
        "mount -t tmpfs -o size=256k none \"$1\" || exit 99\n"
        "shift; cli=$1; shift; target=$1; shift; listing=$1; shift\n"
        "\"$cli\" \"$@\" --force \"$target\" ${SMALL} >/dev/null || exit 98\n"
        "(cd \"$target\" && find . -type f -exec sha1sum {} + | sort) > \"$listing.before\"\n"
        "\"$cli\" \"$@\" --force --json \"$target\" ${LARGE} > \"$listing.json\" 2> "
        "\"$listing.err\"\n"
        "rc=$?\n"
        "(cd \"$target\" && find . -type f -exec sha1sum {} + | sort) > \"$listing.after\"\n"
        "ls -A \"$(dirname \"$target\")\" > \"$listing.beside\"\n"
        "exit $rc\n");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("SMALL", small.join(u' '));
    env.insert("LARGE", large.join(u' '));
    p.setProcessEnvironment(env);
    p.start(unshare, QStringList{"-rm", "sh", "-c", script, "sh", mount, test::cliPath(), target,
                                 listing, "export", project, "--format", format});
    const Run r = finish(p);
    if (r.exitCode == 99 || r.exitCode == -1)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs in a user namespace here: ") +
                         QString::fromUtf8(r.err)));
    QVERIFY2(r.exitCode != 98, "the small export did not fit");
    QCOMPARE(r.exitCode, 1);
    const auto read = [&](const char* suffix) {
        QFile f(listing + QLatin1String(suffix));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("unreadable");
    };
    const QJsonObject failed =
        QJsonDocument::fromJson(read(".json")).object().value("failed").toObject();
    QVERIFY2(failed.value("reason").toString().contains("disk full"), read(".json").constData());
    QVERIFY(failed.value("path").toString().startsWith(target + "/"));
    QVERIFY(!read(".before").isEmpty());
    QCOMPARE(read(".after"), read(".before"));
    QCOMPARE(read(".beside"), QByteArray("out\n"));
    QCOMPARE(versionCount(project), versions + 1);
}

QTEST_GUILESS_MAIN(TestExportFullDisk)
#include "test_export_full_disk.moc"
