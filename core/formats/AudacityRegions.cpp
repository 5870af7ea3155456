#include "formats/AudacityRegions.h"

#include "store/Classes.h"
#include "store/Regions.h"

#include <QCoreApplication>

namespace tally {

namespace {

// The class name a label's text gives (control characters become spaces).
QString classNameOf(const QString& text)
{
    QString name = text;
    for (QChar& ch : name) {
        if (ch.category() == QChar::Other_Control)
            ch = QLatin1Char(' ');
    }
    return name.simplified();
}

} // namespace

Result<AudacityImportResult> importAudacityRegions(Project& annotations, const QString& file,
                                                   qint64 sampleId, qint64 annotatorId)
{
    auto parsed = readAudacityLabels(file);
    if (!parsed)
        return parsed.error();
    QHash<QString, qint64> classIds; // lower-case name -> id
    for (const ClassRecord& c : Classes(annotations).classes())
        classIds.insert(c.name.toLower(), c.id);
    AudacityImportResult result;
    QList<RegionRecord> regions;
    for (const AudacityLabel& label : parsed.value()) {
        if (label.isPoint()) {
            ++result.pointLabelsSkipped;
            continue;
        }
        RegionRecord r;
        r.startSec = label.startSec;
        r.endSec = label.endSec;
        r.lowHz = label.lowHz;
        r.highHz = label.highHz;
        const QString name = classNameOf(label.text);
        if (!name.isEmpty() && !classIds.contains(name.toLower())) {
            auto added =
                Classes(annotations).addClass(ClassRecord{0, name, {}, QColor(), {}}, annotatorId);
            if (!added)
                return Error{file, added.error().reason};
            classIds.insert(name.toLower(), added.value().id);
            result.classesCreated << name;
        }
        r.classId = name.isEmpty() ? 0 : classIds.value(name.toLower());
        regions.append(r);
    }
    if (Status s = Regions(annotations).replaceRegions(sampleId, annotatorId, regions); !s)
        return Error{file, s.error().reason};
    result.regions = int(regions.size());
    return result;
}

Result<int> exportAudacityRegions(Project& annotations, const QString& file, qint64 sampleId,
                                  qint64 annotatorId)
{
    QList<AudacityLabel> labels;
    for (const RegionRecord& r : Regions(annotations).regionsOf(sampleId, annotatorId))
        labels.append(AudacityLabel{r.startSec, r.endSec, r.className, r.lowHz, r.highHz});
    if (Status s = writeAudacityLabels(file, labels); !s)
        return s.error();
    return int(labels.size());
}

} // namespace tally
