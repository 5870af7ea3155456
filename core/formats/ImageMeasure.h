#pragma once
// What a sample record says about an image, measured from a file's bytes without
// decoding its pixels: the SHA-1 of the bytes, the width and height its header gives
// (QImageReader::size() on the bytes), and a check that the file is whole (PNG: its
// chunks fit and IEND is there; JPEG: ends with the EOI marker; GIF: ends with the
// trailer; BMP: as long as its header says; WebP: as long as its RIFF header says).
//
// Thread-safety: stateless; call from any thread.

#include "store/SampleRecord.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace tally {

// Fills contentHash (hex SHA-1 of `bytes`), kind (Image), width and height; every
// other field is left at its default for the caller. A file Qt cannot read a size
// from, or one cut short, is an Error naming pathForErrors and the reason.
Result<SampleRecord> measureImageBytes(const QByteArray& bytes, const QString& pathForErrors);

} // namespace tally
