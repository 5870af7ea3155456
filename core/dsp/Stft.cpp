#include "dsp/Stft.h"

#include "dsp/MelFilterbank.h"

#include <QRunnable>
#include <QSemaphore>
#include <QThreadPool>
#include <kiss_fftr.h>

#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <bit>
#include <cfloat>
#include <cstdint>
#include <cstring>

namespace tally {
namespace {

// 10*log10(max(p, 1e-10)) without libm: p = 2^k * m with m in [sqrt(1/2), sqrt(2)),
// ln m = 2 atanh(s), s = (m-1)/(m+1), |s| <= 0.1716, by its odd series to s^7
// (truncation < 3e-8 nats, i.e. < 2e-7 dB; float rounding adds ~1e-5 dB at most).
// Written once for float and once for GCC vectors of 4 floats (SSE2 on x86-64,
// NEON on ARM), which GCC's -O2 does not vectorise from the scalar loop.
#if defined(__linux__)
#ifdef MADV_POPULATE_WRITE
constexpr int kMadvPopulateWrite = MADV_POPULATE_WRITE;
#else
constexpr int kMadvPopulateWrite = 23; // Linux >= 5.14; older kernels return EINVAL
#endif
#endif

constexpr float kDbPerOctave = 3.0102999566398120f; // 10*log10(2)
constexpr float kDbPerNat = 4.3429448190325183f;    // 10/ln(10)
constexpr float kFloorPower = 1e-10f;
constexpr uint32_t kSqrtHalfBits = 0x3f3504f3u; // bits of sqrt(1/2)

template <typename F> inline F lnMantissaSeries(F m)
{
    const F s = (m - 1.0f) / (m + 1.0f);
    const F s2 = s * s;
    return 2.0f * s * (1.0f + s2 * (1.0f / 3 + s2 * (1.0f / 5 + s2 * (1.0f / 7))));
}

inline float fastDb(float p)
{
    p = p > kFloorPower ? p : kFloorPower; // also maps NaN to the floor
    p = p < FLT_MAX ? p : FLT_MAX;
    uint32_t bits = std::bit_cast<uint32_t>(p);
    bits += 0x3f800000u - kSqrtHalfBits; // so the exponent rolls over at sqrt(2)
    const int k = int(bits >> 23) - 0x7f;
    const float m = std::bit_cast<float>((bits & 0x007fffffu) + kSqrtHalfBits);
    return float(k) * kDbPerOctave + lnMantissaSeries(m) * kDbPerNat;
}

#if defined(__GNUC__) && !defined(__clang__)
#define TALLY_GCC_VECTORS 1
using V4f = float __attribute__((vector_size(16)));
using V4u = uint32_t __attribute__((vector_size(16)));
using V4i = int32_t __attribute__((vector_size(16)));

inline V4f load4(const float* p)
{
    V4f v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

inline void store4(float* p, V4f v)
{
    std::memcpy(p, &v, sizeof v);
}

inline V4f fastDb4(V4f p)
{
    p = p > kFloorPower ? p : V4f{} + kFloorPower;
    p = p < FLT_MAX ? p : V4f{} + FLT_MAX;
    V4u bits = reinterpret_cast<V4u>(p) + (0x3f800000u - kSqrtHalfBits);
    const V4i k = reinterpret_cast<V4i>(bits >> 23) - 0x7f;
    const V4f m = reinterpret_cast<V4f>((bits & 0x007fffffu) + kSqrtHalfBits);
    return __builtin_convertvector(k, V4f) * kDbPerOctave + lnMantissaSeries(m) * kDbPerNat;
}
#endif

// Windowed copy: out[i] = x[i] * w[i].
void applyWindow(const float* x, const float* w, float* out, int n)
{
    int i = 0;
#ifdef TALLY_GCC_VECTORS
    for (; i + 4 <= n; i += 4)
        store4(out + i, load4(x + i) * load4(w + i));
#endif
    for (; i < n; ++i)
        out[i] = x[i] * w[i];
}

// |X[b]|^2 from KissFFT's interleaved (r, i) output.
void magnitudeSquared(const kiss_fft_cpx* spec, float* power, int bins)
{
    int b = 0;
#ifdef TALLY_GCC_VECTORS
    static_assert(sizeof(kiss_fft_cpx) == 2 * sizeof(float));
    const float* ri = reinterpret_cast<const float*>(spec);
    for (; b + 4 <= bins; b += 4) {
        const V4f a = load4(ri + 2 * b);
        const V4f c = load4(ri + 2 * b + 4);
        const V4f a2 = a * a, c2 = c * c;
        store4(power + b, __builtin_shuffle(a2, c2, V4i{0, 2, 4, 6}) +
                              __builtin_shuffle(a2, c2, V4i{1, 3, 5, 7}));
    }
#endif
    for (; b < bins; ++b)
        power[b] = spec[b].r * spec[b].r + spec[b].i * spec[b].i;
}

// Runs work() on the calling thread and on up to workers-1 tasks of `pool`; work()
// pulls its own pieces until none are left. Tasks the pool has not started by the
// time the caller runs out of work are taken back, so a busy pool never stalls us.
// Started tasks are deleted by the pool (autoDelete), taken-back ones here.
template <typename Work> void runOnWorkers(QThreadPool* pool, int workers, Work&& work)
{
    QSemaphore finished;
    std::vector<QRunnable*> tasks;
    for (int i = 1; i < workers; ++i) {
        tasks.push_back(QRunnable::create([&] {
            work();
            finished.release();
        }));
        pool->start(tasks.back());
    }
    work();
    int started = 0;
    for (QRunnable* task : tasks) {
        if (pool->tryTake(task))
            delete task;
        else
            ++started;
    }
    finished.acquire(started);
}

// Sizes `v` to n zeros. A big spectrogram (an hour is ~370 MB) otherwise spends a
// fifth of its time in page faults while std::vector zero-fills it on one thread; on
// Linux the workers first populate the reserved pages in slices, one system call each
// (a hint: older kernels answer EINVAL and the faults happen in resize() as before).
void resizeZeroed(std::vector<float>& v, size_t n, QThreadPool* pool, int workers)
{
#if defined(__linux__)
    constexpr size_t kPopulateMinBytes = size_t(64) << 20;
    constexpr size_t kSliceBytes = size_t(8) << 20;
    const size_t bytes = n * sizeof(float);
    if (bytes >= kPopulateMinBytes && v.capacity() < n) {
        v.reserve(n);
        const uintptr_t page = uintptr_t(sysconf(_SC_PAGESIZE));
        const uintptr_t begin = (uintptr_t(v.data()) + page - 1) & ~(page - 1);
        const uintptr_t end = (uintptr_t(v.data()) + bytes) & ~(page - 1);
        const qint64 slices = qint64((end - qMin(begin, end) + kSliceBytes - 1) / kSliceBytes);
        std::atomic<qint64> next{0};
        runOnWorkers(pool, int(qMin<qint64>(workers, slices)), [&] {
            for (qint64 i = next++; i < slices; i = next++) {
                const uintptr_t from = begin + uintptr_t(i) * kSliceBytes;
                const uintptr_t to = qMin(end, from + kSliceBytes);
                madvise(reinterpret_cast<void*>(from), to - from, kMadvPopulateWrite);
            }
        });
    }
#else
    Q_UNUSED(pool);
    Q_UNUSED(workers);
#endif
    v.resize(n);
}

} // namespace

struct StftEngine::Impl
{
    kiss_fftr_cfg cfg = nullptr; // null when the parameters are invalid
    std::vector<float> window;
    std::vector<float> windowed;
    std::vector<kiss_fft_cpx> spectrum;
    std::vector<float> power;
    std::unique_ptr<MelFilterbank> mel;
    std::vector<float> bands;

