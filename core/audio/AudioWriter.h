#pragma once
// Writes a Signal as a WAV file through libsndfile, atomically: the file is built
// in memory, written to a temporary file beside the target and renamed over it
// (QSaveFile), so a reader never sees a half-written WAV and a failure leaves any
// previous file untouched.
// Samples outside [-1, 1] are clipped for the integer subtypes (libsndfile's
// SFC_SET_CLIPPING), kept as they are for FLOAT.
// Thread-safety: stateless; call from any thread (distinct paths).

#include "audio/Signal.h"
#include "util/Result.h"

#include <QString>

namespace tally {

enum class WavSubtype
{
    Pcm16,
    Pcm24,
    Float
};

class AudioWriter
{
public:
    static Status writeWav(const QString& path, const Signal& signal,
                           WavSubtype subtype = WavSubtype::Pcm16);
};

} // namespace tally
