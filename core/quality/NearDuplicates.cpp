#include "quality/NearDuplicates.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace tally {

namespace {

// An entry: the table and key in the upper 32 bits, the item in the lower 32.
inline uint64_t entry(uint32_t tableKey, uint32_t item)
{
    return (uint64_t(tableKey) << 32) | item;
}

// Candidate pairs (a < b, packed a << 32 | b) of every bucket of sorted entries.
std::vector<uint64_t> candidates(std::vector<uint64_t>& entries, NearSearchStats* stats)
{
    std::sort(entries.begin(), entries.end());
    std::vector<uint64_t> pairs;
    size_t i = 0;
    while (i < entries.size()) {
        size_t j = i + 1;
        while (j < entries.size() && (entries[j] >> 32) == (entries[i] >> 32))
            ++j;
        if (j - i > size_t(NearDuplicates::kMaxBucket)) {
            if (stats)
                ++stats->skippedBuckets;
        } else {
            for (size_t x = i; x < j; ++x)
                for (size_t y = x + 1; y < j; ++y) {
                    const uint32_t a = uint32_t(entries[x]);
                    const uint32_t b = uint32_t(entries[y]);
                    if (a != b)
                        pairs.push_back(entry(std::min(a, b), std::max(a, b)));
                }
        }
        i = j;
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    if (stats)
        stats->candidates += qint64(pairs.size());
    return pairs;
}

// Scoped search: keeps only the entries whose key an item in scope has (whole buckets,
// so the bucket-size rule sees the same sizes as the whole search).
void keepScopedKeys(std::vector<uint64_t>& entries, const std::vector<char>* inScope)
{
    if (!inScope)
        return;
    std::vector<uint32_t> keys;
    for (const uint64_t e : entries)
        if ((*inScope)[uint32_t(e)])
            keys.push_back(uint32_t(e >> 32));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::erase_if(entries, [&](uint64_t e) {
        return !std::binary_search(keys.begin(), keys.end(), uint32_t(e >> 32));
    });
}

bool pairInScope(uint64_t pair, const std::vector<char>* inScope)
{
    return !inScope || (*inScope)[pair >> 32] || (*inScope)[uint32_t(pair)];
}

} // namespace

std::vector<NearPair> NearDuplicates::audio(const std::vector<AudioFingerprint>& fps,
                                            double maxBitErrorRate, int maxShift,
                                            NearSearchStats* stats,
                                            const std::vector<char>* inScope)
{
    // Bits taken from each of the two sub-fingerprints: 12 (24-bit keys) up to ~100k clips,
    // more as the set grows so that a key's bucket stays small (about one clip in 16 keys)
    // and the candidates grow linearly, not with the square of the clips.
    const double keyCount = std::max(1.0, 22.0 * double(fps.size()));
    const int bits = std::clamp(int(std::ceil((std::log2(keyCount) + 4.0) / 2.0)), 12, 16);
    const uint32_t mask = (1u << bits) - 1u;
    std::vector<uint64_t> entries;
    for (size_t item = 0; item < fps.size(); ++item) {
        const AudioFingerprint& fp = fps[item];
        for (size_t i = 0; i + 1 < fp.bits.size(); ++i) {
            if (!fp.loud[i] || !fp.loud[i + 1])
                continue;
            const uint32_t x = fp.bits[i];
            const uint32_t y = fp.bits[i + 1];
            const uint32_t high = ((x >> (32 - bits)) << bits) | (y >> (32 - bits));
            const uint32_t low = (((x >> 4) & mask) << bits) | ((y >> 4) & mask);
            entries.push_back(entry(high, uint32_t(item)));
            entries.push_back(entry(low | (1u << 31), uint32_t(item)));
        }
    }
    if (stats)
        stats->keys += qint64(entries.size());
    keepScopedKeys(entries, inScope);
    const std::vector<uint64_t> pairs = candidates(entries, stats);
    std::vector<NearPair> out;
    for (const uint64_t p : pairs) {
        if (!pairInScope(p, inScope))
            continue;
        const int a = int(p >> 32);
        const int b = int(uint32_t(p));
        const FingerprintMatch m =
            AudioFingerprinter::compare(fps[size_t(a)], fps[size_t(b)], maxShift);
        if (m.bitErrorRate <= maxBitErrorRate)
            out.push_back(NearPair{a, b, m.bitErrorRate, m.offset});
    }
    return out;
}

std::vector<NearPair> NearDuplicates::images(const std::vector<uint64_t>& hashes, int maxBits,
                                             NearSearchStats* stats,
                                             const std::vector<char>* inScope)
{
    std::vector<uint64_t> entries;
    entries.reserve(hashes.size() * 4);
    for (size_t item = 0; item < hashes.size(); ++item)
        for (uint32_t quarter = 0; quarter < 4; ++quarter)
            entries.push_back(
                entry((quarter << 16) | uint32_t((hashes[item] >> (16 * quarter)) & 0xFFFF),
                      uint32_t(item)));
    if (stats)
        stats->keys += qint64(entries.size());
    keepScopedKeys(entries, inScope);
    std::vector<NearPair> out;
    for (const uint64_t p : candidates(entries, stats)) {
        if (!pairInScope(p, inScope))
            continue;
        const int a = int(p >> 32);
        const int b = int(uint32_t(p));
        const int bits = std::popcount(hashes[size_t(a)] ^ hashes[size_t(b)]);
        if (bits <= maxBits)
            out.push_back(NearPair{a, b, double(bits), 0});
    }
    return out;
}

} // namespace tally
