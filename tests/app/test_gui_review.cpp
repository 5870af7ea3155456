// The review workflow as a reviewer drives it: the review queue walks the disputed
// samples and decides with the panel's keys (class hotkey with a typed reason,
// X rejects), undo takes a decision back, + / - / 0 vote, the agreement dock shows
// ProjectReview's numbers, the history dialog lists labels and reviews, and merge
// and Common Voice import run from the Review menu. Offscreen platform.
#include "ConfusionHeatmap.h"
#include "ReviewPanel.h"
#include "SampleTable.h"
#include "TestSupport.h"
#include "WaveformView.h"
#include "formats/SpeechCommandsImporter.h"
#include "gui/AgreementDock.h"
#include "gui/AudioUi.h"
#include "gui/ConsensusSettingsDialog.h"
#include "gui/HistoryDialog.h"
#include "gui/ImportRunner.h"
#include "gui/LabelUi.h"
#include "gui/Labelling.h"
#include "gui/MainWindow.h"
#include "gui/NewImportDialog.h"
#include "gui/ReviewQueue.h"
#include "gui/ReviewUi.h"
#include "gui/Session.h"
#include "models/SampleTableModel.h"
#include "review/ProjectReview.h"
#include "store/Annotators.h"
#include "store/Boxes.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Reviews.h"
#include "store/Votes.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace tally;

class TestGuiReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void queueDecidesWithKeysAndAdvances();
    void rejectKeyAndUndo();
    void annotatorRoleIsRefused();
    void votesWithKeysShowOutcome();
    void lowVoteSamplesJoinTheQueue();
    void agreementDockMatchesReport();
    void boxDisputesJoinQueueAndDock();
    void historyListsLabelsAndReviews();
    void consensusSettingsRoundTrip();
    void mergeBringsColleaguesLabels();
    void importsCommonVoiceInTheBackground();
    void commonVoiceMenuAllowsOutside();

private:
    ReviewUi* ui() const { return m_window->reviewUi(); }
    ReviewPanel* panel() const { return ui()->queue()->panel(); }
    Reviews reviews() const { return Reviews(*m_window->session()->project()); }
    SampleStatus statusOf(qint64 id) const
    {
        return ProjectReview(*m_window->session()->project()).statusOf(id).value();
    }
    qint64 classId(const QString& name) const;
    void startQueue();

    QTemporaryDir m_dir;
    QString m_path;
    QString m_copy;      // a copy of the project before anyone labelled
    QList<qint64> m_ids; // every sample, ascending
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiReview::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TallyReviewTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
}

void TestGuiReview::init()
{
    static int n = 0;
    QSettings().setValue(QStringLiteral("annotator/name"), QStringLiteral("rita"));
    QSettings().setValue(QStringLiteral("annotator/role"), QStringLiteral("reviewer"));
    m_path = m_dir.filePath(QStringLiteral("r%1.tally").arg(++n));
    m_copy = m_dir.filePath(QStringLiteral("copy%1.tally").arg(n));
    const QString tree = m_dir.filePath(QStringLiteral("tree%1").arg(n));
    const char* names[] = {"yes", "no"};
    for (int c = 0; c < 2; ++c)
        for (int i = 0; i < 3; ++i)
            QVERIFY(test::writeWav(
                QStringLiteral("%1/%2/s%3_nohash_0.wav").arg(tree, QLatin1String(names[c])).arg(i),
                test::sine(400.0 + 100 * i + 700 * c, 0.5, 16000, 16000)));
    {
        auto p = Project::create(m_path);
        QVERIFY(p.isOk());
        QCOMPARE(SpeechCommandsImporter::run(*p.value(), tree, {}).imported, 6);
        Project& a = *p.value();
        for (const auto& [name, key] : {std::pair{"yes", "1"}, std::pair{"no", "2"}}) {
            ClassRecord c = Classes(a).classByName(QLatin1String(name)).value();
            c.hotkey = QLatin1String(key);
            QVERIFY(Classes(a).updateClass(c));
        }
    }
    QVERIFY(QFile::copy(m_path, m_copy));
    {
        // Two annotators label the first three samples differently; both say "yes"
        // to the fourth (agreed).
        auto p = Project::open(m_path);
        QVERIFY(p.isOk());
        Project& a = *p.value();
        const qint64 alice = Annotators(a).ensureAnnotator(QStringLiteral("alice")).value().id;
        const qint64 bob = Annotators(a).ensureAnnotator(QStringLiteral("bob")).value().id;
        const qint64 yes = Classes(a).classByName(QStringLiteral("yes")).value().id;
        const qint64 no = Classes(a).classByName(QStringLiteral("no")).value().id;
        m_ids.clear();
        for (const SampleRecord& r : p.value()->samples())
            m_ids << r.id;
        std::sort(m_ids.begin(), m_ids.end());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(Labels(a).setLabel(m_ids[i], alice, yes).isOk());
            QVERIFY(Labels(a).setLabel(m_ids[i], bob, no).isOk());
        }
        QVERIFY(Labels(a).setLabel(m_ids[3], alice, yes).isOk());
        QVERIFY(Labels(a).setLabel(m_ids[3], bob, yes).isOk());
    }
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
    QCOMPARE(m_window->session()->annotator().name, QStringLiteral("rita"));
    QCOMPARE(m_window->session()->annotator().role, AnnotatorRole::Reviewer);
    QVERIFY(m_window->session()->selectSample(m_ids[0]));
    m_window->sampleTable()->view()->setFocus();
}

