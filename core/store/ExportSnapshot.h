#pragma once
// The items of an export version packed into blobs (schema version 7, table
// export_snapshots): one row per chunk of up to kItemsPerChunk items instead of one
// export_items row per item. At a million items the rows (a b-tree insert each, ~100 MB
// of pages through the WAL) cost more than writing the manifest; the packed chunks are
// ~65 bytes an item, written as a few large values.
//
// A chunk: one format byte (1), then per item, in increasing sample id:
//   varint  sample id minus the previous item's (the first: the id itself)
//   byte    split: 0 none, 1 training, 2 validation, 3 testing, 4 other (text follows)
//   text    class name ("" = none)
//   byte    hash form: 0 text follows, 1 the 20 bytes of a 40-digit lower-case hex hash
//   text    path (as written, or the stored path)
// where text is a varint byte count and UTF-8 bytes, varints are unsigned LEB128.
//
// Thread-safety: plain values; no database access here (Exports::recordExportSnapshot
// writes them).

#include "store/Exports.h"

#include <QByteArray>
#include <QStringView>
#include <vector>

namespace tally {

class ExportSnapshotWriter
{
public:
    static constexpr int kItemsPerChunk = 65536;

    // Appends one item; ids must increase from call to call.
    void add(qint64 sampleId, QStringView contentHash, QStringView path, QStringView className,
             QStringView split);
    // The finished chunks with their item counts.
    struct Chunk
    {
        QByteArray bytes;
        int items = 0;
    };
    const std::vector<Chunk>& chunks() const { return m_chunks; }
    qint64 itemCount() const { return m_items; }

private:
    std::vector<Chunk> m_chunks;
    qint64 m_previousId = 0;
    qint64 m_items = 0;
};

namespace detail {
// Appends the items of one chunk to *out; false (and *out as it was) for a chunk that is
// not well formed.
bool decodeExportSnapshot(QByteArrayView chunk, std::vector<ExportSnapshotItem>* out);
} // namespace detail

} // namespace tally
