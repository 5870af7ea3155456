// One libFuzzer target: TALLY_FUZZ_TARGET names the reader (FuzzEntries.h). A broken
// promise aborts with what was broken, so libFuzzer keeps the input as a crash.
#include "FuzzEntries.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString broken = tally::fuzz::runTarget(QStringLiteral(TALLY_FUZZ_TARGET), bytes);
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "tally fuzz %s: %s\n", TALLY_FUZZ_TARGET, qPrintable(broken));
        std::abort();
    }
    return 0;
}
