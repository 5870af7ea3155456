#pragma once
// The entry points the fuzzers (fuzz/fuzz_target.cpp, libFuzzer) and the replay test
// (tests/core/test_fuzz_replay.cpp, no libFuzzer) run an input through: one per reader.
// Each feeds the bytes to the reader the way an import does and checks what a reader
// promises: it returns, and what it returns is a clean error (a path and a reason; for
// the in-memory series readers a reason and no path, which their caller fills) or a
// result within its contract (a decoded signal of the header's shape, boxes inside
// their image, label times in order, series of whole frames of finite values at a
// finite positive rate, ...). Returns an empty string when the input kept every
// promise, else what was broken (the fuzzer aborts on it, the test fails).
//
// Readers that only take a path get the bytes through files in a private temporary
// folder; the rest are called on the bytes in memory. Not thread-safe (one input at a
// time, as libFuzzer runs them).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tally::fuzz {

// "audio", "coco", "voc", "yolo", "common-voice", "audacity", "series" (IMS text and
// sensor CSV, sensor/SeriesReaders.h).
QStringList targetNames();

// Runs bytes through target's reader; empty = every promise kept.
QString runTarget(const QString& target, const QByteArray& bytes);

} // namespace tally::fuzz