void TestGuiReview::cleanup()
{
    m_window.reset();
}

qint64 TestGuiReview::classId(const QString& name) const
{
    return Classes(*m_window->session()->project()).classByName(name).value().id;
}

void TestGuiReview::startQueue()
{
    QTest::keyClick(m_window->sampleTable()->view(), Qt::Key_R,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(ui()->queue()->isActive());
    QVERIFY(ui()->queueAction()->isChecked());
    QVERIFY(ui()->queue()->dock()->isVisible());
    QVERIFY(panel()->hasFocus());
}

void TestGuiReview::queueDecidesWithKeysAndAdvances()
{
    QCOMPARE(statusOf(m_ids[0]), SampleStatus::Disputed);
    QCOMPARE(statusOf(m_ids[3]), SampleStatus::Agreed);
    startQueue();
    QCOMPARE(ui()->queue()->pending(), (QList<qint64>{m_ids[0], m_ids[1], m_ids[2]}));
    QCOMPARE(ui()->queue()->currentSample(), m_ids[0]);
    QVERIFY(panel()->positionText().contains(QStringLiteral("1")));
    QVERIFY(panel()->positionText().contains(QStringLiteral("3")));
    QCOMPARE(panel()->shownLabels().size(), 2); // alice and bob side by side
    QVERIFY(panel()->shownLabels().join(QLatin1Char(' ')).contains(QStringLiteral("alice")));
    QVERIFY(panel()->shownLabels().join(QLatin1Char(' ')).contains(QStringLiteral("bob")));

    // R focuses the reason line, the text goes there, Return hands the keys back.
    QTest::keyClick(panel(), Qt::Key_R);
    QVERIFY(panel()->reasonEdit()->hasFocus());
    QTest::keyClicks(panel()->reasonEdit(), QStringLiteral("clearly yes 2"));
    QTest::keyClick(panel()->reasonEdit(), Qt::Key_Return);
    QVERIFY(panel()->hasFocus());
    QTest::keyClick(panel(), Qt::Key_1);

    const std::optional<ReviewRecord> review = reviews().latestReview(m_ids[0]);
    QVERIFY(review.has_value());
    QCOMPARE(review->kind, ReviewKind::Class);
    QCOMPARE(review->classId, classId(QStringLiteral("yes")));
    QCOMPARE(review->reason, QStringLiteral("clearly yes 2"));
    QCOMPARE(review->reviewerName, QStringLiteral("rita"));
    QCOMPARE(statusOf(m_ids[0]), SampleStatus::Resolved);
    const int row = m_window->session()->sampleModel()->rowOfSample(m_ids[0]);
    QCOMPARE(m_window->session()->sampleModel()->statusOf(
                 m_window->session()->sampleModel()->record(row)),
             QStringLiteral("resolved"));
    // The labels of the sample are untouched: the decision is kept apart.
    QCOMPARE(Labels(*m_window->session()->project()).labelsOf(m_ids[0]).size(), 2);

    // On to the next disputed sample, shown in the main window.
    QCOMPARE(ui()->queue()->currentSample(), m_ids[1]);
    QCOMPARE(m_window->session()->currentSampleId(), m_ids[1]);
    QCOMPARE(ui()->queue()->pending().size(), 2);
    QVERIFY(panel()->reason().isEmpty());
    QVERIFY(panel()->hasFocus());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->audioUi()->currentSignal() && m_window->audioUi()->waveformView()->hasData() &&
            m_window->audioUi()->waveformView()->signal() == m_window->audioUi()->currentSignal(),
        10000);
}

