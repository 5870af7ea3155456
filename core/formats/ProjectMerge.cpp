#include "formats/ProjectMerge.h"

#include "store/Annotators.h"
#include "store/Boxes.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Regions.h"
#include "store/Reviews.h"
#include "store/Votes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>

namespace tally {

namespace {

// Opens a private copy of the file at path (with its write-ahead log).
Result<std::unique_ptr<Project>> openCopy(const QString& path, const QTemporaryDir& tmp)
{
    if (!QFileInfo(path).isFile())
        return Error{path, ProjectMerge::tr("no such project file")};
    if (!tmp.isValid())
        return Error{path, ProjectMerge::tr("cannot make a temporary folder for a copy")};
    const QString copy = tmp.filePath(QStringLiteral("other.tally"));
    if (!QFile::copy(path, copy))
        return Error{path, ProjectMerge::tr("cannot read the file")};
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && !QFile::copy(wal, copy + QStringLiteral("-wal")))
        return Error{wal, ProjectMerge::tr("cannot read the file")};
    auto opened = Project::open(copy);
    if (!opened)
        return Error{path, opened.error().reason};
    return opened;
}

using Group = QList<const SampleRecord*>;

QString fileNameOf(const QString& storedPath)
{
    return storedPath.mid(storedPath.lastIndexOf(QLatin1Char('/')) + 1);
}

// Indices of g not yet paired, by the file name of their stored path.
QHash<QString, QList<qsizetype>> byFileName(const Group& g, const QList<bool>& paired)
{
    QHash<QString, QList<qsizetype>> names;
    for (qsizetype i = 0; i < g.size(); ++i)
        if (!paired[i])
            names[fileNameOf(g[i]->path)].append(i);
    return names;
}

// Pairs the samples of one content hash by the rules of MergeReport (ProjectMerge.h);
// what is left of `there` goes to the report. Hashed look-ups: a group can hold tens of
// thousands of copies of one sound (silence).
void pairGroup(const Group& there, const Group& here, QHash<qint64, qint64>& map,
               MergeReport& report)
{
    QList<bool> thereDone(there.size(), false);
    QList<bool> hereDone(here.size(), false);
    qsizetype left = there.size();
    const auto pair = [&](qsizetype i, qsizetype j) {
        map.insert(there[i]->id, here[j]->id);
        thereDone[i] = hereDone[j] = true;
        --left;
    };
    QHash<QString, qsizetype> herePath;
    for (qsizetype j = 0; j < here.size(); ++j)
        herePath.insert(here[j]->path, j);
    for (qsizetype i = 0; i < there.size(); ++i)
        if (const auto it = herePath.constFind(there[i]->path); it != herePath.constEnd())
            pair(i, *it);
    const QHash<QString, QList<qsizetype>> hereNames = byFileName(here, hereDone);
    const QHash<QString, QList<qsizetype>> thereNames = byFileName(there, thereDone);
    for (auto it = thereNames.cbegin(); it != thereNames.cend(); ++it) {
        const QList<qsizetype> mine = hereNames.value(it.key());
        if (it.value().size() == 1 && mine.size() == 1)
            pair(it.value().first(), mine.first());
    }
    const qsizetype hereLeft = std::count(hereDone.cbegin(), hereDone.cend(), false);
    if (left == 1 && hereLeft == 1)
        pair(thereDone.indexOf(false), hereDone.indexOf(false));
    QStringList candidates;
    for (qsizetype j = 0; j < here.size(); ++j)
        if (!hereDone[j])
            candidates << here[j]->path;
    candidates.sort();
    const int candidateCount = int(candidates.size());
    if (candidates.size() > MergeAmbiguity::kListed)
        candidates.resize(MergeAmbiguity::kListed);
    for (qsizetype i = 0; i < there.size(); ++i) {
        if (thereDone[i])
            continue;
        if (candidates.isEmpty())
            report.unmatched << there[i]->path;
        else
            report.ambiguous.append(MergeAmbiguity{there[i]->path, candidates, candidateCount});
    }
}

// Other's sample id -> target sample id (one to one); the rest goes to the report.
QHash<qint64, qint64> matchSamples(const Project& target, const Project& other, MergeReport& report)
{
    const std::vector<SampleRecord> mine = target.samples();
    const std::vector<SampleRecord> theirs = other.samples();
    QHash<QString, Group> here;
    for (const SampleRecord& r : mine)
        if (!r.contentHash.isEmpty())
            here[r.contentHash].append(&r);
    QHash<QString, Group> there;
    QStringList order; // hashes in the other project's id order, for a stable report
    for (const SampleRecord& r : theirs) {
        if (r.contentHash.isEmpty()) {
            report.unmatched << r.path;
            continue;
        }
        Group& g = there[r.contentHash];
        if (g.isEmpty())
            order << r.contentHash;
        g.append(&r);
    }
    QHash<qint64, qint64> map;
    for (const QString& hash : order)
        pairGroup(there.value(hash), here.value(hash), map, report);
    report.matched = int(map.size());
    return map;
}

// Everything the other project holds on matched samples, by name.
MergeBatch batchFrom(Project& other, const QHash<qint64, qint64>& samples)
{
    Project& a = other;
    Reviews rv(other);
    QHash<qint64, AnnotatorRecord> people;
    for (const AnnotatorRecord& p : Annotators(a).annotators())
        people.insert(p.id, p);
    QHash<qint64, QString> classes;
    for (const ClassRecord& c : Classes(a).classes())
        classes.insert(c.id, c.name);
    MergeBatch b;
    const auto use = [&](qint64 annotatorId) {
        const AnnotatorRecord& p = people[annotatorId];
        b.annotators.insert(p.name, p.role);
        return p.name;
    };
    for (const LabelRecord& l : Labels(other).allLabels())
        if (samples.contains(l.sampleId))
            b.labels.append(MergeLabel{samples[l.sampleId], use(l.annotatorId),
                                       classes.value(l.classId), l.at});
    for (const RegionRecord& r : Regions(other).allRegions())
        if (samples.contains(r.sampleId))
            b.regions.append(MergeRegion{samples[r.sampleId],
                                         use(r.annotatorId),
                                         classes.value(r.classId),
                                         r.startSec,
                                         r.endSec,
                                         r.lowHz,
                                         r.highHz,
                                         {}});
    for (const BoxRecord& x : Boxes(a).allBoxes())
        if (samples.contains(x.sampleId))
            b.boxes.append(MergeBox{samples[x.sampleId], use(x.annotatorId),
                                    classes.value(x.classId), x.x, x.y, x.w, x.h});
    for (const VoteRecord& v : Votes(other).allVotes())
        if (samples.contains(v.sampleId))
            b.votes.append(MergeVote{samples[v.sampleId], use(v.annotatorId), v.up, v.at});
    for (const ReviewRecord& r : rv.allReviews())
        if (samples.contains(r.sampleId))
            b.reviews.append(MergeReview{samples[r.sampleId], use(r.reviewerId), r.kind,
                                         r.className, r.reason, r.at});
    return b;
}

} // namespace

Result<MergeReport> ProjectMerge::run(Project& target, const QString& otherPath,
                                      qint64 byAnnotatorId)
{
    const QString canonical = QFileInfo(otherPath).canonicalFilePath();
    if (!canonical.isEmpty() && canonical == QFileInfo(target.path()).canonicalFilePath())
        return Error{otherPath, tr("cannot merge a project into itself")};
    QTemporaryDir tmp;
    auto other = openCopy(otherPath, tmp);
    if (!other)
        return other.error();
    MergeReport report;
    const QHash<qint64, qint64> samples = matchSamples(target, *other.value(), report);
    MergeBatch batch = batchFrom(*other.value(), samples);
    batch.source = QFileInfo(otherPath).absoluteFilePath();
    other.value().reset(); // close the copy before the temporary folder goes
    const Result<MergeCounts> counts = MergeWriter(target).apply(batch, byAnnotatorId);
    if (!counts)
        return counts.error();
    report.counts = counts.value();
    return report;
}

} // namespace tally
