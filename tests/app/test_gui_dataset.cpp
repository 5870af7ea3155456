// The Dataset menu as the GUI drives it, without modal dialogs (the functions the
// dialogs call): a split fills the table's Split column exactly as SpeechCommandsSplit
// assigns; the balance chart draws core's report; a rebalance preview writes nothing;
// a licence bulk edit touches only the rows the table shows; an export runs in the
// background, reports, records a version and refuses a non-empty folder; one that cannot
// write its files (a file-size limit on this process) says why and records nothing.
// Offscreen.
#include "ClassBalanceChart.h"
#include "TestSupport.h"
#include "formats/SpeechCommandsImporter.h"
#include "gui/AudioUi.h"
#include "gui/BalanceDock.h"
#include "gui/DatasetUi.h"
#include "gui/ExportDialog.h"
#include "gui/ExportRunner.h"
#include "gui/LabelUi.h"
#include "gui/MainWindow.h"
#include "gui/Session.h"
#include "gui/VersionsDialog.h"
#include "models/SampleTableModel.h"
#include "splits/BalanceItems.h"
#include "splits/SpeechCommandsSplit.h"
#include "store/Exports.h"
#include "store/Project.h"
#include "store/Splits.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace tally;

class TestGuiDataset : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void splitFillsTableColumn();
    void groupedSplitAndBadKey();
    void chartEqualsBalanceReport();
    void undersamplePreviewWritesNothing();
    void oversampleAndWeights();
    void licenceEditOfShownRowsOnly();
    void exportInBackground();
    void exportFailureShownNoVersion();
    void exportDialogRequest();
    void exportOversamples();

private:
    QStringList auditActions() const;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiDataset::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TallyTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings().setValue(QStringLiteral("annotator/name"), QStringLiteral("alice"));
}

void TestGuiDataset::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("d%1.tally").arg(++n));
    const QString tree = m_dir.filePath(QStringLiteral("tree%1").arg(n));
    // yes: 12, no: 6, up: 3 samples, 0.5 s at 16 kHz, one speaker per file.
    const QList<QPair<QString, int>> classes{
        {QStringLiteral("yes"), 12}, {QStringLiteral("no"), 6}, {QStringLiteral("up"), 3}};
    for (const auto& [name, count] : classes)
        for (int i = 0; i < count; ++i)
            QVERIFY(test::writeWav(QStringLiteral("%1/%2/%2%3_nohash_0.wav").arg(tree, name).arg(i),
                                   test::sine(400.0 + 50 * i, 0.5, 16000, 8000)));
    QVERIFY(test::writeWav(tree + QStringLiteral("/_background_noise_/noise.wav"),
                           test::sine(50, 0.1, 16000, 32000)));
    {
        auto p = Project::create(m_path);
        QVERIFY(p.isOk());
        ImportOptions o;
        o.licence = QStringLiteral("CC-BY-4.0");
        QCOMPARE(SpeechCommandsImporter::run(*p.value(), tree, o).imported, 22);
    }
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
    QVERIFY(m_window->datasetUi());
}

void TestGuiDataset::cleanup()
{
    if (m_window)
        m_window->datasetUi()->exportRunner()->wait();
    m_window.reset();
}

