// SpeechCommandsSplit against an independent reading of TensorFlow's `which_set`
// (shared/FORMATS.md): the test has its own SHA-1 (FIPS 180-4, checked on the
// standard vectors), reads the hex digest as an arbitrary-precision integer by long
// division (digit by digit, remainder mod 2^27) and scales it by 100 / (2^27 - 1).
// Neither Qt's hash nor the implementation's "low four bytes" shortcut is used here.
#include "splits/SpeechCommandsSplit.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <array>
#include <cstdint>

using namespace tally;

namespace {

std::uint32_t rotl(std::uint32_t x, int n)
{
    return (x << n) | (x >> (32 - n));
}

// SHA-1 of bytes as 40 lower-case hex digits (straight from the FIPS 180-4 definition).
QString sha1Hex(const QByteArray& bytes)
{
    std::array<std::uint32_t, 5> h{0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};
    QByteArray m = bytes;
    const quint64 bitLength = quint64(bytes.size()) * 8;
    m.append(char(0x80));
    while (m.size() % 64 != 56)
        m.append(char(0));
    for (int i = 7; i >= 0; --i)
        m.append(char((bitLength >> (8 * i)) & 0xff));
    for (qsizetype block = 0; block < m.size(); block += 64) {
        std::array<std::uint32_t, 80> w{};
        for (int t = 0; t < 16; ++t) {
            const auto* p = reinterpret_cast<const unsigned char*>(m.constData() + block + 4 * t);
            w[t] = (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) |
                   (std::uint32_t(p[2]) << 8) | p[3];
        }
        for (int t = 16; t < 80; ++t)
            w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
        std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int t = 0; t < 80; ++t) {
            std::uint32_t f, k;
            if (t < 20) {
                f = (b & c) | (~b & d);
                k = 0x5A827999u;
            } else if (t < 40) {
                f = b ^ c ^ d;
                k = 0x6ED9EBA1u;
            } else if (t < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8F1BBCDCu;
            } else {
                f = b ^ c ^ d;
                k = 0xCA62C1D6u;
            }
            const std::uint32_t temp = rotl(a, 5) + f + e + k + w[t];
            e = d;
            d = c;
            c = rotl(b, 30);
            b = a;
            a = temp;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
    }
    QString hex;
    for (std::uint32_t v : h)
        hex += QStringLiteral("%1").arg(v, 8, 16, QLatin1Char('0'));
    return hex;
}

// The hex number modulo m by long division: the remainder after each digit.
quint64 hexMod(const QString& hex, quint64 m)
{
    quint64 r = 0;
    for (QChar ch : hex)
        r = (r * 16 + quint64(QString(ch).toUInt(nullptr, 16))) % m;
    return r;
}

// which_set, written out from the definition.
QString expectedSet(const QString& path, double validation, double testing)
{
    QString base = path.section(QLatin1Char('/'), -1);
    const qsizetype cut = base.indexOf(QStringLiteral("_nohash_"));
    if (cut >= 0)
        base.truncate(cut);
    const quint64 maxWavs = (quint64(1) << 27) - 1;
    const double pct =
        double(hexMod(sha1Hex(base.toUtf8()), maxWavs + 1)) * (100.0 / double(maxWavs));
    if (pct < validation)
        return QStringLiteral("validation");
    if (pct < validation + testing)
        return QStringLiteral("testing");
    return QStringLiteral("training");
}

double expectedPercent(const QString& base)
{
    const quint64 maxWavs = (quint64(1) << 27) - 1;
    return double(hexMod(sha1Hex(base.toUtf8()), maxWavs + 1)) * (100.0 / double(maxWavs));
}

QString randomName(QRandomGenerator& rng)
{
    static const QString alphabet = QStringLiteral("0123456789abcdef");
    QString s;
    for (int i = 0; i < 8; ++i)
        s += alphabet.at(int(rng.bounded(16)));
    return s + QStringLiteral("_nohash_%1.wav").arg(rng.bounded(5));
}

} // namespace

class TestSpeechCommandsSplit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testSha1KnownAnswers();
    void hashBase_data();
    void hashBase();
    void matchesDefinition_data();
    void matchesDefinition();
    void goldenFromPython_data();
    void goldenFromPython();
    void sameSpeakerSameSplit();
    void stableWhenDatasetGrows();
    void distributionOverTenThousandNames();
    void splitNamesRoundTrip();
};

