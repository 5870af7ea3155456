#pragma once
// Plain records for the labelling tables (schema version 2). Times are UTC.

#include <QColor>
#include <QDateTime>
#include <QString>
#include <optional>

namespace tally {

enum class AnnotatorRole
{
    Annotator,
    Reviewer,
    Admin
};
QString annotatorRoleName(AnnotatorRole role); // "annotator" / "reviewer" / "admin"
std::optional<AnnotatorRole> parseAnnotatorRole(const QString& name);

struct AnnotatorRecord
{
    qint64 id = 0;
    QString name;
    AnnotatorRole role = AnnotatorRole::Annotator;
};

struct ClassRecord
{
    qint64 id = 0;
    QString name;   // unique, never empty or only spaces
    QString hotkey; // "1".."9" or a single letter (case-insensitive); may be empty
    QColor colour;  // invalid = not chosen (a colour is derived from the name)
    QString description;
};

// One annotator's sample-level class for a sample.
struct LabelRecord
{
    qint64 sampleId = 0;
    qint64 annotatorId = 0;
    QString annotatorName;
    qint64 classId = 0;
    QString className;
    QDateTime at;
};

// A time range (and optional frequency band) of a sample, with a class, by one annotator.
struct RegionRecord
{
    qint64 id = 0; // 0 until stored
    qint64 sampleId = 0;
    qint64 annotatorId = 0;
    QString annotatorName; // filled when read
    qint64 classId = 0;    // 0 = no class yet
    QString className;     // filled when read
    double startSec = 0.0;
    double endSec = 0.0;
    std::optional<double> lowHz; // both set or both empty
    std::optional<double> highHz;
    bool hasBand() const { return lowHz.has_value() && highHz.has_value(); }
};

// A rectangle on an image, with a class, by one annotator. Pixels, origin at the
// image's top-left corner: (x, y) is the box's top-left corner, w and h > 0.
struct BoxRecord
{
    qint64 id = 0; // 0 until stored
    qint64 sampleId = 0;
    qint64 annotatorId = 0;
    QString annotatorName; // filled when read
    qint64 classId = 0;    // 0 = no class yet
    QString className;     // filled when read
    double x = 0.0;
    double y = 0.0;
    double w = 0.0;
    double h = 0.0;
    double area() const { return w * h; }
};

} // namespace tally
