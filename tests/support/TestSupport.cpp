#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <cmath>
#include <sndfile.h>

namespace tally::test {

Signal sine(double freqHz, double amplitude, int rateHz, qint64 frames, int channels)
{
    Signal s;
    s.rateHz = rateHz;
    s.channels = channels;
    s.samples.resize(size_t(frames * channels));
    for (qint64 f = 0; f < frames; ++f) {
        const float v = float(amplitude * std::sin(2.0 * M_PI * freqHz * double(f) / rateHz));
        for (int c = 0; c < channels; ++c)
            s.samples[size_t(f * channels + c)] = v;
    }
    return s;
}

bool writeSoundFile(const QString& path, const Signal& signal, int sndfileFormat)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    SF_INFO info{};
    info.samplerate = signal.rateHz;
    info.channels = signal.channels;
    info.format = sndfileFormat;
    SNDFILE* f = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!f)
        return false;
    const sf_count_t n = sf_writef_float(f, signal.samples.data(), signal.frames());
    sf_close(f);
    return n == signal.frames();
}

bool writeWav(const QString& path, const Signal& signal, bool floatFormat)
{
    return writeSoundFile(path, signal,
                          SF_FORMAT_WAV | (floatFormat ? SF_FORMAT_FLOAT : SF_FORMAT_PCM_16));
}

QByteArray wavHeader(int channels, int rateHz, int bits, quint32 dataBytes)
{
    QByteArray h;
    auto u32 = [&h](quint32 v) {
        for (int i = 0; i < 4; ++i)
            h.append(char((v >> (8 * i)) & 0xff));
    };
    auto u16 = [&h](quint16 v) {
        h.append(char(v & 0xff));
        h.append(char(v >> 8));
    };
    const int block = channels * bits / 8;
    h += "RIFF";
    u32(36 + dataBytes);
    h += "WAVE";
    h += "fmt ";
    u32(16);
    u16(1);
    u16(quint16(channels));
    u32(quint32(rateHz));
    u32(quint32(rateHz * block));
    u16(quint16(block));
    u16(quint16(bits));
    h += "data";
    u32(dataBytes);
    return h;
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

bool writeImage(const QString& path, int width, int height, const char* format, int seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y,
                           qRgb((x * 255) / std::max(1, width), (y * 255) / std::max(1, height),
                                (seed * 37) & 0xff));
    for (int y = height / 4; y < height / 2; ++y)
        for (int x = width / 4; x < width / 2; ++x)
            image.setPixel(x, y, qRgb(20, 20, 20));
    QDir().mkpath(QFileInfo(path).absolutePath());
    return image.save(path, format);
}

QStringList filesBelow(const QString& folder)
{
    QStringList out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(folder).relativeFilePath(it.next());
    out.sort();
    return out;
}

QStringList folderState(const QString& folder)
{
    QStringList out;
    for (const QString& rel : filesBelow(folder)) {
        QFile f(QDir(folder).filePath(rel));
        if (!f.open(QIODevice::ReadOnly)) {
            out << rel + QStringLiteral("\tunreadable");
            continue;
        }
        out << rel + u'\t' +
                   QString::fromLatin1(
                       QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1).toHex());
    }
    return out;
}

QStringList exportLeftovers(const QString& folder)
{
    const QFileInfo info(folder);
    return QDir(info.path())
        .entryList({u'.' + info.fileName() + QStringLiteral(".tally-*")},
                   QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

SampleRecord imageRecord(const QString& storedPath, int width, int height)
{
    SampleRecord r;
    r.path = storedPath;
    r.kind = SampleKind::Image;
    r.contentHash = QStringLiteral("hash-") + storedPath;
    r.width = width;
    r.height = height;
    return r;
}

QString cliPath()
{
    return qEnvironmentVariable("TALLY_CLI");
}

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliRun runCli(const QStringList& args, const QByteArray& stdinData, const QString& workingDir,
              int timeoutMs)
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(cliPath(), args);
    CliRun r;
    if (!p.waitForStarted())
        return r;
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace tally::test
