// review/VisualWakeWords: the "person" rule exactly on its boundary (area >= fraction of
// the image, clipped to the image, case-insensitive class, other classes never count,
// unknown size), the rule stored in the project's settings (round trip, refusals,
// malformed values), and which annotator's boxes speak for an image.
#include "review/VisualWakeWords.h"
#include "store/Project.h"

#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace tally;

namespace {

BoxRecord box(const QString& cls, double x, double y, double w, double h, qint64 annotatorId = 1,
              const QString& annotator = QStringLiteral("ann"), qint64 id = 0)
{
    BoxRecord b;
    b.id = id;
    b.annotatorId = annotatorId;
    b.annotatorName = annotator;
    b.className = cls;
    b.classId = 1;
    b.x = x, b.y = y, b.w = w, b.h = h;
    return b;
}

QList<qint64> idsOf(const QList<BoxRecord>& boxes)
{
    QList<qint64> out;
    for (const BoxRecord& b : boxes)
        out << b.id;
    return out;
}

} // namespace

class TestVisualWakeWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rule_data();
    void rule();
    void toleranceAbsorbsRounding();
    void settingsRoundTrip();
    void settingsRefused();
    void malformedSettingsFallBack();
    void chosenByAnnotatorName();
    void chosenByMostBoxes();
    void chosenTies();
};

void TestVisualWakeWords::rule_data()
{
    QTest::addColumn<QList<BoxRecord>>("boxes");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<QString>("personClass");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<bool>("person");
    const QString p = QStringLiteral("person");
    // 100 x 100 at 0.005: 50 px² is the boundary.
    QTest::newRow("exactly 50 px²")
        << QList{box(p, 10, 10, 10, 5)} << 100 << 100 << p << 0.005 << true;
    QTest::newRow("49.99 px²") << QList{box(p, 10, 10, 10, 4.999)} << 100 << 100 << p << 0.005
                               << false;
    QTest::newRow("50.01 px²") << QList{box(p, 10, 10, 10, 5.001)} << 100 << 100 << p << 0.005
                               << true;
    // Half of a 10 x 10 box is left of the image: 50 px² remain.
    QTest::newRow("clipped left to 50")
        << QList{box(p, -5, 0, 10, 10)} << 100 << 100 << p << 0.005 << true;
    // Only a 5 x 5 corner of a 10 x 10 box is inside: 25 px².
    QTest::newRow("clipped corner 25")
        << QList{box(p, 95, 95, 10, 10)} << 100 << 100 << p << 0.005 << false;
    QTest::newRow("clipped corner 25 at 0.0025")
        << QList{box(p, 95, 95, 10, 10)} << 100 << 100 << p << 0.0025 << true;
    QTest::newRow("wholly outside, fraction 0")
        << QList{box(p, 200, 0, 10, 10)} << 100 << 100 << p << 0.0 << false;
    QTest::newRow("any box at fraction 0")
        << QList{box(p, 1, 1, 0.5, 0.5)} << 100 << 100 << p << 0.0 << true;
    QTest::newRow("case-insensitive")
        << QList{box(QStringLiteral("PerSon"), 0, 0, 10, 5)} << 100 << 100 << p << 0.005 << true;
    QTest::newRow("rule class in capitals")
        << QList{box(p, 0, 0, 10, 5)} << 100 << 100 << QStringLiteral("PERSON") << 0.005 << true;
    QTest::newRow("other class never counts")
        << QList{box(QStringLiteral("car"), 0, 0, 100, 100)} << 100 << 100 << p << 0.005 << false;
    QTest::newRow("prefix is not the class")
        << QList{box(QStringLiteral("persons"), 0, 0, 100, 100)} << 100 << 100 << p << 0.005
        << false;
    QTest::newRow("one large enough of several")
        << QList{box(p, 0, 0, 2, 2), box(QStringLiteral("car"), 0, 0, 90, 90), box(p, 50, 50, 8, 8)}
        << 100 << 100 << p << 0.005 << true;
    QTest::newRow("boxes are not summed")
        << QList{box(p, 0, 0, 5, 5), box(p, 50, 50, 5, 5)} << 100 << 100 << p << 0.005 << false;
    QTest::newRow("unknown width")
        << QList{box(p, 0, 0, 10, 10)} << 0 << 100 << p << 0.005 << false;
    QTest::newRow("unknown height")
        << QList{box(p, 0, 0, 10, 10)} << 100 << -1 << p << 0.005 << false;
    QTest::newRow("no boxes") << QList<BoxRecord>{} << 100 << 100 << p << 0.005 << false;
    QTest::newRow("whole image at 1.0")
        << QList{box(p, 0, 0, 640, 480)} << 640 << 480 << p << 1.0 << true;
    QTest::newRow("almost whole image at 1.0")
        << QList{box(p, 0, 0, 640, 479)} << 640 << 480 << p << 1.0 << false;
}