    ~Impl()
    {
        if (cfg)
            kiss_fftr_free(cfg);
    }
};

StftEngine::StftEngine(const StftParams& params) : m_params(params), m_impl(new Impl)
{
    const int nFft = qMax(params.nFft, 0);
    const int bins = nFft / 2 + 1;
    m_impl->window = makeWindow(params.window, nFft);
    m_impl->windowed.assign(size_t(nFft), 0.0f);
    m_impl->spectrum.assign(size_t(bins), kiss_fft_cpx{0.0f, 0.0f});
    m_impl->power.assign(size_t(bins), 0.0f);
    if (!isValidStftParams(params))
        return;
    m_impl->cfg = kiss_fftr_alloc(nFft, 0, nullptr, nullptr);
    if (params.melBands > 0) {
        m_impl->mel = std::make_unique<MelFilterbank>(params.melBands, nFft, params.rateHz);
        m_impl->bands.assign(size_t(params.melBands), 0.0f);
    }
}

StftEngine::~StftEngine() = default;

int StftEngine::outputBins() const
{
    return m_params.melBands > 0 ? m_params.melBands : qMax(m_params.nFft, 0) / 2 + 1;
}

void StftEngine::power(const float* frame, float* powerOut)
{
    const int bins = int(m_impl->power.size());
    if (!m_impl->cfg) { // invalid parameters: silence
        std::fill(powerOut, powerOut + bins, 0.0f);
        return;
    }
    applyWindow(frame, m_impl->window.data(), m_impl->windowed.data(), m_params.nFft);
    kiss_fftr(m_impl->cfg, m_impl->windowed.data(), m_impl->spectrum.data());
    magnitudeSquared(m_impl->spectrum.data(), powerOut, bins);
}

void StftEngine::frameDb(const float* frame, float* dbOut)
{
    if (m_impl->mel) {
        power(frame, m_impl->power.data());
        m_impl->mel->apply(m_impl->power.data(), m_impl->bands.data());
        powerToDb(m_impl->bands.data(), dbOut, outputBins());
    } else {
        // Power straight into the output row, then dB in place.
        power(frame, dbOut);
        powerToDb(dbOut, dbOut, outputBins());
    }
}

void powerToDb(const float* power, float* db, int n)
{
    int i = 0;
#ifdef TALLY_GCC_VECTORS
    for (; i + 4 <= n; i += 4)
        store4(db + i, fastDb4(load4(power + i)));
#endif
    for (; i < n; ++i)
        db[i] = fastDb(power[i]);
}

bool isValidStftParams(const StftParams& params, QString* reason)
{
    QString why;
    if (params.nFft < 2 || params.nFft % 2 != 0)
        why = QStringLiteral("n_fft must be an even number >= 2 (got %1)").arg(params.nFft);
    else if (params.hop < 1)
        why = QStringLiteral("hop must be >= 1 (got %1)").arg(params.hop);
    else if (params.melBands < 0)
        why = QStringLiteral("mel bands must be >= 0 (got %1)").arg(params.melBands);
    else if (params.melBands > 0 && !(params.rateHz > 0))
        why = QStringLiteral("the sample rate must be > 0 for the mel scale");
    if (reason)
        *reason = why;
    return why.isEmpty();
}

qint64 stftFrameCount(qint64 n, int nFft, int hop)
{
    if (nFft < 1 || hop < 1 || n < nFft)
        return 0;
    return 1 + (n - nFft) / hop;
}

Spectrogram computeSpectrogram(const float* mono, qint64 n, const StftParams& params,
                               const std::atomic_bool* cancel)
{
    return computeSpectrogram(mono, n, params, 0, cancel);
}

Spectrogram computeSpectrogram(const float* mono, qint64 n, const StftParams& params, int threads,
                               const std::atomic_bool* cancel)
{
    Spectrogram out;
    if (!isValidStftParams(params))
        return out;
    out.bins = params.melBands > 0 ? params.melBands : params.nFft / 2 + 1;
    const qint64 frames = stftFrameCount(n, params.nFft, params.hop);
    if (frames == 0)
        return out;
    QThreadPool* pool = QThreadPool::globalInstance();
    const int workers = threads > 0 ? threads : qMax(1, pool->maxThreadCount());
    resizeZeroed(out.db, size_t(frames) * size_t(out.bins), pool, workers);

    // Pieces of contiguous frames: several per worker so they finish together.
    constexpr qint64 kMinPieceFrames = 64;
    const qint64 pieceFrames = qMax(kMinPieceFrames, frames / (qint64(workers) * 8) + 1);
    const qint64 pieces = (frames + pieceFrames - 1) / pieceFrames;
    std::atomic<qint64> nextPiece{0};
    std::atomic_bool stopped{false};
    auto work = [&] {
        StftEngine engine(params);
        for (qint64 piece = nextPiece++; piece < pieces && !stopped; piece = nextPiece++) {
            const qint64 end = qMin(frames, (piece + 1) * pieceFrames);
            for (qint64 f = piece * pieceFrames; f < end; ++f) {
                if ((f & 63) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
                    stopped = true;
                    return;
                }
                engine.frameDb(mono + f * params.hop, out.db.data() + f * out.bins);
            }
        }
    };
    runOnWorkers(pool, int(qMin<qint64>(workers, pieces)), work);
    if (stopped) {
        out.db = {};
        return out;
    }
    out.frames = frames;
    return out;
}

} // namespace tally
