// Numbers and names in the user's language: under pt_BR a 1 s clip reads "1,000" in
// the table, "1,000 s" and "16.000 Hz" in the status bar and region times "0,250";
// statuses, split names and roles are shown through DisplayNames' tr() (here a test
// translator answers for the "tally::DisplayNames" context), while the model keeps the
// English keys the database and tally-cli use.
#include "TestSupport.h"
#include "formats/SpeechCommandsImporter.h"
#include "gui/MainWindow.h"
#include "gui/RegionList.h"
#include "gui/Session.h"
#include "models/DisplayNames.h"
#include "models/SampleTableModel.h"
#include "store/Project.h"

#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace tally;

namespace {

// Portuguese for the display names only; every other text stays as written.
class DisplayNamesTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* = nullptr,
                      int = -1) const override
    {
        if (qstrcmp(context, "tally::DisplayNames") != 0)
            return {};
        static const QHash<QString, QString> pt{{"disputed", "em disputa"},
                                                {"training", "treino"},
                                                {"annotator", "anotador"},
                                                {"labelled", "rotulado"},
                                                {"valid", "válida"}};
        return pt.value(QString::fromUtf8(source));
    }
};

} // namespace

class TestGuiLocale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void displayNamesGoThroughTr();
    void tableShowsLocaleNumbersAndTranslatedNames();
    void statusBarAndRegionsUseTheLocale();

private:
    QTemporaryDir m_dir;
    QString m_path;
    DisplayNamesTranslator m_translator;
};

void TestGuiLocale::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TallyTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings().setValue(QStringLiteral("annotator/name"), QStringLiteral("ana"));
    QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
    QCoreApplication::installTranslator(&m_translator);
    const QString tree = m_dir.filePath(QStringLiteral("tree"));
    QVERIFY(test::writeWav(tree + QStringLiteral("/sim/s0_nohash_0.wav"),
                           test::sine(440.0, 0.5, 16000, 16000)));
    m_path = m_dir.filePath(QStringLiteral("pt.tally"));
    auto p = Project::create(m_path);
    QVERIFY(p.isOk());
    QCOMPARE(SpeechCommandsImporter::run(*p.value(), tree, {}).imported, 1);
}

void TestGuiLocale::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
    QLocale::setDefault(QLocale::c());
}

void TestGuiLocale::displayNamesGoThroughTr()
{
    QCOMPARE(DisplayNames::status(QStringLiteral("disputed")), QStringLiteral("em disputa"));
    QCOMPARE(DisplayNames::split(QStringLiteral("training")), QStringLiteral("treino"));
    QCOMPARE(DisplayNames::role(QStringLiteral("annotator")), QStringLiteral("anotador"));
    QCOMPARE(DisplayNames::voteOutcome(QStringLiteral("valid")), QStringLiteral("válida"));
    // Not translated here: the English text; an unknown key as it is.
    QCOMPARE(DisplayNames::split(QStringLiteral("testing")), QStringLiteral("testing"));
    QCOMPARE(DisplayNames::status(QStringLiteral("odd")), QStringLiteral("odd"));
}

void TestGuiLocale::tableShowsLocaleNumbersAndTranslatedNames()
{
    auto p = Project::open(m_path);
    QVERIFY(p.isOk());
    SampleTableModel model;
    model.reload(*p.value());
    QCOMPARE(model.rowCount(), 1);
    auto cell = [&](int column) { return model.data(model.index(0, column)).toString(); };
    QCOMPARE(cell(SampleTableModel::DurationColumn), QStringLiteral("1,000"));
    QCOMPARE(cell(SampleTableModel::StatusColumn), QStringLiteral("rotulado"));
    const qint64 id = model.record(0).id;
    model.setStatuses({{id, QStringLiteral("disputed")}});
    model.setSplits({{id, QStringLiteral("training")}});
    QCOMPARE(cell(SampleTableModel::StatusColumn), QStringLiteral("em disputa"));
    QCOMPARE(cell(SampleTableModel::SplitColumn), QStringLiteral("treino"));
}

void TestGuiLocale::statusBarAndRegionsUseTheLocale()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(m_path));
    QVERIFY(w.session()->currentSampleId() > 0);
    auto* info = w.statusBar()->findChild<QLabel*>(QStringLiteral("sampleInfo"));
    QVERIFY(info);
    QVERIFY2(info->text().contains(QLatin1String("1,000 s")), qPrintable(info->text()));
    QVERIFY2(info->text().contains(QLatin1String("16.000 Hz")), qPrintable(info->text()));
    bool roleShown = false;
    for (QLabel* l : w.statusBar()->findChildren<QLabel*>())
        roleShown |= l->text().contains(QLatin1String("(anotador)"));
    QVERIFY(roleShown);

    RegionList regions;
    RegionRecord r;
    r.id = 1;
    r.startSec = 0.25;
    r.endSec = 0.5;
    r.className = QStringLiteral("sim");
    regions.setRegions({r});
    auto* table = regions.findChild<QTableWidget*>();
    QVERIFY(table);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("0,250"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("0,500"));
}

QTEST_MAIN(TestGuiLocale)
#include "test_gui_locale.moc"
