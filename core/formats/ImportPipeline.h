#pragma once
// The part every folder importer shares: work items measured in parallel on a
// private thread pool (one thread per core), their samples inserted on the calling
// thread in transactions of options.batchSize while the next batch is measured,
// with progress, cancel and per-item errors. The importer lists its items (files,
// TSV rows, ...) and says how to measure one and how to insert a batch.
//
// Counting into `report` (see ImportReport.h): an item whose stored path the
// project holds already counts as a duplicate without being measured; an item
// whose measure fails adds its Error; the rest are inserted, and those the insert
// finds present count as duplicates too. Progress runs from report.total() on
// entry (what the importer counted before: skipped rows, listing errors) to that
// plus the number of items, and is reported once before the first batch.
//
// Threading: run() is synchronous and is called on the thread that owns `project`.
// `measure` runs on pool threads, several at once: it must be thread-safe and must
// not touch the project. `insert` and `progress` run on the calling thread. cancel
// (optional) is polled before each item and between batches; once it is set no
// further batch is committed, so the project holds whole batches only.

#include "formats/ImportReport.h"
#include "store/SampleMeta.h"
#include "store/SampleRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <atomic>
#include <functional>
#include <vector>

namespace tally {

class Project;

class ImportPipeline
{
public:
    // One measured item: the sample row and what is stored beside it.
    struct Sample
    {
        SampleRecord record;
        SampleExtras extras;
    };
    // Measures item `index`; thread-safe. The Error names the file and the reason.
    using Measure = std::function<Result<Sample>(qsizetype index)>;
    // Inserts one batch in one transaction (records get their ids); adds the records
    // already present to *duplicates. A failure is reported as returned (path and
    // reason), and stops the import.
    using Insert = std::function<Status(std::vector<SampleRecord>& records,
                                        const std::vector<SampleExtras>& extras, int* duplicates)>;

    // How an importer measures a file's bytes (measureAudioBytes, measureImageBytes).
    using MeasureBytes = Result<SampleRecord> (*)(const QByteArray& bytes,
                                                  const QString& pathForErrors);
    // Reads the file at path once and measures those bytes (hash and decode from the same
    // read); the record's licence, source and added time are set from options and added,
    // the rest is left to the caller. A file that cannot be opened gives an Error naming
    // path, with cannotOpen (the caller's "cannot open: %1") given the reason. Thread-safe.
    static Result<Sample> measureFile(const QString& path, MeasureBytes measureBytes,
                                      const QString& cannotOpen, const ImportOptions& options,
                                      const QDateTime& added);
    // The same for a measure that reads the file itself (measureAudioFile streams a long
    // file instead of holding it); the file is only opened here to give cannotOpen.
    using MeasurePath = Result<SampleRecord> (*)(const QString& path);
    static Result<Sample> measureFile(const QString& path, MeasurePath measurePath,
                                      const QString& cannotOpen, const ImportOptions& options,
                                      const QDateTime& added);

    // storedPaths[i] is item i's path as the project would store it.
    static void run(const Project& project, const QStringList& storedPaths, const Measure& measure,
                    const Insert& insert, const ImportOptions& options,
                    const ImportProgress& progress, const std::atomic_bool* cancel,
                    ImportReport& report);
};

} // namespace tally
