// The Flagged queue as a reviewer drives it: a project with a too-quiet clip, a 3 s
// clip (wrong-length) and a normal one, checked by QualityRunner::runAt; the queue walks
// the two flagged ones; K keeps (dismisses with the typed reason, by the annotator) and
// moves on, Ctrl+Z brings the flag back, T trims the long clip to its loudest second (a
// 1 s region), R rejects it (derived status rejected, an export leaves it out).
// Offscreen platform.
#include "SampleTable.h"
#include "TestSupport.h"
#include "formats/ExportReviewInputs.h"
#include "formats/ExportSet.h"
#include "formats/SpeechCommandsImporter.h"
#include "gui/AudioUi.h"
#include "gui/FlaggedPanel.h"
#include "gui/FlaggedQueue.h"
#include "gui/KeyboardUi.h"
#include "gui/MainWindow.h"
#include "gui/ReviewUi.h"
#include "gui/Session.h"
#include "quality/QualityRunner.h"
#include "review/ProjectReview.h"
#include "store/Annotators.h"
#include "store/Classes.h"
#include "store/Flags.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Regions.h"
#include "store/Reviews.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tally;

class TestGuiFlagged : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void queueListsTheFlaggedSamples();
    void keepDismissesAndUndoBringsItBack();
    void trimAndRejectTheLongClip();
    void filterByOneCheck();

private:
    FlaggedQueue* queue() const { return m_window->reviewUi()->flaggedQueue(); }
    FlaggedPanel* panel() const { return queue()->panel(); }
    Project& project() const { return *m_window->session()->project(); }
    QList<FlagRecord> flagsOf(qint64 id, const QString& check) const;
    void startQueue();

    QTemporaryDir m_dir;
    qint64 m_quiet = 0, m_long = 0, m_normal = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiFlagged::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TallyFlaggedTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
}

void TestGuiFlagged::init()
{
    static int n = 0;
    QSettings().setValue(QStringLiteral("annotator/name"), QStringLiteral("rita"));
    QSettings().setValue(QStringLiteral("annotator/role"), QStringLiteral("reviewer"));
    const QString path = m_dir.filePath(QStringLiteral("f%1.tally").arg(++n));
    const QString tree = m_dir.filePath(QStringLiteral("tree%1/yes").arg(n));
    // About -53 dBFS RMS (too quiet, not silent); 3 s instead of 1 s; a normal clip.
    QVERIFY(test::writeWav(tree + QStringLiteral("/a_quiet_nohash_0.wav"),
                           test::sine(440.0, 0.003, 16000, 16000)));
    QVERIFY(test::writeWav(tree + QStringLiteral("/b_long_nohash_0.wav"),
                           test::sine(440.0, 0.3, 16000, 3 * 16000)));
    QVERIFY(test::writeWav(tree + QStringLiteral("/c_normal_nohash_0.wav"),
                           test::sine(440.0, 0.3, 16000, 16000)));
    {
        auto p = Project::create(path);
        QVERIFY(p.isOk());
        QCOMPARE(SpeechCommandsImporter::run(*p.value(), QFileInfo(tree).path(), {}).imported, 3);
        // One annotator labelled each: status "labelled", which an export takes.
        Project& a = *p.value();
        const qint64 alice = Annotators(a).ensureAnnotator(QStringLiteral("alice")).value().id;
        const qint64 yes = Classes(a).classByName(QStringLiteral("yes")).value().id;
        for (const SampleRecord& r : a.samples()) {
            QVERIFY(Labels(a).setLabel(r.id, alice, yes).isOk());
            qint64& id = r.path.contains(QLatin1String("quiet"))  ? m_quiet
                         : r.path.contains(QLatin1String("long")) ? m_long
                                                                  : m_normal;
            id = r.id;
        }
    }
    QualityRunOptions options;
    options.checks = {QStringLiteral("too-quiet"), QStringLiteral("wrong-length")};
    const QualityReport report = QualityRunner::runAt(path, options);
    QVERIFY(report.errors.isEmpty());
    QCOMPARE(int(report.flags.size()), 2);

    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(path));
    QCOMPARE(m_window->session()->annotator().name, QStringLiteral("rita"));
    m_window->sampleTable()->view()->setFocus();
}

