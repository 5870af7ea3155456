// ReviewPanel: what it shows for an item, decisions by button and by hotkey,
// the reason line (typing there never decides), navigation and the empty queue.
// Runs on the offscreen platform (CTest sets QT_QPA_PLATFORM=offscreen).
// Set TALLY_SCREENSHOT_DIR to also write PNGs of the panel there.

#include "ReviewPanel.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

using namespace tally;

namespace {

QList<ReviewClass> classes()
{
    return {{11, QStringLiteral("yes"), QStringLiteral("1"), QColor(55, 126, 184)},
            {12, QStringLiteral("no"), QStringLiteral("2"), QColor(228, 26, 28)},
            {13, QStringLiteral("dog"), QStringLiteral("d"), QColor(77, 175, 74)},
            {14, QStringLiteral("rock & roll"), QString(), QColor(152, 78, 163)}};
}

ReviewItem disputed()
{
    ReviewItem item;
    item.sampleTitle = QStringLiteral("speaker_a/yes_nohash_0.wav");
    item.labels = {{QStringLiteral("alice"), QStringLiteral("yes")},
                   {QStringLiteral("bob"), QStringLiteral("no")},
                   {QStringLiteral("carol"), QStringLiteral("yes")}};
    item.up = 2;
    item.down = 1;
    item.voteOutcome = QStringLiteral("valid");
    item.status = QStringLiteral("disputed");
    item.imported = QStringLiteral("Common Voice: 2 up, 1 down");
    item.position = 3;
    item.total = 12;
    return item;
}

void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("TALLY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestReviewPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReviewPanel> m_panel;

    // A shown, active panel with the classes and an item, the keyboard on the panel.
    bool showPanel()
    {
        m_panel = std::make_unique<ReviewPanel>();
        m_panel->setClasses(classes());
        m_panel->setItem(disputed());
        m_panel->resize(640, 300);
        m_panel->show();
        m_panel->activateWindow();
        if (!QTest::qWaitForWindowActive(m_panel.get()))
            return false;
        m_panel->setFocus();
        return QTest::qWaitFor([this] { return m_panel->hasFocus(); }, 2000);
    }

private Q_SLOTS:
    void cleanup() { m_panel.reset(); }

    void showsTheItem()
    {
        QVERIFY(showPanel());
        QCOMPARE(m_panel->titleText(), QStringLiteral("speaker_a/yes_nohash_0.wav"));
        QCOMPARE(m_panel->positionText(), QStringLiteral("3 of 12 · disputed"));
        QVERIFY(m_panel->votesText().contains(QStringLiteral("2 up")));
        QVERIFY(m_panel->votesText().contains(QStringLiteral("1 down")));
        QVERIFY(m_panel->votesText().contains(QStringLiteral("valid")));
        QVERIFY(m_panel->hasItem());
    }

    void labelsSideBySide()
    {
        QVERIFY(showPanel());
        const QStringList shown = m_panel->shownLabels();
        QCOMPARE(shown, QStringList({QStringLiteral("alice: yes"), QStringLiteral("bob: no"),
                                     QStringLiteral("carol: yes")}));
        // The class names are visible on one row, left to right in label order.
        QList<QLabel*> names;
        for (const QString& cls : {QStringLiteral("yes"), QStringLiteral("no")})
            for (QLabel* label : m_panel->findChildren<QLabel*>())
                if (label->text() == cls && label->isVisible())
                    names << label;
        QCOMPARE(names.size(), 3); // yes (alice), yes (carol), no (bob)
        const QPoint alice = names[0]->mapTo(m_panel.get(), QPoint(0, 0));
        const QPoint carol = names[1]->mapTo(m_panel.get(), QPoint(0, 0));
        const QPoint bob = names[2]->mapTo(m_panel.get(), QPoint(0, 0));
        QCOMPARE(alice.y(), bob.y());
        QCOMPARE(bob.y(), carol.y());
        QVERIFY(alice.x() < bob.x());
        QVERIFY(bob.x() < carol.x());
    }

    void classButtonsShowTheirHotkeys()
    {
        QVERIFY(showPanel());
        QCOMPARE(m_panel->classButton(11)->text(), QStringLiteral("yes [1]"));
        QCOMPARE(m_panel->classButton(13)->text(), QStringLiteral("dog [D]"));
        QCOMPARE(m_panel->classButton(14)->text(), QStringLiteral("rock && roll")); // no mnemonic
        QVERIFY(!m_panel->classButton(99));
    }

    void hotkeyDecidesWithTheReason_data()
    {
        QTest::addColumn<QChar>("key");
        QTest::addColumn<qint64>("classId");
        QTest::newRow("digit 1") << QChar('1') << qint64(11);
        QTest::newRow("digit 2") << QChar('2') << qint64(12);
        QTest::newRow("letter d") << QChar('d') << qint64(13);
        QTest::newRow("letter D") << QChar('D') << qint64(13);
    }

    void hotkeyDecidesWithTheReason()
    {
        QFETCH(QChar, key);
        QFETCH(qint64, classId);
        QVERIFY(showPanel());
        QSignalSpy decided(m_panel.get(), &ReviewPanel::decided);
        m_panel->setReason(QStringLiteral("  clear on second listen "));
        QTest::keyClick(m_panel.get(), key.toLatin1(),
                        key.isUpper() ? Qt::ShiftModifier : Qt::NoModifier);
        QCOMPARE(decided.count(), 1);
        QCOMPARE(decided.at(0).at(0).value<qint64>(), classId);
        QCOMPARE(decided.at(0).at(1).toString(), QStringLiteral("clear on second listen"));
    }

    void typingInTheReasonNeverDecides()
    {
        QVERIFY(showPanel());
        QSignalSpy decided(m_panel.get(), &ReviewPanel::decided);
        QSignalSpy rejected(m_panel.get(), &ReviewPanel::rejected);
        QSignalSpy sentBack(m_panel.get(), &ReviewPanel::sentBack);
        QSignalSpy skipped(m_panel.get(), &ReviewPanel::skipRequested);
        QSignalSpy next(m_panel.get(), &ReviewPanel::nextRequested);
        // R moves the keyboard to the reason line.
        QTest::keyClick(m_panel.get(), Qt::Key_R);
        QVERIFY(m_panel->reasonEdit()->hasFocus());
        QTest::keyClicks(m_panel->reasonEdit(), QStringLiteral("12 dogs, 1 box x b"));
        QTest::keyClick(m_panel->reasonEdit(), Qt::Key_Down);
        QCOMPARE(m_panel->reasonEdit()->text(), QStringLiteral("12 dogs, 1 box x b"));
        QCOMPARE(decided.count() + rejected.count() + sentBack.count() + skipped.count(), 0);
        // Enter commits nothing and gives the keyboard back to the panel...
        QTest::keyClick(m_panel->reasonEdit(), Qt::Key_Return);
        QCOMPARE(decided.count() + rejected.count() + sentBack.count() + next.count(), 0);
        QVERIFY(m_panel->hasFocus());
        QCOMPARE(m_panel->reason(), QStringLiteral("12 dogs, 1 box x b"));
        // ...so the next key decides, with the typed reason.
        QTest::keyClick(m_panel.get(), Qt::Key_2);
        QCOMPARE(decided.count(), 1);
        QCOMPARE(decided.at(0).at(0).value<qint64>(), qint64(12));
        QCOMPARE(decided.at(0).at(1).toString(), QStringLiteral("12 dogs, 1 box x b"));
    }

    void escapeInTheReasonReturnsTheKeyboard()
    {
        QVERIFY(showPanel());
        m_panel->reasonEdit()->setFocus();
        QVERIFY(QTest::qWaitFor([this] { return m_panel->reasonEdit()->hasFocus(); }, 2000));
        QTest::keyClicks(m_panel->reasonEdit(), QStringLiteral("noisy"));
        QTest::keyClick(m_panel->reasonEdit(), Qt::Key_Escape);
        QVERIFY(m_panel->hasFocus());
        QSignalSpy rejected(m_panel.get(), &ReviewPanel::rejected);
        QTest::keyClick(m_panel.get(), Qt::Key_X);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.at(0).at(0).toString(), QStringLiteral("noisy"));
    }

