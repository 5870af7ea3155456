#include "assist/AssistRunner.h"

#include "assist/Embedding.h"
#include "assist/PersonDetector.h"
#include "review/VisualWakeWords.h"
#include "splits/EffectiveClass.h"
#include "store/Project.h"
#include "store/SampleScan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace tally::assist {

Result<TrainRequest> AssistRunner::prepareTraining(Project& project, int folds)
{
    struct Row
    {
        qint64 id;
        QString path, cls, group;
    };
    std::vector<Row> audio, images;
    const SampleScan scan(project);
    const Status st = scan.run([&](const ScannedSample& s) {
        if (s.kind != SampleKind::Audio && s.kind != SampleKind::Image)
            return;
        (s.kind == SampleKind::Image ? images : audio)
            .push_back({s.id, s.path, effectiveClassOf(scan, s), s.groupKey});
    });
    if (!st)
        return st.error();
    auto labelled = [](const std::vector<Row>& rows) {
        return std::count_if(rows.begin(), rows.end(),
                             [](const Row& r) { return !r.cls.isEmpty(); });
    };
    TrainRequest req;
    req.images = labelled(images) > labelled(audio);
    req.folds = folds;
    const std::vector<Row>& rows = req.images ? images : audio;
    QSet<QString> classes;
    for (const Row& r : rows)
        if (!r.cls.isEmpty())
            classes.insert(r.cls);
    req.classes = sortedByCodePoint(QStringList(classes.begin(), classes.end()));
    if (req.classes.size() < 2)
        return Error{project.path(),
                     tr("the baseline needs labelled samples of at least two classes")};
    for (const Row& r : rows) {
        if (r.cls.isEmpty()) {
            req.unlabelledIds.push_back(r.id);
            req.unlabelledPaths << project.toAbsolutePath(r.path);
            continue;
        }
        req.ids.push_back(r.id);
        req.paths << project.toAbsolutePath(r.path);
        req.labels.push_back(int(req.classes.indexOf(r.cls)));
        req.groups << r.group;
    }
    return req;
}

namespace {

// Embeds paths; progress over [offset, offset + paths) of total.
Result<std::vector<EmbeddedFile>> embed(const QStringList& paths, bool images, int offset,
                                        int total, const AssistProgress& progress)
{
    return embedAll(paths, images ? EmbeddingKind::Image : EmbeddingKind::Audio,
                    [&](int done, int) { return !progress || progress(offset + done, total); });
}

} // namespace

Result<TrainOutcome> AssistRunner::runTraining(const TrainRequest& req,
                                               const AssistProgress& progress)
{
    const int total = int(req.paths.size() + req.unlabelledPaths.size()) + 1;
    const auto labelled = embed(req.paths, req.images, 0, total, progress);
    if (!labelled)
        return labelled.error();
    const auto unlabelled =
        embed(req.unlabelledPaths, req.images, int(req.paths.size()), total, progress);
    if (!unlabelled)
        return unlabelled.error();
    TrainOutcome out;
    out.classes = req.classes;
    BaselineInput in;
    in.classes = int(req.classes.size());
    in.folds = req.folds;
    std::vector<qint64> ids, unlabelledIds;
    for (size_t i = 0; i < labelled.value().size(); ++i) {
        const EmbeddedFile& f = labelled.value()[i];
        if (!f.isOk()) {
            out.skipped << f.error->toString();
            continue;
        }
        in.features.push_back(f.values);
        in.labels.push_back(req.labels[i]);
        in.groups << req.groups[qsizetype(i)];
        ids.push_back(req.ids[i]);
    }
    for (size_t i = 0; i < unlabelled.value().size(); ++i) {
        const EmbeddedFile& f = unlabelled.value()[i];
        if (!f.isOk()) {
            out.skipped << f.error->toString();
            continue;
        }
        in.unlabelled.push_back(f.values);
        unlabelledIds.push_back(req.unlabelledIds[i]);
    }
    const auto trained =
        trainOutOfFold(in, [&](int, int) { return !progress || progress(total - 1, total); });
    if (!trained)
        return trained.error();
    out.result = trained.value();
    const size_t m = size_t(in.classes);
    for (size_t i = 0; i < ids.size(); ++i)
        out.rows.push_back({ids[i],
                            std::vector<float>(out.result.probs.begin() + qsizetype(i * m),
                                               out.result.probs.begin() + qsizetype((i + 1) * m)),
                            in.features[i],
                            {}});
    for (size_t i = 0; i < unlabelledIds.size(); ++i)
        out.rows.push_back(
            {unlabelledIds[i],
             std::vector<float>(out.result.unlabelledProbs.begin() + qsizetype(i * m),
                                out.result.unlabelledProbs.begin() + qsizetype((i + 1) * m)),
             in.unlabelled[i],
             {}});
    return out;
}

