// Sensor series exported as windows (issue 14): a generated IMS run imported, labelled and
// split, then written as windows.npy + labels.csv and read back (window k of a snapshot is
// its frames [start, start + window) on the chosen channels), as Edge Impulse CSV files +
// info.labels (one file read back by the project's own sensor CSV parser), with
// --normal-only through the CLI, the CLI's usage errors, and a failed write that leaves
// no folder.
#include "TestSupport.h"
#include "formats/SeriesExporter.h"
#include "formats/SeriesImporter.h"
#include "sensor/SeriesReaders.h"
#include "store/Annotators.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Splits.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <cmath>
#include <csignal>
#include <cstring>
#include <sys/resource.h>

using namespace tally;

namespace {

constexpr int kSnapshots = 6; // and one short one after them
constexpr int kRows = 2048;
constexpr int kShortRows = 300; // fewer than one window
constexpr int kChannels = 3;
constexpr int kWindow = 512;
constexpr int kStride = 256;
constexpr int kWindowsPerSnapshot = (kRows - kWindow) / kStride + 1; // 7

// Exactly representable in float, and the same after the text round trip.
float valueAt(int snapshot, int frame, int channel)
{
    return float(snapshot * 4096 + frame) + 0.25f * float(channel);
}

QString snapshotName(int i)
{
    return QDateTime(QDate(2004, 2, 12), QTime(10, 32, 39), Qt::UTC)
        .addSecs(600 * i)
        .toString(QStringLiteral("yyyy.MM.dd.HH.mm.ss"));
}

QByteArray snapshotText(int s, int rows)
{
    QByteArray text;
    for (int f = 0; f < rows; ++f)
        for (int c = 0; c < kChannels; ++c)
            text += QByteArray::number(double(valueAt(s, f, c)), 'f', 2) +
                    (c + 1 < kChannels ? '\t' : '\n');
    return text;
}

QString classOf(int s)
{
    return s < 3 || s == kSnapshots ? QStringLiteral("normal") : QStringLiteral("fault");
}

// 0, 3, 6: training; 1, 4: validation; 2, 5: testing.
QString splitOf(int s)
{
    static const QStringList splits{QStringLiteral("training"), QStringLiteral("validation"),
                                    QStringLiteral("testing")};
    return splits[s % 3];
}

struct Npy
{
    QList<qint64> shape;
    std::vector<float> data;
};

// A .npy file read by hand: magic, version 1.0, header length, dict, '<f4' data.
Npy readNpy(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    if (!bytes.startsWith(QByteArray("\x93NUMPY\x01\x00", 8)) || bytes.size() < 10)
        return {};
    const quint16 len = qFromLittleEndian<quint16>(bytes.constData() + 8);
    if ((10 + len) % 64 != 0)
        return {};
    const QString dict = QString::fromLatin1(bytes.mid(10, len));
    if (!dict.contains(QStringLiteral("'descr': '<f4'")) ||
        !dict.contains(QStringLiteral("'fortran_order': False")) || !dict.endsWith(u'\n'))
        return {};
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("'shape': \\(([0-9, ]*)\\)")).match(dict);
    Npy out;
    for (const QString& d : m.captured(1).split(u',', Qt::SkipEmptyParts))
        out.shape << d.trimmed().toLongLong();
    out.data.resize(size_t(bytes.size() - 10 - len) / sizeof(float));
    for (size_t i = 0; i < out.data.size(); ++i)
        out.data[i] = qFromLittleEndian<float>(bytes.constData() + 10 + len + i * sizeof(float));
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// labels.csv rows after the header, split into fields (no field here needs quotes).
QList<QStringList> csvRows(const QString& path, QString* header)
{
    QStringList lines = QString::fromUtf8(readAll(path)).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QList<QStringList> rows;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (i == 0)
            *header = lines[i];
        else
            rows << lines[i].split(u',');
    return rows;
}

} // namespace

class TestSeriesExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void npyRoundTrip();
    void edgeImpulseCsv();
    void normalOnlyThroughCli();
    void cliUsageAndChannelErrors();
    void failedWriteLeavesNoFolder();

private:
    SeriesExportOptions options(const QString& out, SeriesExportFormat format) const;
    QTemporaryDir m_dir;
    QString m_projectPath;
    std::unique_ptr<Project> m_project;
    QHash<QString, int> m_snapshotOf; // stored path -> snapshot index
};

void TestSeriesExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString run = m_dir.filePath(QStringLiteral("ims/bench1"));
    for (int s = 0; s <= kSnapshots; ++s)
        QVERIFY(test::writeBytes(run + u'/' + snapshotName(s),
                                 snapshotText(s, s < kSnapshots ? kRows : kShortRows)));
    m_projectPath = m_dir.filePath(QStringLiteral("p.tally"));
    m_project = std::move(Project::create(m_projectPath)).value();
    const ImportReport r = SeriesImporter::run(*m_project, m_dir.filePath(QStringLiteral("ims")),
                                               {}, {SeriesFormat::Ims, 0});
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).toString()));
    QCOMPARE(r.imported, kSnapshots + 1);
    const qint64 ana = Annotators(*m_project).ensureAnnotator(QStringLiteral("ana")).value().id;
    QHash<QString, qint64> classIds;
    for (const QString& c : {QStringLiteral("normal"), QStringLiteral("fault")})
        classIds.insert(c, Classes(*m_project).addClass(ClassRecord{0, c, {}, {}, {}}).value().id);
    std::vector<std::pair<qint64, qint64>> labels;
    QHash<qint64, QString> splits;
    for (const SampleRecord& rec : m_project->samples())
        for (int s = 0; s <= kSnapshots; ++s)
            if (QFileInfo(rec.path).fileName() == snapshotName(s)) {
                m_snapshotOf.insert(rec.path, s);
                labels.emplace_back(rec.id, classIds.value(classOf(s)));
                splits.insert(rec.id, splitOf(s));
            }
    QCOMPARE(m_snapshotOf.size(), kSnapshots + 1);
    QVERIFY(Labels(*m_project).setLabels(labels, ana));
    SplitMethod method;
    method.method = QStringLiteral("manual");
    QVERIFY(Splits(*m_project).setSplits(splits, method));
    // An audio clip with a class: selected, then left out by the series export.
    std::vector<SampleRecord> audio(1);
    audio[0].path = QStringLiteral("clips/yes/a.wav");
    audio[0].contentHash = QStringLiteral("a");
    audio[0].className = QStringLiteral("yes");
    QVERIFY(m_project->insertSamples(audio));
}

SeriesExportOptions TestSeriesExport::options(const QString& out, SeriesExportFormat format) const
{
    SeriesExportOptions o;
    o.folder = m_dir.filePath(out);
    o.format = format;
    o.windowFrames = kWindow;
    o.strideFrames = kStride;
    return o;
}

// windows.npy holds every window of every full snapshot on channels 3 and 1 (in that
// order); labels.csv names each row's sample, start, class and split.
void TestSeriesExport::npyRoundTrip()
{
    SeriesExportOptions o = options(QStringLiteral("npy"), SeriesExportFormat::Npy);
    o.channels = {3, 1};
    const ExportReport r = SeriesExporter::run(*m_project, o);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).toString()));
    QCOMPARE(r.written, kSnapshots * kWindowsPerSnapshot);
    QCOMPARE(r.skipped, 2);
    QStringList reasons;
    for (const ExportSkip& k : r.skippedSamples)
        reasons << k.reason;
    QVERIFY2(reasons.filter(QStringLiteral("is not written by a series export")).size() == 1,
             qPrintable(reasons.join(u'\n')));
    QVERIFY2(reasons.filter(QStringLiteral("fewer than one window")).size() == 1,
             qPrintable(reasons.join(u'\n')));
    QVERIFY(r.version > 0);
    QCOMPARE(r.files,
             (QStringList{QStringLiteral("windows.npy"), QStringLiteral("labels.csv"),
                          QStringLiteral("DATASET_CARD.md"), QStringLiteral("ATTRIBUTION.md")}));
    const Npy npy = readNpy(QDir(o.folder).filePath(QStringLiteral("windows.npy")));
    QCOMPARE(npy.shape, (QList<qint64>{kSnapshots * kWindowsPerSnapshot, kWindow, 2}));
    QCOMPARE(qint64(npy.data.size()), qint64(kSnapshots * kWindowsPerSnapshot * kWindow * 2));
    QString header;
    const QList<QStringList> rows =
        csvRows(QDir(o.folder).filePath(QStringLiteral("labels.csv")), &header);
    QCOMPARE(header, QStringLiteral("index,sample,start_frame,class,split"));
    QCOMPARE(rows.size(), kSnapshots * kWindowsPerSnapshot);
    QHash<int, int> perSnapshot;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList& row = rows[i];
        QCOMPARE(row.size(), 5);
        QCOMPARE(row[0].toLongLong(), i);
        QVERIFY2(m_snapshotOf.contains(row[1]), qPrintable(row[1]));
        const int s = m_snapshotOf.value(row[1]);
        const int start = row[2].toInt();
        QCOMPARE(start, kStride * perSnapshot[s]++);
        QCOMPARE(row[3], classOf(s));
        QCOMPARE(row[4], splitOf(s));
        const float* w = npy.data.data() + i * kWindow * 2;
        int wrong = 0; // exact: the values are floats as written
        for (int j = 0; j < kWindow; ++j)
            wrong += int(w[j * 2] != valueAt(s, start + j, 2)) +
                     int(w[j * 2 + 1] != valueAt(s, start + j, 0));
        QVERIFY2(wrong == 0,
                 qPrintable(QStringLiteral("window %1: %2 values differ").arg(i).arg(wrong)));
    }
    QCOMPARE(perSnapshot.size(), kSnapshots);
    const QString card = QString::fromUtf8(readAll(QDir(o.folder).filePath("DATASET_CARD.md")));
    QVERIFY(card.contains(QStringLiteral("series-npy")));
}

