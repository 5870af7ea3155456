// The main window on a 1280 × 800 laptop screen (the offscreen platform told so by a
// screen configuration file) and on a 1920 × 1080 one beside it: a fresh window fits
// the screen, the review and agreement docks open in front without squeezing the
// waveform, many classes scroll instead of growing the window, the layout is saved
// and restored (an older layout version is ignored), View ▸ Reset Layout restores the
// default. Also the start page (no project: recent projects, New, Open, Open Demo),
// the region tool on the toolbar with a mode indicator, and one Fit key (Ctrl+0).
#include "TestSupport.h"
#include "WaveformView.h"
#include "formats/SpeechCommandsImporter.h"
#include "gui/AudioUi.h"
#include "gui/DockLayout.h"
#include "gui/ImageUi.h"
#include "gui/LabelPanel.h"
#include "gui/LabelUi.h"
#include "gui/MainWindow.h"
#include "gui/ReviewQueue.h"
#include "gui/ReviewUi.h"
#include "gui/Session.h"
#include "gui/StartPage.h"
#include "store/Project.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <memory>

using namespace tally;

class TestGuiLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void theScreenIsALaptop();
    void freshWindowFitsTheScreen();
    void reviewDocksOpenInFrontAndLeaveThePlot();
    void layoutIsSavedRestoredAndReset();
    void olderLayoutVersionIsIgnored();
    void usesALargeScreenWell();
    void startPageWhenNoProjectIsOpen();
    void regionToolOnToolbarWithModeIndicator();
    void fitIsCtrl0EverywhereAndNoKeyIsShared();

private:
    std::unique_ptr<MainWindow> openWindow();
    QDockWidget* dock(MainWindow& w, const char* name);
    QTemporaryDir m_dir;
    QString m_path;
};

void TestGuiLayout::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TallyTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    // 24 classes, one clip each: the class panel has more buttons than fit.
    const QString tree = m_dir.filePath(QStringLiteral("tree"));
    for (int c = 0; c < 24; ++c)
        QVERIFY(test::writeWav(QStringLiteral("%1/class%2/s0_nohash_0.wav").arg(tree).arg(c),
                               test::sine(300.0 + 50 * c, 0.5, 16000, 16000)));
    m_path = m_dir.filePath(QStringLiteral("layout.tally"));
    auto p = Project::create(m_path);
    QVERIFY(p.isOk());
    QCOMPARE(SpeechCommandsImporter::run(*p.value(), tree, {}).imported, 24);
}

void TestGuiLayout::init()
{
    // Every test starts as a first start: no saved layout, no recent projects.
    QSettings().clear();
    QSettings().setValue(QStringLiteral("annotator/name"), QStringLiteral("lee"));
    QSettings().setValue(QStringLiteral("annotator/role"), QStringLiteral("reviewer"));
}

std::unique_ptr<MainWindow> TestGuiLayout::openWindow()
{
    auto w = std::make_unique<MainWindow>();
    w->setInteractive(false);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    if (!w->openProject(m_path))
        return nullptr;
    QCoreApplication::processEvents();
    return w;
}

QDockWidget* TestGuiLayout::dock(MainWindow& w, const char* name)
{
    return w.findChild<QDockWidget*>(QLatin1String(name));
}

void TestGuiLayout::theScreenIsALaptop()
{
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1280, 800));
}

void TestGuiLayout::freshWindowFitsTheScreen()
{
    auto w = openWindow();
    QVERIFY(w);
    const QRect avail = w->screen()->availableGeometry();
    QVERIFY2(avail.contains(w->frameGeometry()), qPrintable(QStringLiteral("window %1×%2 at %3,%4")
                                                                .arg(w->frameGeometry().width())
                                                                .arg(w->frameGeometry().height())
                                                                .arg(w->frameGeometry().x())
                                                                .arg(w->frameGeometry().y())));
    // The docks' minimum sizes leave the window able to fit: 24 class buttons scroll.
    QVERIFY(w->minimumSizeHint().width() <= avail.width());
    QVERIFY2(w->minimumSizeHint().height() <= avail.height(),
             qPrintable(QString::number(w->minimumSizeHint().height())));
    QVERIFY(w->findChild<QWidget*>(QStringLiteral("classScroll")));
    QCOMPARE(w->labelUi()->labelPanel()->buttonOrder().size(), 24);
    auto* wave = w->findChild<WaveformView*>(QStringLiteral("waveform"));
    QVERIFY(wave->isVisible());
    QVERIFY2(wave->width() >= 420, qPrintable(QString::number(wave->width())));
}

