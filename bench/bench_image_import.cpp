// Image import throughput (issue #6): small PNGs with a COCO JSON of ~3 boxes per
// image, page cache warmed, then the whole Tally import (JSON, read, SHA-1, header
// size, truncation check, insert of samples and boxes) into a fresh project, as
// `tally-cli import --format coco` runs it. Also printed, to see where the time goes:
// the per-image measure alone on one thread (read + SHA-1 + header) and a full decode
// of the same files (what reading sizes from headers avoids).
// Figures are printed, never asserted. Target: >= 2,000 images/s.
//
//   bench_image_import [IMAGES [DIR]]   (default 10000 images in a temporary folder;
//                                        with DIR the files are written there once and reused)
#include "BenchSupport.h"
#include "formats/ImageImporter.h"
#include "formats/ImageMeasure.h"
#include "store/Boxes.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>

using namespace tally;

namespace {

constexpr int kWidth = 96;
constexpr int kHeight = 72;
constexpr double kTargetPerSec = 2000.0;
const char* const kCategories[] = {"person", "dog", "cat", "car", "cup"};

QString imagePath(const QString& root, int i)
{
    return QStringLiteral("%1/images/img_%2.png").arg(root).arg(i, 6, 10, QLatin1Char('0'));
}

// Writes `count` distinct PNGs and one COCO JSON with 2-4 boxes per image.
void generate(const QString& root, int count)
{
    QDir().mkpath(root + QStringLiteral("/images"));
    QRandomGenerator rng(6);
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    QJsonArray images;
    QJsonArray annotations;
    int annotationId = 1;
    for (int i = 0; i < count; ++i) {
        for (int y = 0; y < kHeight; ++y)
            for (int x = 0; x < kWidth; ++x)
                image.setPixel(
                    x, y, qRgb((x * 255) / kWidth, (y * 255) / kHeight, (i * 37 + x * y) & 0xff));
        image.setPixel(i % kWidth, (i / kWidth) % kHeight, qRgb(i & 0xff, (i >> 8) & 0xff, 7));
        if (!image.save(imagePath(root, i), "png"))
            qFatal("cannot write %s", qPrintable(imagePath(root, i)));
        images.append(QJsonObject{
            {"id", i + 1},
            {"file_name", QStringLiteral("images/img_%1.png").arg(i, 6, 10, QLatin1Char('0'))},
            {"width", kWidth},
            {"height", kHeight}});
        const int boxes = 2 + int(rng.bounded(3));
        for (int k = 0; k < boxes; ++k) {
            const int w = 5 + int(rng.bounded(40));
            const int h = 5 + int(rng.bounded(30));
            const int x = int(rng.bounded(kWidth - w));
            const int y = int(rng.bounded(kHeight - h));
            annotations.append(QJsonObject{{"id", annotationId++},
                                           {"image_id", i + 1},
                                           {"category_id", 1 + int(rng.bounded(5))},
                                           {"bbox", QJsonArray{x, y, w, h}},
                                           {"area", w * h},
                                           {"iscrowd", 0}});
        }
    }
    QJsonArray categories;
    for (int c = 0; c < 5; ++c)
        categories.append(QJsonObject{{"id", c + 1}, {"name", QLatin1String(kCategories[c])}});
    QFile json(root + QStringLiteral("/instances.json"));
    if (!json.open(QIODevice::WriteOnly) ||
        json.write(QJsonDocument(QJsonObject{{"images", images},
                                             {"annotations", annotations},
                                             {"categories", categories}})
                       .toJson(QJsonDocument::Compact)) < 0)
        qFatal("cannot write %s", qPrintable(json.fileName()));
}

double measureOnly(const QStringList& paths)
{
    QElapsedTimer t;
    t.start();
    for (const QString& p : paths) {
        QFile f(p);
        if (!f.open(QIODevice::ReadOnly) || !measureImageBytes(f.readAll(), p))
            qFatal("cannot measure %s", qPrintable(p));
    }
    return t.nsecsElapsed() / 1e9;
}

double decodeOnly(const QStringList& paths)
{
    QElapsedTimer t;
    t.start();
    for (const QString& p : paths)
        if (QImage(p).isNull())
            qFatal("cannot decode %s", qPrintable(p));
    return t.nsecsElapsed() / 1e9;
}

const bench::RateLine line{52, "images"};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10000;
    QTemporaryDir dir;
    const QString root =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("coco"));
    bench::generateOnce(root, count, [&] {
        std::printf("generating %d %d×%d PNGs and a COCO JSON in %s ...\n", count, kWidth, kHeight,
                    qPrintable(root));
        generate(root, count);
    });
    QStringList paths;
    for (int i = 0; i < count; ++i)
        paths << imagePath(root, i);
    const qint64 bytes =
        bench::warmCache(paths) + bench::warmCache({root + QStringLiteral("/instances.json")});
    std::printf("%d images, %.1f MB with the JSON, page cache warmed; %d cores\n\n", count,
                bytes / 1e6, QThread::idealThreadCount());

    line("    measure only (read, SHA-1, header), 1 thread", count, measureOnly(paths));
    line("    full decode (QImage), 1 thread: what is avoided", count, decodeOnly(paths));

    auto project = Project::create(dir.filePath(QStringLiteral("bench.tally")));
    if (!project)
        qFatal("%s", qPrintable(project.error().toString()));
    QElapsedTimer t;
    t.start();
    const ImportReport report =
        ImageImporter::run(*project.value(), ImageFormat::Coco,
                           root + QStringLiteral("/instances.json"), ImportOptions{});
    const double sec = t.nsecsElapsed() / 1e9;
    line("Tally COCO import (JSON, read, hash, header, insert)", report.imported, sec);
    std::printf("\nimported %d, boxes %d, errors %d; rows %lld, boxes stored %lld\n",
                report.imported, report.boxes, int(report.errors.size()),
                project.value()->sampleCount(), qint64(Boxes(*project.value()).allBoxes().size()));
    const double rate = report.imported / sec;
    std::printf("%.0f images/s = %.2f × the target of %.0f images/s: %s\n", rate,
                rate / kTargetPerSec, kTargetPerSec, rate >= kTargetPerSec ? "met" : "NOT met");
    return 0;
}