void TestGuiReview::rejectKeyAndUndo()
{
    startQueue();
    QTest::keyClick(panel(), Qt::Key_2); // m_ids[0] -> "no"
    QCOMPARE(ui()->queue()->currentSample(), m_ids[1]);
    QTest::keyClick(panel(), Qt::Key_X);
    const std::optional<ReviewRecord> review = reviews().latestReview(m_ids[1]);
    QVERIFY(review.has_value());
    QCOMPARE(review->kind, ReviewKind::Reject);
    QCOMPARE(statusOf(m_ids[1]), SampleStatus::Rejected);
    QCOMPARE(ui()->queue()->currentSample(), m_ids[2]);

    // Ctrl+Z is the window's: the panel leaves Ctrl keys alone.
    QTest::keyClick(panel(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!reviews().latestReview(m_ids[1]).has_value());
    QCOMPARE(statusOf(m_ids[1]), SampleStatus::Disputed);
    QCOMPARE(ui()->queue()->currentSample(), m_ids[1]); // undo shows the sample again
    QCOMPARE(m_window->session()->currentSampleId(), m_ids[1]);
    QCOMPARE(reviews().latestReview(m_ids[0])->classId, classId(QStringLiteral("no")));

    // Redo brings the rejection back (a new decision row).
    m_window->session()->undoStack()->redo();
    QCOMPARE(statusOf(m_ids[1]), SampleStatus::Rejected);
    m_window->session()->undoStack()->undo();
    m_window->session()->undoStack()->undo();
    QVERIFY(!reviews().latestReview(m_ids[0]).has_value());
    QCOMPARE(statusOf(m_ids[0]), SampleStatus::Disputed);
    QCOMPARE(reviews().reviewsOf(m_ids[0]).size(), 0);
}

void TestGuiReview::annotatorRoleIsRefused()
{
    QVERIFY(m_window->session()->setAnnotator(QStringLiteral("alice"), AnnotatorRole::Annotator));
    startQueue();
    QTest::keyClick(panel(), Qt::Key_1);
    QVERIFY(!reviews().latestReview(m_ids[0]).has_value());
    QCOMPARE(statusOf(m_ids[0]), SampleStatus::Disputed);
    QCOMPARE(ui()->queue()->currentSample(), m_ids[0]); // stays
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("reviewer")));
    QCOMPARE(m_window->session()->undoStack()->count(), 0);
}

void TestGuiReview::votesWithKeysShowOutcome()
{
    const qint64 sample = m_window->session()->currentSampleId();
    const qint64 me = m_window->session()->annotator().id;
    QTableView* table = m_window->sampleTable()->view();
    QTest::keyClick(table, Qt::Key_Plus);
    QCOMPARE(Votes(*m_window->session()->project()).voteOf(sample, me), std::optional<bool>(true));
    QCOMPARE(m_window->session()->currentSampleId(), sample); // voting does not move on
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("other")));
    { // A second up vote by bob: 2/0 is valid.
        const qint64 bob =
            Annotators(*m_window->session()->project()).annotator(QStringLiteral("bob")).value().id;
        QVERIFY(Votes(*m_window->session()->project()).setVote(sample, bob, true).isOk());
    }
    QTest::keyClick(table, Qt::Key_Equal); // "=" is "+" without Shift
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("2 up, 0 down")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("valid")));
    QTest::keyClick(table, Qt::Key_Minus);
    QCOMPARE(Votes(*m_window->session()->project()).voteOf(sample, me), std::optional<bool>(false));
    QVERIFY(
        m_window->statusBar()->currentMessage().contains(QStringLiteral("1 up, 1 down — other")));

    // The queue shows the votes and the outcome of the sample.
    startQueue();
    QCOMPARE(ui()->queue()->currentSample(), sample);
    QVERIFY(panel()->votesText().contains(QStringLiteral("other")));
    QTest::keyClick(panel(), Qt::Key_Plus); // not the panel's key: the window votes
    QCOMPARE(Votes(*m_window->session()->project()).voteOf(sample, me), std::optional<bool>(true));
    QVERIFY(panel()->votesText().contains(QStringLiteral("valid")));

    QTest::keyClick(table, Qt::Key_0);
    QCOMPARE(Votes(*m_window->session()->project()).voteOf(sample, me), std::nullopt);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(Votes(*m_window->session()->project()).voteOf(sample, me), std::optional<bool>(true));
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(Votes(*m_window->session()->project()).voteOf(sample, me), std::optional<bool>(false));
    QCOMPARE(m_window->session()->undoStack()->undoText(), QStringLiteral("Vote down"));
}

