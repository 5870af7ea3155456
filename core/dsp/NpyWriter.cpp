#include "dsp/NpyWriter.h"

#include <QtEndian>
#include <cstring>
#include <limits>

namespace tally {

QByteArray NpyWriter::header(qint64 rows, qint64 cols)
{
    return header(std::vector<qint64>{rows, cols});
}

QByteArray NpyWriter::header(const std::vector<qint64>& shape, qsizetype minBytes)
{
    QByteArray dims;
    for (size_t i = 0; i < shape.size(); ++i)
        dims += (i ? ", " : "") + QByteArray::number(shape[i]);
    if (shape.size() == 1)
        dims += ',';
    QByteArray dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + dims + "), }";
    constexpr int kPrefix = 10; // magic (6) + version (2) + header length (2)
    const qsizetype total =
        std::max(((kPrefix + dict.size() + 1 + 63) / 64) * 64, ((minBytes + 63) / 64) * 64);
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

NpyStreamWriter::NpyStreamWriter(const QString& path, std::vector<qint64> rowShape)
    : m_file(path), m_rowShape(std::move(rowShape))
{
    for (qint64 d : m_rowShape)
        m_rowFloats *= d;
}

Status NpyStreamWriter::fail()
{
    const QString why = m_file.errorString();
    m_file.cancelWriting();
    return Error{m_file.fileName(), why};
}

Status NpyStreamWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return Error{m_file.fileName(), m_file.errorString()};
    // The longest header this shape can have: the first dimension at its widest.
    std::vector<qint64> widest{std::numeric_limits<qint64>::max()};
    widest.insert(widest.end(), m_rowShape.begin(), m_rowShape.end());
    const QByteArray head = NpyWriter::header(widest);
    m_headerBytes = head.size();
    return m_file.write(head) == head.size() ? Status() : fail();
}

Status NpyStreamWriter::append(const float* data, qint64 rows)
{
    // In chunks, converted to little-endian (a no-op copy on x86 and ARM).
    constexpr qint64 kChunk = 1 << 16;
    const qint64 total = rows * m_rowFloats;
    m_buffer.resize(size_t(std::min(kChunk, total)));
    for (qint64 at = 0; at < total; at += kChunk) {
        const qint64 n = qMin(kChunk, total - at);
        qToLittleEndian<float>(data + at, n, m_buffer.data());
        const qint64 bytes = n * qint64(sizeof(float));
        if (m_file.write(reinterpret_cast<const char*>(m_buffer.data()), bytes) != bytes)
            return fail();
    }
    m_rows += rows;
    return {};
}

Status NpyStreamWriter::finish()
{
    std::vector<qint64> shape{m_rows};
    shape.insert(shape.end(), m_rowShape.begin(), m_rowShape.end());
    const QByteArray head = NpyWriter::header(shape, m_headerBytes);
    if (head.size() != m_headerBytes || !m_file.seek(0) || m_file.write(head) != head.size())
        return fail();
    if (!m_file.commit())
        return Error{m_file.fileName(), m_file.errorString()};
    return {};
}

} // namespace tally
