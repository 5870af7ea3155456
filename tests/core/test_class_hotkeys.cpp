// Hotkeys for new classes (store/ClassHotkeys.h) and where they are given: a free,
// mnemonic letter, then 1–9, then any letter, never one of the application's keys;
// Classes::addClass without a hotkey and an import's new classes get one, an explicit
// hotkey is kept.
#include "store/ClassHotkeys.h"
#include "store/Classes.h"
#include "store/Project.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tally;

class TestClassHotkeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pick_data();
    void pick();
    void allTakenGivesNone();
    void addClassGivesAFreeKey();
};

void TestClassHotkeys::pick_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("key");
    QTest::newRow("first letter") << "left" << QStringList{} << "l";
    QTest::newRow("first letter taken") << "left" << QStringList{"l"} << "e";
    QTest::newRow("reserved N skipped") << "no" << QStringList{} << "o";
    QTest::newRow("reserved U, R, B, J, K, X skipped") << "urbjkx" << QStringList{} << "1";
    QTest::newRow("case folded") << "Yes" << QStringList{} << "y";
    QTest::newRow("letters of the name used up") << "on" << QStringList{"o"} << "1";
    QTest::newRow("digits in order") << "on" << QStringList{"o", "1", "2"} << "3";
    QTest::newRow("non-ASCII skipped") << "éé" << QStringList{} << "1";
    QStringList digits;
    for (char d = '1'; d <= '9'; ++d)
        digits << QString(QLatin1Char(d));
    QTest::newRow("then any free letter") << "zz" << (digits + QStringList{"z"}) << "a";
    QTest::newRow("then any free letter, not reserved")
        << "zz" << (digits + QStringList{"z", "a"}) << "c";
}

void TestClassHotkeys::pick()
{
    QFETCH(QString, name);
    QFETCH(QStringList, taken);
    QFETCH(QString, key);
    QCOMPARE(classhotkeys::pick(name, QSet<QString>(taken.begin(), taken.end())), key);
}

void TestClassHotkeys::allTakenGivesNone()
{
    QSet<QString> taken;
    for (char d = '1'; d <= '9'; ++d)
        taken.insert(QString(QLatin1Char(d)));
    for (char l = 'a'; l <= 'z'; ++l)
        taken.insert(QString(QLatin1Char(l)));
    QVERIFY(classhotkeys::pick(QStringLiteral("anything"), taken).isEmpty());
}

void TestClassHotkeys::addClassGivesAFreeKey()
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("k.tally")));
    QVERIFY(p.isOk());
    Classes classes(*p.value());
    auto down = classes.addClass(ClassRecord{0, QStringLiteral("down"), {}, QColor(), {}});
    QVERIFY(down.isOk());
    QCOMPARE(down.value().hotkey, QStringLiteral("d"));
    auto dog = classes.addClass(ClassRecord{0, QStringLiteral("dog"), {}, QColor(), {}});
    QCOMPARE(dog.value().hotkey, QStringLiteral("o"));
    auto given =
        classes.addClass(ClassRecord{0, QStringLiteral("go"), QStringLiteral("7"), QColor(), {}});
    QCOMPARE(given.value().hotkey, QStringLiteral("7"));
    QCOMPARE(classes.classByName(QStringLiteral("dog")).value().hotkey, QStringLiteral("o"));
}

QTEST_GUILESS_MAIN(TestClassHotkeys)
#include "test_class_hotkeys.moc"
