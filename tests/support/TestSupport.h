#pragma once
// Small fixtures shared by the test executables. Fixtures are made by code at
// test time; nothing binary is checked in.

#include "audio/Signal.h"
#include "store/SampleRecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace tally::test {

// A mono or multichannel sine: amplitude * sin(2*pi*freqHz*t + phase) on every channel.
Signal sine(double freqHz, double amplitude, int rateHz, qint64 frames, int channels = 1);
// Writes signal with libsndfile in any SF_FORMAT_* major|subtype combination (the
// tests' own encoder, independent of AudioWriter). Creates parent folders. Returns
// false on error, including a format this libsndfile cannot write.
bool writeSoundFile(const QString& path, const Signal& signal, int sndfileFormat);
// Writes a 16-bit PCM WAV (or float when floatFormat) with libsndfile. Returns false on error.
bool writeWav(const QString& path, const Signal& signal, bool floatFormat = false);
// A canonical 44-byte PCM WAV header with the given field values, which need not be
// consistent (for malformed inputs): byte rate and block align follow channels * bits.
QByteArray wavHeader(int channels, int rateHz, int bits, quint32 dataBytes);
// Writes raw bytes to a file (for malformed inputs). Creates parent folders.
bool writeBytes(const QString& path, const QByteArray& bytes);
// Writes a width × height image (a gradient with a dark rectangle, so that every file
// has different bytes when seed differs) in `format` ("png", "jpg", "bmp", "gif" as
// Qt can write them). Creates parent folders. Returns false on error.
bool writeImage(const QString& path, int width, int height, const char* format = "png",
                int seed = 0);
// Every file below folder (hidden ones too), relative to it, sorted.
QStringList filesBelow(const QString& folder);
// Every file below folder (hidden ones too) with a SHA-1 of its bytes, "path<TAB>hex",
// sorted: two equal lists mean two folders with the same files and contents.
QStringList folderState(const QString& folder);
// Entries beside folder (in its parent) whose names start with "." + its name +
// ".tally-": what an export stages, sets aside or locks there.
QStringList exportLeftovers(const QString& folder);
// An image sample record as an importer would make it: kind Image, the given stored
// path and size, and a content hash made from the path (unique per path).
SampleRecord imageRecord(const QString& storedPath, int width, int height);
// Path of the tally-cli executable under test (from the TALLY_CLI environment variable).
QString cliPath();

// The outcome of one tally-cli run. exitCode is -1 when the process did not start,
// crashed or did not finish in time.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    // stdout parsed as a JSON object (empty when it is not one).
    QJsonObject json() const;
};

// Runs cliPath() with `args`, writes `stdinData` to its stdin and closes it, and waits
// up to timeoutMs for it to finish. `workingDir` empty: the test's current folder.
CliRun runCli(const QStringList& args, const QByteArray& stdinData = {},
              const QString& workingDir = {}, int timeoutMs = 60000);

} // namespace tally::test
