// SampleTableModel / SampleFilterModel over a real project, checked by
// QAbstractItemModelTester and by what they show, filter and sort.
#include "models/SampleTableModel.h"
#include "store/Flags.h"
#include "store/Project.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;

class TestSampleModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void modelTester();
    void showsRows();
    void filtersByClassAndText();
    void textFilterSearchesPathAndGroup();
    void sortsNumerically();
    void rowOfSample();
    void numbersFollowTheLocale();
    void statusAndSplitComeEarly();
    void sortsAndFiltersInTheModel();
    void selectionFollowsItsSample();
    void holdsOnlyTheRowsShown();
    void qualityColumnAndFlagFilter();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestSampleModel::init()
{
    m_project.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("m.tally")));
    auto p = Project::create(m_dir.filePath(QStringLiteral("m.tally")));
    QVERIFY(p.isOk());
    m_project = std::move(p).value();
    std::vector<SampleRecord> rows;
    const char* classes[] = {"yes", "no", "up"};
    for (int i = 0; i < 30; ++i) {
        SampleRecord r;
        r.path = QStringLiteral("%1/spk%2_nohash_%3.wav")
                     .arg(QLatin1String(classes[i % 3]))
                     .arg(i % 7)
                     .arg(i);
        r.className = QLatin1String(classes[i % 3]);
        r.groupKey = QStringLiteral("spk%1").arg(i % 7);
        r.durationSec = 0.5 + i * 0.1; // 0.5 .. 3.4: numeric order differs from text order
        r.rmsDbfs = -40.0 + i;
        rows.push_back(r);
    }
    SampleRecord bg;
    bg.path = QStringLiteral("_background_noise_/white.wav");
    bg.kind = SampleKind::Background;
    bg.durationSec = 60;
    rows.push_back(bg);
    QVERIFY(m_project->insertSamples(rows));
}

void TestSampleModel::modelTester()
{
    SampleTableModel model;
    SampleFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(*m_project);
    proxy.setClassFilter(QStringLiteral("no"));
    proxy.setTextFilter(QStringLiteral("spk3"));
    proxy.sort(SampleTableModel::DurationColumn);
    proxy.setClassFilter({});
    model.clear();
    model.reload(*m_project);
}

