// The labelling assistant as a person drives it (issue 15, offscreen): predictions imported
// from the GUI, the suggestion beside the class buttons, Enter accepting it (one undo
// step, never counted as a label before), hidden in blind labelling when the project asks,
// U going to the most uncertain unlabelled clip, the Likely mislabelled queue (relabel,
// keep with a reason, undo), and a predicted box on an image copied to mine with Enter.
#include "BoxItem.h"
#include "ConfusionHeatmap.h"
#include "DataMapPlot.h"
#include "ImageBoxView.h"
#include "TestSupport.h"
#include "gui/AssistUi.h"
#include "gui/DataMapDock.h"
#include "gui/ImageUi.h"
#include "gui/LabelIssuesDock.h"
#include "gui/LabelPanel.h"
#include "gui/LabelUi.h"
#include "gui/MainWindow.h"
#include "gui/Session.h"
#include "store/Boxes.h"
#include "store/Classes.h"
#include "store/Flags.h"
#include "store/Labels.h"
#include "store/Predictions.h"
#include "store/Project.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tally;

namespace {

SampleRecord clip(const QString& path, const QString& cls)
{
    SampleRecord r;
    r.path = path;
    r.kind = SampleKind::Audio;
    r.contentHash = QString::fromLatin1(path.toUtf8().toHex());
    r.className = cls;
    r.durationSec = 0.1;
    r.rateHz = 8000;
    r.channels = 1;
    r.frames = 800;
    return r;
}

} // namespace

class TestGuiAssist : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void suggestionAcceptUndo();
    void hiddenInBlindLabelling();
    void nextUncertain();
    void likelyMislabelledQueue();
    void predictedBoxCopiedToMine();
    void trainOnTheWorkerAndDataMap();

private:
    QString myLabel(const QString& path) const;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiAssist::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TallyTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    QSettings().setValue(QStringLiteral("annotator/name"), QStringLiteral("alice"));
    const QString path = m_dir.filePath(QStringLiteral("a.tally"));
    {
        auto p = Project::create(path);
        QVERIFY(p);
        std::vector<SampleRecord> records;
        // yes/1..3 and no/1..3 labelled at import; u/1..3 unlabelled
        for (const auto& [folder, cls] :
             {std::pair{"yes", "yes"}, std::pair{"no", "no"}, std::pair{"u", ""}})
            for (int i = 1; i <= 3; ++i) {
                const QString rel = QStringLiteral("%1/%2.wav").arg(folder).arg(i);
                QVERIFY(test::writeWav(m_dir.filePath(rel), test::sine(440, 0.3, 8000, 800)));
                records.push_back(clip(rel, QString::fromLatin1(cls)));
            }
        QVERIFY(test::writeImage(m_dir.filePath("img/p.png"), 200, 100));
        records.push_back(test::imageRecord(QStringLiteral("img/p.png"), 200, 100));
        QVERIFY(p.value()->insertSamples(records));
        ClassRecord person;
        person.name = QStringLiteral("person");
        QVERIFY(Classes(*p.value()).addClass(person));
    }
    // no/3 looks like "yes" to the model: the one likely mislabelled clip.
    QVERIFY(test::writeBytes(m_dir.filePath("model.csv"), "path,yes,no\n"
                                                          "yes/1.wav,0.875,0.125\n"
                                                          "yes/2.wav,0.75,0.25\n"
                                                          "yes/3.wav,0.875,0.125\n"
                                                          "no/1.wav,0.125,0.875\n"
                                                          "no/2.wav,0.25,0.75\n"
                                                          "no/3.wav,0.875,0.125\n"
                                                          "u/1.wav,0.625,0.375\n"
                                                          "u/2.wav,0.5,0.5\n"
                                                          "u/3.wav,0.125,0.875\n"));
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(path));
    QStringList issues;
    QVERIFY(m_window->assistUi()->importPredictions(m_dir.filePath("model.csv"), "model", &issues));
    QVERIFY(issues.isEmpty());
    QCOMPARE(m_window->assistUi()->activeSet(), QStringLiteral("model"));
}

