// A day's labelling (issue 12): Redo from the keyboard and no two window keys alike,
// classes an import brings show at once everywhere, undo / redo show the sample they
// changed and say so, progress in the status bar and the Labels dock, and Switch
// Annotator picking from the project's people. Offscreen platform.
#include "ReviewPanel.h"
#include "SampleTable.h"
#include "TestSupport.h"
#include "formats/SpeechCommandsImporter.h"
#include "gui/DatasetUi.h"
#include "gui/ExportDialog.h"
#include "gui/ExportRunner.h"
#include "gui/ImportRunner.h"
#include "gui/LabelPanel.h"
#include "gui/LabelUi.h"
#include "gui/MainWindow.h"
#include "gui/ProgressUi.h"
#include "gui/ReviewQueue.h"
#include "gui/ReviewUi.h"
#include "gui/Session.h"
#include "gui/SwitchAnnotatorDialog.h"
#include "gui/UndoActions.h"
#include "models/SampleTableModel.h"
#include "store/Annotators.h"
#include "store/Boxes.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Splits.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace tally;

class TestGuiWorkday : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void redoFromTheKeyboard();
    void noTwoWindowActionsShareAKey();
    void importedClassesShowEverywhere();
    void undoShowsTheSampleAndSaysWhat();
    void progressFollowsTheWork();
    void switchAnnotatorPicksAPerson();
    void reviewQueueStartsAtTheFirst();
    void reviewQueueShowsDisagreeingBoxes();
    void reviewRoleAskedOnceBeforeTheQueue();
    void exportTicksOnlySafeStatuses();
    void exportWarnsBeforeWriting();

private:
    QString writeTree(const QString& name, const QStringList& classes, int perClass);
    qint64 classId(const QString& name) const;
    qint64 labelOf(qint64 sample) const;
    // carol says "yes" and dave "no" to the first `count` samples (another connection).
    QList<qint64> makeDisputes(int count);
    ReviewPanel* panel() const { return m_window->reviewUi()->queue()->panel(); }
    QTableView* view() const { return m_window->sampleTable()->view(); }
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiWorkday::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TallyTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
}

QString TestGuiWorkday::writeTree(const QString& name, const QStringList& classes, int perClass)
{
    const QString tree = m_dir.filePath(name);
    for (const QString& c : classes)
        for (int i = 0; i < perClass; ++i)
            test::writeWav(QStringLiteral("%1/%2/%3%4_nohash_0.wav").arg(tree, c, name).arg(i),
                           test::sine(440.0 + 50 * i, 0.5, 16000, 4000));
    return tree;
}

void TestGuiWorkday::init()
{
    static int n = 0;
    QSettings().setValue(QStringLiteral("annotator/name"), QStringLiteral("alice"));
    QSettings().setValue(QStringLiteral("annotator/role"), QStringLiteral("annotator"));
    m_path = m_dir.filePath(QStringLiteral("w%1.tally").arg(++n));
    {
        auto p = Project::create(m_path);
        QVERIFY(p.isOk());
        const QString tree = writeTree(QStringLiteral("t%1_").arg(n),
                                       {QStringLiteral("yes"), QStringLiteral("no")}, 3);
        QCOMPARE(SpeechCommandsImporter::run(*p.value(), tree, {}).imported, 6);
        Project& a = *p.value();
        for (const auto& [name, key] : {std::pair{"yes", "1"}, std::pair{"no", "2"}}) {
            ClassRecord c = Classes(a).classByName(QLatin1String(name)).value();
            c.hotkey = QLatin1String(key);
            QVERIFY(Classes(a).updateClass(c));
        }
        QVERIFY(Annotators(a).ensureAnnotator(QStringLiteral("bob"), AnnotatorRole::Reviewer));
    }
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
    m_window->sampleTable()->selectRow(0);
    view()->setFocus();
}

void TestGuiWorkday::cleanup()
{
    m_window.reset();
}

qint64 TestGuiWorkday::classId(const QString& name) const
{
    return Classes(*m_window->session()->project()).classByName(name).value().id;
}

qint64 TestGuiWorkday::labelOf(qint64 sample) const
{
    return Labels(*m_window->session()->project())
        .labelOf(sample, m_window->session()->annotator().id);
}

