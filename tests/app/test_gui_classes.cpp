// The class panel for the kind of sample shown: a project with spoken words (audio)
// and street scenes (images) shows the words first on a clip and the objects first on
// an image, the rest under "Other classes"; classes an import makes get free, mnemonic
// hotkeys that are never one of the application's own keys; many classes scroll.
#include "TestSupport.h"
#include "formats/SpeechCommandsImporter.h"
#include "gui/LabelPanel.h"
#include "gui/LabelUi.h"
#include "gui/MainWindow.h"
#include "gui/SampleNavigator.h"
#include "gui/Session.h"
#include "models/SampleTableModel.h"
#include "store/ClassHotkeys.h"
#include "store/Classes.h"
#include "store/Project.h"
#include "store/SampleMeta.h"

#include <QAction>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tally;

class TestGuiClasses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importedClassesGetFreeHotkeys();
    void classesOfTheSampleKindComeFirst();
    void manyClassesScroll();

private:
    qint64 firstSampleOfKind(SampleKind kind) const;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiClasses::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TallyTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings().setValue(QStringLiteral("annotator/name"), QStringLiteral("ana"));
    const QString tree = m_dir.filePath(QStringLiteral("words"));
    const char* words[] = {"yes", "no", "up", "right"};
    for (const char* w : words)
        QVERIFY(test::writeWav(QStringLiteral("%1/%2/s0_nohash_0.wav").arg(tree, QLatin1String(w)),
                               test::sine(500.0, 0.5, 16000, 16000)));
    m_path = m_dir.filePath(QStringLiteral("kinds.tally"));
    {
        auto p = Project::create(m_path);
        QVERIFY(p.isOk());
        QCOMPARE(SpeechCommandsImporter::run(*p.value(), tree, {}).imported, 4);
        // Two street scenes with imported boxes: person and car.
        std::vector<SampleRecord> records;
        std::vector<SampleExtras> extras;
        for (int i = 0; i < 2; ++i) {
            const QString file = m_dir.filePath(QStringLiteral("scenes/s%1.png").arg(i));
            QVERIFY(test::writeImage(file, 320, 240, "png", i));
            SampleRecord r = test::imageRecord(p.value()->toStoredPath(file), 320, 240);
            records.push_back(r);
            SampleExtras x;
            x.boxes.append(ImportedBox{i ? QStringLiteral("car") : QStringLiteral("person"),
                                       QStringLiteral("bob"), 10, 20, 50, 80});
            extras.push_back(x);
        }
        QVERIFY(SampleMeta(*p.value()).insertSamples(records, extras));
    }
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
}

qint64 TestGuiClasses::firstSampleOfKind(SampleKind kind) const
{
    const SampleTableModel* model = m_window->session()->sampleModel();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->record(row).kind == kind)
            return model->record(row).id;
    return 0;
}

void TestGuiClasses::importedClassesGetFreeHotkeys()
{
    Classes classes(*m_window->session()->project());
    QHash<QString, QString> keys;
    for (const ClassRecord& c : classes.classes())
        keys.insert(c.name, c.hotkey);
    // The first free letter of the name: "no" skips N (next unlabelled), "up" skips U,
    // "right" skips R (region tool).
    QCOMPARE(keys.value(QStringLiteral("yes")), QStringLiteral("y"));
    QCOMPARE(keys.value(QStringLiteral("no")), QStringLiteral("o"));
    QCOMPARE(keys.value(QStringLiteral("up")), QStringLiteral("p"));
    QCOMPARE(keys.value(QStringLiteral("right")), QStringLiteral("i"));
    QCOMPARE(keys.value(QStringLiteral("person")), QStringLiteral("e"));
    QCOMPARE(keys.value(QStringLiteral("car")), QStringLiteral("c"));
    for (const QString& k : std::as_const(keys))
        QVERIFY(!classhotkeys::reserved().contains(k));
    // The key labels at once: Y on a clip labels it "yes".
    QVERIFY(m_window->navigator()->showSample(firstSampleOfKind(SampleKind::Audio)));
    bool bound = false;
    for (QAction* a : m_window->findChildren<QAction*>())
        bound |= a->shortcut() == QKeySequence(QStringLiteral("Y")) &&
                 a->text().contains(QLatin1String("yes"));
    QVERIFY(bound);
}

void TestGuiClasses::classesOfTheSampleKindComeFirst()
{
    LabelPanel* panel = m_window->labelUi()->labelPanel();
    QVERIFY(m_window->navigator()->showSample(firstSampleOfKind(SampleKind::Audio)));
    QCOMPARE(panel->firstGroupSize(), 4);
    QStringList first = panel->buttonOrder().mid(0, 4);
    first.sort();
    QCOMPARE(first, (QStringList{"no", "right", "up", "yes"}));
    QCOMPARE(panel->buttonOrder().mid(4), (QStringList{"car", "person"}));
    QVERIFY(panel->findChild<QWidget*>(QStringLiteral("otherClassesTitle")));

    QVERIFY(m_window->navigator()->showSample(firstSampleOfKind(SampleKind::Image)));
    QCOMPARE(panel->firstGroupSize(), 2);
    QCOMPARE(panel->buttonOrder().mid(0, 2), (QStringList{"car", "person"}));
}

void TestGuiClasses::manyClassesScroll()
{
    LabelPanel panel;
    std::vector<ClassRecord> many;
    for (int i = 0; i < 40; ++i)
        many.push_back(ClassRecord{i + 1, QStringLiteral("class %1").arg(i), {}, QColor(), {}});
    panel.setClasses(many);
    panel.resize(300, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // The panel's own minimum stays small; the buttons scroll.
    QVERIFY2(panel.minimumSizeHint().height() < 300,
             qPrintable(QString::number(panel.minimumSizeHint().height())));
    auto* scroll = panel.findChild<QScrollArea*>(QStringLiteral("classScroll"));
    QVERIFY(scroll);
    QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
}

QTEST_MAIN(TestGuiClasses)
#include "test_gui_classes.moc"