void TestGuiAssist::cleanupTestCase()
{
    m_window.reset();
}

// With TALLY_SCREENSHOT_DIR set, the window as a person sees it (README's docs/).
void grabWindow(QWidget* w, const char* name)
{
    const QString dir = qEnvironmentVariable("TALLY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

QString TestGuiAssist::myLabel(const QString& path) const
{
    Session* s = m_window->session();
    return Labels(*s->project())
        .labelNamesBy(s->annotator().id)
        .value(s->project()->sampleIdByPath(path));
}

void TestGuiAssist::suggestionAcceptUndo()
{
    QVERIFY(m_window->selectSample(QStringLiteral("u/1.wav")));
    LabelPanel* panel = m_window->labelUi()->labelPanel();
    QTRY_VERIFY(panel->suggestion().contains(QStringLiteral("yes 63")));
    QVERIFY(myLabel("u/1.wav").isEmpty()); // a suggestion is not a label
    QTest::keyClick(m_window.get(), Qt::Key_Return);
    QCOMPARE(myLabel("u/1.wav"), QStringLiteral("yes"));
    QCOMPARE(m_window->session()->undoStack()->count(), 1);
    m_window->session()->undoStack()->undo();
    QVERIFY(myLabel("u/1.wav").isEmpty());
}

void TestGuiAssist::hiddenInBlindLabelling()
{
    AssistUi* assist = m_window->assistUi();
    QVERIFY(m_window->selectSample(QStringLiteral("u/1.wav")));
    m_window->session()->setBlindLabelling(true);
    QVERIFY(!m_window->labelUi()->labelPanel()->suggestion().isEmpty()); // not asked yet
    assist->setHideInBlind(true);
    QVERIFY(m_window->labelUi()->labelPanel()->suggestion().isEmpty());
    QVERIFY(!assist->acceptSuggestion());
    QVERIFY(myLabel("u/1.wav").isEmpty());
    m_window->session()->setBlindLabelling(false);
    QVERIFY(!m_window->labelUi()->labelPanel()->suggestion().isEmpty());
    assist->setHideInBlind(false);
}

void TestGuiAssist::nextUncertain()
{
    QVERIFY(m_window->selectSample(QStringLiteral("yes/1.wav")));
    QTest::keyClick(m_window.get(), Qt::Key_U);
    Session* s = m_window->session();
    QCOMPARE(s->currentSampleId(), s->project()->sampleIdByPath("u/2.wav")); // 0.5 / 0.5
    m_window->assistUi()->setMargin(true);
    QTest::keyClick(m_window.get(), Qt::Key_Return); // labelled: leaves the queue
    QTest::keyClick(m_window.get(), Qt::Key_U);
    QCOMPARE(s->currentSampleId(), s->project()->sampleIdByPath("u/1.wav")); // margin 0.25
    m_window->assistUi()->setMargin(false);
    s->undoStack()->undo();
}

void TestGuiAssist::likelyMislabelledQueue()
{
    AssistUi* assist = m_window->assistUi();
    assist->showLabelIssues();
    LabelIssuesDock* dock = assist->issuesDock();
    QVERIFY(dock->isVisible());
    QCOMPARE(dock->table()->rowCount(), 1);
    QCOMPARE(dock->table()->item(0, 3)->text(), QStringLiteral("no/3.wav"));
    QCOMPARE(dock->table()->item(0, 2)->text(), QStringLiteral("yes"));
    // code-point order: "no" is row 0; given "no", confident "yes"
    QCOMPARE(dock->heatmap()->count(0, 1), 1);
    // t_yes = 0.8333: yes/2 (0.75) has no candidate and is not counted
    QCOMPARE(dock->heatmap()->count(1, 1), 2);
    QCOMPARE(dock->heatmap()->count(0, 0), 2);
    Session* s = m_window->session();
    Flags flags(*s->project());
    QCOMPARE(flags.activeCounts().value("label-issue"), 1);
    dock->table()->setCurrentCell(0, 0);
    grabWindow(m_window.get(), "assist-issues.png");
    QCOMPARE(s->currentSampleId(), s->project()->sampleIdByPath("no/3.wav"));
    dock->reasonEdit()->setText(QStringLiteral("the speaker said no"));
    dock->keep();
    QCOMPARE(flags.activeCounts().value("label-issue"), 0);
    const QList<FlagRecord> open = flags.openFlags("label-issue");
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().dismissReason, QStringLiteral("the speaker said no"));
    s->undoStack()->undo();
    QCOMPARE(flags.activeCounts().value("label-issue"), 1);
    dock->table()->setCurrentCell(0, 0);
    dock->relabelAsSuggested();
    QCOMPARE(myLabel("no/3.wav"), QStringLiteral("yes"));
    s->undoStack()->undo();
    QVERIFY(myLabel("no/3.wav").isEmpty());
}

void TestGuiAssist::predictedBoxCopiedToMine()
{
    QVERIFY(test::writeBytes(
        m_dir.filePath("boxes.jsonl"),
        "{\"path\": \"img/p.png\", \"boxes\": [{\"class\": \"person\", \"x\": 20, \"y\": 10,"
        " \"w\": 40, \"h\": 80, \"score\": 0.9}]}\n"));
    QStringList issues;
    QVERIFY(m_window->assistUi()->importPredictions(m_dir.filePath("boxes.jsonl"), "hog", &issues));
    QVERIFY(m_window->selectSample(QStringLiteral("img/p.png")));
    ImageBoxView* view = m_window->imageUi()->view();
    QTRY_COMPARE(view->boxes().size(), 1);
    const BoxItem predicted = view->boxes().first();
    QVERIFY(predicted.predicted);
    QVERIFY(!predicted.editable);
    QVERIFY(m_window->labelUi()->labelPanel()->suggestion().contains(QStringLiteral("1 box")));
    view->setSelectedBox(predicted.id);
    Session* s = m_window->session();
    const qint64 image = s->project()->sampleIdByPath("img/p.png");
    QTest::keyClick(m_window.get(), Qt::Key_Enter);
    const QList<BoxRecord> mine = Boxes(*s->project()).boxesOf(image, s->annotator().id);
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().className, QStringLiteral("person"));
    QCOMPARE(mine.first().h, 80.0);
    QTRY_COMPARE(view->boxes().size(), 2); // mine and the suggestion
    s->undoStack()->undo();
    QVERIFY(Boxes(*s->project()).boxesOf(image, s->annotator().id).isEmpty());
}

