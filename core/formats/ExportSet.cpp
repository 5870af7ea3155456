#include "formats/ExportSet.h"

#include "store/Exports.h"
#include "store/Project.h"
#include "store/SampleScan.h"

#include <QJsonDocument>

namespace tally {

std::vector<ExportSnapshotItem> exportSnapshot(const std::vector<ExportItem>& items)
{
    std::vector<ExportSnapshotItem> out;
    out.reserve(items.size());
    for (const ExportItem& it : items)
        out.push_back({it.sampleId, it.contentHash,
                       it.exportPath.isEmpty() ? it.storedPath : it.exportPath, it.className,
                       it.split});
    return out;
}

bool licenceAllowed(const QString& licence, const QStringList& allowedLicences)
{
    if (allowedLicences.isEmpty())
        return true;
    const QString l = licence.trimmed();
    for (const QString& allowed : allowedLicences) {
        const QString a = allowed.trimmed();
        if (a.compare(l, Qt::CaseInsensitive) == 0)
            return true;
        if (l.isEmpty() && a.compare(QStringLiteral("NOASSERTION"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Status forEachExportItem(Project& project, const ExportFilter& filter, const ExportInputs& inputs,
                         const ExportItemVisitor& fn, ExportSelection* counts,
                         bool onlyWithMetadata)
{
    const auto majority = Exports(project).majorityLabels();
    if (!majority)
        return majority.error();
    return forEachSample(
        project,
        [&](SampleRecord& r, const QString& split, const QString& meta) {
            if (filter.allowedSampleIds && !filter.allowedSampleIds->contains(r.id)) {
                ++counts->skippedStatus;
                return;
            }
            if (!licenceAllowed(r.licence, filter.allowedLicences)) {
                ++counts->skippedLicence;
                return;
            }
            ExportItem it;
            it.className = inputs.classOverrides.value(r.id, r.className);
            if (it.className.isEmpty())
                it.className = majority.value().value(r.id);
            const bool classOptional = r.kind == SampleKind::Image && filter.keepImagesWithoutClass;
            if (r.kind == SampleKind::Background)
                it.className.clear();
            else if (it.className.isEmpty() && !classOptional) {
                ++counts->skippedNoClass;
                return;
            }
            it.sampleId = r.id;
            it.kind = r.kind;
            it.absolutePath = project.toAbsolutePath(r.path);
            it.storedPath = std::move(r.path);
            it.contentHash = std::move(r.contentHash);
            it.split = split;
            it.groupKey = std::move(r.groupKey);
            it.durationSec = r.durationSec;
            it.rateHz = r.rateHz;
            it.channels = r.channels;
            it.width = r.width;
            it.height = r.height;
            it.licence = std::move(r.licence);
            it.source = std::move(r.source);
            it.status = inputs.statusOf.value(r.id);
            if (!meta.isEmpty())
                it.metadata = QJsonDocument::fromJson(meta.toUtf8()).object();
            fn(std::move(it));
        },
        onlyWithMetadata);
}

Result<ExportSelection> selectForExport(Project& project, const ExportFilter& filter,
                                        const ExportInputs& inputs)
{
    ExportSelection sel;
    const Status s = forEachExportItem(
        project, filter, inputs, [&](ExportItem&& it) { sel.items.push_back(std::move(it)); },
        &sel);
    if (!s)
        return s.error();
    return sel;
}

void failExport(ExportReport& report, const Error& error)
{
    report.failure = error;
    report.errors.prepend(error);
    report.written = 0;
    report.augmented = 0;
    report.files.clear();
    report.version = 0;
}

void finishExport(ExportFolder& folder, ExportReport& report, const RecordVersion& record)
{
    if (Status s = folder.commit(); !s) {
        failExport(report, s.error());
        return;
    }
    if (record) {
        const Result<qint64> v = record();
        if (!v) {
            Error e = v.error();
            if (Status back = folder.rollback(); !back)
                e.reason += QStringLiteral("; ") + back.error().toString();
            failExport(report, e);
            return;
        }
        report.version = v.value();
    }
    folder.finish();
}

std::optional<ExportStart> beginExport(Project& project, const QString& folder, bool overwrite,
                                       const ExportFilter& filter, const ExportInputs& inputs,
                                       ExportReport* report)
{
    auto begun = ExportFolder::begin(folder, overwrite);
    if (!begun) {
        report->errors << begun.error();
        return std::nullopt;
    }
    ExportStart start;
    start.folder = std::move(begun).value();
    report->folder = start.folder->folder();
    auto selected = selectForExport(project, filter, inputs);
    if (!selected) {
        report->errors << selected.error();
        return std::nullopt;
    }
    start.selection = std::move(selected).value();
    report->skipped = start.selection.skipped();
    return start;
}

} // namespace tally