void TestSpeechCommandsSplit::testSha1KnownAnswers()
{
    QCOMPARE(sha1Hex(""), QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709"));
    QCOMPARE(sha1Hex("abc"), QStringLiteral("a9993e364706816aba3e25717850c26c9cd0d89d"));
    QCOMPARE(sha1Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
             QStringLiteral("84983e441c3bd26ebaae4aa1f95129e5e54670f1"));
    QCOMPARE(hexMod(QStringLiteral("ffffffff"), 1u << 27), quint64(0xffffffffu) & ((1u << 27) - 1));
}

void TestSpeechCommandsSplit::hashBase_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("base");
    QTest::newRow("plain") << "0a7c2a8d_nohash_0.wav"
                           << "0a7c2a8d";
    QTest::newRow("folder") << "yes/0a7c2a8d_nohash_1.wav"
                            << "0a7c2a8d";
    QTest::newRow("deep folder") << "a/b/c/spk_nohash_12.wav"
                                 << "spk";
    QTest::newRow("no nohash") << "yes/recording.wav"
                               << "recording.wav";
    QTest::newRow("nohash twice") << "x_nohash_y_nohash_2.wav"
                                  << "x";
    QTest::newRow("café") << "café_nohash_0.wav"
                          << "café";
    QTest::newRow("chinese") << "数据/说话人_nohash_3.wav"
                             << "说话人";
    QTest::newRow("emoji") << "🎤🎧_nohash_0.wav"
                           << "🎤🎧";
}

void TestSpeechCommandsSplit::hashBase()
{
    QFETCH(QString, path);
    QFETCH(QString, base);
    QCOMPARE(SpeechCommandsSplit::hashBase(path), base);
}

void TestSpeechCommandsSplit::matchesDefinition_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<double>("validation");
    QTest::addColumn<double>("testing");
    const QStringList names{QStringLiteral("0a7c2a8d_nohash_0.wav"),
                            QStringLiteral("yes/0a7c2a8d_nohash_1.wav"),
                            QStringLiteral("bed/004ae714_nohash_0.wav"),
                            QStringLiteral("three/ffd2ba2f_nohash_4.wav"),
                            QStringLiteral("café_nohash_0.wav"),
                            QStringLiteral("cafe\u0301_nohash_0.wav"),
                            QStringLiteral("说话人_nohash_3.wav"),
                            QStringLiteral("数据/语音/说话人甲_nohash_0.wav"),
                            QStringLiteral("🎤🎧_nohash_0.wav"),
                            QStringLiteral("emoji/😀.wav"),
                            QStringLiteral("no_marker_at_all.wav"),
                            QStringLiteral("dir/with space/na me.wav"),
                            QStringLiteral("Ünïcödé_nohash_9.flac"),
                            QStringLiteral("a"),
                            QStringLiteral(""),
                            QStringLiteral("x/y/z/_nohash_0.wav"),
                            QStringLiteral("ελληνικά_nohash_1.wav"),
                            QStringLiteral("русский/голос_nohash_2.wav")};
    for (const QString& n : names) {
        QTest::addRow("%s 10/10", qPrintable(n)) << n << 10.0 << 10.0;
        QTest::addRow("%s 20/5", qPrintable(n)) << n << 20.0 << 5.0;
        QTest::addRow("%s 50/50", qPrintable(n)) << n << 50.0 << 50.0;
    }
    QRandomGenerator rng(2024);
    for (int i = 0; i < 200; ++i) {
        const QString n = QStringLiteral("w%1/").arg(i % 7) + randomName(rng);
        QTest::addRow("random %d", i) << n << 10.0 << 10.0;
    }
}

void TestSpeechCommandsSplit::matchesDefinition()
{
    QFETCH(QString, path);
    QFETCH(double, validation);
    QFETCH(double, testing);
    SpeechCommandsSplit s;
    s.validationPercent = validation;
    s.testingPercent = testing;
    QCOMPARE(splitName(s.assign(path)), expectedSet(path, validation, testing));
    QCOMPARE(SpeechCommandsSplit::percentOf(path),
             expectedPercent(SpeechCommandsSplit::hashBase(path)));
    QVERIFY(SpeechCommandsSplit::percentOf(path) >= 0.0);
    QVERIFY(SpeechCommandsSplit::percentOf(path) <= 100.0);
}

