#include "review/VisualWakeWords.h"

#include "store/Project.h"
#include "store/SampleMeta.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <optional>

namespace tally {

namespace {

// This file's strings (no class of its own to carry them).
struct VisualWakeWords
{
    Q_DECLARE_TR_FUNCTIONS(tally::VisualWakeWords)
};

bool validFraction(double f)
{
    return std::isfinite(f) && f >= 0.0 && f <= 1.0;
}

// The part of [start, start + length] inside [0, limit].
double clippedLength(double start, double length, double limit)
{
    return std::max(0.0, std::min(start + length, limit) - std::max(start, 0.0));
}

} // namespace

VwwRule loadVwwRule(const Project& project)
{
    VwwRule rule;
    const QString person = project.setting(vwwsettings::kPersonClass).trimmed();
    if (!person.isEmpty())
        rule.personClass = person;
    bool ok = false;
    const double fraction = project.setting(vwwsettings::kMinArea).toDouble(&ok);
    if (ok && validFraction(fraction))
        rule.minAreaFraction = fraction;
    return rule;
}

Status checkVwwRule(const VwwRule& rule)
{
    if (!validFraction(rule.minAreaFraction))
        return Error{{},
                     VisualWakeWords::tr("the minimum person area must be a fraction of the image "
                                         "between 0 and 1 (not %1)")
                         .arg(rule.minAreaFraction)};
    if (rule.personClass.trimmed().isEmpty())
        return Error{{}, VisualWakeWords::tr("the person class needs a name")};
    return {};
}

Status saveVwwRule(Project& project, const VwwRule& rule)
{
    if (Status s = checkVwwRule(rule); !s)
        return Error{project.path(), s.error().reason};
    const QString person = rule.personClass.trimmed();
    // Both settings or neither.
    return project.setSettings(
        {{vwwsettings::kPersonClass, person},
         {vwwsettings::kMinArea, QString::number(rule.minAreaFraction, 'g', 17)}});
}

bool isPerson(const QList<BoxRecord>& boxes, int width, int height, const VwwRule& rule)
{
    if (width <= 0 || height <= 0)
        return false;
    const double threshold = rule.minAreaFraction * double(width) * double(height);
    const QString person = rule.personClass.trimmed();
    for (const BoxRecord& b : boxes) {
        if (b.className.trimmed().compare(person, Qt::CaseInsensitive) != 0)
            continue;
        const double area = clippedLength(b.x, b.w, width) * clippedLength(b.y, b.h, height);
        if (area > 0.0 && area >= threshold - 1e-9 * threshold)
            return true;
    }
    return false;
}

QList<BoxRecord> chosenBoxes(const QList<BoxRecord>& boxesOfImage, const QString& annotator)
{
    QList<BoxRecord> out;
    if (!annotator.isEmpty()) {
        const QString name = annotator.trimmed();
        for (const BoxRecord& b : boxesOfImage)
            if (b.annotatorName == name)
                out << b;
        return out;
    }
    QHash<qint64, int> counts;
    QHash<qint64, bool> imported;
    for (const BoxRecord& b : boxesOfImage) {
        ++counts[b.annotatorId];
        imported[b.annotatorId] = b.annotatorName == importedAnnotatorName();
    }
    std::optional<qint64> best;
    // Better: more boxes, then a person over "imported", then the lower id.
    const auto better = [&](qint64 a, qint64 b) {
        if (counts[a] != counts[b])
            return counts[a] > counts[b];
        if (imported[a] != imported[b])
            return !imported[a];
        return a < b;
    };
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!best || better(it.key(), *best))
            best = it.key();
    for (const BoxRecord& b : boxesOfImage)
        if (best && b.annotatorId == *best)
            out << b;
    return out;
}

} // namespace tally
