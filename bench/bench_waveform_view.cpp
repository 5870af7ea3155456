// WaveformView / SpectrogramView drawing cost on a one-hour 16 kHz mono file,
// 1600 px wide. Prints figures, asserts nothing. Run with QT_QPA_PLATFORM=offscreen.
//   open:     decode (AudioDecoder) + setSignal until the whole-file overview is
//             drawn (background pyramid build + first replot). Target <= 0.3 s
//             for the part after decode.
//   redraw:   setVisibleRange + replot(rpImmediateRefresh) at zoom levels from the
//             whole file to 10 ms; mean and max. Target <= 8 ms.
//   spectrogram: time until a range is fully computed (cold), then the redraw of
//             ranges whose tiles are cached.

#include "SpectrogramView.h"
#include "WaveformView.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioWriter.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace tally;

namespace {

constexpr int kRate = 16000;
qint64 g_frames = qint64(3600) * kRate; // bench_waveform_view [MINUTES]
constexpr int kWidthPx = 1600;
constexpr int kHeightPx = 400;

// A slowly swept tone under a slow amplitude envelope, plus a little noise:
// the envelope varies along the hour, so the overview is not a flat band.
Signal makeHour()
{
    Signal s;
    s.rateHz = kRate;
    s.channels = 1;
    s.samples.resize(size_t(g_frames));
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> noise(-0.02f, 0.02f);
    double phase = 0.0;
    for (qint64 f = 0; f < g_frames; ++f) {
        const double t = double(f) / kRate;
        const double hz = 200.0 + 1800.0 * (0.5 + 0.5 * std::sin(2 * M_PI * t / 97.0));
        phase += 2 * M_PI * hz / kRate;
        const double env = 0.15 + 0.7 * std::abs(std::sin(2 * M_PI * t / 600.0));
        s.samples[size_t(f)] = float(env * std::sin(phase)) + noise(rng);
    }
    return s;
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Waits (processing events) until done() or 60 s.
template <typename F> bool waitFor(F done)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    return done();
}

struct Stats
{
    double mean = 0.0;
    double max = 0.0;
    double p95 = 0.0;
    std::vector<double> times; // ms, every redraw