void TestSampleModel::showsRows()
{
    SampleTableModel model;
    model.reload(*m_project);
    QCOMPARE(model.rowCount(), 31);
    QCOMPARE(model.columnCount(), int(SampleTableModel::ColumnCount));
    // The file name is shown; its folder is in the tooltip.
    QCOMPARE(model.index(0, SampleTableModel::PathColumn).data().toString(),
             QStringLiteral("spk0_nohash_0.wav"));
    QCOMPARE(model.index(0, SampleTableModel::PathColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("yes/spk0_nohash_0.wav"));
    QCOMPARE(model.index(30, SampleTableModel::PathColumn).data().toString(),
             QStringLiteral("white.wav"));
    QCOMPARE(model.index(1, SampleTableModel::ClassColumn).data().toString(), QStringLiteral("no"));
    QCOMPARE(model.index(2, SampleTableModel::GroupColumn).data().toString(),
             QStringLiteral("spk2"));
    QCOMPARE(model.index(0, SampleTableModel::DurationColumn).data().toString(),
             QStringLiteral("0.500"));
    QCOMPARE(model.index(0, SampleTableModel::StatusColumn).data().toString(),
             QStringLiteral("labelled"));
    QCOMPARE(model.index(30, SampleTableModel::StatusColumn).data().toString(),
             QStringLiteral("background"));
}

void TestSampleModel::filtersByClassAndText()
{
    SampleTableModel model;
    SampleFilterModel proxy;
    proxy.setSourceModel(&model);
    model.reload(*m_project);
    proxy.setClassFilter(QStringLiteral("up"));
    QCOMPARE(proxy.rowCount(), 10);
    proxy.setTextFilter(QStringLiteral("SPK2_"));
    // i % 3 == 2 and i % 7 == 2: i = 2, 23
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setClassFilter({});
    proxy.setTextFilter(QStringLiteral("background"));
    QCOMPARE(proxy.rowCount(), 1);
}

// The text filter searches each sample's path and group in memory: ASCII letters in any
// case, the group alone, never across the end of the path into the group, and the
// right rows when ids have gaps (a sample deleted in the database).
void TestSampleModel::textFilterSearchesPathAndGroup()
{
    std::vector<SampleRecord> rows;
    SampleRecord a;
    a.path = QStringLiteral("extra/Übung_A.wav");
    a.groupKey = QStringLiteral("Reader-Nine");
    rows.push_back(a);
    SampleRecord b;
    b.path = QStringLiteral("extra/plain.wav");
    b.groupKey = QStringLiteral("zz");
    rows.push_back(b);
    QVERIFY(m_project->insertSamples(rows));
    QSqlQuery q(m_project->db());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM samples WHERE path LIKE '%spk3_nohash_10.wav'")));
    QCOMPARE(q.numRowsAffected(), 1);
    SampleTableModel model;
    model.reload(*m_project);
    QCOMPARE(model.totalCount(), 32);
    auto shown = [&model](const QString& text) {
        model.setTextFilter(text);
        QStringList paths;
        for (int row = 0; row < model.rowCount(); ++row)
            paths << model.record(row).path;
        paths.sort();
        return paths;
    };
    QCOMPARE(shown(QStringLiteral("reader-nINE")), QStringList{a.path}); // the group only
    QCOMPARE(shown(QStringLiteral("übung_a")), QStringList());           // Ü is not folded
    QCOMPARE(shown(QStringLiteral("Übung_a")), QStringList{a.path});
    QCOMPARE(shown(QStringLiteral("wavzz")), QStringList()); // not across path and group
    QCOMPARE(shown(QStringLiteral("wav")).size(), 32);
    // spk3: i % 7 == 3 for i = 3, 10, 17, 24 — 10 was deleted; paths and groups both match.
    QCOMPARE(shown(QStringLiteral("SPK3")), (QStringList{QStringLiteral("up/spk3_nohash_17.wav"),
                                                         QStringLiteral("yes/spk3_nohash_24.wav"),
                                                         QStringLiteral("yes/spk3_nohash_3.wav")}));
    QCOMPARE(model.recordOf(model.record(0).id).path, model.record(0).path);
}

void TestSampleModel::sortsNumerically()
{
    SampleTableModel model;
    SampleFilterModel proxy;
    proxy.setSourceModel(&model);
    model.reload(*m_project);
    proxy.sort(SampleTableModel::DurationColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, SampleTableModel::DurationColumn).data().toString(),
             QStringLiteral("60.000"));
    QCOMPARE(proxy.index(1, SampleTableModel::DurationColumn).data().toString(),
             QStringLiteral("3.400"));
    double last = 1e9;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const double d = proxy.index(r, 0).data(SampleTableModel::SortRole).toString().isEmpty()
                             ? 0
                             : proxy.index(r, SampleTableModel::DurationColumn)
                                   .data(SampleTableModel::SortRole)
                                   .toDouble();
        QVERIFY(d <= last);
        last = d;
    }
}

void TestSampleModel::rowOfSample()
{
    SampleTableModel model;
    model.reload(*m_project);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.rowOfSample(model.record(r).id), r);
    QCOMPARE(model.rowOfSample(99999), -1);
}

void TestSampleModel::numbersFollowTheLocale()
{
    SampleTableModel model;
    model.reload(*m_project);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
    const QString duration = model.index(1, SampleTableModel::DurationColumn).data().toString();
    const QString rms = model.index(1, SampleTableModel::RmsColumn).data().toString();
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = model.index(0, SampleTableModel::DurationColumn).data().toString();
    QLocale::setDefault(before);
    QCOMPARE(duration, QStringLiteral("0,600")); // not 0.600, a thousand to a Brazilian
    QCOMPARE(rms, QStringLiteral("-39,0"));
    QCOMPARE(german, QStringLiteral("0,500"));
    QCOMPARE(model.index(0, SampleTableModel::DurationColumn).data().toString(),
             QLocale().toString(0.5, 'f', 3));
}

void TestSampleModel::statusAndSplitComeEarly()
{
    // A narrow table shows status and split without scrolling sideways.
    QVERIFY(SampleTableModel::StatusColumn < SampleTableModel::GroupColumn);
    QVERIFY(SampleTableModel::SplitColumn < SampleTableModel::DurationColumn);
    SampleTableModel model;
    QCOMPARE(model.headerData(SampleTableModel::StatusColumn, Qt::Horizontal).toString(),
             QStringLiteral("Status"));
    QCOMPARE(model.headerData(SampleTableModel::SplitColumn, Qt::Horizontal).toString(),
             QStringLiteral("Split"));
    QCOMPARE(model.headerData(SampleTableModel::PathColumn, Qt::Horizontal).toString(),
             QStringLiteral("File"));
}

