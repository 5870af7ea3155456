// GUI benchmarks on the offscreen platform (figures printed, nothing asserted):
//  1. keypress-to-next-sample latency while labelling with hotkeys, spectrogram visible:
//     from the hotkey event until the next sample's waveform and spectrogram show data
//     (target <= 30 ms);
//  2. a 100,000-sample project in the sample table: load, sort, and scroll repaint.
// Run: QT_QPA_PLATFORM=offscreen build/bench/bench_gui_labelling
//
// bench_gui_labelling --open PROJECT [TEXT]: opens PROJECT in the main window the way
// File > Open does, and prints the time until the sample table has painted its first
// rows, then the text filter (default "speaker17_"), a class filter, clearing them, and
// a sort by path, and this process's peak RSS. bench_scale runs it on its 1M project.
#include "SampleTable.h"
#include "SpectrogramView.h"
#include "WaveformView.h"
#include "formats/SpeechCommandsImporter.h"
#include "gui/AudioUi.h"
#include "gui/LabelUi.h"
#include "gui/MainWindow.h"
#include "gui/Session.h"
#include "models/SampleTableModel.h"
#include "store/Classes.h"
#include "store/Project.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <sndfile.h>
#include <sys/resource.h>
#include <vector>

using namespace tally;

namespace {

void writeClip(const QString& path, double freq)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    SF_INFO info{};
    info.samplerate = 16000;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    std::vector<float> x(16000);
    for (size_t i = 0; i < x.size(); ++i)
        x[i] = float(0.5 * std::sin(2 * M_PI * freq * double(i) / 16000.0));
    SNDFILE* f = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    sf_writef_float(f, x.data(), sf_count_t(x.size()));
    sf_close(f);
}

void printStats(const char* what, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const double mean = std::accumulate(ms.begin(), ms.end(), 0.0) / double(ms.size());
    std::printf("%-46s n=%zu mean %.2f ms, median %.2f ms, p95 %.2f ms, max %.2f ms\n", what,
                ms.size(), mean, ms[ms.size() / 2], ms[size_t(double(ms.size()) * 0.95)],
                ms.back());
}

