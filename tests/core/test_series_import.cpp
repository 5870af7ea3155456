// Sensor series in a project (issue 14): a generated IMS run imported with its features,
// the trend in time order with its onset, errors naming file and line, sensor CSV, the
// bearing stored per run and measured again, and the CLI's trend / spectrum / bearing.
#include "TestSupport.h"
#include "formats/SeriesAnalysis.h"
#include "formats/SeriesImporter.h"
#include "store/Annotators.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Splits.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <random>

using namespace tally;

namespace {

constexpr int kRows = 4096; // shorter than IMS's 20,480 (each file warns), fast to test
constexpr double kRate = 20000;

// Snapshot i of a run: 4 channels of noise; from snapshot `rise` on, channel 1 carries a
// 3 kHz carrier modulated at 236.4 Hz (BPFO of the IMS bearing) growing with i.
QByteArray snapshotText(int i, int rise, std::mt19937& rng)
{
    std::normal_distribution<double> noise(0.0, 0.05);
    QByteArray text;
    text.reserve(kRows * 32);
    for (int n = 0; n < kRows; ++n) {
        const double t = n / kRate;
        for (int c = 0; c < 4; ++c) {
            double x = noise(rng);
            if (c == 0 && i >= rise)
                x += 0.1 * (i - rise + 1) * (1 + std::sin(2 * M_PI * 236.4 * t)) *
                     std::sin(2 * M_PI * 3000 * t);
            text += QByteArray::number(x, 'f', 4);
            text += c < 3 ? '\t' : '\n';
        }
    }
    return text;
}

QString snapshotName(int i)
{
    return QDateTime(QDate(2004, 2, 12), QTime(10, 32, 39), Qt::UTC)
        .addSecs(600 * i)
        .toString(QStringLiteral("yyyy.MM.dd.HH.mm.ss"));
}

} // namespace

class TestSeriesImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importsARunWithFeatures();
    void trendIsInTimeOrderWithOnset();
    void raggedFileIsAnErrorNamingIt();
    void sensorCsvRateFromTime();
    void bearingSetMeasuresAgain();
    void cliTrendSpectrumBearing();
    void rangeLabelsOneTransaction();
    void chronologicalSplitRespectsTime();

private:
    std::unique_ptr<Project> imported(const QString& name, ImportReport* report);
    QTemporaryDir m_dir;
    QString m_run;
    static constexpr int kSnapshots = 30;
    static constexpr int kRise = 20;
};

void TestSeriesImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_run = m_dir.filePath(QStringLiteral("ims/2nd_test"));
    std::mt19937 rng(7);
    // Written out of time order on purpose: the listing is by name, the trend by time.
    for (int i = kSnapshots - 1; i >= 0; --i)
        QVERIFY(test::writeBytes(m_run + u'/' + snapshotName(i), snapshotText(i, kRise, rng)));
    QVERIFY(test::writeBytes(m_run + QStringLiteral("/Readme Document for IMS.txt"), "notes"));
}

std::unique_ptr<Project> TestSeriesImport::imported(const QString& name, ImportReport* report)
{
    auto created = Project::create(m_dir.filePath(name));
    if (!created)
        return nullptr;
    std::unique_ptr<Project> p = std::move(created).value();
    *report = SeriesImporter::run(*p, m_dir.filePath(QStringLiteral("ims")), ImportOptions{},
                                  SeriesImportOptions{SeriesFormat::Ims, 0});
    return p;
}

void TestSeriesImport::importsARunWithFeatures()
{
    ImportReport r;
    auto p = imported(QStringLiteral("a.tally"), &r);
    QVERIFY(p);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).toString()));
    QCOMPARE(r.imported, kSnapshots);
    QCOMPARE(r.skipped, 1);                       // the readme
    QCOMPARE(int(r.warnings.size()), kSnapshots); // 4,096 rows, not 20,480
    const std::vector<SampleRecord> samples = p->samples();
    QCOMPARE(int(samples.size()), kSnapshots);
    for (const SampleRecord& s : samples) {
        QCOMPARE(s.kind, SampleKind::Series);
        QCOMPARE(s.groupKey, QStringLiteral("2nd_test"));
        QCOMPARE(s.channels, 4);
        QCOMPARE(s.frames, qint64(kRows));
        QCOMPARE(s.rateHz, 20000);
        QVERIFY(qAbs(s.durationSec - kRows / kRate) < 1e-9);
    }
    const QStringList runs = SeriesTrends(*p).runs().value();
    QCOMPARE(runs, QStringList{QStringLiteral("2nd_test")});
    QCOMPARE(SeriesTrends(*p).channelCount(runs.first()).value(), 4);
    // The IMS preset was stored as the run's bearing.
    const std::optional<BearingGeometry> g = SeriesImporter::bearingOf(*p, runs.first());
    QVERIFY(g);
    QCOMPARE(g->rollers, 16);
}