    void rejectAndSendBack()
    {
        QVERIFY(showPanel());
        QSignalSpy rejected(m_panel.get(), &ReviewPanel::rejected);
        QSignalSpy sentBack(m_panel.get(), &ReviewPanel::sentBack);
        QSignalSpy decided(m_panel.get(), &ReviewPanel::decided);
        m_panel->setReason(QStringLiteral("clipped"));
        QTest::mouseClick(m_panel->rejectButton(), Qt::LeftButton);
        QTest::mouseClick(m_panel->sendBackButton(), Qt::LeftButton);
        QVERIFY(m_panel->hasFocus()); // buttons leave the keyboard with the panel
        QTest::keyClick(m_panel.get(), Qt::Key_X);
        QTest::keyClick(m_panel.get(), Qt::Key_B);
        QCOMPARE(rejected.count(), 2);
        QCOMPARE(sentBack.count(), 2);
        QCOMPARE(decided.count(), 0);
        QCOMPARE(rejected.at(1).at(0).toString(), QStringLiteral("clipped"));
        QCOMPARE(sentBack.at(0).at(0).toString(), QStringLiteral("clipped"));
        QTest::mouseClick(m_panel->classButton(13), Qt::LeftButton);
        QCOMPARE(decided.count(), 1);
        QCOMPARE(decided.at(0).at(0).value<qint64>(), qint64(13));
    }

