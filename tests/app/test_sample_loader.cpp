// SampleLoader (issue 11): a recording above the in-memory limit is handed over as a
// file read on demand, one below it decoded whole; both give the file's samples.
#include "TestSupport.h"
#include "gui/SampleLoader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tally;

class TestSampleLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longFileIsReadOnDemand()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.wav"));
        const Signal s = test::sine(440.0, 0.5, 16000, 4001, 2);
        QVERIFY(test::writeWav(path, s, true));
        // Below the limit: decoded whole.
        const Result<FrameSourcePtr> small = SampleLoader::open(path, 8002);
        QVERIFY(small.isOk());
        QVERIFY(small.value()->signal());
        QCOMPARE(small.value()->signal()->samples, s.samples);
        // Above it: nothing decoded, the frames read when asked.
        const Result<FrameSourcePtr> large = SampleLoader::open(path, 8001);
        QVERIFY(large.isOk());
        QVERIFY(!large.value()->signal());
        QCOMPARE(large.value()->frames(), qint64(4001));
        QCOMPARE(large.value()->channels(), 2);
        const Result<std::vector<float>> part = large.value()->read(1000, 3);
        QVERIFY(part.isOk());
        QCOMPARE(part.value(),
                 std::vector<float>(s.samples.begin() + 2000, s.samples.begin() + 2006));
        // A broken file fails either way, naming the file.
        const QString bad = dir.filePath(QStringLiteral("bad.wav"));
        QVERIFY(test::writeBytes(bad, QByteArray(5000, 'z')));
        const Result<FrameSourcePtr> broken = SampleLoader::open(bad, 10);
        QVERIFY(!broken.isOk());
        QCOMPARE(broken.error().path, bad);
    }

    void loadDeliversTheSource()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.wav"));
        QVERIFY(test::writeWav(path, test::sine(440.0, 0.5, 16000, 1600)));
        SampleLoader loader;
        QSignalSpy loaded(&loader, &SampleLoader::loaded);
        loader.load(7, path);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().at(0).toLongLong(), qint64(7));
        const auto source = loaded.first().at(1).value<FrameSourcePtr>();
        QVERIFY(source && source->signal());
        QCOMPARE(source->frames(), qint64(1600));
    }
};

QTEST_MAIN(TestSampleLoader)
#include "test_sample_loader.moc"
