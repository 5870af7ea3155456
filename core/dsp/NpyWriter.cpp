#include "dsp/NpyWriter.h"

#include <QSaveFile>
#include <QtEndian>
#include <cstring>
#include <vector>

namespace tally {

QByteArray NpyWriter::header(qint64 rows, qint64 cols)
{
    QByteArray dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" +
                      QByteArray::number(rows) + ", " + QByteArray::number(cols) + "), }";
    constexpr int kPrefix = 10; // magic (6) + version (2) + header length (2)
    const qsizetype total = ((kPrefix + dict.size() + 1 + 63) / 64) * 64;
    dict.append(QByteArray(total - kPrefix - dict.size() - 1, ' '));
    dict.append('\n');
    QByteArray out("\x93NUMPY\x01\x00", 8);
    const quint16 len = qToLittleEndian(quint16(dict.size()));
    out.append(reinterpret_cast<const char*>(&len), 2);
    out.append(dict);
    return out;
}

Status NpyWriter::write(const QString& path, const float* data, qint64 rows, qint64 cols)
{
    if (rows < 0 || cols < 0 || (rows > 0 && cols > 0 && !data))
        return Error{path, QStringLiteral("invalid matrix shape")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path, file.errorString()};
    const QByteArray head = header(rows, cols);
    bool ok = file.write(head) == head.size();
    // Data in chunks, converted to little-endian (a no-op copy on x86 and ARM).
    constexpr qint64 kChunk = 1 << 16;
    std::vector<float> buffer(static_cast<size_t>(kChunk));
    const qint64 total = rows * cols;
    for (qint64 at = 0; ok && at < total; at += kChunk) {
        const qint64 n = qMin(kChunk, total - at);
        qToLittleEndian<float>(data + at, n, buffer.data());
        const qint64 bytes = n * qint64(sizeof(float));
        ok = file.write(reinterpret_cast<const char*>(buffer.data()), bytes) == bytes;
    }
    if (!ok) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error{path, why};
    }
    if (!file.commit())
        return Error{path, file.errorString()};
    return Status();
}

} // namespace tally
