// tally_fuzz_seeds OUTDIR: writes each target's seed corpus (FuzzSeeds.h) to
// OUTDIR/<target>/<name>, for scripts/fuzz.sh.
#include "FuzzEntries.h"
#include "FuzzSeeds.h"

#include <QDir>
#include <QFile>
#include <cstdio>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: tally_fuzz_seeds OUTDIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    for (const QString& target : tally::fuzz::targetNames()) {
        if (!out.mkpath(target))
            return 1;
        const auto seeds = tally::fuzz::seeds(target);
        for (const auto& [name, bytes] : seeds) {
            QFile f(out.filePath(target + QLatin1Char('/') + name));
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                f.write(bytes) != bytes.size())
                return 1;
        }
        std::printf("%s: %d seeds\n", qPrintable(target), int(seeds.size()));
    }
    return 0;
}