QStringList TestGuiDataset::auditActions() const
{
    QStringList out;
    auto p = Project::open(m_path);
    QSqlQuery q(p.value()->db());
    q.exec(QStringLiteral("SELECT action FROM audit ORDER BY id"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void TestGuiDataset::splitFillsTableColumn()
{
    DatasetUi* ui = m_window->datasetUi();
    SplitMethod m;
    m.method = QStringLiteral("speech-commands");
    m.validationPercent = 20;
    m.testingPercent = 20;
    const auto leaks = ui->applySplit(m);
    QVERIFY2(leaks.isOk(), qPrintable(leaks.error().toString()));
    QVERIFY(leaks.value().isEmpty());
    const SpeechCommandsSplit sc{20, 20};
    SampleTableModel* model = m_window->session()->sampleModel();
    QHash<qint64, QString> pathOf;
    for (const SampleRecord& s : m_window->session()->project()->samples())
        pathOf.insert(s.id, s.path);
    int checked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 id = model->index(row, 0).data(SampleTableModel::SampleIdRole).toLongLong();
        const QString shown = model->index(row, SampleTableModel::SplitColumn).data().toString();
        if (pathOf.value(id).contains(QLatin1String("_background_noise_"))) {
            QCOMPARE(shown, QString());
            continue;
        }
        QCOMPARE(shown, splitName(sc.assign(pathOf.value(id))));
        ++checked;
    }
    QCOMPARE(checked, 21);
    // The same as tally-cli split stores: the method is recorded.
    QCOMPARE(Splits(*m_window->session()->project()).method()->validationPercent, 20.0);
}

void TestGuiDataset::groupedSplitAndBadKey()
{
    DatasetUi* ui = m_window->datasetUi();
    SplitMethod m;
    m.method = QStringLiteral("grouped");
    m.groupKey = QStringLiteral("speaker");
    m.seed = 7;
    const auto leaks = ui->applySplit(m);
    QVERIFY(leaks.isOk());
    QVERIFY(leaks.value().isEmpty());
    QCOMPARE(Splits(*m_window->session()->project()).splits().size(), 21);
    m.groupKey = QStringLiteral("no-such-key");
    QVERIFY(!ui->applySplit(m).isOk());
}

void TestGuiDataset::chartEqualsBalanceReport()
{
    DatasetUi* ui = m_window->datasetUi();
    SplitMethod m;
    m.method = QStringLiteral("speech-commands");
    QVERIFY(ui->applySplit(m).isOk());
    BalanceDock* dock = ui->balanceDock();
    ui->balanceAction()->trigger(); // shown: reads the report
    QVERIFY(dock->isVisible());
    dock->setThresholds(0.5, 10);
    const BalanceReport expected = Balance::report(
        gatherBalanceInputs(*m_window->session()->project(), QStringLiteral("split")).items,
        QStringLiteral("split"), {0.5, 10});
    ClassBalanceChart* chart = dock->chart();
    QCOMPARE(chart->categoryCount(), int(expected.rows.size()));
    QCOMPARE(chart->stackCount(), int(expected.keys.size()));
    for (int c = 0; c < expected.rows.size(); ++c) {
        QCOMPARE(chart->data().categories[c], expected.rows[c].className);
        for (const QString& key : expected.keys) {
            const int s =
                int(chart->data().stacks.indexOf(key.isEmpty() ? BalanceDock::tr("(none)") : key));
            QVERIFY(s >= 0);
            QCOMPARE(chart->barValue(s, c), double(expected.rows[c].byKey.value(key).count));
        }
    }
    // Splits stack in reading order.
    QCOMPARE(chart->data().stacks.mid(0, 3),
             (QStringList{QStringLiteral("training"), QStringLiteral("validation"),
                          QStringLiteral("testing")}));
    // Warnings: core's, one line per kind and split; each one in the tooltip.
    QVERIFY(!expected.warnings.isEmpty()); // "up" is under half of "yes"
    QCOMPARE(chart->warnings(), BalanceDock::warningLines(expected));
    QCOMPARE(chart->toolTip().split(QLatin1Char('\n')).size(), expected.warnings.size());
    // A stricter share threshold warns about more.
    dock->setThresholds(0.9, 10);
    QVERIFY(chart->toolTip().split(QLatin1Char('\n')).size() > expected.warnings.size());
    // Hours: the same bars in hours of audio.
    dock->setHours(true);
    QCOMPARE(chart->data().unit, QStringLiteral("hours"));
    QCOMPARE(chart->categoryTotal(0), expected.rows[0].total.hours());
    // By status: one stack per status present.
    dock->setDimension(QStringLiteral("status"));
    QCOMPARE(dock->report().dimension, QStringLiteral("status"));
    QCOMPARE(chart->data().stacks, QStringList{QStringLiteral("unlabelled")});
}

void TestGuiDataset::undersamplePreviewWritesNothing()
{
    BalanceDock* dock = m_window->datasetUi()->balanceDock();
    dock->show();
    const QStringList auditBefore = auditActions();
    const QHash<qint64, QString> splitsBefore = Splits(*m_window->session()->project()).splits();
    const int samplesBefore = int(m_window->session()->project()->samples().size());
    dock->preview(BalanceDock::Plan::Undersample, 4);
    ClassBalanceChart* chart = dock->chart();
    QVERIFY(chart->hasPreview());
    const QStringList cats = chart->data().categories;
    const auto planned = [&](const QString& cls) {
        double sum = 0;
        for (int s = 0; s < chart->stackCount(); ++s)
            sum += chart->previewValue(s, int(cats.indexOf(cls)));
        return sum;
    };
    QCOMPARE(planned(QStringLiteral("yes")), 4.0);
    QCOMPARE(planned(QStringLiteral("no")), 4.0);
    QCOMPARE(planned(QStringLiteral("up")), 3.0);
    QCOMPARE(chart->categoryTotal(int(cats.indexOf(QStringLiteral("yes")))),
             12.0); // current bars unchanged
    // Nothing written.
    QCOMPARE(auditActions(), auditBefore);
    QCOMPARE(Splits(*m_window->session()->project()).splits(), splitsBefore);
    QCOMPARE(int(m_window->session()->project()->samples().size()), samplesBefore);
    dock->clearPreview();
    QVERIFY(!chart->hasPreview());
}

void TestGuiDataset::oversampleAndWeights()
{
    BalanceDock* dock = m_window->datasetUi()->balanceDock();
    dock->show();
    dock->preview(BalanceDock::Plan::Oversample, 0); // up to the largest class
    ClassBalanceChart* chart = dock->chart();
    const QStringList cats = chart->data().categories;
    for (const QString& cls : cats) {
        double sum = 0;
        for (int s = 0; s < chart->stackCount(); ++s)
            sum += chart->previewValue(s, int(cats.indexOf(cls)));
        QCOMPARE(sum, 12.0);
    }
    dock->preview(BalanceDock::Plan::ClassWeights, 0);
    const QStringList lines = dock->weightsText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    // Keras-style: 21 / (3 * 3) for "up".
    QVERIFY(lines.contains(QStringLiteral("up\t%1").arg(QString::number(21.0 / 9.0, 'f', 4))));
}

void TestGuiDataset::licenceEditOfShownRowsOnly()
{
    DatasetUi* ui = m_window->datasetUi();
    m_window->sampleProxy()->setClassFilter(QStringLiteral("up"));
    const QList<qint64> shown = ui->shownSampleIds();
    QCOMPARE(shown.size(), 3);
    RightsChange change;
    change.licence = QStringLiteral("CC-BY-NC-4.0");
    change.owner = QStringLiteral("Lab");
    QVERIFY(ui->applyRights(shown, change));
    const QMap<QString, qint64> counts = Splits(*m_window->session()->project()).licenceCounts();
    QCOMPARE(counts.value(QStringLiteral("CC-BY-NC-4.0")), 3);
    QCOMPARE(counts.value(QStringLiteral("CC-BY-4.0")), 19);
    for (const SampleRights& r : Splits(*m_window->session()->project()).rights())
        QCOMPARE(r.owner, shown.contains(r.sampleId) ? QStringLiteral("Lab") : QString());
    QVERIFY(!ExportDialog::allowsCommercialUse(QStringLiteral("CC-BY-NC-4.0")));
    QVERIFY(ExportDialog::allowsCommercialUse(QStringLiteral("CC-BY-4.0")));
}

void TestGuiDataset::exportInBackground()
{
    DatasetUi* ui = m_window->datasetUi();
    SplitMethod m;
    m.method = QStringLiteral("speech-commands");
    QVERIFY(ui->applySplit(m).isOk());
    QVERIFY(ui->applyRights({ui->shownSampleIds().first()},
                            RightsChange{QStringLiteral("CC-BY-NC-4.0"), {}, {}, {}}));
    QSignalSpy finished(ui->exportRunner(), &ExportRunner::finished);
    ExportRequest r;
    r.folder = m_dir.filePath(QStringLiteral("out%1").arg(QFileInfo(m_path).baseName()));
    r.allowedLicences = {QStringLiteral("CC-BY-4.0")}; // commercial use only
    QVERIFY(ui->startExport(r));
    QVERIFY(!ui->startExport(r)); // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const ExportReport report = ui->exportRunner()->lastReport();
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.value(0).toString()));
    QCOMPARE(report.written, 21); // 20 clips + background
    QCOMPARE(report.skipped, 1);
    QVERIFY(report.version > 0);
    QVERIFY(QFile::exists(r.folder + QStringLiteral("/yes/yes0_nohash_0.wav")));
    QVERIFY(QFile::exists(r.folder + QStringLiteral("/DATASET_CARD.md")));
    QVERIFY(ExportRunner::summary(report).contains(QString::number(report.version)));
    QCOMPARE(int(Exports(*m_window->session()->project()).versions().size()), 1);

    // Non-empty folder: refused without overwrite (nothing starts) ...
    QVERIFY(!ui->startExport(r));
    QVERIFY(!ui->exportRunner()->isRunning());
    // ... and written with it, as a second version (CSV manifest).
    r.overwrite = true;
    r.format = QStringLiteral("csv");
    r.allowedLicences.clear();
    QVERIFY(ui->startExport(r));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QCOMPARE(ui->exportRunner()->lastReport().version, report.version + 1);
    QVERIFY(QFile::exists(r.folder + QStringLiteral("/manifest.csv")));

    VersionsDialog* versions = ui->showVersionsDialog();
    QVERIFY(versions);
    QCOMPARE(versions->versionCount(), 2);
    versions->compare(report.version, report.version + 1);
    QVERIFY2(versions->diffText().contains(QStringLiteral(": 1 added")),
             qPrintable(versions->diffText()));
}

