// Every input a fuzzer ever found (tests/data/fuzz/<target>/*, kept by scripts/fuzz.sh)
// run through the same reader entry points as the libFuzzer targets (fuzz/FuzzEntries.h),
// here built with the normal compiler and no libFuzzer: each must return with a clean
// error or a result within the reader's contract. The seed corpora made by code must
// be accepted by their readers (a seed that no longer parses would fuzz nothing), and
// the entry points must catch a broken promise (a known-bad case per kind).
#include "FuzzEntries.h"
#include "FuzzSeeds.h"
#include "audio/AudioDecoder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace tally;

class TestFuzzReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replaysFoundInputs_data();
    void replaysFoundInputs();
    void seedsAreAccepted_data();
    void seedsAreAccepted();
    void everyTargetHasFoundInputsFolder();
};

void TestFuzzReplay::replaysFoundInputs_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    const QDir data(QStringLiteral(TALLY_FUZZ_DATA));
    int rows = 0;
    for (const QString& target : fuzz::targetNames()) {
        const QDir dir(data.filePath(target));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString& name : files) {
            if (name == QLatin1String("README"))
                continue;
            QTest::newRow(qPrintable(target + QLatin1Char('/') + name))
                << target << dir.filePath(name);
            ++rows;
        }
    }
    if (rows == 0)
        QTest::newRow("none") << QString() << QString();
}

void TestFuzzReplay::replaysFoundInputs()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    if (file.isEmpty())
        QSKIP("no inputs kept under tests/data/fuzz");
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString broken = fuzz::runTarget(target, f.readAll());
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
}

void TestFuzzReplay::seedsAreAccepted_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("bytes");
    for (const QString& target : fuzz::targetNames())
        for (const auto& [name, bytes] : fuzz::seeds(target))
            QTest::newRow(qPrintable(target + QLatin1Char('/') + name)) << target << bytes;
}

void TestFuzzReplay::seedsAreAccepted()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, bytes);
    QVERIFY(!bytes.isEmpty());
    const QString broken = fuzz::runTarget(target, bytes);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    if (target == QLatin1String("audio")) {
        const Result<Signal> decoded = AudioDecoder::decodeBytes(bytes, QStringLiteral("seed"));
        QVERIFY2(decoded.isOk(), qPrintable(decoded.isOk() ? QString() : decoded.error().reason));
        QVERIFY(decoded.value().frames() >= 500); // 600 written; codecs may pad or trim
    }
}

// The audio seeds cover the containers the header checks know; each target has a
// folder for what its fuzzer finds (with a README saying what goes there).
void TestFuzzReplay::everyTargetHasFoundInputsFolder()
{
    QVERIFY(fuzz::seeds(QStringLiteral("audio")).size() >= 15);
    for (const QString& target : fuzz::targetNames())
        QVERIFY2(QFile::exists(QStringLiteral(TALLY_FUZZ_DATA "/") + target + "/README"),
                 qPrintable(target));
    QVERIFY(!fuzz::runTarget(QStringLiteral("no-such-target"), {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "test_fuzz_replay.moc"
