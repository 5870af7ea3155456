#pragma once
// The audio checks: what is measured from a decoded clip, and how the measures compare
// with a project's thresholds (quality/QualitySettings.h).
//
// measure() decodes nothing itself: it takes the signal and what the file's header said
// (rate, channels, the libsndfile format name for the bit depth) and returns the named
// values stored in quality_measures.measured:
//   rms_dbfs, peak_dbfs, clipped_share, dc_offset, duration_sec, rate_hz, channels,
//   bits (PCM bit depth; 0 = float or compressed), lufs_max (libebur128 momentary
//   maximum, -200 when the clip is shorter than the 400 ms window), edge_sec (distance
//   of the loudest window from the nearer end of the clip), snr_db (loudest window over
//   the quietest, capped at 120) -- and the Chromaprint fingerprint.
// evaluate() turns one clip's values into flags; nothing there decodes.
//
// Thread-safety: pure functions (the fingerprint uses thread-local state); any thread.

#include "audio/Signal.h"
#include "quality/AudioFingerprint.h"
#include "quality/QualitySettings.h"
#include "store/Flags.h"

#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace tally {

struct AudioMeasures
{
    QJsonObject values;
    AudioFingerprint fingerprint;
};

class AudioQuality
{
public:
    // 2: fingerprints resampled by a one-shot soxr call (aligned, exact length).
    static constexpr int kMeasureVersion = 2;
    static constexpr double kFloorDb = -200.0;

    // formatName: AudioInfo::format ("WAV PCM_16"); windowSec: truncated-event.window_sec.
    static AudioMeasures measure(const Signal& signal, const QString& formatName, double windowSec,
                                 bool withFingerprint = true);
    // PCM bit depth from a libsndfile format name ("WAV PCM_24" -> 24); 0 when none.
    static int bitsOf(const QString& formatName);
    // The flags of one clip among `checks` (the audio ones: see QualitySettings::checks).
    static void evaluate(qint64 sampleId, const QJsonObject& values, const QualitySettings& s,
                         const QStringList& checks, std::vector<FoundFlag>* out);
};

} // namespace tally