// Sort and filter are the model's (the proxy only forwards): the rows in the right order,
// and the same after a reload.
void TestSampleModel::sortsAndFiltersInTheModel()
{
    SampleTableModel model;
    SampleFilterModel proxy;
    proxy.setSourceModel(&model);
    model.reload(*m_project);
    proxy.sort(SampleTableModel::DurationColumn, Qt::AscendingOrder);
    QCOMPARE(model.record(0).durationSec, 0.5);
    QCOMPARE(model.record(30).kind, SampleKind::Background);
    proxy.setClassFilter(QStringLiteral("no")); // i % 3 == 1: 1, 4, ..., 28
    QCOMPARE(proxy.rowCount(), 10);
    for (int r = 0; r < 10; ++r)
        QCOMPARE(model.record(r).path,
                 QStringLiteral("no/spk%1_nohash_%2.wav").arg((1 + 3 * r) % 7).arg(1 + 3 * r));
    proxy.sort(SampleTableModel::PathColumn, Qt::DescendingOrder);
    QCOMPARE(model.record(0).path, QStringLiteral("no/spk6_nohash_13.wav"));
    model.reload(*m_project);
    QCOMPARE(proxy.rowCount(), 10);
    QCOMPARE(model.record(0).path, QStringLiteral("no/spk6_nohash_13.wav"));
    QCOMPARE(model.totalCount(), 31);
    proxy.setTextFilter(QStringLiteral("SPK2_"));
    QCOMPARE(proxy.rowCount(), 1); // "no" and spk2: i = 16 (16 % 3 == 1, 16 % 7 == 2)
    QCOMPARE(model.record(0).path, QStringLiteral("no/spk2_nohash_16.wav"));
    proxy.setClassFilter({});
    QCOMPARE(proxy.rowCount(), 4); // i % 7 == 2: 2, 9, 16, 23
    QCOMPARE(model.rowOfSample(model.allIds().back()), -1);
}

// A persistent index (the view's current row) stays on its sample through sort and filter.
void TestSampleModel::selectionFollowsItsSample()
{
    SampleTableModel model;
    model.reload(*m_project);
    const qint64 id = model.allIds()[4];
    const QPersistentModelIndex current(model.index(model.rowOfSample(id), 0));
    model.sort(SampleTableModel::RmsColumn, Qt::DescendingOrder);
    QCOMPARE(current.row(), model.rowOfSample(id));
    QCOMPARE(current.data(SampleTableModel::SampleIdRole).toLongLong(), id);
    model.setClassFilter(QStringLiteral("no")); // id 5 is i = 4: "no"
    QCOMPARE(current.data(SampleTableModel::SampleIdRole).toLongLong(), id);
    model.setClassFilter(QStringLiteral("up"));
    QVERIFY(!current.isValid());
}

// 50,000 samples: opening reads no row, showing a screen reads a page, and scrolling to
// the end keeps at most kCacheRows records.
void TestSampleModel::holdsOnlyTheRowsShown()
{
    std::vector<SampleRecord> rows;
    for (int i = 0; i < 50000; ++i) {
        SampleRecord r;
        r.path = QStringLiteral("many/spk%1_nohash_%2.wav").arg(i % 500).arg(i);
        r.className = QStringLiteral("yes");
        r.durationSec = 1.0;
        rows.push_back(r);
    }
    QVERIFY(m_project->insertSamples(rows));
    SampleTableModel model;
    model.reload(*m_project);
    QCOMPARE(model.rowCount(), 50031);
    QCOMPARE(model.fetchedRows(), 0);
    for (int r = 0; r < 40; ++r)
        QVERIFY(!model.index(r, SampleTableModel::PathColumn).data().toString().isEmpty());
    QVERIFY(model.fetchedRows() <= SampleTableModel::kPageRows);
    for (int r = 0; r < model.rowCount(); r += 997) // a scroll bar dragged to the end
        for (int k = r; k < std::min(r + 40, model.rowCount()); ++k)
            model.index(k, SampleTableModel::PathColumn).data();
    QCOMPARE(model.index(50030, SampleTableModel::PathColumn).data().toString(),
             QStringLiteral("spk499_nohash_49999.wav"));
    QVERIFY(model.cachedRows() <= SampleTableModel::kCacheRows);
    QVERIFY(model.fetchedRows() <= 52 * SampleTableModel::kPageRows);
    model.sort(SampleTableModel::PathColumn, Qt::AscendingOrder);
    model.setTextFilter(QStringLiteral("spk7_"));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.record(0).path, QStringLiteral("many/spk7_nohash_10007.wav"));
}