// Ctrl+Shift+Z was set twice on Redo (explicitly and as QKeySequence::Redo): Qt found
// the key ambiguous and ran neither.
void TestGuiWorkday::redoFromTheKeyboard()
{
    const qint64 first = m_window->session()->currentSampleId();
    QTest::keyClick(view(), Qt::Key_1);
    QCOMPARE(labelOf(first), classId(QStringLiteral("yes")));
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(labelOf(first), 0);
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(labelOf(first), classId(QStringLiteral("yes")));
    // Every key of Redo (Ctrl+Y too where the platform has it) redoes.
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(labelOf(first), 0);
    const QList<QKeySequence> keys = m_window->labelUi()->undoActions()->redoAction()->shortcuts();
    QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QCOMPARE(QSet<QKeySequence>(keys.begin(), keys.end()).size(), keys.size());
    // This platform binds Redo to Ctrl+Y first, so the old double Ctrl+Shift+Z did not
    // show here; on Linux desktops Redo is Ctrl+Shift+Z, and the key is still set once.
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    QCOMPARE(UndoActions::redoKeys({ctrlShiftZ}), QList<QKeySequence>{ctrlShiftZ});
    QCOMPARE(UndoActions::redoKeys({QKeySequence(Qt::CTRL | Qt::Key_Y), ctrlShiftZ}),
             (QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Y), ctrlShiftZ}));
}

// Window-wide keys of every enabled action the window reaches (menus, the window
// itself, the class actions): no key sequence twice.
void TestGuiWorkday::noTwoWindowActionsShareAKey()
{
    // A sample of each kind shown, so the actions that need one are enabled.
    QHash<QKeySequence, QStringList> owners;
    const QList<QAction*> actions = m_window->findChildren<QAction*>();
    QVERIFY(actions.size() > 20);
    for (QAction* a : actions) {
        if (!a->isEnabled() || a->associatedObjects().isEmpty() ||
            a->shortcutContext() == Qt::WidgetShortcut)
            continue;
        const QList<QKeySequence> keys = a->shortcuts();
        for (const QKeySequence& k : QSet<QKeySequence>(keys.begin(), keys.end()))
            if (!k.isEmpty())
                owners[k] << a->text();
        QVERIFY2(QSet<QKeySequence>(keys.begin(), keys.end()).size() == keys.size(),
                 qPrintable(QStringLiteral("a key set twice on %1").arg(a->text())));
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            clashes << it.key().toString() + QStringLiteral(": ") +
                           it.value().join(QStringLiteral(" / "));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    QVERIFY(owners.contains(QKeySequence(Qt::Key_1))); // the class keys were looked at
}

// An import that brings the class "dog": its button, its Label menu action and its
// review button show without a restart.
void TestGuiWorkday::importedClassesShowEverywhere()
{
    QSignalSpy classes(m_window->session(), &Session::classesChanged);
    QSignalSpy finished(m_window->importRunner(), &ImportRunner::finished);
    m_window->importSpeechCommands(writeTree(QStringLiteral("dogs"), {QStringLiteral("dog")}, 2),
                                   QStringLiteral("CC0-1.0"), QStringLiteral("test"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(m_window->session()->sampleModel()->rowCount(), 8);
    QVERIFY(classes.count() >= 1);
    const qint64 dog = classId(QStringLiteral("dog"));
    bool button = false;
    for (QPushButton* b : m_window->labelUi()->labelPanel()->findChildren<QPushButton*>())
        button = button || b->text().startsWith(QStringLiteral("dog"));
    QVERIFY(button);
    bool menu = false;
    for (QAction* a : m_window->labelUi()->labelMenu()->actions())
        menu = menu || a->text().contains(QStringLiteral("“dog”"));
    QVERIFY(menu);
    QVERIFY(m_window->reviewUi()->queue()->panel()->classButton(dog) != nullptr);
}

// Undo and redo select the sample they changed, the table row shows the label as it is
// now, and the status bar says what happened.
void TestGuiWorkday::undoShowsTheSampleAndSaysWhat()
{
    SampleTableModel* model = m_window->session()->sampleModel();
    const qint64 first = m_window->session()->currentSampleId();
    const QString name = QFileInfo(model->record(model->rowOfSample(first)).path).fileName();
    const QModelIndex mine =
        model->index(model->rowOfSample(first), SampleTableModel::MyLabelColumn);
    QTest::keyClick(view(), Qt::Key_2); // labels and moves on
    QVERIFY(m_window->session()->currentSampleId() != first);
    QCOMPARE(mine.data().toString(), QStringLiteral("no"));
    QTest::keyClick(view(), Qt::Key_J); // further away
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->session()->currentSampleId(), first); // back where the undo was
    QCOMPARE(mine.data().toString(), QString());             // the row is fresh
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Undid: Label as “no” on %1").arg(name));
    QTest::keyClick(view(), Qt::Key_J);
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->session()->currentSampleId(), first);
    QCOMPARE(mine.data().toString(), QStringLiteral("no"));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Redid: Label as “no” on %1").arg(name));
}

void TestGuiWorkday::progressFollowsTheWork()
{
    ProgressUi* progress = m_window->labelUi()->progressUi();
    // Six imported samples with a class, none labelled by anyone yet.
    QCOMPARE(progress->statusLabel()->text(),
             QStringLiteral("yours 0 / 6 · disputed 0 · unlabelled 6"));
    QVERIFY(m_window->statusBar()->isAncestorOf(progress->statusLabel()));
    QVERIFY(m_window->labelUi()->labelPanel()->isAncestorOf(progress->classLabel()));
    QTest::keyClick(view(), Qt::Key_1);
    QTest::keyClick(view(), Qt::Key_1);
    QTest::keyClick(view(), Qt::Key_2);
    QCOMPARE(progress->statusLabel()->text(),
             QStringLiteral("yours 3 / 6 · disputed 0 · unlabelled 3"));
    QCOMPARE(progress->classLabel()->text(), QStringLiteral("Yours per class: no 1 · yes 2"));
    // bob labels the first sample "no" in another process: a dispute once read again.
    {
        auto other = Project::open(m_path);
        QVERIFY(other.isOk());
        Project& a = *other.value();
        const qint64 bob = Annotators(a).annotator(QStringLiteral("bob")).value().id;
        const qint64 first = m_window->session()->sampleModel()->record(0).id;
        QVERIFY(Labels(a).setLabel(first, bob, classId(QStringLiteral("no"))).isOk());
    }
    m_window->session()->refreshDerived();
    QCOMPARE(progress->statusLabel()->text(),
             QStringLiteral("yours 3 / 6 · disputed 1 · unlabelled 3"));
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier); // the "no"
    QCOMPARE(progress->statusLabel()->text(),
             QStringLiteral("yours 2 / 6 · disputed 1 · unlabelled 4"));
    QCOMPARE(progress->classLabel()->text(), QStringLiteral("Yours per class: yes 2"));
}

