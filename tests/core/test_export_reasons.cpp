// formats/ExportSet: every sample an export leaves out is listed with its reason
// (status, licence, no class, a kind the format does not write), the warnings name an
// empty split and a class missing from a split, and the safe statuses by default.
// A manifest export carries both in its report.
#include "TestSupport.h"
#include "formats/ExportReviewInputs.h"
#include "formats/ExportSet.h"
#include "formats/ManifestExporter.h"
#include "formats/SampleStatusNames.h"
#include "store/Project.h"
#include "store/Splits.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tally;

class TestExportReasons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everySkipHasAReason();
    void warningsNameEmptySplitsAndMissingClasses();
    void noSplitsNoWarnings();
    void safeStatusesByDefault();
    void manifestReportCarriesReasonsAndWarnings();

private:
    qint64 add(const QString& path, const QString& cls, const QString& licence,
               SampleKind kind = SampleKind::Audio);
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QList<qint64> m_ids;
};

void TestExportReasons::init()
{
    static int n = 0;
    auto p = Project::create(m_dir.filePath(QStringLiteral("e%1.tally").arg(++n)));
    QVERIFY(p.isOk());
    m_project = std::move(p).value();
    m_ids.clear();
}

void TestExportReasons::cleanup()
{
    m_project.reset();
}

qint64 TestExportReasons::add(const QString& path, const QString& cls, const QString& licence,
                              SampleKind kind)
{
    SampleRecord r;
    r.path = path;
    r.className = cls;
    r.licence = licence;
    r.kind = kind;
    r.durationSec = 1.0;
    r.rateHz = 16000;
    r.channels = 1;
    std::vector<SampleRecord> rows{r};
    if (!m_project->insertSamples(rows))
        return 0;
    m_ids << rows[0].id;
    return rows[0].id;
}

void TestExportReasons::everySkipHasAReason()
{
    const qint64 ok =
        add(QStringLiteral("yes/a.wav"), QStringLiteral("yes"), QStringLiteral("CC-BY-4.0"));
    const qint64 nc =
        add(QStringLiteral("yes/b.wav"), QStringLiteral("yes"), QStringLiteral("CC-BY-NC-4.0"));
    const qint64 none = add(QStringLiteral("c.wav"), QString(), QStringLiteral("CC-BY-4.0"));
    const qint64 held =
        add(QStringLiteral("no/d.wav"), QStringLiteral("no"), QStringLiteral("CC-BY-4.0"));
    ExportFilter filter;
    filter.allowedLicences = {QStringLiteral("CC-BY-4.0")};
    filter.allowedSampleIds = QSet<qint64>{ok, nc, none};
    ExportInputs inputs;
    inputs.statusOf.insert(held, QStringLiteral("disputed"));
    const auto sel = selectForExport(*m_project, filter, inputs);
    QVERIFY(sel.isOk());
    QCOMPARE(int(sel.value().items.size()), 1);
    QCOMPARE(sel.value().items[0].sampleId, ok);
    const QList<ExportSkip>& skips = sel.value().skippedSamples;
    QCOMPARE(skips.size(), sel.value().skipped());
    QCOMPARE(skips.size(), 3);
    QHash<qint64, ExportSkip> byId;
    for (const ExportSkip& s : skips)
        byId.insert(s.sampleId, s);
    QCOMPARE(byId.value(held).path, QStringLiteral("no/d.wav"));
    QCOMPARE(byId.value(held).reason,
             QStringLiteral("its status “disputed” is not among the exported ones"));
    QCOMPARE(byId.value(nc).reason, QStringLiteral("its licence “CC-BY-NC-4.0” is not allowed"));
    QCOMPARE(byId.value(none).reason,
             QStringLiteral("it has no class: none imported, no label, no review decision"));

    // A kind the format does not write is a skip with a reason too.
    ExportReport report;
    std::vector<ExportItem> items = sel.value().items;
    ExportItem image;
    image.sampleId = 99;
    image.kind = SampleKind::Image;
    image.storedPath = QStringLiteral("img.png");
    items.push_back(image);
    skipOtherKinds(
        &report, items, [](const ExportItem& it) { return it.kind == SampleKind::Audio; },
        QStringLiteral("Speech Commands"));
    QCOMPARE(int(items.size()), 1);
    QCOMPARE(report.skipped, 1);
    QCOMPARE(report.skippedSamples.size(), 1);
    QCOMPARE(report.skippedSamples[0].path, QStringLiteral("img.png"));
    QCOMPARE(report.skippedSamples[0].reason,
             QStringLiteral("an image is not written by a Speech Commands export"));
}