void TestGuiReview::lowVoteSamplesJoinTheQueue()
{
    // Two down votes on the agreed sample: invalid; with votes able to reject, it is
    // rejected (not waiting). Without, it joins the queue when low votes are included.
    Project* p = m_window->session()->project();
    ConsensusRule rule = ProjectReview::loadRule(*p);
    rule.votesCanReject = false;
    QVERIFY(ProjectReview::saveRule(*p, rule));
    const qint64 alice =
        Annotators(*m_window->session()->project()).annotator(QStringLiteral("alice")).value().id;
    const qint64 bob =
        Annotators(*m_window->session()->project()).annotator(QStringLiteral("bob")).value().id;
    QVERIFY(Votes(*m_window->session()->project()).setVote(m_ids[3], alice, false).isOk());
    QVERIFY(Votes(*m_window->session()->project()).setVote(m_ids[3], bob, false).isOk());
    QVERIFY(Votes(*m_window->session()->project())
                .setVote(m_ids[4], bob, true)
                .isOk()); // 1/0: other, one vote
    startQueue();
    QCOMPARE(ui()->queue()->pending().size(), 3);
    ui()->queue()->lowVotesBox()->setChecked(true);
    QCOMPARE(ui()->queue()->pending(),
             (QList<qint64>{m_ids[0], m_ids[1], m_ids[2], m_ids[3], m_ids[4]}));
    ui()->queue()->showSample(m_ids[3]);
    QCOMPARE(m_window->session()->currentSampleId(), m_ids[3]);
    QVERIFY(panel()->positionText().contains(QStringLiteral("4")));
    QVERIFY(panel()->votesText().contains(QStringLiteral("invalid")));
}

void TestGuiReview::agreementDockMatchesReport()
{
    ui()->agreementDockWidget()->show();
    AgreementDock* dock = ui()->agreementDock();
    const AgreementReport expected =
        ProjectReview(*m_window->session()->project()).agreementReport();
    QCOMPARE(dock->report().items, expected.items);
    QCOMPARE(dock->valueText(QStringLiteral("fleiss")),
             AgreementDock::format(expected.fleissKappa));
    QCOMPARE(dock->valueText(QStringLiteral("alpha")),
             AgreementDock::format(expected.krippendorffAlpha));
    QVERIFY(dock->valueText(QStringLiteral("percent"))
                .startsWith(QLocale().toString(100.0 * expected.percentAgreement.value, 'f', 1)));
    QCOMPARE(dock->cohenTable()->rowCount(), int(expected.cohenKappa.size()));
    QCOMPARE(dock->cohenTable()->rowCount(), 1); // alice and bob
    QCOMPARE(dock->cohenTable()->item(0, 2)->text(),
             AgreementDock::format(expected.cohenKappa.first().stat));
    QCOMPARE(expected.percentAgreement.value, 0.25); // one of four agreed

    // The heat map: alice (rows) vs bob (columns).
    QCOMPARE(dock->raterACombo()->currentText(), QStringLiteral("alice"));
    QCOMPARE(dock->raterBCombo()->currentText(), QStringLiteral("bob"));
    ConfusionHeatmap* map = dock->heatmap();
    const int yesRow = int(map->rowLabels().indexOf(QStringLiteral("yes")));
    const int noCol = int(map->columnLabels().indexOf(QStringLiteral("no")));
    QVERIFY(yesRow >= 0 && noCol >= 0);
    QCOMPARE(map->count(yesRow, noCol), 3);
    QCOMPARE(map->count(yesRow, int(map->columnLabels().indexOf(QStringLiteral("yes")))), 1);

    // Per class; then a new label updates the visible dock.
    dock->scopeCombo()->setCurrentIndex(
        dock->scopeCombo()->findData(classId(QStringLiteral("no"))));
    const AgreementReport perClass = ProjectReview(*m_window->session()->project())
                                         .agreementReport(classId(QStringLiteral("no")));
    QCOMPARE(dock->valueText(QStringLiteral("alpha")),
             AgreementDock::format(perClass.krippendorffAlpha));
    QCOMPARE(dock->heatmap()->rowLabels(),
             (QStringList{QStringLiteral("no"), QStringLiteral("other")}));
    m_window->session()->selectSample(m_ids[5]);
    QTest::keyClick(m_window->sampleTable()->view(), Qt::Key_2); // rita labels "no"
    QCOMPARE(dock->report().raterNames.size(), 3);
}

