#pragma once
// The image checks (OpenCV): what is measured from an image file, and the comparisons
// of the image and box checks with a project's thresholds.
//
// measure() decodes the file's bytes (QImageReader) as grey and gives width, height,
// mean (brightness, 0..1), saturated (share of pixels >= 250), laplacian_var (variance
// of the 3x3 Laplacian, a standard focus measure) and the 64-bit perceptual hash
// (cv::img_hash::PHash: DCT of the 32x32 grey image) for near-duplicate search.
// Box checks need no decoding: the boxes and the image size the store holds.
//
// Thread-safety: pure functions; any thread.

#include "quality/QualitySettings.h"
#include "store/Flags.h"
#include "store/Records.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <cstdint>
#include <vector>

namespace tally {

struct ImageMeasures
{
    QJsonObject values;
    uint64_t phash = 0;
};

class ImageQuality
{
public:
    // 2: decoded by QImageReader (EXIF orientation applied), grey by Qt, not cv::imdecode.
    static constexpr int kMeasureVersion = 2;

    // An Error (no path: the caller names the file) when the bytes are not an image.
    static Result<ImageMeasures> measure(const QByteArray& bytes);
    static void evaluate(qint64 sampleId, const QJsonObject& values, const QualitySettings& s,
                         const QStringList& checks, std::vector<FoundFlag>* out);
    // tiny-box, box-outside, double-box over one image's boxes (width, height in px;
    // 0 = unknown: box-outside is not checked).
    static void evaluateBoxes(qint64 sampleId, int width, int height, const QList<BoxRecord>& boxes,
                              const QualitySettings& s, const QStringList& checks,
                              std::vector<FoundFlag>* out);
    static double iou(const BoxRecord& a, const BoxRecord& b);
};

} // namespace tally
