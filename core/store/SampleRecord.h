#pragma once
// One row of the `samples` table as the rest of the code sees it.

#include <QDateTime>
#include <QString>

namespace tally {

enum class SampleKind
{
    Audio = 0,
    Background = 1,
    Series = 2,
    Image = 3
};

struct SampleRecord
{
    qint64 id = 0; // 0 until stored
    QString path;  // as stored: relative to the project folder when possible
    SampleKind kind = SampleKind::Audio;
    QString contentHash; // hex SHA-1 of the file bytes
    QString className;   // class given at import (the folder name), may be empty
    QString groupKey;    // speaker / recording / site
    double durationSec = 0.0;
    int rateHz = 0;
    int channels = 0;
    qint64 frames = 0;
    int width = 0; // images: pixels (0 for audio)
    int height = 0;
    double rmsDbfs = 0.0;
    double peak = 0.0;
    double clippedFraction = 0.0;
    QString licence; // SPDX id
    QString source;
    QDateTime added;
};

QString sampleKindName(SampleKind kind);

} // namespace tally