Result<qint64> AssistRunner::storeTraining(Project& project, const QString& name,
                                           const TrainOutcome& o, qint64 by)
{
    QJsonArray confusion;
    const int m = int(o.classes.size());
    for (int g = 0; g < m; ++g) {
        QJsonArray row;
        for (int p = 0; p < m; ++p)
            row.append(qint64(o.result.at(g, p)));
        confusion.append(row);
    }
    const QJsonObject info{{QStringLiteral("accuracy"), o.result.accuracy},
                           {QStringLiteral("folds"), o.result.folds},
                           {QStringLiteral("classes"), QJsonArray::fromStringList(o.classes)},
                           {QStringLiteral("confusion"), confusion}};
    return Predictions(project).write(name, QStringLiteral("baseline"), o.classes, info, o.rows,
                                      by);
}

Result<DetectRequest> AssistRunner::prepareDetection(Project& project)
{
    DetectRequest req;
    req.personClass = loadVwwRule(project).personClass;
    const SampleScan scan(project);
    const Status st = scan.run([&](const ScannedSample& s) {
        if (s.kind != SampleKind::Image)
            return;
        req.ids.push_back(s.id);
        req.paths << project.toAbsolutePath(s.path);
    });
    if (!st)
        return st.error();
    if (req.ids.empty())
        return Error{project.path(), tr("the project has no images")};
    return req;
}

Result<DetectOutcome> AssistRunner::runDetection(const DetectRequest& req,
                                                 const AssistProgress& progress)
{
    DetectOutcome out;
    out.classes = sortedByCodePoint({req.personClass, QStringLiteral("not person")});
    const int person = int(out.classes.indexOf(req.personClass));
    for (qsizetype i = 0; i < req.paths.size(); ++i) {
        if (progress && !progress(int(i), int(req.paths.size())))
            return Error{{}, tr("cancelled")};
        const auto boxes = detectPeople(req.paths[i]);
        if (!boxes) {
            out.skipped << boxes.error().toString();
            continue;
        }
        SamplePrediction p;
        p.sampleId = req.ids[size_t(i)];
        double best = -2.0;
        for (const PersonBox& b : boxes.value()) {
            p.boxes.push_back({req.personClass, b.x, b.y, b.w, b.h, b.score});
            best = std::max(best, b.score);
        }
        const float pPerson = float(1.0 / (1.0 + std::exp(-best)));
        p.probs.assign(2, 0.0f);
        p.probs[size_t(person)] = pPerson;
        p.probs[size_t(1 - person)] = 1.0f - pPerson;
        out.boxes += qint64(p.boxes.size());
        out.rows.push_back(std::move(p));
    }
    return out;
}

Result<qint64> AssistRunner::storeDetection(Project& project, const QString& name,
                                            const DetectOutcome& o, qint64 by)
{
    return Predictions(project).write(name, QStringLiteral("hog"), o.classes,
                                      {{QStringLiteral("boxes"), o.boxes}}, o.rows, by);
}

} // namespace tally::assist