void TestExportReasons::warningsNameEmptySplitsAndMissingClasses()
{
    std::vector<ExportItem> items;
    const auto item = [&items](const char* cls, const char* split) {
        ExportItem it;
        it.className = QLatin1String(cls);
        it.split = QLatin1String(split);
        items.push_back(it);
    };
    item("yes", "training");
    item("no", "training");
    item("yes", "validation");
    item("", "validation"); // background: counts for the split only
    QCOMPARE(exportWarnings(items),
             (QStringList{QStringLiteral("The split “testing” is empty."),
                          QStringLiteral("The class “no” has no sample in “validation”.")}));
    item("no", "validation");
    item("no", "testing");
    item("yes", "testing");
    QVERIFY(exportWarnings(items).isEmpty());
}

void TestExportReasons::noSplitsNoWarnings()
{
    std::vector<ExportItem> items(3);
    items[0].className = QStringLiteral("yes");
    QVERIFY(exportWarnings(items).isEmpty());
    QVERIFY(exportWarnings({}).isEmpty());
}

void TestExportReasons::safeStatusesByDefault()
{
    const QStringList safe = defaultExportStatuses();
    QCOMPARE(safe, (QStringList{QStringLiteral("agreed"), QStringLiteral("resolved"),
                                QStringLiteral("labelled")}));
    // Each is a status core knows.
    SampleStatusNames statusOf;
    statusOf.insert(1, QStringLiteral("agreed"));
    statusOf.insert(2, QStringLiteral("disputed"));
    statusOf.insert(3, QStringLiteral("unlabelled"));
    statusOf.insert(4, QStringLiteral("labelled"));
    const auto allowed = samplesWithStatus(statusOf, safe);
    QVERIFY(allowed.isOk());
    QCOMPARE(allowed.value(), (QSet<qint64>{1, 4}));
}

void TestExportReasons::manifestReportCarriesReasonsAndWarnings()
{
    const qint64 a = add(QStringLiteral("yes/a.wav"), QStringLiteral("yes"), QString());
    const qint64 b = add(QStringLiteral("no/b.wav"), QStringLiteral("no"), QString());
    add(QStringLiteral("c.wav"), QString(), QString());
    Splits splits(*m_project);
    QVERIFY(splits.setSplit(a, QStringLiteral("training")));
    QVERIFY(splits.setSplit(b, QStringLiteral("training")));
    ManifestOptions o;
    o.folder = m_dir.filePath(QStringLiteral("manifest"));
    o.format = ManifestFormat::Csv;
    const ExportReport report =
        ManifestExporter::run(*m_project, o, exportInputsFromReview(*m_project));
    QVERIFY(report.errors.isEmpty());
    QCOMPARE(report.written, 2);
    QCOMPARE(report.skipped, 1);
    QCOMPARE(report.skippedSamples.size(), 1);
    QCOMPARE(report.skippedSamples[0].path, QStringLiteral("c.wav"));
    QCOMPARE(report.warnings, (QStringList{QStringLiteral("The split “validation” is empty."),
                                           QStringLiteral("The split “testing” is empty.")}));
}

QTEST_MAIN(TestExportReasons)
#include "test_export_reasons.moc"
