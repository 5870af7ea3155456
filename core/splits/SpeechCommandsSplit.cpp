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

QLatin1StringView splitLatin1(Split split)
{
    switch (split) {
    case Split::Validation:
        return QLatin1StringView("validation");
    case Split::Testing:
        return QLatin1StringView("testing");
    case Split::Training:
        break;
    }
    return QLatin1StringView("training");
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

namespace {

// (big-endian integer) mod 2^27 only needs the last 27 bits: the low 4 bytes.
double percentOfDigest(QByteArrayView digest)
{
    const auto* d = reinterpret_cast<const unsigned char*>(digest.data());
    const quint32 low =
        (quint32(d[16]) << 24) | (quint32(d[17]) << 16) | (quint32(d[18]) << 8) | d[19];
    constexpr quint32 kMaxWavsPerClass = (1u << 27) - 1;
    const quint32 mod = low & kMaxWavsPerClass; // mod 2^27
    return double(mod) * (100.0 / double(kMaxWavsPerClass));
}

Split splitOfPercent(double pct, double validationPercent, double testingPercent)
{
    if (pct < validationPercent)
        return Split::Validation;
    if (pct < validationPercent + testingPercent)
        return Split::Testing;
    return Split::Training;
}

} // namespace

double SpeechCommandsSplit::percentOf(const QString& fileName)
{
    return percentOfDigest(
        QCryptographicHash::hash(hashBase(fileName).toUtf8(), QCryptographicHash::Sha1));
}

Split SpeechCommandsSplit::assign(const QString& fileName) const
{
    return splitOfPercent(percentOf(fileName), validationPercent, testingPercent);
}

Split SpeechCommandsSplit::assignAscii(QLatin1StringView fileName) const
{
    QLatin1StringView base = fileName.mid(fileName.lastIndexOf(QLatin1Char('/')) + 1);
    if (base.contains(QLatin1Char('\n'))) // the expression of hashBase() decides
        return assign(QString(fileName));
    const qsizetype at = base.indexOf(QLatin1StringView("_nohash_"));
    if (at >= 0)
        base = base.left(at);
    // ASCII is its own UTF-8: the bytes hashed are those assign() hashes. One hash object
    // per thread, reset for each name (no allocation per name).
    thread_local QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.reset();
    sha1.addData(QByteArrayView(base.data(), base.size()));
    return splitOfPercent(percentOfDigest(sha1.resultView()), validationPercent, testingPercent);
}

} // namespace tally
