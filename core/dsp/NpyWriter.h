#pragma once
// Writes a float32 matrix as a NumPy .npy file (format version 1.0): little-endian
// '<f4', C order, shape (rows, cols). The header dict is padded with spaces and a
// final '\n' so that magic + header length + dict is a multiple of 64 bytes, as
// numpy.save writes it. The file is written through QSaveFile, so a failed write
// leaves no half-written file behind (an existing file at `path` stays as it was).
// Thread-safety: stateless; call from any thread.

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace tally {

class NpyWriter
{
public:
    // data: rows * cols floats, row-major. rows may be 0 (data may then be null).
    static Status write(const QString& path, const float* data, qint64 rows, qint64 cols);
    // The magic, version, header length and padded header dict (no data).
    static QByteArray header(qint64 rows, qint64 cols);
};

} // namespace tally