// The switch picks one of the project's people; a new person is its own step, and a
// name the project has already picks that person instead of making a second one.
void TestGuiWorkday::switchAnnotatorPicksAPerson()
{
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto* d = qobject_cast<SwitchAnnotatorDialog*>(QApplication::activeModalWidget());
        QVERIFY(d);
        seen = true;
        QCOMPARE(d->name(), QStringLiteral("alice"));
        QVERIFY(d->personBox()->findText(QStringLiteral("bob")) >= 0);
        d->personBox()->setCurrentIndex(d->personBox()->findText(QStringLiteral("bob")));
        QCOMPARE(d->role(), AnnotatorRole::Reviewer); // bob's role, as stored
        d->accept();
    });
    m_window->labelUi()->switchAnnotator();
    QVERIFY(seen);
    QCOMPARE(m_window->session()->annotator().name, QStringLiteral("bob"));
    QCOMPARE(m_window->session()->annotator().role, AnnotatorRole::Reviewer);

    const auto people = Annotators(*m_window->session()->project()).annotators();
    SwitchAnnotatorDialog d(people, QStringLiteral("bob"), AnnotatorRole::Reviewer);
    QVERIFY(!d.addNewPerson(QStringLiteral("  ")));
    QVERIFY(d.addNewPerson(QStringLiteral(" Alice ")));
    QCOMPARE(d.name(), QStringLiteral("alice")); // the one already there
    QVERIFY(!d.isNewPerson());
    const int count = d.personBox()->count();
    QVERIFY(d.addNewPerson(QStringLiteral("carol")));
    QCOMPARE(d.personBox()->count(), count + 1);
    QVERIFY(d.isNewPerson());
    QCOMPARE(d.name(), QStringLiteral("carol"));
    QCOMPARE(d.role(), AnnotatorRole::Annotator);
}

