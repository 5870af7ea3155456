#pragma once
// Header sanity checks libsndfile does not report as errors. libsndfile silently clips
// a data chunk that claims more bytes than the file holds to the file's length, which
// would pass a cut-off file as a shorter, valid one; these walk the container's own
// chunk headers and compare. Covered: RIFF/RIFX WAVE (and WAVE_FORMAT_EXTENSIBLE),
// RF64/BW64 (the ds64 sizes), Sony Wave64, AIFF and AIFC (NONE, sowt, twos, ulaw, alaw,
// fl32, fl64), Sun/NeXT AU, Apple CAF, and Ogg (the last page must end the file and
// carry the end-of-stream flag). A size of "unknown" (0 or all ones, as streaming
// recorders write) is accepted. Other containers are left to libsndfile and to the
// decoder's frame count check.
//
// Thread-safety: stateless.

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace tally::containercheck {

// Reads len bytes at offset (fewer at the end of the file, none past it).
using ByteSource = std::function<QByteArray(qint64 offset, int len)>;

// The reason ("truncated: header says N frames, file holds M", ...) when the file's
// container declares more audio than it holds; nullopt when it is consistent or not a
// container checked here.
std::optional<QString> checkDeclaredLength(const ByteSource& read, qint64 fileSize);

} // namespace tally::containercheck
