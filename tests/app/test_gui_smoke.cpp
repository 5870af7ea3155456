// The GUI as a person uses it, on the offscreen platform: open a project, select a
// sample, see the waveform and the spectrogram; import in the background; play with
// no sound card.
#include "SampleTable.h"
#include "SpectrogramView.h"
#include "TestSupport.h"
#include "WaveformView.h"
#include "formats/SpeechCommandsImporter.h"
#include "gui/AudioUi.h"
#include "gui/ImportRunner.h"
#include "gui/LabelUi.h"
#include "gui/MainWindow.h"
#include "gui/Player.h"
#include "gui/Session.h"
#include "models/SampleTableModel.h"
#include "store/Project.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;

class TestGuiSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensProjectAndShowsBothViews();
    void selectingAnotherSampleLoadsIt();
    void reopeningRestoresTheLastSample();
    void importsInTheBackground();
    void playbackFailsSoftWithoutDevice();

private:
    QString makeTree(const QString& name, int perClass);
    QTemporaryDir m_dir;
};

void TestGuiSmoke::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TallyTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    // The first-start question "who is working?" is answered in the settings.
    QSettings().setValue(QStringLiteral("annotator/name"), QStringLiteral("smoke"));
}

QString TestGuiSmoke::makeTree(const QString& name, int perClass)
{
    const QString root = m_dir.filePath(name);
    const double freqs[] = {440.0, 1000.0, 2500.0};
    const char* classes[] = {"yes", "no", "up"};
    for (int c = 0; c < 3; ++c)
        for (int i = 0; i < perClass; ++i)
            test::writeWav(QStringLiteral("%1/%2/spk%3_nohash_0.wav")
                               .arg(root, QLatin1String(classes[c]))
                               .arg(i),
                           test::sine(freqs[c], 0.5, 16000, 16000));
    return root;
}

void TestGuiSmoke::opensProjectAndShowsBothViews()
{
    const QString path = m_dir.filePath(QStringLiteral("smoke.tally"));
    {
        auto p = Project::create(path);
        QVERIFY(p.isOk());
        const ImportReport r =
            SpeechCommandsImporter::run(*p.value(), makeTree(QStringLiteral("a"), 2), {});
        QCOMPARE(r.imported, 6);
    }
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(path));
    QCOMPARE(w.session()->sampleModel()->rowCount(), 6);
    w.sampleTable()->selectRow(0);
    QVERIFY(w.session()->currentSampleId() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(w.audioUi()->waveformView()->hasData(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(w.audioUi()->spectrogramView()->hasData(), 10000);
    QCOMPARE(w.audioUi()->waveformView()->lanes(), 1);
    QVERIFY(w.audioUi()->currentSignal());
    QCOMPARE(w.audioUi()->currentSignal()->frames(), 16000);
    QVERIFY(w.windowTitle().contains(QStringLiteral("smoke.tally")));
}

void TestGuiSmoke::selectingAnotherSampleLoadsIt()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openProject(m_dir.filePath(QStringLiteral("smoke.tally"))));
    // Sort by class, then filter to "up" and pick its first row.
    w.sampleTable()->view()->sortByColumn(SampleTableModel::ClassColumn, Qt::AscendingOrder);
    QTableView* view = w.sampleTable()->view();
    view->setFocus();
    w.sampleTable()->selectRow(0);
    const qint64 first = w.session()->currentSampleId();
    QTest::keyClick(view, Qt::Key_Down);
    QVERIFY(w.session()->currentSampleId() != first);
    const qint64 second = w.session()->currentSampleId();
    QTRY_VERIFY_WITH_TIMEOUT(w.audioUi()->currentSignal() &&
                                 w.audioUi()->waveformView()->signal() ==
                                     w.audioUi()->currentSignal(),
                             10000);
    auto rec = w.session()->project()->sample(second);
    QVERIFY(rec.isOk());
    QCOMPARE(w.audioUi()->currentSignal()->rateHz, rec.value().rateHz);
}

void TestGuiSmoke::reopeningRestoresTheLastSample()
{
    const QString path = m_dir.filePath(QStringLiteral("smoke.tally"));
    qint64 chosen = 0;
    {
        MainWindow w;
        QVERIFY(w.openProject(path));
        w.sampleTable()->selectRow(4);
        chosen = w.session()->currentSampleId();
        QVERIFY(chosen > 0);
    }
    MainWindow w;
    QVERIFY(w.openProject(path));
    QCOMPARE(w.session()->currentSampleId(), chosen);
}

void TestGuiSmoke::importsInTheBackground()
{
    const QString path = m_dir.filePath(QStringLiteral("import.tally"));
    const QString tree = makeTree(QStringLiteral("b"), 5);
    QVERIFY(test::writeBytes(tree + QStringLiteral("/yes/broken_nohash_0.wav"),
                             QByteArray("RIFF\x10\0\0\0WAVE", 12)));
    MainWindow w;
    w.show();
    QVERIFY(w.newProject(path));
    w.importRunner()->setInteractive(false);
    QSignalSpy progress(w.importRunner(), &ImportRunner::progress);
    QSignalSpy finished(w.importRunner(), &ImportRunner::finished);
    w.importSpeechCommands(tree, QStringLiteral("CC-BY-4.0"), QStringLiteral("test"));
    QVERIFY(w.importRunner()->isRunning() || finished.count() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(progress.count() >= 1);
    const ImportReport report = w.importRunner()->lastReport();
    QCOMPARE(report.imported, 15);
    QCOMPARE(report.errors.size(), 1);
    QVERIFY(report.errors.first().path.endsWith(QStringLiteral("broken_nohash_0.wav")));
    QCOMPARE(w.session()->sampleModel()->rowCount(), 15);
    QCOMPARE(w.session()->project()->sampleCount(), 15);
    QTRY_VERIFY_WITH_TIMEOUT(w.audioUi()->waveformView()->hasData(),
                             10000); // first sample selected after import
}

void TestGuiSmoke::playbackFailsSoftWithoutDevice()
{
    if (Player::outputAvailable())
        QSKIP("this machine has an audio output; the no-device path cannot be exercised");
    Player player;
    QSignalSpy unavailable(&player, &Player::unavailable);
    auto signal = std::make_shared<const Signal>(test::sine(440, 0.5, 16000, 1600));
    QVERIFY(!player.play(signal, 0.0, 0.0));
    QCOMPARE(unavailable.count(), 1);
    QVERIFY(!player.isPlaying());
}

QTEST_MAIN(TestGuiSmoke)
#include "test_gui_smoke.moc"
