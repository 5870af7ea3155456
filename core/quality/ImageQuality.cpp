#include "quality/ImageQuality.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <algorithm>
#include <opencv2/core.hpp>
#include <opencv2/img_hash.hpp>
#include <opencv2/imgproc.hpp>

namespace tally {

namespace {

int versionOf(const QString& check)
{
    const CheckInfo* info = QualitySettings::find(check);
    return info ? info->version : 1;
}

void add(std::vector<FoundFlag>* out, qint64 sampleId, const QString& check, double value,
         double threshold, qint64 other = 0, const QString& detail = {})
{
    out->push_back(FoundFlag{sampleId, check, value, threshold, other, detail, versionOf(check)});
}

} // namespace

Result<ImageMeasures> ImageQuality::measure(const QByteArray& bytes)
{
    ImageMeasures out;
    // Qt decodes (as the image view does, EXIF orientation applied); OpenCV measures the
    // grey pixels in place. Not cv::imdecode: libopencv_imgcodecs brings ~95 shared
    // libraries (GDAL, GDCM, codecs) into every process that links tally_core, and their
    // loading was most of tally-cli's start-up.
    QByteArray data = bytes; // QBuffer needs a non-const array; shared, not copied
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QImage image = reader.read().convertToFormat(QImage::Format_Grayscale8);
    if (image.isNull())
        return Error{{},
                     QCoreApplication::translate("tally::ImageQuality", "not an image: %1")
                         .arg(reader.errorString())};
    try {
        const cv::Mat grey(image.height(), image.width(), CV_8U,
                           const_cast<uchar*>(image.constBits()), size_t(image.bytesPerLine()));
        cv::Mat lap;
        cv::Laplacian(grey, lap, CV_64F);
        cv::Scalar mean, dev;
        cv::meanStdDev(lap, mean, dev);
        const double saturated = double(cv::countNonZero(grey >= 250)) / double(grey.total());
        cv::Mat hash;
        cv::img_hash::PHash::create()->compute(grey, hash);
        for (int i = 0; i < std::min(8, int(hash.total())); ++i)
            out.phash |= uint64_t(hash.at<uchar>(0, i)) << (8 * i);
        out.values = QJsonObject{{QStringLiteral("width"), grey.cols},
                                 {QStringLiteral("height"), grey.rows},
                                 {QStringLiteral("mean"), cv::mean(grey)[0] / 255.0},
                                 {QStringLiteral("saturated"), saturated},
                                 {QStringLiteral("laplacian_var"), dev[0] * dev[0]}};
    } catch (const cv::Exception& e) {
        return Error{{}, QString::fromStdString(e.msg)};
    }
    return out;
}

void ImageQuality::evaluate(qint64 sampleId, const QJsonObject& v, const QualitySettings& s,
                            const QStringList& checks, std::vector<FoundFlag>* out)
{
    const auto m = [&](const char* name) { return v.value(QLatin1String(name)).toDouble(); };
    for (const QString& c : checks) {
        if (c == QLatin1String("too-small")) {
            const double minW = s.value(c, QStringLiteral("min_width"));
            const double minH = s.value(c, QStringLiteral("min_height"));
            if (m("width") < minW || m("height") < minH)
                add(out, sampleId, c, std::min(m("width"), m("height")), std::min(minW, minH), 0,
                    QStringLiteral("%1 x %2 px").arg(m("width")).arg(m("height")));
        } else if (c == QLatin1String("too-dark")) {
            if (m("mean") < s.value(c, QStringLiteral("min_mean")))
                add(out, sampleId, c, m("mean"), s.value(c, QStringLiteral("min_mean")));
        } else if (c == QLatin1String("overexposed")) {
            if (m("saturated") > s.value(c, QStringLiteral("max_saturated")))
                add(out, sampleId, c, m("saturated"), s.value(c, QStringLiteral("max_saturated")));
        } else if (c == QLatin1String("blurry")) {
            if (m("laplacian_var") < s.value(c, QStringLiteral("min_laplacian_var")))
                add(out, sampleId, c, m("laplacian_var"),
                    s.value(c, QStringLiteral("min_laplacian_var")));
        }
    }
}

double ImageQuality::iou(const BoxRecord& a, const BoxRecord& b)
{
    const double w = std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x);
    const double h = std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y);
    if (w <= 0.0 || h <= 0.0)
        return 0.0;
    const double inter = w * h;
    return inter / (a.area() + b.area() - inter);
}

namespace {

// One flag per check and image: the worst box's value, and which boxes (the first
// kNamed of them by name, then how many more: an image with a thousand stacked boxes
// has a hundred thousand doubled pairs).
struct BoxFinding
{
    static constexpr int kNamed = 20;
    double worst = 0.0;
    qint64 count = 0;
    QStringList which;
    bool naming() const { return which.size() < kNamed; }
    void note(double value, bool worse, const QString& box)
    {
        if (count == 0 || worse)
            worst = value;
        ++count;
        if (naming())
            which << box;
    }
    QString detail() const
    {
        QString text = which.join(u' ');
        if (count > which.size())
            text += QStringLiteral(" and %1 more").arg(count - which.size());
        return text;
    }
};

} // namespace

void ImageQuality::evaluateBoxes(qint64 sampleId, int width, int height,
                                 const QList<BoxRecord>& boxes, const QualitySettings& s,
                                 const QStringList& checks, std::vector<FoundFlag>* out)
{
    const QString tiny = QStringLiteral("tiny-box");
    const QString outside = QStringLiteral("box-outside");
    const QString twice = QStringLiteral("double-box");
    const double minSide = s.value(tiny, QStringLiteral("min_side_px"));
    const double tol = s.value(outside, QStringLiteral("tolerance_px"));
    const double minIou = s.value(twice, QStringLiteral("min_iou"));
    BoxFinding small, beyondImage, doubled;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        const BoxRecord& b = boxes[i];
        auto which = [&b] { return QStringLiteral("box %1 (%2)").arg(b.id).arg(b.annotatorName); };
        const double side = std::min(b.w, b.h);
        if (side < minSide)
            small.note(side, side < small.worst, small.naming() ? which() : QString());
        const double beyond = std::max({-b.x, -b.y, b.x + b.w - width, b.y + b.h - height});
        if (width > 0 && height > 0 && beyond > tol)
            beyondImage.note(beyond, beyond > beyondImage.worst,
                             beyondImage.naming() ? which() : QString());
        for (qsizetype j = i + 1; j < boxes.size(); ++j) {
            const BoxRecord& o = boxes[j];
            if (o.annotatorId != b.annotatorId || o.classId != b.classId)
                continue;
            const double overlap = iou(b, o);
            if (overlap < minIou)
                continue;
            if (doubled.naming())
                doubled.note(
                    overlap, overlap > doubled.worst,
                    QStringLiteral("boxes %1+%2 (%3)").arg(b.id).arg(o.id).arg(b.annotatorName));
            else
                doubled.note(overlap, overlap > doubled.worst, {});
        }
    }
    if (checks.contains(tiny) && small.count > 0)
        add(out, sampleId, tiny, small.worst, minSide, 0, small.detail());
    if (checks.contains(outside) && beyondImage.count > 0)
        add(out, sampleId, outside, beyondImage.worst, tol, 0, beyondImage.detail());
    if (checks.contains(twice) && doubled.count > 0)
        add(out, sampleId, twice, doubled.worst, minIou, 0, doubled.detail());
}

} // namespace tally
