#pragma once
// The flags table (schema: store/Schema.cpp versionQuality): what the automated checks
// of core/quality found, one row per (sample, check, other sample), with the measured
// value, the threshold it was compared with, the check's version and when. Rows are
// history, never deleted by a run:
//   open       cleared_at IS NULL (the latest run of its check still finds it);
//   active     open and not dismissed: what the Quality column and --skip-flagged see;
//   dismissed  a person kept the sample anyway: who, why and when are kept;
//   cleared    a later run no longer found it (the row stays, with cleared_at).
// replace() records one run of some checks in one BEGIN IMMEDIATE transaction with one
// audit row ("quality.check"); dismiss / undismiss are one audited edit each
// ("flag.dismiss", "flag.undismiss"), so the GUI can undo a dismissal.
//
// Thread-safety: like Project, use from the thread that opened the project.
// Errors name the project file and the reason.

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace tally {

class Project;

// A finding of one check run, before it is stored.
struct FoundFlag
{
    qint64 sampleId = 0;
    QString check;            // "too-quiet", "near-duplicate", ...
    double value = 0.0;       // what was measured (the check's unit: dBFS, s, IoU, ...)
    double threshold = 0.0;   // what it was compared with
    qint64 otherSampleId = 0; // duplicate / near-duplicate / double box: the other one
    QString detail;           // a short English note ("44100 Hz, 2 ch, 24-bit")
    int checkVersion = 1;
};

// One stored flag row.
struct FlagRecord
{
    qint64 id = 0;
    qint64 sampleId = 0;
    QString samplePath; // stored form
    QString check;
    double value = 0.0;
    double threshold = 0.0;
    qint64 otherSampleId = 0;
    QString otherPath; // stored form; empty when none
    QString detail;
    int checkVersion = 1;
    QDateTime at;
    QDateTime clearedAt;   // invalid: open
    QDateTime dismissedAt; // invalid: not dismissed
    qint64 dismissedBy = 0;
    QString dismissedByName;
    QString dismissReason;
    bool isOpen() const { return !clearedAt.isValid(); }
    bool isDismissed() const { return dismissedAt.isValid(); }
    bool isActive() const { return isOpen() && !isDismissed(); }
};

// What replace() changed.
struct FlagsDelta
{
    int added = 0;   // new rows
    int kept = 0;    // open rows found again (value and threshold updated)
    int cleared = 0; // open rows no longer found
};

class Flags
{
    Q_DECLARE_TR_FUNCTIONS(tally::Flags)

public:
    explicit Flags(Project& project) : m_project(project) {}

    // Records a run of `checks`: each found flag updates the open row of its (sample,
    // check, other) — a dismissed one stays dismissed — or adds a row; every open row of
    // those checks that was not found is cleared. One transaction, one audit row.
    // scope (a scoped run, core/quality/QualityRunner.h): only the open rows whose sample or
    // other sample is in scope are updated or cleared, found flags naming neither are
    // ignored, and every other row is left as it is; the audit row lists the scope's size.
    Status replace(const QStringList& checks, const std::vector<FoundFlag>& found,
                   qint64 byAnnotatorId = 0, FlagsDelta* delta = nullptr,
                   const QSet<qint64>* scope = nullptr);
    // Dismisses the active flags of `check` on the sample (every other sample of a
    // duplicate pair alike): the ids dismissed. None active is an error.
    Result<QList<qint64>> dismiss(qint64 sampleId, const QString& check, qint64 annotatorId,
                                  const QString& reason);
    // Takes a dismissal back (the GUI's undo): the flag is active again.
    Status undismiss(qint64 flagId, qint64 byAnnotatorId);

    // Open flags (active and dismissed), by sample id then check; check empty: all.
    QList<FlagRecord> openFlags(const QString& check = {}) const;
    // Every row of the sample, oldest first (history).
    QList<FlagRecord> history(qint64 sampleId) const;
    // Check -> active flags.
    QMap<QString, qint64> activeCounts() const;
    // Sample id -> the first of `checks` (in that order) with an active flag on it.
    QHash<qint64, QString> activeSamples(const QStringList& checks) const;

    // A check's setting (meta key "quality/<check>.<param>"), audited as
    // "quality.setting" with the value before and after.
    Status setSetting(const QString& key, const QString& value, qint64 byAnnotatorId = 0);

private:
    Project& m_project;
};

} // namespace tally
