#include "quality/QualityFindings.h"

#include "quality/AudioQuality.h"
#include "quality/ImageQuality.h"
#include "store/Boxes.h"
#include "store/Project.h"
#include "store/QualityMeasures.h"
#include "store/SampleScan.h"
#include "store/Splits.h"

#include <cmath>
#include <cstring>

namespace tally {

Status readRunSamples(Project& project, std::vector<RunSample>* samples, QualityReport* report)
{
    return forEachSample(project, [&](SampleRecord& r, const QString& split, const QString&) {
        RunSample s{
            r.id,     r.kind,    r.path, r.contentHash,     split,        r.groupKey, r.width,
            r.height, r.rmsDbfs, r.peak, r.clippedFraction, r.durationSec};
        report->paths.insert(r.id, r.path);
        if (!split.isEmpty())
            report->splits.insert(r.id, split);
        if (r.kind != SampleKind::Series)
            ++report->checked;
        samples->push_back(std::move(s));
    });
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
    if (Status s = boxChecks(); !s)
        return s;
    duplicates();
    nearDuplicates();
    leaks();
    return {};
}

Status QualityFindings::measuredChecks()
{
    const bool near = asked("near-duplicate");
    return QualityMeasures(m_project).forEach([&](StoredMeasure&& m) {
        const auto it = m_index.constFind(m.sampleId);
        if (it == m_index.cend())
            return;
        const RunSample& s = m_samples[size_t(*it)];
        if (m.contentHash != s.contentHash)
            return; // stale: the file changed and could not be measured again
        if (s.kind == SampleKind::Image) {
            ImageQuality::evaluate(s.id, m.measured, m_settings, m_report.checks, &m_report.flags);
            if (near && m.fingerprint.size() == 8) {
                uint64_t h = 0;
                std::memcpy(&h, m.fingerprint.constData(), 8);
                m_hashes.push_back(h);
                m_hashIds.push_back(s.id);
            }
            return;
        }
        AudioQuality::evaluate(s.id, m.measured, m_settings, m_report.checks, &m_report.flags);
        if (near && !m.fingerprint.isEmpty()) {
            m_fingerprints.push_back(AudioFingerprint::fromBytes(m.fingerprint, m.loudMask));
            m_fingerprintIds.push_back(s.id);
        }
    });
}

Status QualityFindings::boxChecks()
{
    if (!asked("tiny-box") && !asked("box-outside") && !asked("double-box"))
        return {};
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
        const RunSample& sa = m_samples[size_t(m_index.value(a))];
        const RunSample& sb = m_samples[size_t(m_index.value(b))];
        if (!sa.contentHash.isEmpty() && sa.contentHash == sb.contentHash)
            return; // an exact duplicate: the duplicate check names it
        m_pairs << Pair{a, b, c};
        flag(b, "near-duplicate", distance, threshold, a);
    };
    for (const NearPair& p :
         NearDuplicates::audio(m_fingerprints, maxBer, maxShift, &m_report.nearStats))
        note(m_fingerprintIds[size_t(p.a)], m_fingerprintIds[size_t(p.b)], p.distance, maxBer);
    for (const NearPair& p : NearDuplicates::images(m_hashes, maxBits, &m_report.nearStats))
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
    // Groups: one leak per group and pair of splits, named by its first sample in each.
    QHash<QString, QMap<QString, qint64>> firstIn; // group -> split -> first sample
    for (const RunSample& s : m_samples)
        if (!s.groupKey.isEmpty() && !s.split.isEmpty() && !firstIn[s.groupKey].contains(s.split))
            firstIn[s.groupKey].insert(s.split, s.id);
    QStringList groups = firstIn.keys();
    groups.sort();
    for (const QString& g : groups) {
        const QMap<QString, qint64>& in = firstIn[g];
        for (auto x = in.cbegin(); x != in.cend(); ++x)
            for (auto y = std::next(x); y != in.cend(); ++y) {
                const qint64 a = std::min(x.value(), y.value());
                const qint64 b = std::max(x.value(), y.value());
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
