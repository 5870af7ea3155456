#pragma once
// What a sample record says about the audio itself, measured from a file: the SHA-1
// of the bytes as they are on disk and the statistics of their decoding. The
// importer and derived clips both store samples this way, so that a clip written
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

// The same record from the file at path. A file larger than
// kMeasureWholeFileLimitBytes is measured by measureAudioStreamed; smaller ones are
// read once and measured by measureAudioBytes, which is faster for short clips.
constexpr qint64 kMeasureWholeFileLimitBytes = 8 * 1024 * 1024;
Result<SampleRecord> measureAudioFile(const QString& path);

// Streamed: the hash over the file read in blocks, the statistics over its decoding
// in blocks (audio/AudioStream.h), so memory stays a few blocks whatever the file's
// length (a 1 GB WAV imports in well under 150 MB). Gives the same record as
// measureAudioBytes on the file's bytes (SignalStats::Accumulator is blockwise exact).
Result<SampleRecord> measureAudioStreamed(const QString& path);

} // namespace tally
