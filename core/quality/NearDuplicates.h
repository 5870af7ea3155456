#pragma once
// Near-duplicate search that does not compare all pairs.
//
// Audio: every two consecutive loud sub-fingerprints give two keys (the top b bits of
// each, and bits 4..4+b of each: two tables, as in multi-index hashing), b = 12 up to
// ~100k clips and growing with log2 of the set (up to 16) so that buckets stay small. The
// keys of all clips are sorted together (one radix-friendly 64-bit sort, no hash
// table); clips that share a key are candidates, and each candidate pair is verified
// with AudioFingerprinter::compare() over the alignments within +-maxShift. A key that
// more than kMaxBucket clips share (a steady hum, a common vowel) says little and is
// skipped. Cost grows with the number of keys (n log n) plus the candidates, which
// stay near-linear in n for unrelated audio.
//
// Images: 64-bit perceptual hashes, four tables of 16-bit quarters (two hashes within
// 3 bits always share a quarter; those further apart when one quarter agrees), each
// candidate verified by its Hamming distance.
//
// Scoped (inScope given, one flag per item): only the pairs with at least one item in
// scope are searched and returned, the same pairs (and distances) the whole search finds
// among those. The keys of the items in scope are collected first and only the entries
// sharing one are sorted, so a few new clips against a million stored ones cost one
// linear pass over the keys, not a sort of all of them.
//
// Thread-safety: pure functions; call from any thread.

#include "quality/AudioFingerprint.h"

#include <cstdint>
#include <vector>

namespace tally {

// Items i < j found alike; distance is the bit error rate (audio) or differing bits
// (images).
struct NearPair
{
    int a = 0;
    int b = 0;
    double distance = 0.0;
    int offset = 0; // audio: b's position = a's + offset
};

struct NearSearchStats
{
    qint64 keys = 0;
    qint64 candidates = 0; // distinct pairs verified
    qint64 skippedBuckets = 0;
};

class NearDuplicates
{
public:
    static constexpr int kMaxBucket = 64;

    static std::vector<NearPair> audio(const std::vector<AudioFingerprint>& fingerprints,
                                       double maxBitErrorRate, int maxShift,
                                       NearSearchStats* stats = nullptr,
                                       const std::vector<char>* inScope = nullptr);
    static std::vector<NearPair> images(const std::vector<uint64_t>& hashes, int maxBits,
                                        NearSearchStats* stats = nullptr,
                                        const std::vector<char>* inScope = nullptr);
};

} // namespace tally
