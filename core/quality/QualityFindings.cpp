#include "quality/QualityFindings.h"

#include "quality/AudioQuality.h"
#include "quality/ImageQuality.h"
#include "store/Boxes.h"
#include "store/Project.h"
#include "store/QualityMeasures.h"
#include "store/QualityScope.h"
#include "store/SampleScan.h"
#include "store/Splits.h"

#include <cmath>
#include <cstring>

namespace tally {

namespace {

SampleVisitor runSampleReader(std::vector<RunSample>* samples, QualityReport* report)
{
    return [samples, report](SampleRecord& r, const QString& split, const QString&) {
        RunSample s{
            r.id,     r.kind,    r.path, r.contentHash,     split,        r.groupKey, r.width,
            r.height, r.rmsDbfs, r.peak, r.clippedFraction, r.durationSec};
        report->paths.insert(r.id, r.path);
        if (!split.isEmpty())
            report->splits.insert(r.id, split);
        if (r.kind != SampleKind::Series)
            ++report->checked;
        samples->push_back(std::move(s));
    };
}

} // namespace

Status readRunSamples(Project& project, std::vector<RunSample>* samples, QualityReport* report)
{
    return forEachSample(project, runSampleReader(samples, report));
}

Status readScopedSamples(Project& project, const QList<qint64>& ids,
                         std::vector<RunSample>* samples, QualityReport* report)
{
    return forSamplesOf(project, ids, runSampleReader(samples, report));
}

void QualityFindings::flag(qint64 sample, const char* check, double value, double threshold,
                           qint64 other, const QString& detail)
{
    const QString name = QLatin1String(check);
    const CheckInfo* info = QualitySettings::find(name);
    m_report.flags.push_back(
        FoundFlag{sample, name, value, threshold, other, detail, info ? info->version : 1});
}

Status QualityFindings::collect()
{
    for (qsizetype i = 0; i < qsizetype(m_samples.size()); ++i)
        m_index.insert(m_samples[size_t(i)].id, i);
    if (Status s = measuredChecks(); !s)
        return s;
    if (Status s = scopedFingerprints(); !s)
        return s;
    if (Status s = boxChecks(); !s)
        return s;
    if (m_scope)
        scopedDuplicates();
    else
        duplicates();
    nearDuplicates();
    leaks();
    return {};
}

// A pair for the leak check, noted once; in a scoped run the other sample's path and
// split are looked up for the report.
void QualityFindings::addPair(const Pair& p)
{
    m_pairs << p;
    known(p.first);
    known(p.second);
}

void QualityFindings::known(qint64 id)
{
    if (!m_scope || m_report.paths.contains(id))
        return;
    if (const Result<SampleRecord> r = m_project.sample(id))
        m_report.paths.insert(id, r.value().path);
    if (const QString split = Splits(m_project).splitOf(id); !split.isEmpty())
        m_report.splits.insert(id, split);
}

void QualityFindings::evaluate(const RunSample& s, StoredMeasure&& m, bool near)
{
    if (m.contentHash != s.contentHash)
        return; // stale: the file changed and could not be measured again
    if (s.kind == SampleKind::Image) {
        ImageQuality::evaluate(s.id, m.measured, m_settings, m_report.checks, &m_report.flags);
        if (near && !m_scope && m.fingerprint.size() == 8) {
            uint64_t h = 0;
            std::memcpy(&h, m.fingerprint.constData(), 8);
            m_hashes.push_back(h);
            m_hashIds.push_back(s.id);
            m_contentHash.insert(s.id, s.contentHash);
        }
        return;
    }
    AudioQuality::evaluate(s.id, m.measured, m_settings, m_report.checks, &m_report.flags);
    if (near && !m_scope && !m.fingerprint.isEmpty()) {
        m_fingerprints.push_back(AudioFingerprint::fromBytes(m.fingerprint, m.loudMask));
        m_fingerprintIds.push_back(s.id);
        m_contentHash.insert(s.id, s.contentHash);
    }
}

Status QualityFindings::measuredChecks()
{
    const bool near = asked("near-duplicate");
    const auto visit = [&](StoredMeasure&& m) {
        const auto it = m_index.constFind(m.sampleId);
        if (it != m_index.cend())
            evaluate(m_samples[size_t(*it)], std::move(m), near);
    };
    if (!m_scope)
        return QualityMeasures(m_project).forEach(visit);
    QList<qint64> ids;
    for (const RunSample& s : m_samples)
        ids << s.id;
    return QualityMeasures(m_project).forEachOf(ids, visit);
}

// A scoped run's near-duplicate search needs every stored fingerprint (the new samples
// are compared with all of them): read without parsing the measures, kind and current
// hash from samples.
Status QualityFindings::scopedFingerprints()
{
    if (!m_scope || !asked("near-duplicate"))
        return {};
    return QualityMeasures(m_project).forEachFingerprint([&](StoredMeasure&& m, int kind) {
        if (SampleKind(kind) == SampleKind::Image) {
            if (m.fingerprint.size() != 8)
                return;
            uint64_t h = 0;
            std::memcpy(&h, m.fingerprint.constData(), 8);
            m_hashes.push_back(h);
            m_hashIds.push_back(m.sampleId);
        } else if (SampleKind(kind) == SampleKind::Audio ||
                   SampleKind(kind) == SampleKind::Background) {
            m_fingerprints.push_back(AudioFingerprint::fromBytes(m.fingerprint, m.loudMask));
            m_fingerprintIds.push_back(m.sampleId);
        } else {
            return;
        }
        m_contentHash.insert(m.sampleId, m.contentHash);
    });
}

Status QualityFindings::boxChecks()
{
    if (!asked("tiny-box") && !asked("box-outside") && !asked("double-box"))
        return {};
    if (m_scope) {
        const Boxes boxes(m_project);
        for (const RunSample& r : m_samples)
            if (r.kind == SampleKind::Image)
                ImageQuality::evaluateBoxes(r.id, r.width, r.height, boxes.boxesOf(r.id),
                                            m_settings, m_report.checks, &m_report.flags);
        return {};
    }
    return Boxes(m_project).forEachSampleBoxes([this](qint64 id, const QList<BoxRecord>& boxes) {
        const auto s = m_index.constFind(id);
        if (s == m_index.cend())
            return;
        const RunSample& r = m_samples[size_t(*s)];
        ImageQuality::evaluateBoxes(r.id, r.width, r.height, boxes, m_settings, m_report.checks,
                                    &m_report.flags);
    });
}

void QualityFindings::duplicates()
{
    QHash<QString, qint64> firstOf;
    for (const RunSample& s : m_samples) {
        if (s.contentHash.isEmpty())
            continue;
        const auto it = firstOf.constFind(s.contentHash);
        if (it == firstOf.cend()) {
            firstOf.insert(s.contentHash, s.id);
            continue;
        }
        m_pairs << Pair{*it, s.id, QStringLiteral("duplicate")};
        if (asked("duplicate"))
            flag(s.id, "duplicate", 1.0, 1.0, *it);
    }
}

// The duplicate pairs naming a scoped sample, from the hash index: each later copy is
// paired with the first sample of its hash, as the whole-project pass pairs them.
void QualityFindings::scopedDuplicates()
{
    for (const RunSample& s : m_samples) {
        const QList<qint64> same = samplesWithHash(m_project, s.contentHash);
        if (same.size() < 2)
            continue;
        const qint64 first = same.first();
        for (const qint64 later : same.mid(1)) {
            if (first != s.id && later != s.id)
                continue;
            if (m_seen.contains({first, later}))
                continue;
            m_seen.insert({first, later});
            addPair(Pair{first, later, QStringLiteral("duplicate")});
            if (asked("duplicate"))
                flag(later, "duplicate", 1.0, 1.0, first);
        }
    }
}

void QualityFindings::nearDuplicates()
{
    if (!asked("near-duplicate"))
        return;
    const QString c = QStringLiteral("near-duplicate");
    const double maxBer = m_settings.value(c, QStringLiteral("audio_max_ber"));
    const int maxShift = int(std::ceil(m_settings.value(c, QStringLiteral("audio_max_shift_sec")) /
                                       AudioFingerprinter::kHopSec));
    const int maxBits = int(m_settings.value(c, QStringLiteral("image_max_bits")));
    const auto note = [&](qint64 x, qint64 y, double distance, double threshold) {
        const qint64 a = std::min(x, y);
        const qint64 b = std::max(x, y);
        const QString ha = m_contentHash.value(a);
        if (!ha.isEmpty() && ha == m_contentHash.value(b))
            return; // an exact duplicate: the duplicate check names it
        addPair(Pair{a, b, c});
        flag(b, "near-duplicate", distance, threshold, a);
    };
    const auto scopeOf = [&](const std::vector<qint64>& ids) {
        std::vector<char> in(ids.size(), 0);
        for (size_t i = 0; i < ids.size(); ++i)
            in[i] = m_scope->contains(ids[i]) ? 1 : 0;
        return in;
    };
    const std::vector<char> audioScope = m_scope ? scopeOf(m_fingerprintIds) : std::vector<char>();
    const std::vector<char> imageScope = m_scope ? scopeOf(m_hashIds) : std::vector<char>();
    for (const NearPair& p :
         NearDuplicates::audio(m_fingerprints, maxBer, maxShift, &m_report.nearStats,
                               m_scope ? &audioScope : nullptr))
        note(m_fingerprintIds[size_t(p.a)], m_fingerprintIds[size_t(p.b)], p.distance, maxBer);
    for (const NearPair& p : NearDuplicates::images(m_hashes, maxBits, &m_report.nearStats,
                                                    m_scope ? &imageScope : nullptr))
        note(m_hashIds[size_t(p.a)], m_hashIds[size_t(p.b)], p.distance, maxBits);
}

void QualityFindings::leaks()
{
    if (!asked("leak"))
        return;
    for (const Pair& p : m_pairs) {
        const QString sa = m_report.splits.value(p.first);
        const QString sb = m_report.splits.value(p.second);
        if (sa.isEmpty() || sb.isEmpty() || sa == sb)
            continue;
        m_report.leaks << QualityLeak{p.first, p.second, p.why, {sa, sb}, {}};
        flag(p.second, "leak", 1.0, 1.0, p.first, p.why);
    }
    groupLeaks();
}

// Groups: one leak per group and pair of splits, named by its first sample in each. A
// scoped run reads the groups of its samples from the index and keeps the leaks naming
// one of them.
void QualityFindings::groupLeaks()
{
    QHash<QString, QMap<QString, qint64>> firstIn; // group -> split -> first sample
    for (const RunSample& s : m_samples) {
        if (m_scope) {
            if (!s.groupKey.isEmpty() && !firstIn.contains(s.groupKey))
                firstIn.insert(s.groupKey, firstOfGroupBySplit(m_project, s.groupKey));
        } else if (!s.groupKey.isEmpty() && !s.split.isEmpty() &&
                   !firstIn[s.groupKey].contains(s.split)) {
            firstIn[s.groupKey].insert(s.split, s.id);
        }
    }
    QStringList groups = firstIn.keys();
    groups.sort();
    for (const QString& g : groups) {
        const QMap<QString, qint64>& in = firstIn[g];
        for (auto x = in.cbegin(); x != in.cend(); ++x)
            for (auto y = std::next(x); y != in.cend(); ++y) {
                const qint64 a = std::min(x.value(), y.value());
                const qint64 b = std::max(x.value(), y.value());
                if (!inScope(a) && !inScope(b))
                    continue;
                known(a);
                known(b);
                m_report.leaks << QualityLeak{a,
                                              b,
                                              QStringLiteral("group"),
                                              {m_report.splits.value(a), m_report.splits.value(b)},
                                              g};
                flag(b, "leak", 1.0, 1.0, a, QStringLiteral("group ") + g);
            }
    }
}

} // namespace tally
