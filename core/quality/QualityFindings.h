#pragma once
// Internal to core/quality (QualityRunner): the comparison half of a run. From the
// stored measures, the boxes and the samples' hashes, splits and groups, it collects
// every finding of the checks asked into the report. Decodes nothing.
//
// Scoped (scope given; `samples` holds only those): the per-sample and box checks look at
// the scoped samples; duplicate, near-duplicate and leak compare them with the whole
// project through the stored hashes, fingerprints and the indexes (store/QualityScope.h),
// and only findings naming a scoped sample (as the flagged one or the other one) are
// collected. report.paths and report.splits hold the scoped samples and the others named.
//
// Thread-safety: like Project, on the thread that opened it.

#include "quality/QualityRunner.h"
#include "quality/QualitySettings.h"
#include "store/QualityMeasures.h"
#include "store/SampleRecord.h"

#include <QSet>
#include <vector>

namespace tally {

// What a run needs of a sample.
struct RunSample
{
    qint64 id = 0;
    SampleKind kind = SampleKind::Audio;
    QString path; // stored form
    QString contentHash;
    QString split;
    QString groupKey;
    int width = 0;
    int height = 0;
    // What the import stored (formats/SampleMeasure.h): a file too long to decode whole
    // for the checks is checked from these.
    double rmsDbfs = 0.0;
    double peak = 0.0;
    double clippedFraction = 0.0;
    double durationSec = 0.0;
};

// Every sample in id order; fills report.paths and report.splits and counts checked.
Status readRunSamples(Project& project, std::vector<RunSample>* samples, QualityReport* report);
// The same for the samples of `ids` only (a scoped run), by indexed look-ups.
Status readScopedSamples(Project& project, const QList<qint64>& ids,
                         std::vector<RunSample>* samples, QualityReport* report);

class QualityFindings
{
public:
    QualityFindings(Project& project, const std::vector<RunSample>& samples,
                    const QualitySettings& settings, QualityReport& report,
                    const QSet<qint64>* scope = nullptr)
        : m_project(project), m_samples(samples), m_settings(settings), m_report(report),
          m_scope(scope)
    {
    }
    Status collect();

private:
    struct Pair
    {
        qint64 first = 0; // imported first (lower id)
        qint64 second = 0;
        QString why;
    };
    bool asked(const char* check) const { return m_report.checks.contains(QLatin1String(check)); }
    void flag(qint64 sample, const char* check, double value, double threshold, qint64 other,
              const QString& detail = {});
    bool inScope(qint64 id) const { return !m_scope || m_scope->contains(id); }
    void addPair(const Pair& p);
    void known(qint64 id);
    void evaluate(const RunSample& s, StoredMeasure&& m, bool near);
    Status measuredChecks();
    Status scopedFingerprints();
    Status boxChecks();
    void duplicates();
    void scopedDuplicates();
    void nearDuplicates();
    void leaks();
    void groupLeaks();

    Project& m_project;
    const std::vector<RunSample>& m_samples;
    const QualitySettings& m_settings;
    QualityReport& m_report;
    const QSet<qint64>* m_scope = nullptr;
    QHash<qint64, qsizetype> m_index; // sample id -> index in m_samples
    std::vector<AudioFingerprint> m_fingerprints;
    std::vector<qint64> m_fingerprintIds;
    std::vector<uint64_t> m_hashes;
    std::vector<qint64> m_hashIds;
    QHash<qint64, QString> m_contentHash; // id -> content hash, of every fingerprinted sample
    QSet<QPair<qint64, qint64>> m_seen;   // pairs noted (a scoped run may meet one twice)
    QList<Pair> m_pairs;                  // duplicate and near-duplicate pairs, for leaks
};

} // namespace tally