void TestGuiLayout::reviewDocksOpenInFrontAndLeaveThePlot()
{
    auto w = openWindow();
    QVERIFY(w);
    QDockWidget* agreement = w->reviewUi()->agreementDockWidget();
    // Opened from the Review menu, the dock is in front, not a hidden tab.
    agreement->toggleViewAction()->trigger();
    QTest::qWait(50);
    QVERIFY(agreement->isVisible());
    QVERIFY(!agreement->visibleRegion().isEmpty());
    w->reviewUi()->queue()->setActive(true);
    QTest::qWait(50);
    QDockWidget* queue = w->reviewUi()->queue()->dock();
    QVERIFY(queue->isVisible());
    QVERIFY(!queue->visibleRegion().isEmpty());
    const QRect avail = w->screen()->availableGeometry();
    QVERIFY(avail.contains(w->frameGeometry()));
    auto* wave = w->findChild<WaveformView*>(QStringLiteral("waveform"));
    QVERIFY2(wave->width() >= 420 && wave->height() >= 100,
             qPrintable(QStringLiteral("%1×%2").arg(wave->width()).arg(wave->height())));
}

void TestGuiLayout::layoutIsSavedRestoredAndReset()
{
    {
        auto w = openWindow();
        QVERIFY(w);
        QVERIFY(dock(*w, "regionsDock")->isVisible());
        dock(*w, "regionsDock")->toggleViewAction()->trigger();
        QVERIFY(!dock(*w, "regionsDock")->isVisible());
        w->close(); // saves the layout
    }
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(!dock(*w, "regionsDock")->isVisible());
    // View ▸ Reset Layout.
    QAction* reset = w->dockLayout()->resetAction();
    bool inViewMenu = false;
    for (QAction* menu : w->menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(reset))
            inViewMenu = menu->menu()->title().remove(QLatin1Char('&')) == QLatin1String("View");
    QVERIFY(inViewMenu);
    dock(*w, "samplesDock")->setFloating(true);
    w->resize(1900, 1200); // more than the screen
    reset->trigger();
    QCoreApplication::processEvents();
    QVERIFY(dock(*w, "regionsDock")->isVisible());
    QVERIFY(!dock(*w, "samplesDock")->isFloating());
    QVERIFY(w->screen()->availableGeometry().contains(w->frameGeometry()));
}

void TestGuiLayout::olderLayoutVersionIsIgnored()
{
    {
        auto w = openWindow();
        QVERIFY(w);
        dock(*w, "labelsDock")->hide();
        w->close();
    }
    QCOMPARE(QSettings().value(QStringLiteral("gui/layoutVersion")).toInt(),
             DockLayout::kLayoutVersion);
    QSettings().setValue(QStringLiteral("gui/layoutVersion"), DockLayout::kLayoutVersion - 1);
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(dock(*w, "labelsDock")->isVisible());
}

void TestGuiLayout::usesALargeScreenWell()
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    QCOMPARE(screens.size(), 2);
    QScreen* large = screens[1];
    QCOMPARE(large->availableGeometry().size(), QSize(1920, 1080));
    // A fresh window on the large screen takes most of it, within it.
    const QSize size = DockLayout::defaultSize(large->availableGeometry().size());
    QVERIFY(size.width() >= 1850 && size.width() <= 1920); // the screen used, not 1600
    QVERIFY(size.height() >= 900 && size.height() <= 1080);
    MainWindow w;
    w.setInteractive(false);
    w.setScreen(large);
    w.move(large->availableGeometry().topLeft());
    w.dockLayout()->reset();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(large->availableGeometry().contains(w.frameGeometry()));
    QVERIFY(w.width() >= 1500);
}

