// Media outside the dataset folder from the CLI and the GUI (issue 11): `tally-cli
// import` refuses a COCO image named "../outside.png" (exit 1, the file and the reason
// in errors) and imports it with --allow-outside (exit 0, one warning, in the JSON and
// in the human output); the GUI import dialog's checkbox is off by default and the
// ImportRunner passes it to the same core option (the report's warning, the summary).
#include "TestSupport.h"
#include "gui/ImportRunner.h"
#include "gui/NewImportDialog.h"
#include "store/Project.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;
using test::CliRun;
using test::runCli;

class TestImportOutside : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cliRefusesUnlessAllowed();
    void dialogCheckboxReachesTheCoreOption();

private:
    QString at(const QString& rel) const { return m_dir->filePath(rel); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportOutside::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(test::writeImage(at("data/inside.png"), 20, 10, "png", 1));
    QVERIFY(test::writeImage(at("outside.png"), 20, 10, "png", 2));
    QVERIFY(test::writeBytes(at("data/coco.json"),
                             R"({"images": [{"id": 1, "file_name": "inside.png"},
                                 {"id": 2, "file_name": "../outside.png"}],
                                 "categories": [], "annotations": []})"));
}

void TestImportOutside::cliRefusesUnlessAllowed()
{
    QVERIFY2(!test::cliPath().isEmpty(), "TALLY_CLI is not set");
    const QString project = at("p.tally");
    QCOMPARE(runCli({"init", project}).exitCode, 0);
    const CliRun refused =
        runCli({"import", project, "--format", "coco", at("data/coco.json"), "--json"});
    QCOMPARE(refused.exitCode, 1);
    const QJsonObject r = refused.json();
    QCOMPARE(r.value("imported").toInt(), 1);
    QCOMPARE(r.value("errors").toArray().size(), 1);
    const QJsonObject error = r.value("errors").toArray().first().toObject();
    QVERIFY2(error.value("path").toString().endsWith("/outside.png"), refused.out.constData());
    QVERIFY(error.value("reason").toString().contains("outside the dataset folder"));
    QVERIFY(error.value("reason").toString().contains("--allow-outside"));
    QCOMPARE(r.value("warnings").toArray().size(), 0);

    const CliRun allowed = runCli(
        {"import", project, "--format", "coco", at("data/coco.json"), "--allow-outside", "--json"});
    QCOMPARE(allowed.exitCode, 0);
    const QJsonObject a = allowed.json();
    QCOMPARE(a.value("imported").toInt(), 1);
    QCOMPARE(a.value("duplicates").toInt(), 1);
    QCOMPARE(a.value("errors").toArray().size(), 0);
    QCOMPARE(a.value("warnings").toArray().size(), 1);
    QVERIFY(a.value("warnings")
                .toArray()
                .first()
                .toObject()
                .value("path")
                .toString()
                .endsWith("/outside.png"));

    const CliRun human =
        runCli({"import", project, "--format", "coco", at("data/coco.json"), "--allow-outside"});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains("1 warnings"), human.out.constData());
    QVERIFY2(human.err.contains("warning: ") && human.err.contains("outside.png"),
             human.err.constData());
}

void TestImportOutside::dialogCheckboxReachesTheCoreOption()
{
    NewImportDialog dialog(nullptr, NewImportDialog::Kind::Images);
    auto* box = dialog.findChild<QCheckBox*>(QStringLiteral("allowOutside"));
    QVERIFY(box);
    QVERIFY(!box->isChecked());
    QVERIFY(!dialog.allowOutside());
    box->setChecked(true);
    QVERIFY(dialog.allowOutside());

    const QString project = at("gui.tally");
    QVERIFY(Project::create(project).isOk());
    QWidget window;
    ImportRunner runner(&window);
    runner.setInteractive(false);
    QSignalSpy done(&runner, &ImportRunner::finished);
    QVERIFY(runner.start(project, at("data/coco.json"), {}, {}, ImportRunner::Format::Coco));
    QVERIFY(done.wait(30000));
    QCOMPARE(runner.lastReport().imported, 1);
    QCOMPARE(runner.lastReport().errors.size(), 1);
    QVERIFY(!ImportRunner::summary(runner.lastReport()).contains("warning"));

    QVERIFY(runner.start(project, at("data/coco.json"), {}, {}, ImportRunner::Format::Coco,
                         dialog.allowOutside()));
    QVERIFY(done.wait(30000));
    QCOMPARE(runner.lastReport().imported, 1);
    QVERIFY(runner.lastReport().errors.isEmpty());
    QCOMPARE(runner.lastReport().warnings.size(), 1);
    QVERIFY2(ImportRunner::summary(runner.lastReport()).contains("1 warning"),
             qPrintable(ImportRunner::summary(runner.lastReport())));
}

QTEST_MAIN(TestImportOutside)
#include "test_import_outside.moc"