// One CSV per window in the Edge Impulse layout and info.labels with training / testing
// only (validation goes to training, the split kept in metadata).
void TestSeriesExport::edgeImpulseCsv()
{
    const SeriesExportOptions o = options(QStringLiteral("ei"), SeriesExportFormat::EdgeImpulseCsv);
    const ExportReport r = SeriesExporter::run(*m_project, o);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).toString()));
    QCOMPARE(r.written, kSnapshots * kWindowsPerSnapshot);
    const QStringList csvs = QDir(o.folder).entryList({QStringLiteral("*.csv")}, QDir::Files);
    QCOMPARE(csvs.size(), kSnapshots * kWindowsPerSnapshot);
    const QJsonObject doc =
        QJsonDocument::fromJson(readAll(QDir(o.folder).filePath(QStringLiteral("info.labels"))))
            .object();
    QCOMPARE(doc.value(QStringLiteral("version")).toInt(), 1);
    const QJsonArray files = doc.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), kSnapshots * kWindowsPerSnapshot);
    QString chosen;
    for (const QJsonValue& v : files) {
        const QJsonObject f = v.toObject();
        const QJsonObject meta = f.value(QStringLiteral("metadata")).toObject();
        const int s = m_snapshotOf.value(meta.value(QStringLiteral("sample")).toString(), -1);
        QVERIFY(s >= 0);
        QVERIFY(csvs.contains(f.value(QStringLiteral("path")).toString()));
        QCOMPARE(f.value(QStringLiteral("category")).toString(),
                 splitOf(s) == QStringLiteral("testing") ? QStringLiteral("testing")
                                                         : QStringLiteral("training"));
        QCOMPARE(meta.value(QStringLiteral("split")).toString(), splitOf(s));
        const QJsonObject label = f.value(QStringLiteral("label")).toObject();
        QCOMPARE(label.value(QStringLiteral("type")).toString(), QStringLiteral("label"));
        QCOMPARE(label.value(QStringLiteral("label")).toString(), classOf(s));
        QVERIFY(f.value(QStringLiteral("path")).toString().startsWith(classOf(s) + u'.'));
        if (s == 4 && meta.value(QStringLiteral("start_frame")).toString() == QStringLiteral("768"))
            chosen = f.value(QStringLiteral("path")).toString();
    }
    QVERIFY(!chosen.isEmpty());
    const QByteArray text = readAll(QDir(o.folder).filePath(chosen));
    QVERIFY(text.startsWith("timestamp,ch1,ch2,ch3\n0,"));
    const Result<SeriesData> back = parseSensorCsv(text);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().reason));
    QCOMPARE(back.value().channels, kChannels);
    QCOMPARE(back.value().frameCount(), qsizetype(kWindow));
    QVERIFY(std::abs(back.value().rateHz - 20000.0) < 1e-3);
    int wrong = 0;
    for (int j = 0; j < kWindow; ++j)
        for (int c = 0; c < kChannels; ++c)
            wrong += int(back.value().frames[size_t(j * kChannels + c)] != valueAt(4, 768 + j, c));
    QCOMPARE(wrong, 0);
}

