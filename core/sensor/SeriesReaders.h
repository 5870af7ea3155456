#pragma once
// Parsers for vibration time series (shared/FORMATS.md, "NASA IMS bearing data set" and
// "Sensor CSV"). Text in, samples out: no files are opened here. An error's reason
// names the line (1-based); its path is empty, for the caller to fill with the file.
//
// IMS text: rows of numbers separated by tabs or spaces, no header, one row per frame;
// the first row fixes the channel count and every other row must have as many values.
// CRLF and trailing empty lines are accepted; an empty line with data after it is not.
//
// Sensor CSV (Edge Impulse layout): a header line, then comma-separated rows. The first
// column is the time, `timestamp` in milliseconds or `time` in seconds; every other
// column is a channel, named by its header. The rate is 1 / the median time step; the
// time must increase from row to row, and at least two rows are needed. A missing or
// non-numeric value, or one beyond a float's range, is an error naming its line and
// column; so are time steps whose rate is not finite and positive (a step of 1e-320 s).
// CRLF, a UTF-8 byte order mark and trailing empty lines are accepted.
//
// Numbers are read with std::from_chars in the C locale (a leading '+' is allowed);
// infinities and NaN are refused.

#include "util/Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QStringList>
#include <optional>
#include <vector>

namespace tally {

struct SeriesData
{
    int channels = 0;
    double rateHz = 0;
    std::vector<float> frames; // interleaved: frame f, channel c at f * channels + c
    QStringList channelNames;  // the CSV header's; empty for IMS text (it has none)
    QStringList warnings;      // translated; the data is usable

    qsizetype frameCount() const { return channels > 0 ? qsizetype(frames.size()) / channels : 0; }
    // One channel's samples, de-interleaved (empty if c is out of range).
    std::vector<float> channel(int c) const;
};

constexpr double kImsRateHz = 20000;      // as documented by IMS
constexpr int kImsSnapshotFrames = 20480; // rows per IMS snapshot file

// IMS text at rateHz. A row count other than kImsSnapshotFrames is a warning.
Result<SeriesData> parseImsText(QByteArrayView text, double rateHz = kImsRateHz);

Result<SeriesData> parseSensorCsv(QByteArrayView text);

// The time stamp an IMS file is named by, `YYYY.MM.DD.HH.MM.SS` (2004.02.12.10.32.39);
// folders before the name are ignored. The file's own clock, taken as UTC so that no
// local time zone or daylight-saving rule shifts it. nullopt if the name has another
// shape or is no real date and time.
std::optional<QDateTime> imsTimestamp(const QString& fileName);

} // namespace tally