void TestGuiReview::boxDisputesJoinQueueAndDock()
{
    // An image on which alice and bob drew a "yes" box 5 px apart (IoU 1/3): below the
    // default box IoU of 0.5 it is disputed and waits in the queue.
    Project* p = m_window->session()->project();
    std::vector<SampleRecord> image{test::imageRecord(QStringLiteral("img.png"), 100, 100)};
    QVERIFY(p->insertSamples(image));
    const qint64 img = image[0].id;
    Project* ann = m_window->session()->project();
    for (const auto& [who, x] : {std::pair{"alice", 0.0}, std::pair{"bob", 5.0}}) {
        BoxRecord b;
        b.sampleId = img;
        b.annotatorId = Annotators(*ann).annotator(QLatin1String(who)).value().id;
        b.classId = classId(QStringLiteral("yes"));
        b.x = x;
        b.w = 10;
        b.h = 10;
        QVERIFY(Boxes(*ann).addBox(b).isOk());
    }
    QCOMPARE(statusOf(img), SampleStatus::Disputed);
    startQueue();
    QVERIFY(ui()->queue()->pending().contains(img));

    ui()->agreementDockWidget()->show();
    AgreementDock* dock = ui()->agreementDock();
    dock->recompute();
    QCOMPARE(dock->report().boxes.comparisons, 1);
    QCOMPARE(dock->report().boxes.matched, 0);
    QVERIFY2(dock->valueText(QStringLiteral("boxes"))
                 .startsWith(QStringLiteral("F1 %1,").arg(QLocale().toString(0.0, 'f', 3))),
             qPrintable(dock->valueText(QStringLiteral("boxes"))));
    QVERIFY(dock->valueText(QStringLiteral("boxes")).contains(QLocale().toString(0.5, 'f', 2)));

    // A box IoU of 0.3 set in the consensus settings: the boxes match, the image no
    // longer waits, and the dock reports the match at the new threshold.
    ConsensusSettingsDialog dialog(ProjectReview::loadRule(*p));
    QCOMPARE(dialog.boxIouSpin()->value(), 0.5);
    dialog.boxIouSpin()->setValue(0.3);
    QVERIFY(ProjectReview::saveRule(*p, dialog.rule()));
    QCOMPARE(p->setting(reviewsettings::kBoxIoU), QStringLiteral("0.3"));
    QCOMPARE(statusOf(img), SampleStatus::Unlabelled);
    QVERIFY(!ui()->queue()->pending().contains(img));
    dock->recompute();
    QCOMPARE(dock->report().boxes.iouThreshold, 0.3);
    QCOMPARE(dock->report().boxes.matched, 1);
    QVERIFY2(dock->valueText(QStringLiteral("boxes"))
                 .startsWith(QStringLiteral("F1 %1,").arg(QLocale().toString(1.0, 'f', 3))),
             qPrintable(dock->valueText(QStringLiteral("boxes"))));
    // Regions are reported apart.
    QVERIFY(dock->valueText(QStringLiteral("regions"))
                .contains(QStringLiteral("no sample has regions")));
}