void TestVisualWakeWords::rule()
{
    QFETCH(QList<BoxRecord>, boxes);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(QString, personClass);
    QFETCH(double, fraction);
    QFETCH(bool, person);
    QCOMPARE(isPerson(boxes, width, height, VwwRule{personClass, fraction}), person);
}

void TestVisualWakeWords::toleranceAbsorbsRounding()
{
    // 0.005 * 28 * 50 is 7.000000000000001 in doubles; a 7 x 1 box (exactly 7 px²,
    // 0.5 % of the image) is on the boundary and must count.
    volatile double fraction = 0.005;
    const double threshold = fraction * 28 * 50;
    QVERIFY(threshold > 7.0);
    const VwwRule rule{QStringLiteral("person"), 0.005};
    QVERIFY(isPerson({box(QStringLiteral("person"), 3, 4, 7, 1)}, 28, 50, rule));
    QVERIFY(!isPerson({box(QStringLiteral("person"), 3, 4, 7, 0.999)}, 28, 50, rule));
}

void TestVisualWakeWords::settingsRoundTrip()
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("p.tally")));
    QVERIFY(p);
    Project& project = *p.value();
    VwwRule rule = loadVwwRule(project);
    QCOMPARE(rule.personClass, QStringLiteral("person"));
    QCOMPARE(rule.minAreaFraction, 0.005);
    QVERIFY(saveVwwRule(project, VwwRule{QStringLiteral("pedestrian"), 0.0123456789}));
    rule = loadVwwRule(project);
    QCOMPARE(rule.personClass, QStringLiteral("pedestrian"));
    QCOMPARE(rule.minAreaFraction, 0.0123456789);
    for (const double edge : {0.0, 1.0}) {
        QVERIFY(saveVwwRule(project, VwwRule{QStringLiteral("person"), edge}));
        QCOMPARE(loadVwwRule(project).minAreaFraction, edge);
    }
    // Kept across reopening.
    QVERIFY(saveVwwRule(project, VwwRule{QStringLiteral("Human"), 0.25}));
    p = Project::open(dir.filePath(QStringLiteral("p.tally")));
    QVERIFY(p);
    QCOMPARE(loadVwwRule(*p.value()).personClass, QStringLiteral("Human"));
    QCOMPARE(loadVwwRule(*p.value()).minAreaFraction, 0.25);
}

void TestVisualWakeWords::settingsRefused()
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("p.tally")));
    QVERIFY(p);
    Project& project = *p.value();
    QVERIFY(saveVwwRule(project, VwwRule{QStringLiteral("human"), 0.01}));
    for (const double bad : {-0.0001, 1.0001, 5.0, std::numeric_limits<double>::quiet_NaN(),
                             std::numeric_limits<double>::infinity()}) {
        const Status s = saveVwwRule(project, VwwRule{QStringLiteral("other"), bad});
        QVERIFY(!s);
        QVERIFY(!s.error().reason.isEmpty());
    }
    QVERIFY(!saveVwwRule(project, VwwRule{QStringLiteral("   "), 0.5}));
    // Nothing of a refused rule was stored, not even its class.
    QCOMPARE(loadVwwRule(project).personClass, QStringLiteral("human"));
    QCOMPARE(loadVwwRule(project).minAreaFraction, 0.01);
}