void TestGuiFlagged::cleanup()
{
    m_window.reset();
}

QList<FlagRecord> TestGuiFlagged::flagsOf(qint64 id, const QString& check) const
{
    QList<FlagRecord> out;
    for (const FlagRecord& f : Flags(project()).openFlags(check))
        if (f.sampleId == id)
            out << f;
    return out;
}

void TestGuiFlagged::startQueue()
{
    QTest::keyClick(m_window->sampleTable()->view(), Qt::Key_F,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(queue()->isActive());
    QVERIFY(m_window->reviewUi()->flaggedAction()->isChecked());
    QVERIFY(queue()->dock()->isVisible());
    QVERIFY(panel()->hasFocus());
}

void TestGuiFlagged::queueListsTheFlaggedSamples()
{
    startQueue();
    QCOMPARE(queue()->flagged(), (QList<qint64>{m_quiet, m_long}));
    QCOMPARE(queue()->currentSample(), m_quiet);
    QCOMPARE(m_window->session()->currentSampleId(), m_quiet);
    QCOMPARE(panel()->positionText(), QStringLiteral("1 of 2"));
    QVERIFY(panel()->titleText().contains(QLatin1String("a_quiet")));
    QCOMPARE(panel()->flagTable()->rowCount(), 1);
    QCOMPARE(panel()->flagTable()->item(0, 0)->text(), QStringLiteral("too-quiet"));
    QVERIFY(panel()->flagTable()->item(0, 1)->text().toDouble() < -45.0); // about -53 dBFS
    QCOMPARE(panel()->flagTable()->item(0, 2)->text(), QStringLiteral("-40"));
    QVERIFY(!panel()->trimAction()->isEnabled()); // too quiet: nothing to trim
    // TALLY_SCREENSHOT_DIR: the window as a person sees it (the README's picture).
    if (const QString dir = qEnvironmentVariable("TALLY_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/flagged-queue.png")));
    // The keys are registered, so the shortcuts dialog lists and changes them; they are
    // the panel's, so they do not clash with Previous Sample (K) or the region tool (R).
    const ShortcutRegistry* keys = m_window->keyboard()->registry();
    QVERIFY(keys->entry(QStringLiteral("flagged.keep")));
    QCOMPARE(keys->entry(QStringLiteral("flagged.keep"))->action->shortcut(),
             QKeySequence(Qt::Key_K));
    QCOMPARE(keys->entry(QStringLiteral("flagged.reject"))->action->shortcut(),
             QKeySequence(Qt::Key_R));
    QCOMPARE(keys->entry(QStringLiteral("flagged.trim"))->action->shortcut(),
             QKeySequence(Qt::Key_T));
    // Right moves on, Left back; the sample is selected in the window each time.
    QTest::keyClick(panel(), Qt::Key_Right);
    QCOMPARE(queue()->currentSample(), m_long);
    QCOMPARE(m_window->session()->currentSampleId(), m_long);
    QVERIFY(panel()->trimAction()->isEnabled());
    QTest::keyClick(panel(), Qt::Key_Left);
    QCOMPARE(queue()->currentSample(), m_quiet);
}