void TestGuiReview::historyListsLabelsAndReviews()
{
    startQueue();
    QTest::keyClick(panel(), Qt::Key_R);
    QTest::keyClicks(panel()->reasonEdit(), QStringLiteral("bob, wrong"));
    QTest::keyClick(panel()->reasonEdit(), Qt::Key_Return);
    QTest::keyClick(panel(), Qt::Key_1);
    m_window->session()->selectSample(m_ids[0]);
    QTest::keyClick(m_window->sampleTable()->view(), Qt::Key_Plus);
    m_window->session()->selectSample(m_ids[0]);
    HistoryDialog* dialog = ui()->showHistory();
    QVERIFY(dialog);
    QTableWidget* table = dialog->table();
    QStringList actions, who;
    for (int row = 0; row < table->rowCount(); ++row) {
        actions << table->item(row, 2)->text();
        who << table->item(row, 1)->text();
    }
    QCOMPARE(actions.count(QStringLiteral("label")), 2);
    QVERIFY(actions.contains(QStringLiteral("review")));
    QVERIFY(actions.contains(QStringLiteral("vote")));
    QVERIFY(who.contains(QStringLiteral("alice")) && who.contains(QStringLiteral("bob")));
    QVERIFY(who.contains(QStringLiteral("rita")));
    QVERIFY(actions.indexOf(QStringLiteral("label")) <
            actions.indexOf(QStringLiteral("review"))); // oldest first

    const QString csv = m_dir.filePath(QStringLiteral("history.csv"));
    const QString json = m_dir.filePath(QStringLiteral("history.json"));
    QVERIFY(dialog->exportTo(csv));
    QVERIFY(dialog->exportTo(json));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csvFile.readAll());
    QVERIFY(text.startsWith(QStringLiteral("time,annotator,action,description\n")));
    QCOMPARE(text.count(QLatin1Char('\n')), table->rowCount() + 1);
    QVERIFY(text.contains(QStringLiteral("\"bob, wrong\"")) ||
            text.contains(QStringLiteral("bob, wrong")));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("events")).toArray().size(), table->rowCount());
    QVERIFY(!dialog->exportTo(m_dir.filePath(QStringLiteral("missing/dir/h.csv"))));
    dialog->close();
}

void TestGuiReview::consensusSettingsRoundTrip()
{
    ConsensusRule rule;
    rule.minAnnotators = 3;
    rule.majority = 2.0 / 3;
    rule.votesCanReject = false;
    rule.votes.minVotes = 4;
    rule.boxIouThreshold = 0.3;
    ConsensusSettingsDialog dialog(rule);
    QCOMPARE(dialog.majoritySpin()->value(), 0.667);
    QCOMPARE(dialog.boxIouSpin()->value(), 0.3);
    const ConsensusRule back = dialog.rule();
    QCOMPARE(back.minAnnotators, 3);
    QCOMPARE(back.majority, 2.0 / 3); // snapped back to exactly two of three
    QCOMPARE(back.votesCanReject, false);
    QCOMPARE(back.votes.minVotes, 4);
    QCOMPARE(back.boxIouThreshold, 0.3);
    QCOMPARE(ConsensusSettingsDialog::snapMajority(0.75), 0.75);
    QCOMPARE(ConsensusSettingsDialog::snapMajority(0.9), 0.9);
    QCOMPARE(ConsensusSettingsDialog::snapMajority(0.8123), 0.8123);

    // Three annotators needed: the sample two agreed on is only "labelled" now.
    QVERIFY(ProjectReview::saveRule(*m_window->session()->project(), back));
    m_window->session()->refreshDerived();
    const int row = m_window->session()->sampleModel()->rowOfSample(m_ids[3]);
    QCOMPARE(m_window->session()->sampleModel()->statusOf(
                 m_window->session()->sampleModel()->record(row)),
             QStringLiteral("labelled"));
}