// The same failure as `tally-cli export` on a full disk (tests/app/test_export_full_disk):
// every file this process writes is limited to 64 KB while the export runs, so its
// 4-second clips (128 KB) cannot be written.
void TestGuiDataset::exportFailureShownNoVersion()
{
    DatasetUi* ui = m_window->datasetUi();
    Project* project = m_window->session()->project();
    const size_t versions = Exports(*project).versions().size();
    QSignalSpy finished(ui->exportRunner(), &ExportRunner::finished);
    ExportRequest r;
    r.folder = m_dir.filePath(QStringLiteral("failing%1").arg(QFileInfo(m_path).baseName()));
    r.lengthSec = 4.0;
    rlimit saved{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto restore = qScopeGuard([&] {
        ::setrlimit(RLIMIT_FSIZE, &saved);
        ::signal(SIGXFSZ, SIG_DFL);
    });
    ::signal(SIGXFSZ, SIG_IGN);
    rlimit lowered = saved;
    lowered.rlim_cur = 64 * 1024;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &lowered), 0);
    QVERIFY(ui->startExport(r));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    ::setrlimit(RLIMIT_FSIZE, &saved);

    const ExportReport report = ui->exportRunner()->lastReport();
    QVERIFY(report.failure);
    QVERIFY2(report.failure->reason.contains(QStringLiteral("file too large")),
             qPrintable(report.failure->toString()));
    QVERIFY(report.failure->path.startsWith(r.folder + u'/'));
    QCOMPARE(report.version, qint64(0));
    QVERIFY(!QFileInfo::exists(r.folder));
    QVERIFY(test::exportLeftovers(r.folder).isEmpty());
    QCOMPARE(Exports(*project).versions().size(), versions);
    const QString summary = ExportRunner::summary(report);
    QVERIFY(summary.contains(QStringLiteral("failed")));
    QVERIFY(summary.contains(report.failure->path));
    QCOMPARE(m_window->statusBar()->currentMessage(), summary);
}