QList<qint64> TestGuiWorkday::makeDisputes(int count)
{
    QList<qint64> ids;
    {
        auto other = Project::open(m_path);
        Project& a = *other.value();
        const qint64 carol = Annotators(a).ensureAnnotator(QStringLiteral("carol")).value().id;
        const qint64 dave = Annotators(a).ensureAnnotator(QStringLiteral("dave")).value().id;
        for (const SampleRecord& r : a.samples())
            ids << r.id;
        std::sort(ids.begin(), ids.end());
        ids = ids.mid(0, count);
        for (qint64 id : std::as_const(ids)) {
            Labels(a).setLabel(id, carol, classId(QStringLiteral("yes")));
            Labels(a).setLabel(id, dave, classId(QStringLiteral("no")));
        }
    }
    m_window->session()->refreshDerived();
    return ids;
}

// The queue opened on the sample shown, which after a restart was often the last one
// ("6 of 6"); it starts at the first waiting sample.
void TestGuiWorkday::reviewQueueStartsAtTheFirst()
{
    const QList<qint64> ids = makeDisputes(3);
    QVERIFY(m_window->session()->setAnnotator(QStringLiteral("bob"), AnnotatorRole::Reviewer));
    QVERIFY(m_window->session()->selectSample(ids[2]));
    m_window->reviewUi()->queueAction()->trigger();
    QVERIFY(m_window->reviewUi()->queue()->isActive());
    QCOMPARE(m_window->reviewUi()->queue()->currentSample(), ids[0]);
    QCOMPARE(panel()->item().position, 1);
    QCOMPARE(panel()->item().total, 3);
    QCOMPARE(m_window->session()->currentSampleId(), ids[0]);

    // A decision is confirmed in the status bar, with the key that takes it back.
    SampleTableModel* model = m_window->session()->sampleModel();
    const QString name = QFileInfo(model->record(model->rowOfSample(ids[0])).path).fileName();
    QTest::keyClick(panel(), Qt::Key_1);
    QCOMPARE(m_window->reviewUi()->queue()->currentSample(), ids[1]);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Resolved %1 as “yes” — Ctrl+Z undoes").arg(name));
    QTest::keyClick(panel(), Qt::Key_X);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Rejected ")));
    QTest::keyClick(panel(), Qt::Key_2);
    QVERIFY2(m_window->statusBar()->currentMessage().endsWith(
                 QStringLiteral("Ctrl+Z undoes. Nothing left to review.")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

// An image in dispute over its boxes said "No annotator has labelled this sample"; it
// shows each annotator's boxes, the ones nobody else matches marked.
void TestGuiWorkday::reviewQueueShowsDisagreeingBoxes()
{
    Project* p = m_window->session()->project();
    std::vector<SampleRecord> image{test::imageRecord(QStringLiteral("img.png"), 100, 100)};
    QVERIFY(p->insertSamples(image));
    const qint64 img = image[0].id;
    const qint64 yes = classId(QStringLiteral("yes"));
    const auto add = [&](const char* who, double x) {
        BoxRecord b;
        b.sampleId = img;
        b.annotatorId = Annotators(*p).ensureAnnotator(QLatin1String(who)).value().id;
        b.classId = yes;
        b.x = x;
        b.y = 20;
        b.w = 10;
        b.h = 10;
        return Boxes(*p).addBox(b).isOk();
    };
    QVERIFY(add("carol", 0.0));
    QVERIFY(add("carol", 50.0));
    QVERIFY(add("dave", 51.0)); // matches carol's second box (IoU 0.82), not the first
    m_window->session()->reloadSamples();
    QVERIFY(m_window->session()->setAnnotator(QStringLiteral("bob"), AnnotatorRole::Reviewer));
    m_window->reviewUi()->queueAction()->trigger();
    QCOMPARE(m_window->reviewUi()->queue()->pending(), QList<qint64>{img});
    QCOMPARE(m_window->reviewUi()->queue()->currentSample(), img);
    QVERIFY(panel()->shownLabels().isEmpty());
    const QStringList boxes = panel()->shownBoxes();
    QCOMPARE(boxes.size(), 2);
    QCOMPARE(boxes[0], QStringLiteral("carol: yes at 0, 20 (10 × 10 px) — no match; "
                                      "yes at 50, 20 (10 × 10 px)"));
    QCOMPARE(boxes[1], QStringLiteral("dave: yes at 51, 20 (10 × 10 px)"));
    for (QLabel* l : panel()->findChildren<QLabel*>())
        QVERIFY(!l->text().contains(QStringLiteral("No annotator")));
}

// An annotator opening the queue is asked once, before it opens, whether to take the
// role "reviewer"; a decision then is refused in the status bar, not with a dialog.
void TestGuiWorkday::reviewRoleAskedOnceBeforeTheQueue()
{
    const QList<qint64> ids = makeDisputes(2);
    m_window->session()->setInteractive(true);
    int dialogs = 0;
    bool activeWhenAsked = true;
    // Answers every message box that opens with "No", counting them.
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            ++dialogs;
            activeWhenAsked = m_window->reviewUi()->queue()->isActive();
            box->button(QMessageBox::No)->click();
        }
    });
    answer.start(10);
    m_window->reviewUi()->queueAction()->trigger();
    QCOMPARE(dialogs, 1);
    QVERIFY(!activeWhenAsked);
    QVERIFY(m_window->reviewUi()->queue()->isActive());
    QCOMPARE(m_window->reviewUi()->queue()->currentSample(), ids[0]);
    QTest::keyClick(panel(), Qt::Key_1);
    QTest::keyClick(panel(), Qt::Key_2);
    QTest::qWait(50);
    QCOMPARE(dialogs, 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("reviewer")));
    QCOMPARE(m_window->session()->undoStack()->count(), 0);
    // Closed and opened again: not asked again.
    m_window->reviewUi()->queueAction()->trigger();
    m_window->reviewUi()->queueAction()->trigger();
    QTest::qWait(50);
    QCOMPARE(dialogs, 1);
    m_window->session()->setInteractive(false);
}