void TestGuiReview::mergeBringsColleaguesLabels()
{
    {
        auto other = Project::open(m_copy);
        QVERIFY(other.isOk());
        Project& a = *other.value();
        const qint64 carol = Annotators(a).ensureAnnotator(QStringLiteral("carol")).value().id;
        const qint64 yes = Classes(a).classByName(QStringLiteral("yes")).value().id;
        for (const SampleRecord& r : other.value()->samples())
            QVERIFY(Labels(a).setLabel(r.id, carol, yes).isOk());
    }
    QVERIFY(ui()->mergeProject(m_copy));
    const auto carol =
        Annotators(*m_window->session()->project()).annotator(QStringLiteral("carol"));
    QVERIFY(carol.isOk());
    for (qint64 id : m_ids)
        QCOMPARE(Labels(*m_window->session()->project()).labelOf(id, carol.value().id),
                 classId(QStringLiteral("yes")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Matched 6")));
    QVERIFY(!ui()->mergeProject(m_dir.filePath(QStringLiteral("nope.tally"))));
}

void TestGuiReview::importsCommonVoiceInTheBackground()
{
    const QString root = m_dir.filePath(QStringLiteral("cv"));
    QVERIFY(
        test::writeWav(root + QStringLiteral("/clips/a.wav"), test::sine(300, 0.5, 16000, 8000)));
    QVERIFY(
        test::writeWav(root + QStringLiteral("/clips/b.wav"), test::sine(350, 0.5, 16000, 8000)));
    QVERIFY(test::writeBytes(root + QStringLiteral("/validated.tsv"),
                             "client_id\tpath\tsentence\tup_votes\tdown_votes\n"
                             "spk1\ta.wav\thello\t2\t0\n"
                             "spk2\tb.wav\tworld\t1\t2\n"
                             "spk2\tgone.wav\tmissing\t0\t0\n"));
    QSignalSpy finished(m_window->importRunner(), &ImportRunner::finished);
    QVERIFY(ui()->importCommonVoice(root));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const ImportReport report = m_window->importRunner()->lastReport();
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.errors.size(), 1);
    QCOMPARE(m_window->session()->sampleModel()->rowCount(), 8);
    const qint64 b = m_window->session()
                         ->project()
                         ->sampleByPath(m_window->session()->project()->toStoredPath(
                             root + QStringLiteral("/clips/b.wav")))
                         .value()
                         .id;
    const VoteCounts votes = Votes(*m_window->session()->project()).voteCounts(b);
    QCOMPARE(votes.importedUp, 1);
    QCOMPARE(votes.importedDown, 2);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Imported 2")));
}

// The menu's Common Voice import asks with the import dialog: CC0-1.0 and the source
// filled in, "allow media outside" off. A clip named "../outside.wav" is refused with the
// box unticked and imported with a warning once it is ticked (as --allow-outside).
void TestGuiReview::commonVoiceMenuAllowsOutside()
{
    const QString root = m_dir.filePath(QStringLiteral("cvout/release"));
    QVERIFY(
        test::writeWav(root + QStringLiteral("/clips/in.wav"), test::sine(300, 0.5, 16000, 8000)));
    QVERIFY(test::writeWav(m_dir.filePath(QStringLiteral("cvout/outside.wav")),
                           test::sine(350, 0.5, 16000, 8000)));
    QVERIFY(test::writeBytes(root + QStringLiteral("/validated.tsv"),
                             "client_id\tpath\tsentence\tup_votes\tdown_votes\n"
                             "spk1\tin.wav\thello\t2\t0\n"
                             "spk2\t../../outside.wav\tworld\t2\t0\n"));
    auto* action = m_window->findChild<QAction*>(QStringLiteral("review.importCommonVoice"));
    QVERIFY(action);
    QSignalSpy finished(m_window->importRunner(), &ImportRunner::finished);
    const auto runDialog = [&](bool tick) {
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto* d = qobject_cast<NewImportDialog*>(QApplication::activeModalWidget());
            QVERIFY(d);
            seen = true;
            auto* box = d->findChild<QCheckBox*>(QStringLiteral("allowOutside"));
            QVERIFY(box);
            QVERIFY(!box->isChecked());
            QCOMPARE(d->licence(), QStringLiteral("CC0-1.0"));
            QCOMPARE(d->source(), QStringLiteral("Mozilla Common Voice"));
            d->findChild<QLineEdit*>(QStringLiteral("folder"))->setText(root);
            box->setChecked(tick);
            d->accept();
        });
        action->trigger();
        return seen;
    };
    QVERIFY(runDialog(false));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    ImportReport report = m_window->importRunner()->lastReport();
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.errors.size(), 1);
    QVERIFY(report.errors.first().path.endsWith(QStringLiteral("/outside.wav")));
    QVERIFY(report.errors.first().reason.contains(QStringLiteral("outside the dataset folder")));
    QVERIFY(report.warnings.isEmpty());

    QVERIFY(runDialog(true));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    report = m_window->importRunner()->lastReport();
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.duplicates, 1);
    QVERIFY(report.errors.isEmpty());
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY(report.warnings.first().path.endsWith(QStringLiteral("/outside.wav")));
    const auto sample =
        m_window->session()->project()->sampleByPath(m_window->session()->project()->toStoredPath(
            m_dir.filePath(QStringLiteral("cvout/outside.wav"))));
    QVERIFY(sample.isOk());
    QCOMPARE(sample.value().licence, QStringLiteral("CC0-1.0"));
}

QTEST_MAIN(TestGuiReview)
#include "test_gui_review.moc"