void TestGuiAssist::trainOnTheWorkerAndDataMap()
{
    AssistUi* assist = m_window->assistUi();
    QVERIFY(assist->trainBaseline(2));
    QTRY_VERIFY_WITH_TIMEOUT(!assist->isRunning(), 60000);
    QTRY_COMPARE(assist->activeSet(), QStringLiteral("baseline"));
    Session* s = m_window->session();
    const auto set = Predictions(*s->project()).set("baseline");
    QVERIFY(set);
    QCOMPARE(set.value().samples, 9); // six labelled out of fold, three unlabelled
    assist->showDataMap();
    DataMapDock* map = assist->dataMapDock();
    QVERIFY(map->isVisible());
    QCOMPARE(map->plot()->pointCount(), 9);
    map->plot()->replot(QCustomPlot::rpImmediateRefresh);
    const qint64 target = s->project()->sampleIdByPath("no/2.wav");
    const QPointF at = map->plot()->pixelOf(target);
    const qint64 hit = map->plot()->idAt(at);
    QVERIFY(hit > 0);
    QTest::mouseClick(map->plot(), Qt::LeftButton, {}, at.toPoint());
    QTRY_COMPARE(s->currentSampleId(), hit);
    QCOMPARE(map->neighbours()->count(), 9); // the outlier line and the other eight
    grabWindow(m_window.get(), "assist-map.png");
}

QTEST_MAIN(TestGuiAssist)
#include "test_gui_assist.moc"
