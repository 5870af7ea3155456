#pragma once
// Internal to core/quality (QualityRunner): the comparison half of a run. From the
// stored measures, the boxes and the samples' hashes, splits and groups, it collects
// every finding of the checks asked into the report. Decodes nothing.
//
// Thread-safety: like Project, on the thread that opened it.

#include "quality/QualityRunner.h"
#include "quality/QualitySettings.h"
#include "store/SampleRecord.h"

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

class QualityFindings
{
public:
    QualityFindings(Project& project, const std::vector<RunSample>& samples,
                    const QualitySettings& settings, QualityReport& report)
        : m_project(project), m_samples(samples), m_settings(settings), m_report(report)
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
    Status measuredChecks();
    Status boxChecks();
    void duplicates();
    void nearDuplicates();
    void leaks();

    Project& m_project;
    const std::vector<RunSample>& m_samples;
    const QualitySettings& m_settings;
    QualityReport& m_report;
    QHash<qint64, qsizetype> m_index; // sample id -> index in m_samples
    std::vector<AudioFingerprint> m_fingerprints;
    std::vector<qint64> m_fingerprintIds;
    std::vector<uint64_t> m_hashes;
    std::vector<qint64> m_hashIds;
    QList<Pair> m_pairs; // duplicate and near-duplicate pairs, for leaks
};

} // namespace tally
