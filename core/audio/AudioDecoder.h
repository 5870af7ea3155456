#pragma once
// Decoding through libsndfile: WAV (8/16/24/32-bit int, float), FLAC, OGG/Vorbis,
// MP3 (libsndfile >= 1.1), AIFF, ... Errors come back as values naming the file
// and the reason (empty file, truncated, unknown format, lying header, ...).
// Thread-safety: stateless; call from any thread.
//
// Truncation: a WAV/RF64/W64/AIFF/AIFC/AU/CAF whose data chunk claims more bytes than
// the file holds, and an Ogg file cut inside a page or before its end-of-stream page,
// are rejected ("truncated: header says N frames, file holds M"; audio/ContainerCheck.h),
// as is any file that yields fewer frames than its header promised (FLAC). MP3 frame
// counts are estimates, so MP3 returns what it could decode.
//
// Refused headers: 0 or more than kMaxChannels channels, a sample rate outside
// kMinRateHz..kMaxRateHz, 0 frames ("no audio"), a length that cannot be found or
// does not fit frames × channels in 64 bits. probe() and decode() refuse the same.

#include "audio/Signal.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace tally {

struct AudioInfo
{
    qint64 frames = 0;
    int rateHz = 0;
    int channels = 0;
    QString format; // e.g. "WAV PCM_16"
    double durationSec() const { return rateHz > 0 ? double(frames) / rateHz : 0.0; }
};

class AudioDecoder
{
public:
    static constexpr int kMinRateHz = 1;
    static constexpr int kMaxRateHz = 384000; // the highest rate audio interfaces record
    static constexpr int kMaxChannels = 1024; // libsndfile's own limit (SF_MAX_CHANNELS)

    // Header only (no sample data read).
    static Result<AudioInfo> probe(const QString& path);
    // The whole file as float samples (reads the file once, then decodeBytes).
    static Result<Signal> decode(const QString& path);

    // The same from a file's bytes already in memory (no copy is made), so a caller
    // can hash and decode one read. pathForErrors only names the file in errors.
    static Result<AudioInfo> probeBytes(const QByteArray& bytes, const QString& pathForErrors);
    static Result<Signal> decodeBytes(const QByteArray& bytes, const QString& pathForErrors);
};

} // namespace tally