// Every status was ticked, so disputed and unlabelled clips went out under their
// imported class.
void TestGuiWorkday::exportTicksOnlySafeStatuses()
{
    const QMap<QString, qint64> statuses{
        {QStringLiteral("agreed"), 1},   {QStringLiteral("disputed"), 2},
        {QStringLiteral("labelled"), 3}, {QStringLiteral("rejected"), 1},
        {QStringLiteral("resolved"), 1}, {QStringLiteral("unlabelled"), 4}};
    ExportDialog dialog({{QStringLiteral("CC0-1.0"), 12}}, statuses,
                        m_dir.filePath(QStringLiteral("out")));
    QCOMPARE(dialog.request().statuses,
             (QStringList{QStringLiteral("agreed"), QStringLiteral("labelled"),
                          QStringLiteral("resolved")}));
}

// An export whose testing split is empty is shown before anything is written, with the
// choice to go on; the report names the warning and every skipped sample's reason.
void TestGuiWorkday::exportWarnsBeforeWriting()
{
    const qint64 first = m_window->session()->currentSampleId();
    QTest::keyClick(view(), Qt::Key_1); // two samples labelled by alice
    const qint64 second = m_window->session()->currentSampleId();
    QTest::keyClick(view(), Qt::Key_2);
    Splits splits(*m_window->session()->project());
    QVERIFY(splits.setSplit(first, QStringLiteral("training")));
    QVERIFY(splits.setSplit(second, QStringLiteral("validation")));
    ExportRequest r;
    r.format = QStringLiteral("csv");
    r.folder = m_dir.filePath(QStringLiteral("export%1").arg(QDateTime::currentMSecsSinceEpoch()));
    r.statuses = defaultExportStatuses();

    m_window->session()->setInteractive(true);
    QString asked;
    QString answer = QStringLiteral("Cancel");
    QTimer clicker;
    connect(&clicker, &QTimer::timeout, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->text();
        for (QAbstractButton* b : box->buttons())
            if (b->text() == answer)
                b->click();
    });
    clicker.start(10);
    QVERIFY(!m_window->datasetUi()->startExport(r));
    QVERIFY(asked.contains(QStringLiteral("The split “testing” is empty.")));
    QVERIFY(!QDir(r.folder).exists()); // nothing written
    asked.clear();
    answer = QStringLiteral("Export Anyway");
    QSignalSpy finished(m_window->datasetUi()->exportRunner(), &ExportRunner::finished);
    QVERIFY(m_window->datasetUi()->startExport(r));
    m_window->session()->setInteractive(false); // no report box at the end
    QVERIFY(!asked.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const ExportReport report = m_window->datasetUi()->exportRunner()->lastReport();
    QCOMPARE(report.written, 2);
    QCOMPARE(report.skipped, 4);
    QCOMPARE(report.skippedSamples.size(), 4);
    for (const ExportSkip& k : report.skippedSamples)
        QCOMPARE(k.reason,
                 QStringLiteral("its status “unlabelled” is not among the exported ones"));
    QVERIFY(report.warnings.contains(QStringLiteral("The split “testing” is empty.")));
    QVERIFY(ExportRunner::details(report).contains(QStringLiteral("Skipped ")));
}

QTEST_MAIN(TestGuiWorkday)
#include "test_gui_workday.moc"
