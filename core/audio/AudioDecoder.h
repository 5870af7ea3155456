#pragma once
// Decoding through libsndfile: WAV (8/16/24/32-bit int, float), FLAC, OGG/Vorbis,
// MP3 (libsndfile >= 1.1), AIFF, ... Errors come back as values naming the file
// and the reason (empty file, truncated, unknown format, lying header, ...).
// Thread-safety: stateless; call from any thread.

#include "audio/Signal.h"
#include "util/Result.h"

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
    // Header only (no sample data read).
    static Result<AudioInfo> probe(const QString& path);
    // The whole file as float samples.
    static Result<Signal> decode(const QString& path);
};

} // namespace tally
