// The sensor page at IMS test 3's size (issue 14; figures printed, nothing asserted): a run
// of 6,324 snapshots (short ones, 128 rows x 4 channels: the trend reads stored features
// only, so the file length does not matter to it) imported into a project and shown in a
// real MainWindow, offscreen.
//   redraw: the trend with all 4 channels overlaid and the label strip, replotted at
//           every zoom from the whole run to 1/64 of it and panned (target <= 8 ms);
//   label:  a selected range of 1,000 snapshots, then all 6,324, labelled the way the
//           class hotkey does (SeriesUi::applyClassToSelection: one transaction, one undo
//           step, the table rows and the strip updated), until the trend is redrawn
//           (target <= 50 ms).
// Run: QT_QPA_PLATFORM=offscreen build/bench/bench_gui_trend [SNAPSHOTS]
#include "TrendPlot.h"
#include "formats/SeriesImporter.h"
#include "gui/MainWindow.h"
#include "gui/SeriesUi.h"
#include "gui/Session.h"
#include "store/Classes.h"
#include "store/Project.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <numeric>
#include <random>

using namespace tally;

namespace {

QString snapshotName(int i)
{
    return QDateTime(QDate(2004, 3, 4), QTime(9, 27, 46), Qt::UTC)
        .addSecs(600 * qint64(i))
        .toString(QStringLiteral("yyyy.MM.dd.HH.mm.ss"));
}

void writeRun(const QString& folder, int snapshots)
{
    QDir().mkpath(folder);
    std::mt19937 rng(3);
    std::normal_distribution<double> noise(0.0, 0.05);
    for (int i = 0; i < snapshots; ++i) {
        const double gain =
            i < snapshots * 3 / 4 ? 1.0 : 1.0 + 4.0 * (i - snapshots * 3 / 4) / snapshots;
        QByteArray text;
        for (int n = 0; n < 128; ++n)
            for (int c = 0; c < 4; ++c)
                text += QByteArray::number(noise(rng) * (c == 0 ? gain : 1.0), 'f', 3) +
                        (c < 3 ? '\t' : '\n');
        QFile f(folder + u'/' + snapshotName(i));
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
    }
}

void printTimes(const char* what, std::vector<double> ms, double target)
{
    std::sort(ms.begin(), ms.end());
    const double mean = std::accumulate(ms.begin(), ms.end(), 0.0) / double(ms.size());
    std::printf("  %-44s mean %7.2f ms  p95 %7.2f ms  max %7.2f ms  (target <= %.0f ms: %s)\n",
                what, mean, ms[size_t(double(ms.size() - 1) * 0.95)], ms.back(), target,
                ms.back() <= target ? "met" : "missed");
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int snapshots = argc > 1 ? std::max(50, atoi(argv[1])) : 6324;
    QTemporaryDir dir;
    QCoreApplication::setOrganizationName(QStringLiteral("TallyBench"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("s")));
    QSettings().setValue(QStringLiteral("annotator/name"), QStringLiteral("bench"));
    writeRun(dir.filePath(QStringLiteral("ims/3rd_test")), snapshots);
    const QString path = dir.filePath(QStringLiteral("trend.tally"));
    {
        auto p = Project::create(path);
        QElapsedTimer t;
        t.start();
        const ImportReport r = SeriesImporter::run(*p.value(), dir.filePath(QStringLiteral("ims")),
                                                   {}, {SeriesFormat::Ims, 0});
        std::printf("%d snapshots x 4 channels imported in %.2f s (%d errors)\n", r.imported,
                    double(t.elapsed()) / 1000.0, int(r.errors.size()));
        ClassRecord c;
        c.name = QStringLiteral("degrading");
        c.hotkey = QStringLiteral("d");
        Classes(*p.value()).addClass(c);
    }
    MainWindow w;
    w.setInteractive(false);
    w.resize(1600, 1000);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w) || !w.openProject(path))
        return 1;
    w.selectSample(QStringLiteral("ims/3rd_test/") + snapshotName(0));
    SeriesUi* ui = w.seriesUi();
    TrendPlot* trend = ui->trendPlot();
    QTest::qWait(200);
    std::printf("trend: %d points x %d channels, onset %s\n", trend->pointCount(),
                trend->seriesCount(),
                trend->onset() ? qPrintable(QString::number(*trend->onset() + 1)) : "none");
    const double t0 = trend->timeAt(0), t1 = trend->timeAt(trend->pointCount() - 1);
    std::vector<double> redraws;
    QElapsedTimer clock;
    for (int zoom = 1; zoom <= 64; zoom *= 2)
        for (int pan = 0; pan < 8; ++pan) {
            const double span = (t1 - t0) / zoom;
            const double start = t0 + (t1 - t0 - span) * pan / 7.0;
            clock.start();
            trend->setVisibleRange(start, start + span);
            trend->replot(QCustomPlot::rpImmediateRefresh);
            redraws.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
    trend->zoomToFit();
    printTimes("redraw (whole run .. 1/64, panned)", redraws, 8);
    const Classes classes(*w.session()->project());
    const qint64 degrading = classes.classByName(QStringLiteral("degrading")).value().id;
    for (const int count : {1000, snapshots}) {
        std::vector<double> labels;
        for (int run = 0; run < 3; ++run) {
            trend->setSelection(snapshots - count, snapshots - 1);
            clock.start();
            const bool ok = ui->applyClassToSelection(run % 2 ? 0 : degrading);
            trend->replot(QCustomPlot::rpImmediateRefresh);
            labels.push_back(double(clock.nsecsElapsed()) / 1e6);
            if (!ok)
                std::printf("  labelling failed\n");
        }
        printTimes(qPrintable(QStringLiteral("select %1 and label them").arg(count)), labels, 50);
    }
    return 0;
}
