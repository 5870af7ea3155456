#include "store/ExportSnapshot.h"

namespace tally {

namespace {

void putVarint(QByteArray& b, quint64 v)
{
    while (v >= 0x80) {
        b.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    b.append(char(v));
}

void putText(QByteArray& b, QStringView s)
{
    const QByteArray utf8 = s.toUtf8();
    putVarint(b, quint64(utf8.size()));
    b.append(utf8);
}

int hexDigit(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - '0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - 'a' + 10;
    return -1;
}

// The 20 bytes of a 40-digit lower-case hex hash appended to b; false (b unchanged) if
// hash is not one.
bool putHexHash(QByteArray& b, QStringView hash)
{
    if (hash.size() != 40)
        return false;
    char bytes[20];
    for (int i = 0; i < 20; ++i) {
        const int hi = hexDigit(hash[2 * i]), lo = hexDigit(hash[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        bytes[i] = char((hi << 4) | lo);
    }
    b.append(bytes, 20);
    return true;
}

int splitCode(QStringView split)
{
    if (split.isEmpty())
        return 0;
    if (split == u"training")
        return 1;
    if (split == u"validation")
        return 2;
    return split == u"testing" ? 3 : 4;
}

// Reads from a chunk, refusing to run past its end.
struct Reader
{
    QByteArrayView b;
    qsizetype at = 0;
    bool ok = true;

    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; ok && shift < 64; shift += 7) {
            if (at >= b.size())
                break;
            const auto byte = quint8(b[at++]);
            v |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return v;
        }
        ok = false;
        return 0;
    }
    quint8 byte()
    {
        if (at >= b.size()) {
            ok = false;
            return 0;
        }
        return quint8(b[at++]);
    }
    QByteArrayView bytes(quint64 n)
    {
        if (!ok || n > quint64(b.size() - at)) {
            ok = false;
            return {};
        }
        const QByteArrayView v(b.data() + at, qsizetype(n));
        at += qsizetype(n);
        return v;
    }
    QString text() { return QString::fromUtf8(bytes(varint())); }
};

const char* const kSplitNames[] = {"", "training", "validation", "testing"};

} // namespace

void ExportSnapshotWriter::add(qint64 sampleId, QStringView contentHash, QStringView path,
                               QStringView className, QStringView split)
{
    if (m_chunks.empty() || m_chunks.back().items >= kItemsPerChunk) {
        m_chunks.emplace_back();
        m_chunks.back().bytes.append(char(1));
        m_previousId = 0;
    }
    Chunk& c = m_chunks.back();
    putVarint(c.bytes, quint64(sampleId - m_previousId));
    m_previousId = sampleId;
    const int code = splitCode(split);
    c.bytes.append(char(code));
    if (code == 4)
        putText(c.bytes, split);
    putText(c.bytes, className);
    c.bytes.append(char(1));
    if (!putHexHash(c.bytes, contentHash)) {
        c.bytes[c.bytes.size() - 1] = char(0);
        putText(c.bytes, contentHash);
    }
    putText(c.bytes, path);
    ++c.items;
    ++m_items;
}

bool detail::decodeExportSnapshot(QByteArrayView chunk, std::vector<ExportSnapshotItem>* out)
{
    Reader r{chunk};
    if (r.byte() != 1)
        return false;
    std::vector<ExportSnapshotItem> items;
    qint64 id = 0;
    while (r.ok && r.at < chunk.size()) {
        ExportSnapshotItem it;
        id += qint64(r.varint());
        it.sampleId = id;
        const quint8 code = r.byte();
        if (code > 4)
            return false;
        it.split = code == 4 ? r.text() : QString::fromLatin1(kSplitNames[code]);
        it.className = r.text();
        const quint8 hashForm = r.byte();
        if (hashForm == 1)
            it.contentHash = QString::fromLatin1(r.bytes(20).toByteArray().toHex());
        else if (hashForm == 0)
            it.contentHash = r.text();
        else
            return false;
        it.path = r.text();
        if (r.ok)
            items.push_back(std::move(it));
    }
    if (!r.ok)
        return false;
    out->insert(out->end(), std::make_move_iterator(items.begin()),
                std::make_move_iterator(items.end()));
    return true;
}

} // namespace tally