// Golden values printed by Python 3 running which_set's own lines (hashlib.sha1,
// re.sub(r'_nohash_.*$', '', basename), int(hex, 16) % 2**27 * (100.0 / (2**27 - 1))).
void TestSpeechCommandsSplit::goldenFromPython_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<double>("percent");
    QTest::addColumn<QString>("set");
    QTest::newRow("spk0") << QStringLiteral("spk0_nohash_0.wav") << 34.747286399806185
                          << "training";
    QTest::newRow("spk5") << QStringLiteral("spk5_nohash_0.wav") << 1.080276080073983
                          << "validation";
    QTest::newRow("spk30") << QStringLiteral("spk30_nohash_0.wav") << 14.760483911339072
                           << "testing";
    QTest::newRow("yes/0a7c2a8d") << QStringLiteral("yes/0a7c2a8d_nohash_0.wav")
                                  << 56.836387193474074 << "training";
    QTest::newRow("café") << QStringLiteral("café_nohash_0.wav") << 80.22000178858639 << "training";
    QTest::newRow("chinese") << QStringLiteral("说话人_nohash_3.wav") << 66.74055655852375
                             << "training";
    QTest::newRow("emoji") << QStringLiteral("🎤🎧_nohash_0.wav") << 22.14825989416435 << "training";
    QTest::newRow("no nohash") << QStringLiteral("no/recording.wav") << 90.27824543623808
                               << "training";
    QTest::newRow("cyrillic") << QStringLiteral("русский/голос_nohash_2.wav") << 31.300973380364276
                              << "training";
}

void TestSpeechCommandsSplit::goldenFromPython()
{
    QFETCH(QString, path);
    QFETCH(double, percent);
    QFETCH(QString, set);
    QVERIFY(qAbs(SpeechCommandsSplit::percentOf(path) - percent) < 1e-9);
    QVERIFY(qAbs(expectedPercent(SpeechCommandsSplit::hashBase(path)) - percent) < 1e-9);
    QCOMPARE(splitName(SpeechCommandsSplit().assign(path)), set);
}

void TestSpeechCommandsSplit::sameSpeakerSameSplit()
{
    const SpeechCommandsSplit s;
    QRandomGenerator rng(7);
    for (int i = 0; i < 300; ++i) {
        const QString speaker = randomName(rng).section(QStringLiteral("_nohash_"), 0, 0);
        const Split first = s.assign(QStringLiteral("yes/%1_nohash_0.wav").arg(speaker));
        for (const char* word : {"no", "up", "down", "left"})
            for (int k = 0; k < 3; ++k)
                QCOMPARE(s.assign(QStringLiteral("%1/%2_nohash_%3.wav")
                                      .arg(QLatin1String(word), speaker)
                                      .arg(k)),
                         first);
    }
}

// Assignment is a function of the name alone: computing it with a larger dataset
// around (and in another order) gives every existing name the same split.
void TestSpeechCommandsSplit::stableWhenDatasetGrows()
{
    QRandomGenerator rng(99);
    QStringList names;
    for (int i = 0; i < 2000; ++i)
        names << QStringLiteral("c%1/").arg(i % 5) + randomName(rng);
    const SpeechCommandsSplit s;
    QHash<QString, Split> before;
    for (const QString& n : names)
        before.insert(n, s.assign(n));
    QStringList grown = names;
    for (int i = 0; i < 3000; ++i)
        grown << QStringLiteral("c%1/").arg(i % 9) + randomName(rng);
    std::reverse(grown.begin(), grown.end());
    QHash<QString, Split> after;
    for (const QString& n : grown)
        after.insert(n, s.assign(n));
    for (const QString& n : names)
        QCOMPARE(after.value(n), before.value(n));
}

void TestSpeechCommandsSplit::distributionOverTenThousandNames()
{
    QRandomGenerator rng(12345);
    const SpeechCommandsSplit s;
    int counts[3] = {0, 0, 0};
    const int n = 10000;
    for (int i = 0; i < n; ++i) {
        // Distinct speakers (a name without _nohash_ is its own base).
        const QString name = QStringLiteral("spk%1_%2.wav").arg(i).arg(rng.generate());
        ++counts[int(s.assign(name))];
    }
    // Binomial sd at p = 0.1, n = 10,000 is 30; allow about 4 sd.
    QVERIFY2(qAbs(counts[int(Split::Validation)] - 1000) < 120,
             qPrintable(QString::number(counts[1])));
    QVERIFY2(qAbs(counts[int(Split::Testing)] - 1000) < 120,
             qPrintable(QString::number(counts[2])));
    QVERIFY2(qAbs(counts[int(Split::Training)] - 8000) < 160,
             qPrintable(QString::number(counts[0])));
}

void TestSpeechCommandsSplit::splitNamesRoundTrip()
{
    for (Split s : {Split::Training, Split::Validation, Split::Testing}) {
        Split back = Split::Training;
        QVERIFY(parseSplit(splitName(s), &back));
        QCOMPARE(back, s);
    }
    Split out = Split::Validation;
    QVERIFY(!parseSplit(QStringLiteral("train"), &out));
    QVERIFY(!parseSplit(QString(), &out));
    QCOMPARE(out, Split::Validation);
}

QTEST_GUILESS_MAIN(TestSpeechCommandsSplit)
#include "test_speech_commands_split.moc"
