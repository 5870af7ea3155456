#pragma once
// Small fixtures shared by the test executables. Fixtures are made by code at
// test time; nothing binary is checked in.

#include "audio/Signal.h"

#include <QString>

#include <vector>

namespace tally::test {

// A mono or multichannel sine: amplitude * sin(2*pi*freqHz*t + phase) on every channel.
Signal sine(double freqHz, double amplitude, int rateHz, qint64 frames, int channels = 1);
// Writes a 16-bit PCM WAV (or float when floatFormat) with libsndfile. Returns false on error.
bool writeWav(const QString& path, const Signal& signal, bool floatFormat = false);
// Writes raw bytes to a file (for malformed inputs). Creates parent folders.
bool writeBytes(const QString& path, const QByteArray& bytes);
// Path of the tally-cli executable under test (from the TALLY_CLI environment variable).
QString cliPath();

} // namespace tally::test
