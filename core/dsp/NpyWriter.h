#pragma once
// Writes float32 arrays as NumPy .npy files (format version 1.0): little-endian '<f4',
// C order. The header dict is padded with spaces and a final '\n' so that magic + header
// length + dict is a multiple of 64 bytes, as numpy.save writes it. Files are written
// through QSaveFile, so a failed write leaves no half-written file behind (an existing
// file at `path` stays as it was).
//
// NpyWriter::write() writes a whole matrix (rows, cols) at once. NpyStreamWriter writes
// an array of any rank whose first dimension is not known in advance (windows of a
// series export): a placeholder header of the largest size is written first, rows are
// appended, and finish() writes the real header over it (same length, padded) and
// commits the file.
//
// Thread-safety: NpyWriter is stateless; an NpyStreamWriter belongs to one thread.

#include "util/Result.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>
#include <QtGlobal>
#include <vector>

namespace tally {

class NpyWriter
{
public:
    // data: rows * cols floats, row-major. rows may be 0 (data may then be null).
    static Status write(const QString& path, const float* data, qint64 rows, qint64 cols);
    // The magic, version, header length and padded header dict (no data).
    static QByteArray header(qint64 rows, qint64 cols);
    // The same for any shape ({n} is written "(n,)"), padded to at least minBytes
    // (a multiple of 64; 0: the shortest).
    static QByteArray header(const std::vector<qint64>& shape, qsizetype minBytes = 0);
};

class NpyStreamWriter
{
public:
    // rowShape: the shape of one row (every dimension after the first).
    NpyStreamWriter(const QString& path, std::vector<qint64> rowShape);
    Status open();
    // Appends rows rows: rows * (product of rowShape) floats, C order.
    Status append(const float* data, qint64 rows);
    // Writes the header with the rows appended and commits the file. Without a
    // successful finish() nothing is left at the path.
    Status finish();
    qint64 rows() const { return m_rows; }

private:
    Status fail();

    QSaveFile m_file;
    std::vector<qint64> m_rowShape;
    qint64 m_rowFloats = 1;
    qint64 m_rows = 0;
    qsizetype m_headerBytes = 0;
    std::vector<float> m_buffer; // little-endian copy of what is written
};

} // namespace tally
