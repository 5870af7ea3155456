#pragma once
// What a sample record says about the audio itself, measured from a file's bytes:
// the SHA-1 of the bytes as they are on disk and the statistics of their decoding.
// The importer and derived clips both store samples this way, so that a clip written
// by Tally gets the same record an import of that file would give it.
//
// Thread-safety: stateless; call from any thread.

#include "store/SampleRecord.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace tally {

// Decodes `bytes` once and fills contentHash (hex SHA-1 of `bytes`), durationSec,
// rateHz, channels, frames, rmsDbfs, peak and clippedFraction; every other field is
// left at its default for the caller. A decoding error names pathForErrors.
Result<SampleRecord> measureAudioBytes(const QByteArray& bytes, const QString& pathForErrors);

} // namespace tally
