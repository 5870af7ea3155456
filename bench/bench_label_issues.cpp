// The label-error finder at scale (issue 15): N samples (default 1,000,000) × 35 classes of
// imported probabilities; times LabelIssues::find (confident learning over the whole
// project: the given labels streamed by SampleScan, the set's rows merged in id order).
// Target: ≤ 2 s at 1,000,000 × 35. The project is written once into --dir and reused.
//   bench_label_issues [N] [--dir DIR]
#include "assist/LabelIssues.h"
#include "store/Predictions.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <cstdio>

using namespace tally;

namespace {

constexpr int kClasses = 35;

bool build(const QString& file, int n)
{
    auto p = Project::create(file);
    if (!p)
        return false;
    QStringList classes;
    for (int c = 0; c < kClasses; ++c)
        classes << QStringLiteral("word%1").arg(c, 2, 10, QLatin1Char('0'));
    std::vector<SampleRecord> records(static_cast<size_t>(n));
    QRandomGenerator rng(11);
    std::vector<int> truth(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        SampleRecord& r = records[size_t(i)];
        truth[size_t(i)] = int(rng.bounded(kClasses));
        const int given = rng.bounded(100) < 3 ? int(rng.bounded(kClasses)) : truth[size_t(i)];
        r.path = QStringLiteral("%1/%2.wav").arg(classes[given]).arg(i);
        r.kind = SampleKind::Audio;
        r.contentHash = QString::number(i, 16);
        r.className = classes[given];
        r.durationSec = 1.0;
        r.rateHz = 16000;
        r.channels = 1;
    }
    if (!p.value()->insertSamples(records))
        return false;
    std::vector<SamplePrediction> rows(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        std::vector<float> probs(kClasses, 0.0f);
        const float top = 0.5f + 0.4f * float(rng.generateDouble());
        for (int c = 0; c < kClasses; ++c)
            probs[size_t(c)] = c == truth[size_t(i)] ? top : (1.0f - top) / (kClasses - 1);
        rows[size_t(i)] = {records[size_t(i)].id, std::move(probs), {}, {}};
    }
    return bool(Predictions(*p.value())
                    .write(QStringLiteral("model"), QStringLiteral("bench"), classes, {}, rows));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString dir = QStringLiteral("/tmp/tally-bench-label-issues");
    const int d = int(args.indexOf(QStringLiteral("--dir")));
    if (d >= 0 && d + 1 < args.size()) {
        dir = args[d + 1];
        args.remove(d, 2);
    }
    const int n = args.isEmpty() ? 1000000 : args.first().toInt();
    QDir().mkpath(dir);
    const QString file = dir + QStringLiteral("/issues-%1.tally").arg(n);
    if (!QFile::exists(file)) {
        QElapsedTimer t;
        t.start();
        if (!build(file, n)) {
            std::fprintf(stderr, "could not build %s\n", qPrintable(file));
            return 1;
        }
        std::printf("built %d samples x %d classes in %.1f s (not timed below)\n", n, kClasses,
                    t.elapsed() / 1000.0);
    }
    auto p = Project::open(file);
    if (!p)
        return 1;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        const auto report = assist::LabelIssues::find(*p.value(), QStringLiteral("model"));
        const double sec = t.elapsed() / 1000.0;
        if (!report)
            return 1;
        std::printf("label-issues %d x %d: %.2f s (target <= 2 s), %zu issues, %lld counted\n", n,
                    kClasses, sec, report.value().issues.size(),
                    static_cast<long long>(report.value().counted));
    }
    return 0;
}