void TestGuiDataset::exportDialogRequest()
{
    const QMap<QString, qint64> licences{{QStringLiteral("CC-BY-4.0"), 5},
                                         {QStringLiteral("CC-BY-NC-4.0"), 2}};
    const QMap<QString, qint64> statuses{{QStringLiteral("agreed"), 4},
                                         {QStringLiteral("unlabelled"), 3}};
    ExportDialog dialog(licences, statuses, m_dir.filePath(QStringLiteral("x")));
    ExportRequest r = dialog.request();
    QVERIFY(r.allowedLicences.isEmpty()); // all ticked: no filter
    // Only the safe statuses are ticked: the unlabelled samples stay out (issue 12).
    QCOMPARE(r.statuses, QStringList{QStringLiteral("agreed")});
    const auto buttons = dialog.findChildren<QPushButton*>();
    for (QPushButton* b : buttons)
        if (b->text() == ExportDialog::tr("Commercial use only"))
            b->click();
    r = dialog.request();
    QCOMPARE(r.allowedLicences, QStringList{QStringLiteral("CC-BY-4.0")});
}

void TestGuiDataset::exportOversamples()
{
    // No splits stored: every clip is training. yes 12, no 6, up 3 -> 6 + 9 copies.
    DatasetUi* ui = m_window->datasetUi();
    QSignalSpy finished(ui->exportRunner(), &ExportRunner::finished);
    ExportRequest r;
    r.folder = m_dir.filePath(QStringLiteral("aug%1").arg(QFileInfo(m_path).baseName()));
    r.oversampleTo = 12;
    QVERIFY(ui->startExport(r));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const ExportReport report = ui->exportRunner()->lastReport();
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.value(0).toString()));
    QCOMPARE(report.augmented, 15);
    QCOMPARE(
        QDir(r.folder + QStringLiteral("/up")).entryList({QStringLiteral("*_aug*.wav")}).size(), 9);
    QCOMPARE(
        QDir(r.folder + QStringLiteral("/yes")).entryList({QStringLiteral("*_aug*.wav")}).size(),
        0);
    QVERIFY(QFile::exists(r.folder + QStringLiteral("/class_weights.json")));
}

QTEST_MAIN(TestGuiDataset)
#include "test_gui_dataset.moc"
