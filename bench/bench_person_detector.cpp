// The person detector (assist/PersonDetector.h) against hand-drawn boxes, figures only:
// OpenCV's sample photos (Debian package opencv-doc) with people and without, the boxes
// and the rule for who counts in bench/data/people-boxes.json. Prints, at score
// thresholds 0, 0.5 and 1.0, recall and precision at IoU >= 0.5 (each detection, surest
// first, matched to the unmatched person it overlaps most; one on an excluded person is
// ignored), then per image what was found and how long it took.
// Usage: bench_person_detector [--boxes FILE] [--images DIR]
#include "assist/PersonDetector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace tally::assist;

namespace {

struct Truth
{
    QString file;
    std::vector<PersonBox> people, excluded;
    std::vector<PersonBox> found; // every detection, score >= 0
    double sec = 0;
};

std::vector<PersonBox> boxesOf(const QJsonArray& a)
{
    std::vector<PersonBox> out;
    for (const QJsonValue& v : a) {
        const QJsonObject o = v.toObject();
        out.push_back(PersonBox{o[QLatin1String("x")].toDouble(), o[QLatin1String("y")].toDouble(),
                                o[QLatin1String("w")].toDouble(), o[QLatin1String("h")].toDouble(),
                                0});
    }
    return out;
}

std::vector<Truth> loadTruth(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    std::vector<Truth> out;
    const QJsonArray images =
        QJsonDocument::fromJson(f.readAll())[QLatin1String("images")].toArray();
    for (const QJsonValue& v : images) {
        const QJsonObject o = v.toObject();
        out.push_back(Truth{o[QLatin1String("file")].toString(),
                            boxesOf(o[QLatin1String("people")].toArray()),
                            boxesOf(o[QLatin1String("excluded")].toArray()),
                            {},
                            0});
    }
    return out;
}

struct Counts
{
    int truePositives = 0, falsePositives = 0, ignored = 0, people = 0;
};

enum class Verdict
{
    Right,
    Wrong,
    Ignored,
    BelowThreshold
};

// The verdict on each detection of t (found is sorted by score, surest first).
std::vector<Verdict> judge(const Truth& t, double threshold)
{
    std::vector<bool> taken(t.people.size(), false);
    std::vector<Verdict> out;
    for (const PersonBox& d : t.found) {
        if (d.score < threshold) {
            out.push_back(Verdict::BelowThreshold);
            continue;
        }
        int best = -1;
        double bestIou = 0.5;
        for (size_t p = 0; p < t.people.size(); ++p)
            if (!taken[p] && iou(d, t.people[p]) >= bestIou)
                best = int(p), bestIou = iou(d, t.people[p]);
        bool onExcluded = false;
        for (const PersonBox& e : t.excluded)
            onExcluded = onExcluded || iou(d, e) >= 0.5;
        if (best >= 0)
            taken[size_t(best)] = true;
        out.push_back(best >= 0 ? Verdict::Right : onExcluded ? Verdict::Ignored : Verdict::Wrong);
    }
    return out;
}

Counts count(const std::vector<Truth>& all, double threshold)
{
    Counts c;
    for (const Truth& t : all) {
        c.people += int(t.people.size());
        for (Verdict v : judge(t, threshold)) {
            c.truePositives += v == Verdict::Right;
            c.falsePositives += v == Verdict::Wrong;
            c.ignored += v == Verdict::Ignored;
        }
    }
    return c;
}

void printImage(const Truth& t)
{
    static const char* names[] = {"right", "wrong", "ignored (excluded person)", "below"};
    std::printf("%-17s %zu people, %zu detections, %6.1f ms\n", qPrintable(t.file), t.people.size(),
                t.found.size(), t.sec * 1e3);
    const std::vector<Verdict> v = judge(t, 0.0);
    for (size_t i = 0; i < t.found.size(); ++i) {
        const PersonBox& d = t.found[i];
        double best = 0;
        for (const PersonBox& p : t.people)
            best = std::max(best, iou(d, p));
        std::printf("    x %4.0f y %4.0f w %4.0f h %4.0f  score %5.2f  best IoU %.2f  %s\n", d.x,
                    d.y, d.w, d.h, d.score, best, names[int(v[i])]);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString boxes = QFileInfo(QStringLiteral(__FILE__)).absolutePath() +
                    QStringLiteral("/data/people-boxes.json");
    QString images = QStringLiteral("/usr/share/doc/opencv-doc/examples/data");
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--boxes"))
            boxes = args[++i];
        else if (args[i] == QLatin1String("--images"))
            images = args[++i];
    }
    std::vector<Truth> all = loadTruth(boxes);
    if (all.empty()) {
        std::printf("no ground truth in %s\n", qPrintable(boxes));
        return 1;
    }
    for (Truth& t : all) {
        QElapsedTimer timer;
        timer.start();
        const auto r = detectPeople(images + u'/' + t.file, 0.0);
        t.sec = timer.nsecsElapsed() / 1e9;
        if (!r)
            std::printf("%s\n", qPrintable(r.error().toString()));
        else
            t.found = r.value();
    }
    std::printf("%zu images, boxes from %s\n", all.size(), qPrintable(boxes));
    for (double threshold : {0.0, 0.5, 1.0}) {
        const Counts c = count(all, threshold);
        const int said = c.truePositives + c.falsePositives;
        std::printf("score >= %.1f: recall %d/%d = %.2f  precision %d/%d = %.2f  (%d ignored)\n",
                    threshold, c.truePositives, c.people,
                    c.people ? double(c.truePositives) / c.people : 0.0, c.truePositives, said,
                    said ? double(c.truePositives) / said : 0.0, c.ignored);
    }
    for (const Truth& t : all)
        printImage(t);
    return 0;
}
