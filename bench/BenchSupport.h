#pragma once
// What the import benchmarks share: test data generated once and reused, the page cache
// warmed before timing, and figures printed as aligned "what, seconds, rate" lines.
// Header-only (bench/CMakeLists.txt builds each bench_*.cpp on its own).

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <cstdio>

namespace tally::bench {

// Test data written once into root and reused by later runs for the same count (the
// marker file ".generated-COUNT" says it is complete): when root does not hold it yet,
// root is emptied, generate() writes the data and the marker is added. Returns whether
// the data was there already.
template <typename Generate> bool generateOnce(const QString& root, int count, Generate&& generate)
{
    const QString marker = root + QStringLiteral("/.generated-%1").arg(count);
    if (QFile::exists(marker))
        return true;
    QDir(root).removeRecursively();
    generate();
    QFile(marker).open(QIODevice::WriteOnly);
    return false;
}

// Reads every file once so that the timed runs find them in the page cache; returns
// the bytes read.
inline qint64 warmCache(const QStringList& paths)
{
    qint64 bytes = 0;
    for (const QString& p : paths) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll().size();
    }
    return bytes;
}

// Prints one figure as "WHAT  SECONDS s  RATE UNIT/s", WHAT padded to width characters
// so that the lines of one benchmark line up.
struct RateLine
{
    int width;
    const char* unit; // "clips", "images"

    void operator()(const char* what, int count, double sec) const
    {
        std::printf("%-*s %7.3f s  %9.0f %s/s\n", width, what, sec, count / sec, unit);
    }
};

} // namespace tally::bench