    void add(const Stats& o)
    {
        times.insert(times.end(), o.times.begin(), o.times.end());
        finish();
    }
    void finish()
    {
        if (times.empty())
            return;
        std::vector<double> sorted = times;
        std::sort(sorted.begin(), sorted.end());
        mean = 0.0;
        for (double t : sorted)
            mean += t / double(sorted.size());
        max = sorted.back();
        p95 = sorted[std::min(sorted.size() - 1, size_t(std::ceil(0.95 * sorted.size())) - 1)];
    }
};

// setVisibleRange + immediate replot at `count` positions of a `spanSec` window.
Stats timeRedraws(TimePlot& view, double spanSec, int count, std::mt19937& rng)
{
    std::uniform_real_distribution<double> start(0.0, std::max(0.0, view.durationSec() - spanSec));
    Stats s;
    for (int i = 0; i < count; ++i) {
        const double a = start(rng);
        QElapsedTimer t;
        t.start();
        view.setVisibleRange(a, a + spanSec);
        view.replot(QCustomPlot::rpImmediateRefresh);
        s.times.push_back(ms(t));
    }
    s.finish();
    return s;
}

SignalPtr openFile(double* decodeMs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hour.wav"));
    {
        const Signal hour = makeHour();
        const Status written = AudioWriter::writeWav(path, hour);
        if (!written) {
            std::printf("cannot write %s\n", qPrintable(path));
            return nullptr;
        }
    }
    QElapsedTimer t;
    t.start();
    Result<Signal> decoded = AudioDecoder::decode(path);
    *decodeMs = ms(t);
    if (!decoded) {
        std::printf("decode failed: %s\n", qPrintable(decoded.error().toString()));
        return nullptr;
    }
    return std::make_shared<const Signal>(std::move(decoded).value());
}

// Just under the whole file, so that each draw moves the range and re-queries.
const double kSpans[] = {3599.9, 600.0, 60.0, 10.0, 1.0, 0.1, 0.01};

// With TALLY_SCREENSHOT_DIR set, saves the plot as it is now.
void saveScreenshot(QCustomPlot& plot, const char* name)
{
    const QString dir = qEnvironmentVariable("TALLY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        plot.grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

void benchWaveform(const SignalPtr& signal, double decodeMs)
{
    WaveformView view;
    view.resize(kWidthPx, kHeightPx);
    view.show();
    waitFor([&] { return view.plotWidthPx() > 0; });
    QElapsedTimer t;
    t.start();
    view.setSignal(signal);
    waitFor([&] { return view.hasData(); });
    view.replot(QCustomPlot::rpImmediateRefresh);
    const double overviewMs = ms(t);
    saveScreenshot(view, "bench_waveform_hour.png");
    std::printf("waveform: data area %d px\n", view.plotWidthPx());
    std::printf("  decode (1 h, 16 kHz mono, PCM16 WAV): %8.1f ms\n", decodeMs);
    std::printf("  setSignal -> overview drawn:          %8.1f ms  (target <= 300)\n", overviewMs);
    std::printf("  open = decode + overview:             %8.1f ms\n", decodeMs + overviewMs);
    std::mt19937 rng(1);
    Stats all;
    for (double span : kSpans) {
        const Stats s = timeRedraws(view, span, 30, rng);
        std::printf("  redraw span %8.2f s (%s): mean %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", span,
                    view.showsSamples() ? "samples " : "envelope", s.mean, s.p95, s.max);
        all.add(s);
    }
    std::printf("  redraw all levels: mean %6.2f ms  p95 %6.2f ms  max %6.2f ms  (target <= 8)\n",
                all.mean, all.p95, all.max);
    // The same with 50 regions spread over the hour (20 s each, every 72 s).
    QList<RegionItem> regions;
    for (int i = 0; i < 50; ++i) {
        RegionItem r;
        r.id = i + 1;
        const double spacingSec = view.durationSec() / 50; // 72 s for the hour
        r.startSec = spacingSec * i;
        r.endSec = r.startSec + spacingSec * 20.0 / 72.0;
        r.colour = QColor::fromHsv((37 * i) % 360, 200, 220);
        r.label = QStringLiteral("class %1").arg(i % 7);
        r.editable = i % 3 != 0;
        regions << r;
    }
    view.setRegions(regions);
    Stats withRegions;
    for (double span : kSpans) {
        const Stats s = timeRedraws(view, span, 30, rng);
        std::printf(
            "  redraw span %8.2f s, 50 regions: mean %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", span,
            s.mean, s.p95, s.max);
        withRegions.add(s);
    }
    std::printf("  redraw all levels, 50 regions: mean %6.2f ms  p95 %6.2f ms  max %6.2f ms  "
                "(target <= 8)\n",
                withRegions.mean, withRegions.p95, withRegions.max);
}

void benchSpectrogram(const SignalPtr& signal)
{
    SpectrogramView view;
    view.resize(kWidthPx, kHeightPx);
    view.show();
    waitFor([&] { return view.plotWidthPx() > 0; });
    view.setSignal(signal);
    std::printf("spectrogram (nFft 512, hop 160, Hann): data area %d px\n", view.plotWidthPx());
    for (double span : {3590.0, 60.0, 1.0}) {
        const double a = span >= 3590.0 ? 0.0 : 1234.0;
        QElapsedTimer t;
        t.start();
        view.setVisibleRange(a, a + span);
        waitFor([&] { return view.hasData(); });
        view.replot(QCustomPlot::rpImmediateRefresh);
        const double coldMs = ms(t);
        if (span >= 3590.0)
            saveScreenshot(view, "bench_spectrogram_hour.png");
        // Redraw with cached tiles: alternate between this range and a shifted one,
        // both visited (computed) first.
        const double b = std::min(a + span / 4, view.durationSec() - span);
        view.setVisibleRange(b, b + span);
        waitFor([&] { return view.hasData(); });
        Stats s;
        const int n = 20;
        for (int i = 0; i < n; ++i) {
            const double c = (i % 2) ? b : a;
            QElapsedTimer r;
            r.start();
            view.setVisibleRange(c, c + span);
            view.replot(QCustomPlot::rpImmediateRefresh);
            s.times.push_back(ms(r));
        }
        s.finish();
        const bool allCached = view.hasData();
        std::printf("  span %7.1f s: step %6lld frames, cold fill %7.1f ms, cached redraw mean "
                    "%6.2f ms max %6.2f ms%s, cache %d tiles %.1f MB\n",
                    span, static_cast<long long>(view.columnStepFrames()), coldMs, s.mean, s.max,
                    allCached ? "" : " (NOT cached)", view.tileCache().count(),
                    view.tileCache().bytes() / 1048576.0);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // Shorter files (for callgrind) and --waveform-only skip what is not looked at.
    const QStringList args = app.arguments();
    if (args.size() > 1 && args[1].toDouble() > 0)
        g_frames = qint64(args[1].toDouble() * 60 * kRate);
    const bool waveformOnly = args.contains(QStringLiteral("--waveform-only"));
    double decodeMs = 0.0;
    const SignalPtr signal = openFile(&decodeMs);
    if (!signal)
        return 1;
    benchWaveform(signal, decodeMs);
    if (!waveformOnly)
        benchSpectrogram(signal);
    return 0;
}