    void classHotkeyWinsOverPanelKeys()
    {
        QVERIFY(showPanel());
        QList<ReviewClass> withX = classes();
        withX.append({15, QStringLiteral("xylophone"), QStringLiteral("x"), Qt::yellow});
        m_panel->setClasses(withX);
        QSignalSpy rejected(m_panel.get(), &ReviewPanel::rejected);
        QSignalSpy decided(m_panel.get(), &ReviewPanel::decided);
        QTest::keyClick(m_panel.get(), Qt::Key_X);
        QCOMPARE(rejected.count(), 0);
        QCOMPARE(decided.count(), 1);
        QCOMPARE(decided.at(0).at(0).value<qint64>(), qint64(15));
        QTest::mouseClick(m_panel->rejectButton(), Qt::LeftButton);
        QCOMPARE(rejected.count(), 1);
    }

    void chordsAreLeftToTheWindow()
    {
        QVERIFY(showPanel());
        QSignalSpy decided(m_panel.get(), &ReviewPanel::decided);
        QSignalSpy rejected(m_panel.get(), &ReviewPanel::rejected);
        QTest::keyClick(m_panel.get(), Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(m_panel.get(), Qt::Key_X, Qt::AltModifier);
        QCOMPARE(decided.count() + rejected.count(), 0);
    }

    void panelKeysBeatWindowShortcuts()
    {
        // The main window may bind single keys (labelling hotkeys); in review mode
        // the focused panel gets them first.
        QWidget window;
        auto* panel = new ReviewPanel(&window);
        panel->setClasses(classes());
        panel->setItem(disputed());
        auto* action = new QAction(&window);
        action->setShortcut(QKeySequence(Qt::Key_1));
        window.addAction(action);
        QSignalSpy triggered(action, &QAction::triggered);
        window.resize(640, 300);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        panel->setFocus();
        QVERIFY(QTest::qWaitFor([panel] { return panel->hasFocus(); }, 2000));
        QSignalSpy decided(panel, &ReviewPanel::decided);
        QTest::keyClick(panel, Qt::Key_1);
        QCOMPARE(decided.count(), 1);
        QCOMPARE(triggered.count(), 0);
        // Without an item the key is not the panel's: the window's shortcut runs.
        panel->clearItem();
        QTest::keyClick(panel, Qt::Key_1);
        QCOMPARE(decided.count(), 1);
        QCOMPARE(triggered.count(), 1);
    }

    void navigation()
    {
        QVERIFY(showPanel());
        QSignalSpy previous(m_panel.get(), &ReviewPanel::previousRequested);
        QSignalSpy next(m_panel.get(), &ReviewPanel::nextRequested);
        QSignalSpy skipped(m_panel.get(), &ReviewPanel::skipRequested);
        QTest::keyClick(m_panel.get(), Qt::Key_Left);
        QTest::keyClick(m_panel.get(), Qt::Key_PageUp);
        QTest::keyClick(m_panel.get(), Qt::Key_Right);
        QTest::keyClick(m_panel.get(), Qt::Key_PageDown);
        QTest::keyClick(m_panel.get(), Qt::Key_Down);
        QTest::mouseClick(m_panel->previousButton(), Qt::LeftButton);
        QTest::mouseClick(m_panel->nextButton(), Qt::LeftButton);
        QTest::mouseClick(m_panel->skipButton(), Qt::LeftButton);
        QCOMPARE(previous.count(), 3);
        QCOMPARE(next.count(), 3);
        QCOMPARE(skipped.count(), 2);
        // First of the queue: no previous; last: no next.
        ReviewItem first = disputed();
        first.position = 1;
        m_panel->setItem(first);
        QVERIFY(!m_panel->previousButton()->isEnabled());
        QTest::keyClick(m_panel.get(), Qt::Key_Left);
        QCOMPARE(previous.count(), 3);
        ReviewItem last = disputed();
        last.position = 12;
        m_panel->setItem(last);
        QVERIFY(!m_panel->nextButton()->isEnabled());
        QVERIFY(m_panel->previousButton()->isEnabled());
    }

    void setItemClearsTheReason()
    {
        QVERIFY(showPanel());
        m_panel->setReason(QStringLiteral("old"));
        m_panel->setItem(disputed());
        QCOMPARE(m_panel->reason(), QString());
    }

    void emptyQueue()
    {
        QVERIFY(showPanel());
        m_panel->setReason(QStringLiteral("old"));
        m_panel->clearItem();
        QVERIFY(!m_panel->hasItem());
        QCOMPARE(m_panel->reason(), QString());
        QVERIFY(m_panel->shownLabels().isEmpty());
        bool message = false;
        for (QLabel* label : m_panel->findChildren<QLabel*>())
            message |=
                label->isVisible() && label->text() == QStringLiteral("Nothing left to review");
        QVERIFY(message);
        QVERIFY(!m_panel->classButton(11)->isEnabled());
        QVERIFY(!m_panel->rejectButton()->isEnabled());
        QVERIFY(!m_panel->sendBackButton()->isEnabled());
        QVERIFY(!m_panel->nextButton()->isEnabled());
        QVERIFY(m_panel->previousButton()->isEnabled());
        QSignalSpy decided(m_panel.get(), &ReviewPanel::decided);
        QSignalSpy rejected(m_panel.get(), &ReviewPanel::rejected);
        QSignalSpy previous(m_panel.get(), &ReviewPanel::previousRequested);
        QTest::keyClick(m_panel.get(), Qt::Key_1);
        QTest::keyClick(m_panel.get(), Qt::Key_X);
        QTest::keyClick(m_panel.get(), Qt::Key_Left);
        QCOMPARE(decided.count() + rejected.count(), 0);
        QCOMPARE(previous.count(), 1);
    }

    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("TALLY_SCREENSHOT_DIR"))
            QSKIP("TALLY_SCREENSHOT_DIR not set");
        QVERIFY(showPanel());
        m_panel->setReason(QStringLiteral("bob misheard; clear 'yes' at 0.4 s"));
        saveScreenshot(m_panel.get(), QStringLiteral("review_panel.png"));
        QList<ReviewClass> many;
        const QStringList words = {"yes", "no",  "up",   "down", "left",      "right",
                                   "on",  "off", "stop", "go",   "_unknown_", "_silence_"};
        for (int i = 0; i < words.size(); ++i)
            many.append({i + 1, words[i], i < 9 ? QString::number(i + 1) : QString(QChar('a' + i)),
                         QColor::fromHsv(i * 30, 160, 220)});
        m_panel->setClasses(many);
        saveScreenshot(m_panel.get(), QStringLiteral("review_panel_many.png"));
        m_panel->clearItem();
        saveScreenshot(m_panel.get(), QStringLiteral("review_panel_empty.png"));
    }
};

QTEST_MAIN(TestReviewPanel)
#include "test_review_panel.moc"
