#pragma once
// The SQL behind the lazy sample table (models/SampleTableModel.h): the compact index of
// every sample (id, kind, imported class, split) streamed in id order, the full records
// of a few samples (the rows in view), and ids in the order of a sortable column.
// Nothing here holds more than one row at a time except the id lists it returns (8 bytes
// a sample).
//
// Thread-safety: like Project, use from the thread that opened the project.

#include "store/SampleRecord.h"
#include "util/Result.h"

#include <QByteArrayView>
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

    // One sample of forEachIndexRow. path and group are UTF-8 (empty group = none),
    // valid during the call only.
    struct IndexRow
    {
        qint64 id = 0;
        SampleKind kind = SampleKind::Audio;
        qint64 classId = 0;   // 0 = none
        QByteArrayView split; // "" = none
        QByteArrayView path;
        QByteArrayView group;
    };
    // Every sample in id order, read straight from SQLite (no QVariant per column).
    Status forEachIndexRow(const std::function<void(const IndexRow&)>& fn) const;
    // Class id -> name.
    QHash<qint64, QString> classNames() const;
    // The records of these samples (those that exist), in id order.
    std::vector<SampleRecord> records(const std::vector<qint64>& ids) const;
    // Every sample id, ordered by the column (ties by ascending id; descending keeps
    // ties ascending, as a stable sort does, except by path: paths are unique and differ
    // at most in case, and ties there go by descending id so the order is read from the
    // samples_path_nocase index).
    Result<std::vector<qint64>> idsOrderedBy(Order order, bool descending) const;
    // Images: id -> (width, height).
    QHash<qint64, QPair<int, int>> imageSizes() const;

private:
    const Project& m_project;
};

} // namespace tally