void TestSeriesImport::trendIsInTimeOrderWithOnset()
{
    ImportReport r;
    auto p = imported(QStringLiteral("b.tally"), &r);
    QVERIFY(p);
    const Result<RunTrend> t = SeriesAnalysis::trend(*p, QStringLiteral("2nd_test"), {});
    QVERIFY(t);
    QCOMPARE(int(t.value().points.size()), kSnapshots);
    for (int i = 0; i < kSnapshots; ++i) {
        const TrendPoint& pt = t.value().points[size_t(i)];
        QCOMPARE(pt.time, QDateTime(QDate(2004, 2, 12), QTime(10, 32, 39), Qt::UTC)
                              .addSecs(600 * i)
                              .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
        QVERIFY(pt.path.endsWith(snapshotName(i)));
        QVERIFY(std::abs(pt.values[3] - 3.0) < (i < kRise ? 0.3 : 3.0)); // kurtosis of noise
    }
    // The 21st snapshot (index 20) is where channel 1 starts to rise.
    QCOMPARE(t.value().onset, std::optional<int>(kRise));
    TrendOptions bpfo;
    bpfo.feature = QStringLiteral("bpfo");
    QCOMPARE(SeriesAnalysis::trend(*p, QStringLiteral("2nd_test"), bpfo).value().onset,
             std::optional<int>(kRise));
    // Channel 2 is noise only: no onset.
    TrendOptions quiet;
    quiet.channel = 2;
    QCOMPARE(SeriesAnalysis::trend(*p, QStringLiteral("2nd_test"), quiet).value().onset,
             std::nullopt);
    QVERIFY(!SeriesAnalysis::trend(*p, QStringLiteral("no_such_run"), {}));
    TrendOptions five;
    five.channel = 5;
    QVERIFY(!SeriesAnalysis::trend(*p, QStringLiteral("2nd_test"), five));
}

void TestSeriesImport::raggedFileIsAnErrorNamingIt()
{
    const QString run = m_dir.filePath(QStringLiteral("ragged/run1"));
    QVERIFY(test::writeBytes(run + QStringLiteral("/2004.02.12.10.32.39"), "1\t2\t3\n4\t5\t6\n"));
    QVERIFY(test::writeBytes(run + QStringLiteral("/2004.02.12.10.42.39"), "1\t2\t3\n4\t5\n"));
    auto p = std::move(Project::create(m_dir.filePath(QStringLiteral("r.tally")))).value();
    const ImportReport r = SeriesImporter::run(*p, m_dir.filePath(QStringLiteral("ragged")), {},
                                               {SeriesFormat::Ims, 0});
    QCOMPARE(r.imported, 1);
    QCOMPARE(int(r.errors.size()), 1);
    QVERIFY(r.errors.first().path.endsWith(QStringLiteral("2004.02.12.10.42.39")));
    QVERIFY2(r.errors.first().reason.contains(QStringLiteral("line 2")),
             qPrintable(r.errors.first().reason));
    QCOMPARE(int(p->samples().size()), 1);
}

void TestSeriesImport::sensorCsvRateFromTime()
{
    const QString folder = m_dir.filePath(QStringLiteral("csv/pump"));
    QByteArray text = "timestamp,accX,accY,accZ\n";
    for (int i = 0; i < 500; ++i)
        text += QByteArray::number(i * 10) + ',' +
                QByteArray::number(std::sin(2 * M_PI * 5 * i / 100.0), 'f', 5) + ",0.5,-1\n";
    QVERIFY(test::writeBytes(folder + QStringLiteral("/idle.csv"), text));
    QVERIFY(test::writeBytes(folder + QStringLiteral("/broken.csv"),
                             "timestamp,accX\n0,1\n10,\n20,3\n"));
    auto p = std::move(Project::create(m_dir.filePath(QStringLiteral("c.tally")))).value();
    const ImportReport r = SeriesImporter::run(*p, m_dir.filePath(QStringLiteral("csv")), {},
                                               {SeriesFormat::SensorCsv, 0});
    QCOMPARE(r.imported, 1);
    QCOMPARE(int(r.errors.size()), 1);
    QVERIFY(r.errors.first().path.endsWith(QStringLiteral("broken.csv")));
    QVERIFY(r.errors.first().reason.contains(QStringLiteral("line 3")));
    const SampleRecord s = p->samples().front();
    QCOMPARE(s.rateHz, 100);
    QCOMPARE(s.channels, 3);
    QCOMPARE(s.groupKey, QStringLiteral("pump"));
    const Result<RunTrend> t = SeriesAnalysis::trend(*p, QStringLiteral("pump"), {});
    QVERIFY(t);
    QVERIFY(std::abs(t.value().points.front().values[2] - std::sqrt(2.0)) < 1e-3); // crest
    QVERIFY(std::isnan(t.value().points.front().values[5])); // no bearing: no fault bands
    // A rate given for CSV is refused: it comes from the time column.
    const ImportReport refused = SeriesImporter::run(*p, m_dir.filePath(QStringLiteral("csv")), {},
                                                     {SeriesFormat::SensorCsv, 200});
    QCOMPARE(refused.imported, 0);
    QCOMPARE(int(refused.errors.size()), 1);
}

void TestSeriesImport::bearingSetMeasuresAgain()
{
    ImportReport r;
    auto p = imported(QStringLiteral("d.tally"), &r);
    QVERIFY(p);
    const QString run = QStringLiteral("2nd_test");
    TrendOptions bpfo;
    bpfo.feature = QStringLiteral("bpfo");
    const double before = SeriesAnalysis::trend(*p, run, bpfo).value().points.back().values[5];
    // A bearing whose BPFO is far from 236.4 Hz: the band energy falls to the noise.
    BearingGeometry other = BearingGeometry::imsPreset();
    other.rpm = 1300; // BPFO 153.7 Hz: no harmonic near 236.4
    const ImportReport again = SeriesImporter::setBearing(*p, run, other);
    QVERIFY(again.errors.isEmpty());
    QCOMPARE(again.imported, kSnapshots);
    const double after = SeriesAnalysis::trend(*p, run, bpfo).value().points.back().values[5];
    QVERIFY2(before - after > 10, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QCOMPARE(SeriesImporter::bearingOf(*p, run)->rpm, 1300.0);
    BearingGeometry bad = other;
    bad.rollers = 0;
    QVERIFY(!SeriesImporter::setBearing(*p, run, bad).errors.isEmpty());
    QCOMPARE(SeriesImporter::bearingOf(*p, run)->rpm, 1300.0);
}

void TestSeriesImport::cliTrendSpectrumBearing()
{
    const QString project = m_dir.filePath(QStringLiteral("cli.tally"));
    QCOMPARE(test::runCli({QStringLiteral("init"), project}).exitCode, 0);
    const test::CliRun imp = test::runCli(
        {QStringLiteral("import"), project, QStringLiteral("--format"), QStringLiteral("ims"),
         m_dir.filePath(QStringLiteral("ims")), QStringLiteral("--json")});
    QCOMPARE(imp.exitCode, 0);
    QCOMPARE(imp.json().value(QStringLiteral("imported")).toInt(), kSnapshots);
    const test::CliRun trend =
        test::runCli({QStringLiteral("trend"), project, QStringLiteral("--group"),
                      QStringLiteral("2nd_test"), QStringLiteral("--json")});
    QCOMPARE(trend.exitCode, 0);
    const QJsonObject t = trend.json();
    QCOMPARE(t.value(QStringLiteral("points")).toArray().size(), kSnapshots);
    QCOMPARE(t.value(QStringLiteral("onset")).toObject().value(QStringLiteral("index")).toInt(),
             kRise);
    QCOMPARE(t.value(QStringLiteral("points")).toArray().first().toObject().value("time"),
             QJsonValue(QStringLiteral("2004-02-12T10:32:39")));
    QCOMPARE(test::runCli({QStringLiteral("trend"), project, QStringLiteral("--group"),
                           QStringLiteral("nope")})
                 .exitCode,
             1);
    // The envelope spectrum of the last snapshot's channel 1 peaks at BPFO.
    const test::CliRun spec =
        test::runCli({QStringLiteral("spectrum"), m_run + u'/' + snapshotName(kSnapshots - 1),
                      QStringLiteral("--envelope"), QStringLiteral("--peaks"), QStringLiteral("3"),
                      QStringLiteral("--json")});
    QCOMPARE(spec.exitCode, 0);
    const QJsonObject top = spec.json().value(QStringLiteral("peaks")).toArray().first().toObject();
    const double bin = spec.json().value(QStringLiteral("bin_hz")).toDouble();
    QVERIFY2(std::abs(top.value(QStringLiteral("hz")).toDouble() - 236.4) <= bin,
             spec.out.constData());
    const test::CliRun bearing =
        test::runCli({QStringLiteral("bearing"), QStringLiteral("--preset"), QStringLiteral("ims"),
                      QStringLiteral("--json")});
    QCOMPARE(bearing.exitCode, 0);
    QVERIFY(std::abs(bearing.json().value(QStringLiteral("bpfo")).toDouble() - 236.4) < 0.1);
    QVERIFY(std::abs(bearing.json().value(QStringLiteral("ftf")).toDouble() - 14.8) < 0.1);
    QCOMPARE(test::runCli({QStringLiteral("bearing"), QStringLiteral("--rollers"),
                           QStringLiteral("0"), QStringLiteral("--pitch-diameter"),
                           QStringLiteral("2"), QStringLiteral("--roller-diameter"),
                           QStringLiteral("0.3"), QStringLiteral("--rpm"), QStringLiteral("100")})
                 .exitCode,
             2);
    const test::CliRun set =
        test::runCli({QStringLiteral("bearing"), project, QStringLiteral("--group"),
                      QStringLiteral("2nd_test"), QStringLiteral("--preset"), QStringLiteral("ims"),
                      QStringLiteral("--set"), QStringLiteral("--json")});
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.json().value(QStringLiteral("measured")).toInt(), kSnapshots);
}

// label --group --from --to labels exactly the snapshots in the range, in one audited
// transaction; setLabels gives back the previous classes (the GUI's undo).
void TestSeriesImport::rangeLabelsOneTransaction()
{
    const QString project = m_dir.filePath(QStringLiteral("range.tally"));
    QCOMPARE(test::runCli({QStringLiteral("init"), project}).exitCode, 0);
    QCOMPARE(test::runCli({QStringLiteral("import"), project, QStringLiteral("--format"),
                           QStringLiteral("ims"), m_dir.filePath(QStringLiteral("ims"))})
                 .exitCode,
             0);
    for (const char* c : {"normal", "degrading", "failure"})
        QCOMPARE(test::runCli({QStringLiteral("classes"), project, QStringLiteral("--add"),
                               QString::fromLatin1(c)})
                     .exitCode,
                 0);
    // Snapshots 20..24: 13:52:39 to 14:32:39.
    const test::CliRun r =
        test::runCli({QStringLiteral("label"), project, QStringLiteral("--annotator"),
                      QStringLiteral("ana"), QStringLiteral("--group"), QStringLiteral("2nd_test"),
                      QStringLiteral("--from"), QStringLiteral("2004-02-12T13:52:39"),
                      QStringLiteral("--to"), QStringLiteral("2004-02-12T14:35:00"),
                      QStringLiteral("--class"), QStringLiteral("degrading")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.first().contains(snapshotName(20).toLatin1()));
    QVERIFY(lines.last().contains(snapshotName(24).toLatin1()));
    auto p = std::move(Project::open(project)).value();
    const qint64 ana = Annotators(*p).annotator(QStringLiteral("ana")).value().id;
    const QHash<qint64, QString> labels = Labels(*p).labelNamesBy(ana);
    QCOMPARE(labels.size(), 5);
    for (const QString& c : labels)
        QCOMPARE(c, QStringLiteral("degrading"));
    // One audit row for the five.
    QSqlQuery q(p->db());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'label.many'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // Undo: the previous classes given back restore them.
    std::vector<std::pair<qint64, qint64>> again;
    const qint64 failure = Classes(*p).classByName(QStringLiteral("failure")).value().id;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        again.emplace_back(it.key(), failure);
    const auto previous = Labels(*p).setLabels(again, ana);
    QVERIFY(previous);
    std::vector<std::pair<qint64, qint64>> undo;
    for (size_t i = 0; i < again.size(); ++i)
        undo.emplace_back(again[i].first, previous.value()[i]);
    QVERIFY(Labels(*p).setLabels(undo, ana));
    for (const QString& c : Labels(*p).labelNamesBy(ana))
        QCOMPARE(c, QStringLiteral("degrading"));
    // A range with no snapshot, and a bad time, fail.
    QCOMPARE(
        test::runCli({QStringLiteral("label"), project, QStringLiteral("--annotator"),
                      QStringLiteral("ana"), QStringLiteral("--group"), QStringLiteral("2nd_test"),
                      QStringLiteral("--from"), QStringLiteral("2005-01-01"),
                      QStringLiteral("--to"), QStringLiteral("2005-01-02"),
                      QStringLiteral("--class"), QStringLiteral("normal")})
            .exitCode,
        1);
    QCOMPARE(
        test::runCli({QStringLiteral("label"), project, QStringLiteral("--annotator"),
                      QStringLiteral("ana"), QStringLiteral("--group"), QStringLiteral("2nd_test"),
                      QStringLiteral("--from"), QStringLiteral("yesterday"), QStringLiteral("--to"),
                      QStringLiteral("2005-01-02"), QStringLiteral("--class"),
                      QStringLiteral("normal")})
            .exitCode,
        2);
}

// Every training snapshot of a run is earlier than every validation one, and those
// earlier than every testing one; two runs are split each on its own.
void TestSeriesImport::chronologicalSplitRespectsTime()
{
    const QString root = m_dir.filePath(QStringLiteral("two"));
    std::mt19937 rng(3);
    for (const QString& run : {QStringLiteral("1st_test"), QStringLiteral("3rd_test")})
        for (int i = 0; i < 20; ++i)
            QVERIFY(test::writeBytes(root + u'/' + run + u'/' +
                                         snapshotName(i + (run[0] == '3' ? 500 : 0)),
                                     snapshotText(i, 99, rng)));
    const QString project = m_dir.filePath(QStringLiteral("chrono.tally"));
    QCOMPARE(test::runCli({QStringLiteral("init"), project}).exitCode, 0);
    QCOMPARE(test::runCli({QStringLiteral("import"), project, QStringLiteral("--format"),
                           QStringLiteral("ims"), root})
                 .exitCode,
             0);
    QCOMPARE(test::runCli({QStringLiteral("classes"), project, QStringLiteral("--add"),
                           QStringLiteral("normal")})
                 .exitCode,
             0);
    for (const QString& run : {QStringLiteral("1st_test"), QStringLiteral("3rd_test")})
        QCOMPARE(test::runCli({QStringLiteral("label"), project, QStringLiteral("--annotator"),
                               QStringLiteral("ana"), QStringLiteral("--group"), run,
                               QStringLiteral("--from"), QStringLiteral("2004-01-01"),
                               QStringLiteral("--to"), QStringLiteral("2004-12-31"),
                               QStringLiteral("--class"), QStringLiteral("normal")})
                     .exitCode,
                 0);
    const test::CliRun split = test::runCli(
        {QStringLiteral("split"), project, QStringLiteral("--method"),
         QStringLiteral("chronological"), QStringLiteral("--validation"), QStringLiteral("10"),
         QStringLiteral("--testing"), QStringLiteral("20"), QStringLiteral("--json")});
    QCOMPARE(split.exitCode, 0);
    const QJsonObject counts = split.json().value(QStringLiteral("splits")).toObject();
    QCOMPARE(counts.value(QStringLiteral("training")).toInt(), 28);
    QCOMPARE(counts.value(QStringLiteral("validation")).toInt(), 4);
    QCOMPARE(counts.value(QStringLiteral("testing")).toInt(), 8);
    QCOMPARE(split.json().value(QStringLiteral("leaks")).toArray().size(), 0);
    auto p = std::move(Project::open(project)).value();
    const Splits splits(*p);
    for (const QString& run : {QStringLiteral("1st_test"), QStringLiteral("3rd_test")}) {
        const std::vector<TrendPoint> points = SeriesTrends(*p).trend(run, 1).value();
        QCOMPARE(int(points.size()), 20);
        const QStringList order{QStringLiteral("training"), QStringLiteral("validation"),
                                QStringLiteral("testing")};
        int last = 0;
        for (const TrendPoint& pt : points) {
            const int rank = int(order.indexOf(splits.splitOf(pt.sampleId)));
            QVERIFY(rank >= last); // time order never goes back to an earlier split
            last = rank;
        }
        QCOMPARE(splits.splitOf(points.front().sampleId), QStringLiteral("training"));
        QCOMPARE(splits.splitOf(points.back().sampleId), QStringLiteral("testing"));
    }
}

QTEST_GUILESS_MAIN(TestSeriesImport)
#include "test_series_import.moc"
