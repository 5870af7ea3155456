#include "splits/SpeechCommandsSplit.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace tally {

QString splitName(Split split)
{
    switch (split) {
    case Split::Validation:
        return QStringLiteral("validation");
    case Split::Testing:
        return QStringLiteral("testing");
    case Split::Training:
        break;
    }
    return QStringLiteral("training");
}

bool parseSplit(const QString& name, Split* out)
{
    for (Split s : {Split::Training, Split::Validation, Split::Testing}) {
        if (name == splitName(s)) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString SpeechCommandsSplit::hashBase(const QString& fileName)
{
    static const QRegularExpression nohash(QStringLiteral("_nohash_.*$"));
    QString base = fileName.mid(fileName.lastIndexOf(QLatin1Char('/')) + 1);
    // Without a line break, "_nohash_.*$" matches from the first "_nohash_" to the end:
    // cut there without running the expression (a million times in a split).
    if (!base.contains(u'\n')) {
        const qsizetype at = base.indexOf(QLatin1String("_nohash_"));
        return at < 0 ? base : base.left(at);
    }
    base.remove(nohash);
    return base;
}

double SpeechCommandsSplit::percentOf(const QString& fileName)
{
    const QByteArray digest =
        QCryptographicHash::hash(hashBase(fileName).toUtf8(), QCryptographicHash::Sha1);
    // (big-endian integer) mod 2^27 only needs the last 27 bits: the low 4 bytes.
    const auto* d = reinterpret_cast<const unsigned char*>(digest.constData());
    const quint32 low =
        (quint32(d[16]) << 24) | (quint32(d[17]) << 16) | (quint32(d[18]) << 8) | d[19];
    constexpr quint32 kMaxWavsPerClass = (1u << 27) - 1;
    const quint32 mod = low & kMaxWavsPerClass; // mod 2^27
    return double(mod) * (100.0 / double(kMaxWavsPerClass));
}

Split SpeechCommandsSplit::assign(const QString& fileName) const
{
    const double pct = percentOf(fileName);
    if (pct < validationPercent)
        return Split::Validation;
    if (pct < validationPercent + testingPercent)
        return Split::Testing;
    return Split::Training;
}

} // namespace tally
