#include "assist/PersonDetector.h"

#include <QCoreApplication>
#include <QImageReader>
#include <algorithm>
#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/objdetect.hpp>

namespace tally::assist {

namespace {

constexpr int kWindowW = 64;
constexpr int kWindowH = 128;

// The factor that brings the image within the detector's range (1: as it is).
double scaleFor(int w, int h)
{
    if (w < kWindowW || h < kWindowH)
        return std::max(double(kWindowW) / w, double(kWindowH) / h);
    if (std::max(w, h) > kMaxSidePx)
        return double(kMaxSidePx) / std::max(w, h);
    return 1.0;
}

// The sample's tightening of a detector window around the person inside it.
cv::Rect2d tightened(const cv::Rect& r)
{
    return cv::Rect2d(r.x + r.width * 0.1, r.y + r.height * 0.07, r.width * 0.8, r.height * 0.8);
}

const cv::HOGDescriptor& peopleDetector()
{
    static const cv::HOGDescriptor hog = [] {
        cv::HOGDescriptor d; // 64 × 128, 16 px blocks, 8 px cells, 9 bins
        d.setSVMDetector(cv::HOGDescriptor::getDefaultPeopleDetector());
        return d;
    }();
    return hog;
}

} // namespace

Result<std::vector<PersonBox>> detectPeople(const QImage& image, double minScore)
{
    if (image.isNull() || image.width() < 1 || image.height() < 1)
        return Error{
            {}, QCoreApplication::translate("tally::assist::PersonDetector", "the image is empty")};
    const double scale = scaleFor(image.width(), image.height());
    QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    if (scale != 1.0)
        rgb = rgb.scaled(std::max(kWindowW, int(std::lround(image.width() * scale))),
                         std::max(kWindowH, int(std::lround(image.height() * scale))),
                         Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const double sx = double(rgb.width()) / image.width();
    const double sy = double(rgb.height()) / image.height();
    const cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()),
                       size_t(rgb.bytesPerLine()));
    // A scaled-up image is mostly the person: room around them (edges repeated) lets
    // the pyramid shrink them to the window's size.
    const int bx = scale > 1.0 ? kWindowW / 4 : 0, by = scale > 1.0 ? kWindowH / 4 : 0;
    cv::Mat mat = view;
    if (bx > 0)
        cv::copyMakeBorder(view, mat, by, by, bx, bx, cv::BORDER_REPLICATE);
    std::vector<cv::Rect> found;
    std::vector<double> weights;
    peopleDetector().detectMultiScale(mat, found, weights, 0.0, cv::Size(8, 8), cv::Size(32, 32),
                                      1.05, 2.0, false);
    std::vector<PersonBox> boxes;
    const cv::Rect2d frame(0, 0, image.width(), image.height());
    for (size_t i = 0; i < found.size(); ++i) {
        const double score = i < weights.size() ? weights[i] : 0.0;
        const cv::Rect2d t = tightened(found[i]) - cv::Point2d(bx, by);
        const cv::Rect2d r = cv::Rect2d(t.x / sx, t.y / sy, t.width / sx, t.height / sy) & frame;
        if (score >= minScore && r.area() > 0)
            boxes.push_back(PersonBox{r.x, r.y, r.width, r.height, score});
    }
    std::sort(boxes.begin(), boxes.end(),
              [](const PersonBox& a, const PersonBox& b) { return a.score > b.score; });
    return boxes;
}

Result<std::vector<PersonBox>> detectPeople(const QString& imagePath, double minScore)
{
    QImageReader reader(imagePath);
    const QImage image = reader.read();
    if (image.isNull())
        return Error{imagePath, QCoreApplication::translate("tally::assist::PersonDetector",
                                                            "cannot read the image: %1")
                                    .arg(reader.errorString())};
    Result<std::vector<PersonBox>> r = detectPeople(image, minScore);
    if (!r)
        return Error{imagePath, r.error().reason};
    return r;
}

double iou(const PersonBox& a, const PersonBox& b)
{
    if (a.w <= 0 || a.h <= 0 || b.w <= 0 || b.h <= 0)
        return 0.0;
    const double ix = std::max(0.0, std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x));
    const double iy = std::max(0.0, std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y));
    const double inter = ix * iy;
    return inter / (a.w * a.h + b.w * b.h - inter);
}

} // namespace tally::assist
