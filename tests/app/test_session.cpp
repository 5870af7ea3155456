// The GUI Session: what it says when a project is opened, a label is edited and undone,
// classes change, an import ends, the current sample moves, and the project closes.
#include "TestSupport.h"
#include "formats/SpeechCommandsImporter.h"
#include "gui/ImportRunner.h"
#include "gui/Labelling.h"
#include "gui/Repositories.h"
#include "gui/Session.h"
#include "models/SampleTableModel.h"
#include "store/Project.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

using namespace tally;

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void openSaysProjectChanged();
    void openRefusesAMissingFile();
    void labelEditSaysSampleChangedOnly();
    void classEditReadsTheRowsAgain();
    void importSaysSamplesChanged();
    void currentSampleChanges();
    void selectSampleAsksTheView();
    void closeSaysSoFirst();
    void anotherProgramsChangeShows();

private:
    QString makeTree(const QString& name, int perClass);
    qint64 firstSample(const Session& s) const;
    QTemporaryDir m_dir;
    QString m_path;
};

void TestSession::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TallyTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
}

QString TestSession::makeTree(const QString& name, int perClass)
{
    const QString tree = m_dir.filePath(name);
    for (const char* cls : {"yes", "no"})
        for (int i = 0; i < perClass; ++i)
            test::writeWav(QStringLiteral("%1/%2/%3%4_nohash_0.wav")
                               .arg(tree, QLatin1String(cls), name)
                               .arg(i),
                           test::sine(440.0, 0.5, 16000, 1600));
    return tree;
}

void TestSession::init()
{
    QSettings().setValue(QStringLiteral("annotator/name"), QStringLiteral("alice"));
    QSettings().setValue(QStringLiteral("annotator/role"), QStringLiteral("annotator"));
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("s%1.tally").arg(++n));
    auto p = Project::create(m_path);
    QVERIFY(p.isOk());
    QCOMPARE(SpeechCommandsImporter::run(*p.value(), makeTree(QStringLiteral("t%1_").arg(n), 2), {})
                 .imported,
             4);
}

qint64 TestSession::firstSample(const Session& s) const
{
    return s.sampleModel()->record(0).id;
}

void TestSession::openSaysProjectChanged()
{
    Session s;
    s.setInteractive(false);
    QSignalSpy project(&s, &Session::projectChanged);
    QSignalSpy samples(&s, &Session::samplesChanged);
    QSignalSpy annotator(&s, &Session::annotatorChanged);
    QVERIFY(s.open(m_path));
    QCOMPARE(project.count(), 1);
    QCOMPARE(samples.count(), 1);
    QCOMPARE(annotator.count(), 1);
    QVERIFY(s.project());
    QVERIFY(s.repos());
    QCOMPARE(s.sampleModel()->rowCount(), 4);
    QCOMPARE(s.annotator().name, QStringLiteral("alice"));
    QVERIFY(s.annotator().id > 0);
    QCOMPARE(s.currentSampleId(), 0);
}

void TestSession::openRefusesAMissingFile()
{
    Session s;
    s.setInteractive(false);
    QVERIFY(s.open(m_path));
    QSignalSpy project(&s, &Session::projectChanged);
    const QString missing = m_dir.filePath(QStringLiteral("nowhere/none.tally"));
    const Status opened = s.open(missing);
    QVERIFY(!opened);
    QVERIFY(opened.error().toString().contains(QStringLiteral("none.tally")));
    QCOMPARE(project.count(), 0);
    QCOMPARE(s.project()->path(), m_path); // the open one stays
}

void TestSession::labelEditSaysSampleChangedOnly()
{
    Session s;
    s.setInteractive(false);
    QVERIFY(s.open(m_path));
    Labelling labelling(s);
    const qint64 sample = firstSample(s);
    const qint64 yes = s.repos()->classes.classByName(QStringLiteral("yes")).value().id;
    QSignalSpy one(&s, &Session::sampleChanged);
    QSignalSpy all(&s, &Session::samplesChanged);
    QSignalSpy derived(&s, &Session::derivedChanged);
    QVERIFY(labelling.setLabel(sample, yes));
    QCOMPARE(one.count(), 1);
    QCOMPARE(one.at(0).at(0).toLongLong(), sample);
    QCOMPARE(all.count(), 0);
    QCOMPARE(derived.count(), 0);
    // The model's row is fresh when the signal arrives.
    QCOMPARE(s.sampleModel()->myLabel(sample), QStringLiteral("yes"));
    QCOMPARE(s.sampleModel()->statusOf(s.sampleModel()->record(0)), QStringLiteral("labelled"));

    s.undoStack()->undo();
    QCOMPARE(one.count(), 2);
    QCOMPARE(one.at(1).at(0).toLongLong(), sample);
    QCOMPARE(all.count(), 0);
    QCOMPARE(s.sampleModel()->myLabel(sample), QString());
}

