#include "formats/ImportPipeline.h"

#include "store/Project.h"

#include <QFile>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace tally {

namespace {

// The outcome for one item, computed on a pool thread.
struct Outcome
{
    enum class State
    {
        Ok,
        Failed,
        Duplicate,
        Cancelled
    } state = State::Ok;
    ImportPipeline::Sample sample;
    Error error;
};

bool isCancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// The items whose stored path the project holds already: those are reported as
// duplicates without being read again. One indexed look-up per item (samples.path is
// unique), so the cost follows the import, not the size of the project.
QSet<qsizetype> storedAlready(const Project& project, const QStringList& paths)
{
    QSet<qsizetype> stored;
    for (qsizetype i = 0; i < paths.size(); ++i)
        if (project.sampleIdByPath(paths[i]) != 0)
            stored.insert(i);
    return stored;
}

// Commits one batch's good samples in one transaction; items that failed go to
// the report's errors. Returns false when the database refused the batch.
bool commitBatch(const ImportPipeline::Insert& insert, const QList<Outcome>& results,
                 ImportReport& report)
{
    std::vector<SampleRecord> records;
    std::vector<SampleExtras> extras;
    records.reserve(size_t(results.size()));
    extras.reserve(size_t(results.size()));
    for (const Outcome& o : results) {
        if (o.state == Outcome::State::Ok) {
            records.push_back(o.sample.record);
            extras.push_back(o.sample.extras);
        } else if (o.state == Outcome::State::Failed) {
            report.errors << o.error;
        } else if (o.state == Outcome::State::Duplicate) {
            ++report.duplicates;
        }
    }
    int duplicates = 0;
    if (!records.empty()) {
        const Status st = insert(records, extras, &duplicates);
        if (!st) {
            report.errors << st.error();
            return false;
        }
        for (const SampleRecord& r : records)
            if (r.id != 0)
                report.importedIds << r.id;
    }
    report.imported += int(records.size()) - duplicates;
    report.duplicates += duplicates;
    return true;
}

// A measured record with the import's licence, source and added time.
Result<ImportPipeline::Sample> withOptions(Result<SampleRecord> measured,
                                           const ImportOptions& options, const QDateTime& added)
{
    if (!measured)
        return measured.error();
    ImportPipeline::Sample sample;
    sample.record = std::move(measured).value();
    sample.record.licence = options.licence;
    sample.record.source = options.source;
    sample.record.added = added;
    return sample;
}

} // namespace

Result<ImportPipeline::Sample> ImportPipeline::measureFile(const QString& path,
                                                           MeasureBytes measureBytes,
                                                           const QString& cannotOpen,
                                                           const ImportOptions& options,
                                                           const QDateTime& added)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, cannotOpen.arg(file.errorString())};
    return withOptions(measureBytes(file.readAll(), path), options, added);
}

Result<ImportPipeline::Sample>
ImportPipeline::measureFile(const QString& path, MeasurePath measurePath, const QString& cannotOpen,
                            const ImportOptions& options, const QDateTime& added)
{
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{path, cannotOpen.arg(file.errorString())};
    }
    return withOptions(measurePath(path), options, added);
}

void ImportPipeline::run(const Project& project, const QStringList& paths, const Measure& measure,
                         const Insert& insert, const ImportOptions& options,
                         const ImportProgress& progress, const std::atomic_bool* cancel,
                         ImportReport& report)
{
    const QSet<qsizetype> existing = storedAlready(project, paths);
    const qsizetype count = paths.size();
    const int batchSize = std::max(options.batchSize, 1);
    int done = report.total();
    const int total = done + int(count);

    QThreadPool pool;
    pool.setMaxThreadCount(std::max(QThread::idealThreadCount(), 1));
    const auto work = [&](qsizetype index) {
        Outcome o;
        if (existing.contains(index)) {
            o.state = Outcome::State::Duplicate;
        } else if (isCancelled(cancel)) {
            o.state = Outcome::State::Cancelled;
        } else if (Result<Sample> measured = measure(index)) {
            o.sample = std::move(measured).value();
        } else {
            o.state = Outcome::State::Failed;
            o.error = measured.error();
        }
        return o;
    };
    const auto startBatch = [&](qsizetype first) {
        QList<qsizetype> indices;
        for (qsizetype i = first; i < std::min(first + batchSize, count); ++i)
            indices << i;
        return QtConcurrent::mapped(&pool, std::move(indices), work);
    };

    if (progress)
        progress(done, total);
    // Pipeline: batch k+1 is measured on the pool while batch k is committed here.
    QFuture<Outcome> pending = startBatch(0);
    for (qsizetype first = 0; first < count; first += batchSize) {
        const QList<Outcome> results = pending.results();
        if (isCancelled(cancel)) {
            report.cancelled = true;
            break;
        }
        if (first + batchSize < count)
            pending = startBatch(first + batchSize);
        if (!commitBatch(insert, results, report))
            break;
        done += int(results.size());
        if (progress)
            progress(done, total);
    }
    pending.cancel();
    pending.waitForFinished();
}

} // namespace tally