// --normal-only normal: training and validation hold normal windows only, testing every
// class; the other class's training / validation samples are skipped with the reason.
void TestSeriesExport::normalOnlyThroughCli()
{
    const QString out = m_dir.filePath(QStringLiteral("anomaly"));
    const test::CliRun run = test::runCli(
        {QStringLiteral("export"), m_projectPath, QStringLiteral("--format"),
         QStringLiteral("series-npy"), out, QStringLiteral("--window"), QString::number(kWindow),
         QStringLiteral("--stride"), QString::number(kStride), QStringLiteral("--normal-only"),
         QStringLiteral("normal"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject j = run.json();
    QCOMPARE(j.value(QStringLiteral("written")).toInt(), 4 * kWindowsPerSnapshot); // 0, 1, 2, 5
    QCOMPARE(j.value(QStringLiteral("skipped")).toInt(), 4); // 3, 4, the short one, the clip
    int notNormal = 0;
    for (const QJsonValue& v : j.value(QStringLiteral("skipped_samples")).toArray())
        notNormal += v.toObject()
                         .value(QStringLiteral("reason"))
                         .toString()
                         .contains(QStringLiteral("is not the normal class “normal”"));
    QCOMPARE(notNormal, 2);
    QString header;
    QSet<QString> testingClasses;
    for (const QStringList& row :
         csvRows(QDir(out).filePath(QStringLiteral("labels.csv")), &header)) {
        if (row[4] == QStringLiteral("testing"))
            testingClasses.insert(row[3]);
        else
            QCOMPARE(row[3], QStringLiteral("normal"));
    }
    QCOMPARE(testingClasses, (QSet<QString>{QStringLiteral("normal"), QStringLiteral("fault")}));
    QCOMPARE(readNpy(QDir(out).filePath(QStringLiteral("windows.npy"))).shape,
             (QList<qint64>{4 * kWindowsPerSnapshot, kWindow, kChannels}));
}

void TestSeriesExport::cliUsageAndChannelErrors()
{
    const QStringList base{QStringLiteral("export"), m_projectPath, QStringLiteral("--format"),
                           QStringLiteral("series-npy"), m_dir.filePath(QStringLiteral("usage"))};
    const QStringList window{QStringLiteral("--window"), QStringLiteral("512"),
                             QStringLiteral("--stride"), QStringLiteral("256")};
    const QList<QStringList> usage{
        base,                                                                  // no --window
        base + QStringList{QStringLiteral("--window"), QStringLiteral("512")}, // no --stride
        base + QStringList{QStringLiteral("--window"), QStringLiteral("0"),
                           QStringLiteral("--stride"), QStringLiteral("1")},
        base + window + QStringList{QStringLiteral("--channels"), QStringLiteral("0")},
        base + window + QStringList{QStringLiteral("--channels"), QStringLiteral("1,x")},
        base + window + QStringList{QStringLiteral("--channels"), QStringLiteral("2,2")},
        QStringList{QStringLiteral("export"), m_projectPath, QStringLiteral("--format"),
                    QStringLiteral("csv"), m_dir.filePath(QStringLiteral("usage"))} +
            window,
    };
    for (const QStringList& args : usage) {
        const test::CliRun r = test::runCli(args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + u'\n' + r.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("usage"))));
    }
    // A channel the snapshots do not have: an error for each of them, exit 1.
    const test::CliRun r = test::runCli(
        base + window +
        QStringList{QStringLiteral("--channels"), QStringLiteral("9"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray errors = r.json().value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), kSnapshots + 1);
    for (const QJsonValue& e : errors)
        QVERIFY(e.toObject().value(QStringLiteral("reason")).toString().contains("channel 9"));
    QCOMPARE(r.json().value(QStringLiteral("written")).toInt(), 0);
}

// A write past a file-size limit (EFBIG part way through windows.npy) fails the export:
// no folder, nothing staged beside it, no version.
void TestSeriesExport::failedWriteLeavesNoFolder()
{
    const SeriesExportOptions o = options(QStringLiteral("limited"), SeriesExportFormat::Npy);
    rlimit saved{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    ::signal(SIGXFSZ, SIG_IGN);
    rlimit lowered = saved;
    lowered.rlim_cur = 100 * 1024; // windows.npy would be 252 KB
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &lowered), 0);
    const ExportReport r = SeriesExporter::run(*m_project, o);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    ::signal(SIGXFSZ, SIG_DFL);
    QVERIFY(r.failure);
    QVERIFY2(r.failure->path.endsWith(QStringLiteral("limited/windows.npy")),
             qPrintable(r.failure->toString()));
    QCOMPARE(r.version, 0);
    QCOMPARE(r.written, 0);
    QVERIFY(!QFileInfo::exists(o.folder));
    QVERIFY(test::exportLeftovers(o.folder).isEmpty());
}

QTEST_GUILESS_MAIN(TestSeriesExport)
#include "test_series_export.moc"