void TestGuiFlagged::keepDismissesAndUndoBringsItBack()
{
    startQueue();
    QTest::keyClick(panel(), Qt::Key_Slash);
    QVERIFY(panel()->reasonEdit()->hasFocus());
    QTest::keyClicks(panel()->reasonEdit(), QStringLiteral("a whisper, on purpose"));
    QTest::keyClick(panel()->reasonEdit(), Qt::Key_Return);
    QVERIFY(panel()->hasFocus());
    QTest::keyClick(panel(), Qt::Key_K);

    const QList<FlagRecord> quiet = flagsOf(m_quiet, QStringLiteral("too-quiet"));
    QCOMPARE(quiet.size(), 1);
    QVERIFY(quiet[0].isDismissed());
    QCOMPARE(quiet[0].dismissReason, QStringLiteral("a whisper, on purpose"));
    QCOMPARE(quiet[0].dismissedByName, QStringLiteral("rita"));
    // On to the next flagged sample (K did not go to Previous Sample).
    QCOMPARE(queue()->currentSample(), m_long);
    QCOMPARE(m_window->session()->currentSampleId(), m_long);
    QCOMPARE(queue()->flagged(), QList<qint64>{m_long});
    QCOMPARE(panel()->positionText(), QStringLiteral("1 of 1"));

    // Ctrl+Z is the window's: the flag is active again and the sample shown again.
    QTest::keyClick(panel(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(flagsOf(m_quiet, QStringLiteral("too-quiet"))[0].isActive());
    QCOMPARE(queue()->flagged(), (QList<qint64>{m_quiet, m_long}));
    QCOMPARE(queue()->currentSample(), m_quiet);
    QCOMPARE(m_window->session()->currentSampleId(), m_quiet);

    // With nothing typed, the default reason.
    panel()->setFocus();
    QTest::keyClick(panel(), Qt::Key_K);
    QCOMPARE(flagsOf(m_quiet, QStringLiteral("too-quiet"))[0].dismissReason,
             QStringLiteral("kept after review"));
}

void TestGuiFlagged::trimAndRejectTheLongClip()
{
    startQueue();
    QTest::keyClick(panel(), Qt::Key_Right);
    QCOMPARE(queue()->currentSample(), m_long);
    // T: AudioUi trims the shown clip, once its signal is in.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->audioUi()->currentSignal() &&
                                 m_window->audioUi()->currentSignal()->frames() == 3 * 16000,
                             10000);
    QTest::keyClick(panel(), Qt::Key_T);
    const QList<RegionRecord> regions = Regions(project()).regionsOf(m_long);
    QCOMPARE(regions.size(), 1);
    QVERIFY(qAbs(regions[0].endSec - regions[0].startSec - 1.0) < 1e-3);
    QCOMPARE(queue()->currentSample(), m_long); // the flag stays: the clip is still 3 s

    // What the GUI's export takes by default (agreed, resolved, labelled).
    auto exported = [this] {
        QList<qint64> ids;
        const ExportInputs inputs = exportInputsFromReview(project());
        ExportFilter filter;
        filter.allowedSampleIds =
            samplesWithStatus(inputs.statusOf, defaultExportStatuses()).value();
        auto sel = selectForExport(project(), filter, inputs);
        for (const ExportItem& item : sel.value().items)
            ids << item.sampleId;
        return ids;
    };
    QVERIFY(exported().contains(m_long));
    panel()->setFocus();
    QTest::keyClick(panel(), Qt::Key_R);
    const std::optional<ReviewRecord> review = Reviews(project()).latestReview(m_long);
    QVERIFY(review.has_value());
    QCOMPARE(review->kind, ReviewKind::Reject);
    QCOMPARE(review->reason, QStringLiteral("quality: wrong-length"));
    QCOMPARE(ProjectReview(project()).statusOf(m_long).value(), SampleStatus::Rejected);
    QVERIFY(!exported().contains(m_long));
    QVERIFY(!m_window->audioUi()->regionToolAction()->isChecked()); // R was the panel's
    QCOMPARE(queue()->flagged(), QList<qint64>{m_quiet}); // rejected samples leave the queue
    QCOMPARE(queue()->currentSample(), m_quiet);          // wrapped

    m_window->session()->undoStack()->undo();
    QVERIFY(!Reviews(project()).latestReview(m_long).has_value());
    QCOMPARE(queue()->currentSample(), m_long);
    QVERIFY(exported().contains(m_long));
}

void TestGuiFlagged::filterByOneCheck()
{
    startQueue();
    queue()->setCheck(QStringLiteral("wrong-length"));
    QCOMPARE(queue()->check(), QStringLiteral("wrong-length"));
    QCOMPARE(queue()->flagged(), QList<qint64>{m_long});
    QCOMPARE(queue()->currentSample(), m_long);
    panel()->setFocus();
    QTest::keyClick(panel(), Qt::Key_K);
    QVERIFY(flagsOf(m_long, QStringLiteral("wrong-length"))[0].isDismissed());
    QVERIFY(flagsOf(m_quiet, QStringLiteral("too-quiet"))[0].isActive()); // another check
    QVERIFY(queue()->flagged().isEmpty());
    QVERIFY(!panel()->hasItem());
    QVERIFY(!panel()->keepAction()->isEnabled());
}

QTEST_MAIN(TestGuiFlagged)
#include "test_gui_flagged.moc"