void TestVisualWakeWords::malformedSettingsFallBack()
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("p.tally")));
    QVERIFY(p);
    Project& project = *p.value();
    for (const QString& bad : {QStringLiteral("abc"), QStringLiteral("2"), QStringLiteral("-0.5"),
                               QStringLiteral("nan"), QStringLiteral("")}) {
        QVERIFY(project.setSetting(vwwsettings::kMinArea, bad));
        QVERIFY(project.setSetting(vwwsettings::kPersonClass, QStringLiteral("  ")));
        const VwwRule rule = loadVwwRule(project);
        QCOMPARE(rule.minAreaFraction, 0.005);
        QCOMPARE(rule.personClass, QStringLiteral("person"));
    }
}

void TestVisualWakeWords::chosenByAnnotatorName()
{
    const QList<BoxRecord> boxes{
        box("a", 0, 0, 1, 1, 1, "imported", 10), box("a", 0, 0, 1, 1, 2, "ana", 11),
        box("a", 0, 0, 1, 1, 1, "imported", 12), box("a", 0, 0, 1, 1, 2, "ana", 13),
        box("a", 0, 0, 1, 1, 3, "bo", 14)};
    QCOMPARE(idsOf(chosenBoxes(boxes, QStringLiteral("ana"))), (QList<qint64>{11, 13}));
    QCOMPARE(idsOf(chosenBoxes(boxes, QStringLiteral("bo"))), (QList<qint64>{14}));
    // The named annotator wins even with fewer boxes; an annotator with none gives none.
    QVERIFY(chosenBoxes(boxes, QStringLiteral("nobody")).isEmpty());
    QVERIFY(chosenBoxes({}, QString()).isEmpty());
}

void TestVisualWakeWords::chosenByMostBoxes()
{
    const QList<BoxRecord> boxes{
        box("a", 0, 0, 1, 1, 5, "bo", 1), box("a", 0, 0, 1, 1, 2, "ana", 2),
        box("a", 0, 0, 1, 1, 5, "bo", 3), box("a", 0, 0, 1, 1, 1, "imported", 4),
        box("a", 0, 0, 1, 1, 5, "bo", 5), box("a", 0, 0, 1, 1, 2, "ana", 6)};
    QCOMPARE(idsOf(chosenBoxes(boxes)), (QList<qint64>{1, 3, 5}));
}

void TestVisualWakeWords::chosenTies()
{
    // "imported" (id 1, the lowest) ties with a person: the person wins.
    QList<BoxRecord> boxes{
        box("a", 0, 0, 1, 1, 1, "imported", 1), box("a", 0, 0, 1, 1, 7, "zed", 2),
        box("a", 0, 0, 1, 1, 1, "imported", 3), box("a", 0, 0, 1, 1, 7, "zed", 4)};
    QCOMPARE(idsOf(chosenBoxes(boxes)), (QList<qint64>{2, 4}));
    // Two people tie: the lower annotator id wins, whatever the order of the boxes.
    boxes = {box("a", 0, 0, 1, 1, 9, "yan", 5), box("a", 0, 0, 1, 1, 4, "xi", 6),
             box("a", 0, 0, 1, 1, 1, "imported", 7)};
    QCOMPARE(idsOf(chosenBoxes(boxes)), (QList<qint64>{6}));
    // More imported boxes still beat a person with fewer.
    boxes = {box("a", 0, 0, 1, 1, 1, "imported", 8), box("a", 0, 0, 1, 1, 1, "imported", 9),
             box("a", 0, 0, 1, 1, 2, "ana", 10)};
    QCOMPARE(idsOf(chosenBoxes(boxes)), (QList<qint64>{8, 9}));
}

QTEST_GUILESS_MAIN(TestVisualWakeWords)
#include "test_visual_wake_words.moc"