void TestSession::classEditReadsTheRowsAgain()
{
    Session s;
    s.setInteractive(false);
    QVERIFY(s.open(m_path));
    Labelling labelling(s);
    QSignalSpy classes(&s, &Session::classesChanged);
    QSignalSpy all(&s, &Session::samplesChanged);
    ClassRecord c;
    c.name = QStringLiteral("maybe");
    QVERIFY(labelling.addClass(c));
    QCOMPARE(classes.count(), 1);
    QCOMPARE(all.count(), 1);
    s.undoStack()->undo();
    QCOMPARE(classes.count(), 2);
}

void TestSession::importSaysSamplesChanged()
{
    Session s;
    s.setInteractive(false);
    QVERIFY(s.open(m_path));
    QWidget window;
    ImportRunner runner(&window);
    runner.setInteractive(false);
    connect(&runner, &ImportRunner::finished, &s, &Session::importFinished);
    QSignalSpy all(&s, &Session::samplesChanged);
    QSignalSpy one(&s, &Session::sampleChanged);
    QSignalSpy status(&s, &Session::statusMessage);
    QVERIFY(runner.start(m_path, makeTree(QStringLiteral("more"), 3), QStringLiteral("CC0-1.0"),
                         QStringLiteral("test")));
    QTRY_COMPARE_WITH_TIMEOUT(all.count(), 1, 30000);
    QCOMPARE(one.count(), 0);
    QCOMPARE(s.sampleModel()->rowCount(), 10);
    QCOMPARE(status.count(), 1);
}

void TestSession::currentSampleChanges()
{
    Session s;
    s.setInteractive(false);
    QVERIFY(s.open(m_path));
    const qint64 sample = firstSample(s);
    QSignalSpy current(&s, &Session::currentSampleChanged);
    s.setCurrentSample(sample);
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.at(0).at(0).toLongLong(), sample);
    QCOMPARE(s.currentSampleId(), sample);
    QCOMPARE(s.lastSampleId(), sample); // kept in the project for the next opening
    s.setCurrentSample(sample);         // selected again: said again
    QCOMPARE(current.count(), 2);
}

void TestSession::selectSampleAsksTheView()
{
    Session s;
    s.setInteractive(false);
    QVERIFY(s.open(m_path));
    const qint64 sample = firstSample(s);
    QSignalSpy asked(&s, &Session::selectSampleRequested);
    QVERIFY(!s.selectSample(sample)); // no view answers
    QCOMPARE(asked.count(), 1);
    connect(&s, &Session::selectSampleRequested, &s, &Session::setCurrentSample);
    QVERIFY(s.selectSample(sample));
    QCOMPARE(s.currentSampleId(), sample);
    QVERIFY(s.selectSample(sample)); // already current: not asked again
    QCOMPARE(asked.count(), 2);
}

void TestSession::closeSaysSoFirst()
{
    Session s;
    s.setInteractive(false);
    QVERIFY(s.open(m_path));
    s.setCurrentSample(firstSample(s));
    QStringList order;
    connect(&s, &Session::aboutToClose, &s, [&] {
        order << QStringLiteral("about");
        QVERIFY(s.project()); // still open
    });
    connect(&s, &Session::projectChanged, &s, [&] { order << QStringLiteral("changed"); });
    s.close();
    QCOMPARE(order, QStringList({QStringLiteral("about"), QStringLiteral("changed")}));
    QVERIFY(!s.project());
    QVERIFY(!s.repos());
    QCOMPARE(s.sampleModel()->rowCount(), 0);
    QCOMPARE(s.currentSampleId(), 0);
    QCOMPARE(s.undoStack()->count(), 0);
}

// A label written by another connection (as tally-cli would) shows without a restart;
// the session's own edits do not count as another program's.
void TestSession::anotherProgramsChangeShows()
{
    Session s;
    s.setInteractive(false);
    QVERIFY(s.open(m_path));
    const qint64 id = firstSample(s);
    const qint64 no = s.repos()->classes.classByName(QStringLiteral("no")).value().id;
    const qint64 yes = s.repos()->classes.classByName(QStringLiteral("yes")).value().id;
    QVERIFY(s.repos()->labels.setLabel(id, s.annotator().id, no).isOk());
    QVERIFY(!s.checkExternalChanges());
    {
        auto other = Project::open(m_path);
        QVERIFY(other.isOk());
        Repositories repos(*other.value());
        QVERIFY(repos.labels.setLabel(id, s.annotator().id, yes).isOk());
    }
    QSignalSpy samples(&s, &Session::samplesChanged);
    QVERIFY(s.checkExternalChanges());
    QCOMPARE(samples.count(), 1);
    QCOMPARE(s.sampleModel()->myLabel(id), QStringLiteral("yes"));
    QVERIFY(!s.checkExternalChanges());
}

QTEST_MAIN(TestSession)
#include "test_session.moc"
