#pragma once
// The SQL behind the lazy sample table (models/SampleTableModel.h): the compact index of
// every sample (id, kind, imported class, split) streamed in id order, the full records
// of a few samples (the rows in view), ids in the order of a sortable column, and the
// ids whose path or group contain a text. Nothing here holds more than one row at a
// time except the id lists it returns (8 bytes a sample).
//
// Thread-safety: like Project, use from the thread that opened the project.

#include "store/SampleRecord.h"
#include "util/Result.h"

#include <QHash>
#include <functional>
#include <vector>

namespace tally {

class Project;

class SampleTableQuery
{
public:
    // The columns ordered in SQL (the others are ordered from the index in memory).
    enum class Order
    {
        Path, // case-insensitive (ASCII), then id
        Group,
        DurationOrSize, // images: width * height
        Rms,
        Peak
    };

    explicit SampleTableQuery(const Project& project) : m_project(project) {}

    // Every sample in id order: fn(id, kind, class id (0 = none), split ("" = none)).
    Status forEachIndexRow(const std::function<void(qint64 id, SampleKind kind, qint64 classId,
                                                    const QString& split)>& fn) const;
    // Class id -> name.
    QHash<qint64, QString> classNames() const;
    // The records of these samples (those that exist), in id order.
    std::vector<SampleRecord> records(const std::vector<qint64>& ids) const;
    // Every sample id, ordered by the column (ties by ascending id; descending keeps
    // ties ascending, as a stable sort does).
    Result<std::vector<qint64>> idsOrderedBy(Order order, bool descending) const;
    // Ids (ascending) whose path or group key contains text, case-insensitively for
    // ASCII letters.
    Result<std::vector<qint64>> idsMatching(const QString& text) const;
    // Images: id -> (width, height).
    QHash<qint64, QPair<int, int>> imageSizes() const;

private:
    const Project& m_project;
};

} // namespace tally