void TestGuiLayout::startPageWhenNoProjectIsOpen()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.centralStack()->currentWidget(), w.startPage());
    for (const char* name : {"startNew", "startOpen", "startDemo"})
        QVERIFY(w.startPage()->findChild<QWidget*>(QLatin1String(name)));
    QVERIFY(w.openProject(m_path));
    QVERIFY(w.centralStack()->currentWidget() != w.startPage());
    w.closeProject();
    QCOMPARE(w.centralStack()->currentWidget(), w.startPage());
    // The project just closed is the first recent one; Enter on it opens it.
    QListWidget* recent = w.startPage()->recentList();
    QVERIFY(recent->count() >= 1);
    QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), m_path);
    recent->setCurrentRow(0);
    recent->setFocus();
    QTest::keyClick(recent, Qt::Key_Return);
    QVERIFY(w.session()->project());
    QVERIFY(w.centralStack()->currentWidget() != w.startPage());
    w.closeProject();
    // Open Demo opens the demo project where TALLY_DEMO says it is.
    qputenv("TALLY_DEMO", QFile::encodeName(m_path));
    QCOMPARE(StartPage::demoProjectPath(), QFileInfo(m_path).canonicalFilePath());
    QTest::mouseClick(w.startPage()->findChild<QWidget*>(QStringLiteral("startDemo")),
                      Qt::LeftButton);
    QVERIFY(w.session()->project());
    qunsetenv("TALLY_DEMO");
}

void TestGuiLayout::regionToolOnToolbarWithModeIndicator()
{
    auto w = openWindow();
    QVERIFY(w);
    auto* bar = w->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QAction* region = w->audioUi()->regionToolAction();
    QVERIFY(bar->actions().contains(region));
    auto* mode = w->findChild<QLabel*>(QStringLiteral("toolMode"));
    QVERIFY(mode && mode->isVisible());
    const QString idle = mode->text();
    QTest::keyClick(w.get(), Qt::Key_R);
    QVERIFY(region->isChecked());
    QVERIFY(mode->text() != idle);
    QVERIFY(mode->text().contains(QLatin1String("R")));
    QTest::keyClick(w.get(), Qt::Key_R);
    QCOMPARE(mode->text(), idle);
}

void TestGuiLayout::fitIsCtrl0EverywhereAndNoKeyIsShared()
{
    auto w = openWindow();
    QVERIFY(w);
    const QKeySequence ctrl0(QStringLiteral("Ctrl+0"));
    QAction* fitInImageMenu = nullptr;
    for (QAction* a : w->imageUi()->menu()->actions())
        if (a->text().contains(QLatin1String("Fit")))
            fitInImageMenu = a;
    QVERIFY(fitInImageMenu);
    QCOMPARE(fitInImageMenu->shortcut(), ctrl0);
    // No two actions of one scope answer one key (an ambiguous key fires neither). A
    // panel's keys (the Flagged queue's K, R, T) are their own scope: the panel takes
    // them while it has the keyboard, so they may repeat a window key.
    QHash<QString, QString> owner;
    for (QAction* a : w->findChildren<QAction*>()) {
        QString scope;
        const Qt::ShortcutContext c = a->shortcutContext();
        if (c == Qt::WidgetShortcut || c == Qt::WidgetWithChildrenShortcut) {
            const QList<QObject*> on = a->associatedObjects();
            const QObject* panel = on.isEmpty() ? a->parent() : on.first();
            scope = QString::number(reinterpret_cast<quintptr>(panel)) + QLatin1Char('/');
        }
        QSet<QString> mine;
        for (const QKeySequence& k : a->shortcuts())
            mine.insert(scope + k.toString(QKeySequence::PortableText));
        for (const QString& k : std::as_const(mine)) {
            QVERIFY2(
                !owner.contains(k),
                qPrintable(QStringLiteral("%1: “%2” and “%3”").arg(k, owner.value(k), a->text())));
            owner.insert(k, a->text());
        }
    }
    QVERIFY(!owner.contains(QStringLiteral("Ctrl+9")));
}

int main(int argc, char** argv)
{
    // Two screens: a 1280 × 800 laptop (primary) and a 1920 × 1080 monitor to its right.
    QTemporaryDir config;
    const QString file = config.filePath(QStringLiteral("screens.json"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return 2;
    out.write(R"({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "monitor", "x": 1280, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    out.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(file));
    QApplication app(argc, argv);
    TestGuiLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_gui_layout.moc"