void benchHotkeyLatency(const QTemporaryDir& dir)
{
    const QString tree = dir.filePath(QStringLiteral("clips"));
    for (int i = 0; i < 60; ++i)
        writeClip(QStringLiteral("%1/%2/spk%3_nohash_0.wav")
                      .arg(tree, i % 2 ? QStringLiteral("yes") : QStringLiteral("no"))
                      .arg(i),
                  300.0 + 20 * i);
    const QString path = dir.filePath(QStringLiteral("latency.tally"));
    {
        auto p = Project::create(path);
        SpeechCommandsImporter::run(*p.value(), tree, {});
        Project& a = *p.value();
        ClassRecord c = Classes(a).classByName(QStringLiteral("yes")).value();
        c.hotkey = QStringLiteral("1");
        Classes(a).updateClass(c);
    }
    MainWindow w;
    w.setInteractive(false);
    w.resize(1600, 1000);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        std::printf("warning: the window was not exposed\n");
    w.openProject(path);
    w.sampleTable()->selectRow(0);
    QTableView* view = w.sampleTable()->view();
    view->setFocus();
    std::vector<double> ms;
    for (int i = 0; i < 50; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(w.audioUi()->waveformView()->hasData() &&
                                     w.audioUi()->spectrogramView()->hasData(),
                                 5000);
        const SignalPtr before = w.audioUi()->waveformView()->signal();
        QElapsedTimer t;
        t.start();
        QTest::keyClick(view, Qt::Key_1);
        while (!(w.audioUi()->waveformView()->signal() &&
                 w.audioUi()->waveformView()->signal() != before &&
                 w.audioUi()->waveformView()->hasData() &&
                 w.audioUi()->spectrogramView()->hasData()))
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        w.audioUi()->spectrogramView()->replot(QCustomPlot::rpImmediateRefresh);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    printStats("hotkey -> next sample shown (wave+spectrogram)", ms);
    std::printf("  target: <= 30 ms\n");
}

void benchLargeTable(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("large.tally"));
    {
        auto p = Project::create(path);
        std::vector<SampleRecord> rows;
        for (int i = 0; i < 100000; ++i) {
            SampleRecord r;
            r.path =
                QStringLiteral("class%1/speaker%2_nohash_%3.wav").arg(i % 35).arg(i % 2000).arg(i);
            r.className = QStringLiteral("class%1").arg(i % 35);
            r.groupKey = QStringLiteral("speaker%1").arg(i % 2000);
            r.durationSec = 1.0;
            r.rateHz = 16000;
            r.channels = 1;
            r.rmsDbfs = -20.0 - (i % 30);
            rows.push_back(r);
            if (rows.size() == 5000) {
                p.value()->insertSamples(rows);
                rows.clear();
            }
        }
    }
    auto p = Project::open(path);
    SampleTableModel model;
    SampleFilterModel proxy;
    proxy.setSourceModel(&model);
    QElapsedTimer t;
    t.start();
    model.reload(*p.value());
    std::printf("%-46s %.1f ms\n", "load 100,000 samples into the table model",
                double(t.nsecsElapsed()) / 1e6);
    SampleTable table;
    table.setModel(&proxy);
    table.resize(900, 800);
    table.show();
    if (!QTest::qWaitForWindowExposed(&table))
        std::printf("warning: the table was not exposed\n");
    t.restart();
    proxy.sort(SampleTableModel::RmsColumn);
    std::printf("%-46s %.1f ms\n", "sort 100,000 rows by RMS", double(t.nsecsElapsed()) / 1e6);
    t.restart();
    proxy.setTextFilter(QStringLiteral("speaker17_"));
    std::printf("%-46s %.1f ms (%d rows)\n", "text filter over 100,000 rows",
                double(t.nsecsElapsed()) / 1e6, proxy.rowCount());
    proxy.setTextFilter({});
    QScrollBar* bar = table.view()->verticalScrollBar();
    std::vector<double> ms;
    for (int i = 0; i < 100; ++i) {
        t.restart();
        bar->setValue(bar->maximum() * i / 100);
        table.view()->viewport()->repaint();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    printStats("scroll jump + repaint, 100,000 rows", ms);
}

double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Paints the table now and returns how many rows it shows.
int paintTable(MainWindow& w)
{
    QTableView* view = w.sampleTable()->view();
    view->viewport()->repaint();
    return w.sampleProxy()->rowCount();
}

int benchOpen(const QString& path, const QString& text)
{
    QElapsedTimer t;
    t.start();
    MainWindow w;
    w.setInteractive(false);
    w.resize(1600, 1000);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        std::printf("warning: the window was not exposed\n");
    const double shown = msSince(t);
    t.restart();
    if (!w.openProject(path)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    const int rows = paintTable(w);
    QCoreApplication::processEvents();
    std::printf("%-46s %.1f ms (window shown in %.1f ms before)\n",
                "open project -> first rows painted", msSince(t), shown);
    std::printf("  rows %d, first: %s\n", rows,
                qPrintable(w.sampleProxy()->index(0, 0).data().toString()));
    SampleFilterModel* proxy = w.sampleProxy();
    t.restart();
    proxy->setTextFilter(text);
    int n = paintTable(w);
    std::printf("%-46s %.1f ms (%d rows)\n", "text filter + repaint", msSince(t), n);
    t.restart();
    proxy->setTextFilter({});
    n = paintTable(w);
    std::printf("%-46s %.1f ms (%d rows)\n", "clear the text filter + repaint", msSince(t), n);
    QString cls; // the class of the first shown row that has one
    for (int row = 0; row < std::min(rows, 1000) && cls.isEmpty(); ++row)
        cls = w.sampleProxy()->index(row, SampleTableModel::ClassColumn).data().toString();
    t.restart();
    proxy->setClassFilter(cls);
    n = paintTable(w);
    std::printf("%-46s %.1f ms (%d rows of \"%s\")\n", "class filter + repaint", msSince(t), n,
                qPrintable(cls));
    t.restart();
    proxy->setClassFilter({});
    n = paintTable(w);
    std::printf("%-46s %.1f ms (%d rows)\n", "clear the class filter + repaint", msSince(t), n);
    t.restart();
    proxy->sort(SampleTableModel::PathColumn, Qt::DescendingOrder);
    n = paintTable(w);
    std::printf("%-46s %.1f ms\n", "sort by path (descending) + repaint", msSince(t));
    std::printf("%-46s %.0f MB\n", "peak RSS", peakRssMb());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TallyBench"));
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("settings")));
    QSettings().setValue(QStringLiteral("annotator/name"), QStringLiteral("bench"));
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("--open"))
        return benchOpen(args.at(2), args.size() > 3 ? args.at(3) : QStringLiteral("speaker17_"));
    benchHotkeyLatency(dir);
    benchLargeTable(dir);
    return 0;
}
