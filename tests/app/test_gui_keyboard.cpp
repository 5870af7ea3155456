// Keyboard shortcuts as a person changes them: Help ▸ Keyboard Shortcuts… gives an
// action a new key that works at once and in the next window (QSettings), refuses a
// key another action (or a class hotkey) has with a message naming it, and resets;
// ? / F1 opens the cheat sheet of the view shown, with the keys as they are now.
#include "TestSupport.h"
#include "formats/SpeechCommandsImporter.h"
#include "gui/KeyboardUi.h"
#include "gui/MainWindow.h"
#include "gui/Session.h"
#include "gui/ShortcutRegistry.h"
#include "gui/ShortcutsDialog.h"
#include "store/Classes.h"
#include "store/Project.h"

#include <QAction>
#include <QDialog>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tally;

class TestGuiKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void changedKeyFiresAndPersists();
    void conflictingKeyIsRefusedNamingTheOther();
    void classHotkeyIsAConflictToo();
    void resetGivesTheDefaultsBack();
    void cheatSheetListsTheKeysOfTheView();

private:
    QAction* action(const QString& id) const;
    void openWindow();
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiKeyboard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TallyTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    const QString tree = m_dir.filePath(QStringLiteral("tree"));
    const char* classes[] = {"yes", "no"};
    for (int c = 0; c < 2; ++c)
        for (int i = 0; i < 3; ++i)
            QVERIFY(test::writeWav(QStringLiteral("%1/%2/s%3_nohash_0.wav")
                                       .arg(tree, QLatin1String(classes[c]))
                                       .arg(i),
                                   test::sine(400.0 + 200 * c, 0.5, 16000, 16000)));
    m_path = m_dir.filePath(QStringLiteral("keys.tally"));
    auto p = Project::create(m_path);
    QVERIFY(p.isOk());
    QCOMPARE(SpeechCommandsImporter::run(*p.value(), tree, {}).imported, 6);
    ClassRecord yes = Classes(*p.value()).classByName(QStringLiteral("yes")).value();
    yes.hotkey = QStringLiteral("1");
    QVERIFY(Classes(*p.value()).updateClass(yes));
}

void TestGuiKeyboard::init()
{
    QSettings().clear();
    QSettings().setValue(QStringLiteral("annotator/name"), QStringLiteral("kim"));
    openWindow();
}

void TestGuiKeyboard::cleanup()
{
    m_window.reset();
}

void TestGuiKeyboard::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
    m_window->activateWindow();
    QCoreApplication::processEvents();
}

QAction* TestGuiKeyboard::action(const QString& id) const
{
    const ShortcutRegistry::Entry* e = m_window->keyboard()->registry()->entry(id);
    return e ? e->action.data() : nullptr;
}

void TestGuiKeyboard::changedKeyFiresAndPersists()
{
    Session* s = m_window->session();
    const qint64 first = s->currentSampleId();
    QVERIFY(first > 0);
    QCOMPARE(action(QStringLiteral("label.next"))->shortcut(), QKeySequence(Qt::Key_J));
    {
        ShortcutsDialog dialog(*m_window->keyboard()->registry(), m_window.get());
        dialog.setInteractive(false);
        QVERIFY(dialog.assignKey(QStringLiteral("label.next"), QKeySequence(Qt::Key_L)));
        QCOMPARE(action(QStringLiteral("label.next"))->shortcut(), QKeySequence(Qt::Key_L));
        // The table shows it.
        bool shown = false;
        for (int row = 0; row < dialog.table()->rowCount(); ++row)
            shown |= dialog.table()->item(row, 0)->text() == QLatin1String("Next Sample") &&
                     dialog.table()->item(row, 1)->text() == QLatin1String("L");
        QVERIFY(shown);
    }
    // L moves on; J no longer does.
    QTest::keyClick(m_window.get(), Qt::Key_L);
    const qint64 second = s->currentSampleId();
    QVERIFY(second != first);
    QTest::keyClick(m_window.get(), Qt::Key_J);
    QCOMPARE(s->currentSampleId(), second);
    // A new window (the next start) has L.
    m_window.reset();
    openWindow();
    QCOMPARE(action(QStringLiteral("label.next"))->shortcut(), QKeySequence(Qt::Key_L));
    const qint64 before = m_window->session()->currentSampleId();
    QTest::keyClick(m_window.get(), Qt::Key_L);
    QVERIFY(m_window->session()->currentSampleId() != before);
}

