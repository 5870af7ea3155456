#include "formats/SampleMeasure.h"

#include "audio/AudioDecoder.h"
#include "audio/SignalStats.h"

#include <QCryptographicHash>

namespace tally {

Result<SampleRecord> measureAudioBytes(const QByteArray& bytes, const QString& pathForErrors)
{
    const Result<Signal> decoded = AudioDecoder::decodeBytes(bytes, pathForErrors);
    if (!decoded)
        return decoded.error();
    const Signal& s = decoded.value();
    const SignalStats stats = SignalStats::of(s);
    SampleRecord r;
    r.contentHash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    r.durationSec = s.durationSec();
    r.rateHz = s.rateHz;
    r.channels = s.channels;
    r.frames = s.frames();
    r.rmsDbfs = stats.rmsDbfs;
    r.peak = stats.peak;
    r.clippedFraction = stats.clippedFraction;
    return r;
}

} // namespace tally
