// The split dialog (gui/SplitDialog): its Split button applies the method through the
// apply function the window gives it (DatasetUi: core applySplitMethod, then the leaks
// from store/SplitLeaks), stays open, and lists the result and each leak; the card's
// leak section is tested from real flags in test_cli_quality.
#include "gui/SplitDialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace tally;

class TestSplitDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitListsTheLeaksAndStaysOpen();
};

void TestSplitDialog::splitListsTheLeaksAndStaysOpen()
{
    SplitDialog dialog({QStringLiteral("speaker")}, std::nullopt);
    int applied = 0;
    dialog.setApply([&applied](const SplitMethod&) -> Result<SplitDialog::Outcome> {
        ++applied;
        StoredLeak dup;
        dup.why = QStringLiteral("duplicate");
        dup.pathA = QStringLiteral("yes/a_nohash_0.wav");
        dup.splitA = QStringLiteral("training");
        dup.pathB = QStringLiteral("yes/b_nohash_0.wav");
        dup.splitB = QStringLiteral("testing");
        return SplitDialog::Outcome{QStringLiteral("Training 2, validation 0, testing 1."), {dup}};
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.leakList()->isVisible());
    QPushButton* split = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(split && split->isEnabled());
    QTest::mouseClick(split, Qt::LeftButton);
    QCOMPARE(applied, 1);
    QVERIFY(dialog.isVisible()); // stays open to show what happened
    QTreeWidget* leaks = dialog.leakList();
    QVERIFY(leaks->isVisible());
    QCOMPARE(leaks->topLevelItemCount(), 1);
    QVERIFY(leaks->topLevelItem(0)->text(0).contains(QStringLiteral("duplicate")));
    QCOMPARE(leaks->topLevelItem(0)->text(1), QStringLiteral("yes/a_nohash_0.wav (training)"));
    QCOMPARE(leaks->topLevelItem(0)->text(2), QStringLiteral("yes/b_nohash_0.wav (testing)"));
}

QTEST_MAIN(TestSplitDialog)
#include "test_split_dialog.moc"
