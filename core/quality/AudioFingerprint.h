#pragma once
// Audio fingerprints for near-duplicate search, made with Chromaprint (libchromaprint).
//
// Chromaprint is built for songs: its sub-fingerprints come every 93 ms (algorithm TEST5)
// and each needs ~20 frames of context, so a 1 s clip gives none. We therefore feed the
// clip as if played 4x slower: resampled to 44.1 kHz (libsoxr) and handed to Chromaprint
// as 11.025 kHz audio. Pitch drops by exactly two octaves, which chroma features ignore,
// and the hop becomes 23.2 ms of the real clip, so a 1 s clip gives ~23 sub-fingerprints
// of 32 bits, each summarising ~0.5 s around it. Every clip goes through the same path,
// so fingerprints of files at any sample rate compare.
//
// Silence gives the same sub-fingerprints in every clip, so each sub-fingerprint has a
// loud flag: the RMS of the stretch of the clip it summarises is at least kLoudDbfs.
// Only positions loud in both clips are compared.
//
// compare() slides one fingerprint over the other by up to maxShift positions (a shift
// of tens of milliseconds, a few cut at either end) and gives the lowest bit error rate
// over the loud positions both have (at least kMinOverlap of them).
//
// Thread-safety: fingerprint() uses a Chromaprint context and a resampler of the calling
// thread (thread_local), so any thread may call it; compare() is pure.

#include "audio/Signal.h"

#include <QByteArray>
#include <cstdint>
#include <vector>

namespace tally {

struct AudioFingerprint
{
    std::vector<uint32_t> bits; // sub-fingerprints, one per kHopSec of the clip
    std::vector<uint8_t> loud;  // 1: compare this position
    int loudCount() const;

    QByteArray bitsBytes() const; // little-endian uint32 each
    QByteArray loudBytes() const;
    static AudioFingerprint fromBytes(const QByteArray& bits, const QByteArray& loud);
};

struct FingerprintMatch
{
    double bitErrorRate = 1.0; // 0 = identical; unrelated audio ~0.5
    int offset = 0;            // b's position = a's position + offset
    int overlap = 0;           // loud positions compared
};

class AudioFingerprinter
{
public:
    static constexpr double kHopSec = 1024.0 / 44100.0;   // 23.2 ms
    static constexpr double kSpanSec = 21504.0 / 44100.0; // what one sub-fingerprint covers
    static constexpr double kLoudDbfs = -50.0;
    static constexpr int kMinOverlap = 6;

    // Empty when the clip is too short for any sub-fingerprint (under ~0.49 s).
    static AudioFingerprint fingerprint(const Signal& signal);
    // The best alignment within +-maxShift positions; bitErrorRate 1 when no alignment
    // has kMinOverlap loud positions in common.
    static FingerprintMatch compare(const AudioFingerprint& a, const AudioFingerprint& b,
                                    int maxShift);
};

} // namespace tally
