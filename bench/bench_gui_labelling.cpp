// GUI benchmarks on the offscreen platform (figures printed, nothing asserted):
//  1. keypress-to-next-sample latency while labelling with hotkeys, spectrogram visible:
//     from the hotkey event until the next sample's waveform and spectrogram show data
//     (target <= 30 ms);
//  2. a 100,000-sample project in the sample table: load, sort, and scroll repaint.
// Run: QT_QPA_PLATFORM=offscreen build/bench/bench_gui_labelling
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
    benchHotkeyLatency(dir);
    benchLargeTable(dir);
    return 0;
}
