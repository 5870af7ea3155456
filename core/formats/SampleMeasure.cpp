#include "formats/SampleMeasure.h"

#include "audio/AudioDecoder.h"
#include "audio/AudioStream.h"
#include "audio/SignalStats.h"

#include <QCryptographicHash>
#include <QFile>

namespace tally {
namespace {

SampleRecord recordOf(const AudioInfo& info, const SignalStats& stats, const QByteArray& sha1)
{
    SampleRecord r;
    r.contentHash = QString::fromLatin1(sha1.toHex());
    r.durationSec = info.durationSec();
    r.rateHz = info.rateHz;
    r.channels = info.channels;
    r.frames = info.frames;
    r.rmsDbfs = stats.rmsDbfs;
    r.peak = stats.peak;
    r.clippedFraction = stats.clippedFraction;
    return r;
}

// SHA-1 of the file's bytes, read in blocks by QCryptographicHash.
Result<QByteArray> hashFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{path, QStringLiteral("cannot open: %1").arg(f.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    if (!hash.addData(&f) || f.error() != QFileDevice::NoError)
        return Error{path, QStringLiteral("cannot read: %1").arg(f.errorString())};
    return hash.result();
}

} // namespace

Result<SampleRecord> measureAudioBytes(const QByteArray& bytes, const QString& pathForErrors)
{
    const Result<Signal> decoded = AudioDecoder::decodeBytes(bytes, pathForErrors);
    if (!decoded)
        return decoded.error();
    const Signal& s = decoded.value();
    AudioInfo info;
    info.frames = s.frames();
    info.rateHz = s.rateHz;
    info.channels = s.channels;
    return recordOf(info, SignalStats::of(s),
                    QCryptographicHash::hash(bytes, QCryptographicHash::Sha1));
}

Result<SampleRecord> measureAudioFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error{path, QStringLiteral("file not found")};
    if (file.size() > kMeasureWholeFileLimitBytes)
        return measureAudioStreamed(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, QStringLiteral("cannot open: %1").arg(file.errorString())};
    return measureAudioBytes(file.readAll(), path);
}

Result<SampleRecord> measureAudioStreamed(const QString& path)
{
    SignalStats::Accumulator stats;
    const Result<AudioInfo> info =
        AudioStream::forEachBlock(path, [&](const float* x, qint64 frames, int channels) {
            stats.add(x, frames * channels);
            return true;
        });
    if (!info)
        return info.error();
    const Result<QByteArray> sha1 = hashFile(path);
    if (!sha1)
        return sha1.error();
    return recordOf(info.value(), stats.result(), sha1.value());
}

} // namespace tally