// The Quality column shows the first active check in the order given, "+N" for more, the
// icon and a tooltip with every value; the flag filter keeps only flagged samples (of one
// check, or of any); a dismissed flag is not shown; new flags re-apply the filter.
void TestSampleModel::qualityColumnAndFlagFilter()
{
    SampleTableModel model;
    SampleFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(*m_project);
    model.setFlagDecoration(QStringLiteral("icon"));
    const qint64 a = model.allIds()[2], b = model.allIds()[5], c = model.allIds()[7];
    auto flag = [](qint64 id, const char* check, double value, double threshold) {
        FlagRecord f;
        f.sampleId = id;
        f.check = QLatin1String(check);
        f.value = value;
        f.threshold = threshold;
        return f;
    };
    FlagRecord dismissed = flag(c, "silent", -70, -60);
    dismissed.dismissedAt = QDateTime::currentDateTimeUtc();
    const QStringList order{QStringLiteral("too-quiet"), QStringLiteral("silent"),
                            QStringLiteral("clipped")};
    model.setFlags({flag(a, "silent", -65, -60), flag(a, "too-quiet", -50, -40),
                    flag(b, "clipped", 0.01, 0.001), dismissed},
                   order);
    const auto cell = [&](qint64 id, int role) {
        return model.data(model.index(model.rowOfSample(id), SampleTableModel::QualityColumn),
                          role);
    };
    QCOMPARE(cell(a, Qt::DisplayRole).toString(), QStringLiteral("too-quiet +1"));
    QCOMPARE(cell(b, Qt::DisplayRole).toString(), QStringLiteral("clipped"));
    QVERIFY(cell(c, Qt::DisplayRole).toString().isEmpty());
    QCOMPARE(cell(a, Qt::DecorationRole).toString(), QStringLiteral("icon"));
    QVERIFY(!cell(c, Qt::DecorationRole).isValid());
    const QString tip = cell(a, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("too-quiet")) && tip.contains(QStringLiteral("silent")) &&
                 tip.contains(QLocale().toString(-40.0, 'g', 4)),
             qPrintable(tip));
    QCOMPARE(model.activeChecksOf(a),
             (QStringList{QStringLiteral("too-quiet"), QStringLiteral("silent")}));
    SampleTableModel bare; // the column reads no row from the database
    bare.reload(*m_project);
    bare.setFlags({flag(a, "silent", -65, -60)}, order);
    const QModelIndex shown = bare.index(bare.rowOfSample(a), SampleTableModel::QualityColumn);
    QCOMPARE(shown.data().toString(), QStringLiteral("silent"));
    QVERIFY(!shown.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(bare.fetchedRows(), 0);

    proxy.setFlagFilter(true);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFlagFilter(true, QStringLiteral("silent"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.data(proxy.index(0, 0), SampleTableModel::SampleIdRole).toLongLong(), a);
    proxy.setFlagFilter(true, QStringLiteral("clipped"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.data(proxy.index(0, 0), SampleTableModel::SampleIdRole).toLongLong(), b);
    model.setFlags({flag(a, "silent", -65, -60)}, order); // the clip is fine now
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFlagFilter(false);
    QCOMPARE(proxy.rowCount(), model.totalCount());

    model.setFlags({flag(a, "silent", -65, -60), flag(b, "clipped", 0.01, 0.001)}, order);
    proxy.sort(SampleTableModel::QualityColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.data(proxy.index(0, 0), SampleTableModel::SampleIdRole).toLongLong(), a);
    QCOMPARE(proxy.data(proxy.index(1, 0), SampleTableModel::SampleIdRole).toLongLong(), b);
}

QTEST_GUILESS_MAIN(TestSampleModel)
#include "test_sample_model.moc"