void TestGuiKeyboard::conflictingKeyIsRefusedNamingTheOther()
{
    ShortcutsDialog dialog(*m_window->keyboard()->registry(), m_window.get());
    dialog.setInteractive(false);
    QVERIFY(!dialog.assignKey(QStringLiteral("label.next"), QKeySequence(Qt::Key_K)));
    QVERIFY2(dialog.message().contains(QLatin1String("Previous Sample")),
             qPrintable(dialog.message()));
    QCOMPARE(action(QStringLiteral("label.next"))->shortcut(), QKeySequence(Qt::Key_J));
    QCOMPARE(action(QStringLiteral("label.previous"))->shortcut(), QKeySequence(Qt::Key_K));
    QVERIFY(!QSettings().contains(QStringLiteral("shortcuts/label.next")));
}

void TestGuiKeyboard::classHotkeyIsAConflictToo()
{
    QString error;
    QVERIFY(!m_window->keyboard()->registry()->assign(QStringLiteral("audio.play"),
                                                      {QKeySequence(Qt::Key_1)}, &error));
    QVERIFY2(error.contains(QLatin1String("yes")), qPrintable(error));
}

void TestGuiKeyboard::resetGivesTheDefaultsBack()
{
    ShortcutRegistry* r = m_window->keyboard()->registry();
    QVERIFY(r->assign(QStringLiteral("audio.play"), {QKeySequence(Qt::Key_P)}));
    QVERIFY(QSettings().contains(QStringLiteral("shortcuts/audio.play")));
    r->resetAll();
    QCOMPARE(action(QStringLiteral("audio.play"))->shortcut(), QKeySequence(Qt::Key_Space));
    QVERIFY(!QSettings().contains(QStringLiteral("shortcuts/audio.play")));
}

void TestGuiKeyboard::cheatSheetListsTheKeysOfTheView()
{
    KeyboardUi* keys = m_window->keyboard();
    QVERIFY(keys->registry()->assign(QStringLiteral("label.nextUnlabelled"),
                                     {QKeySequence(Qt::Key_M)}));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QDialog* sheet = keys->cheatSheet();
    QVERIFY(sheet && sheet->isVisible());
    const auto rows = keys->cheatSheetRows(KeyboardUi::View::Audio);
    auto has = [&](const QString& key, const QString& what) {
        for (const auto& [k, w] : rows)
            if (k == key && w == what)
                return true;
        return false;
    };
    QVERIFY(has(QStringLiteral("M"), QStringLiteral("Next Unlabelled")));
    QVERIFY(has(QStringLiteral("Space"), QStringLiteral("Play / Stop")));
    QVERIFY(has(QStringLiteral("1"), QStringLiteral("Label “yes”")));
    bool box = false;
    for (const auto& [k, w] : rows)
        box |= w.startsWith(QLatin1String("Box Tool"));
    QVERIFY(!box); // an image key, not listed in the audio view
    bool imageBox = false;
    for (const auto& [k, w] : keys->cheatSheetRows(KeyboardUi::View::Image))
        imageBox |= k == QLatin1String("B") && w.startsWith(QLatin1String("Box Tool"));
    QVERIFY(imageBox);
    sheet->hide();
    QTest::keyClick(m_window.get(), Qt::Key_Question);
    QVERIFY(sheet->isVisible());
}

QTEST_MAIN(TestGuiKeyboard)
#include "test_gui_keyboard.moc"
