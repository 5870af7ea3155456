#include "formats/ExportSet.h"

#include "store/Exports.h"
#include "store/Project.h"
#include "store/SampleScan.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMap>

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

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tally::ExportSet", text);
}

QString kindName(SampleKind kind)
{
    switch (kind) {
    case SampleKind::Audio:
        return tr("an audio clip");
    case SampleKind::Image:
        return tr("an image");
    case SampleKind::Series:
        return tr("a sensor series");
    case SampleKind::Background:
        return tr("background noise");
    }
    return {};
}

void skip(ExportSelection& sel, int* counter, const SampleRecord& r, const QString& reason)
{
    ++*counter;
    sel.skippedSamples << ExportSkip{r.id, r.path, reason};
}

// Project::toAbsolutePath() for every sample of an export: the project folder is found
// once, and a stored path that is relative and already clean (no ".", "..", empty
// segment or trailing '/') is joined to it as QDir::cleanPath would leave it; any other
// path goes through toAbsolutePath().
class AbsolutePaths
{
public:
    explicit AbsolutePaths(const Project& project)
        : m_project(project), m_folder(project.toAbsolutePath(QStringLiteral(".")))
    {
        if (!m_folder.endsWith(u'/'))
            m_folder += u'/';
    }
    QString operator()(const QString& stored) const
    {
        return isClean(stored) ? m_folder + stored : m_project.toAbsolutePath(stored);
    }

private:
    static bool isClean(const QString& p)
    {
        if (p.isEmpty() || p.startsWith(u'/') || p.endsWith(u'/'))
            return false;
        qsizetype segment = 0; // start of the current segment
        for (qsizetype i = 0; i <= p.size(); ++i) {
            if (i < p.size() && p[i] != u'/')
                continue;
            const QStringView seg = QStringView(p).mid(segment, i - segment);
            if (seg.isEmpty() || seg == u"." || seg == u"..")
                return false;
            segment = i + 1;
        }
        return true;
    }

    const Project& m_project;
    QString m_folder;
};

} // namespace

QStringList defaultExportStatuses()
{
    return {QStringLiteral("agreed"), QStringLiteral("resolved"), QStringLiteral("labelled")};
}

QStringList exportWarnings(const std::vector<ExportItem>& items)
{
    ExportSplitTally tally;
    for (const ExportItem& it : items)
        tally.add(it);
    return tally.warnings();
}

void ExportSplitTally::add(const ExportItem& item)
{
    if (item.split.isEmpty())
        return;
    ++perSplit[item.split];
    if (!item.className.isEmpty())
        ++perClass[item.className][item.split];
}

QStringList ExportSplitTally::warnings() const
{
    const QStringList splits{QStringLiteral("training"), QStringLiteral("validation"),
                             QStringLiteral("testing")};
    QStringList out;
    if (perSplit.isEmpty())
        return out;
    for (const QString& s : splits)
        if (perSplit.value(s) == 0)
            out << tr("The split “%1” is empty.").arg(s);
    for (auto c = perClass.cbegin(); c != perClass.cend(); ++c)
        for (const QString& s : splits)
            if (perSplit.value(s) > 0 && c.value().value(s) == 0)
                out << tr("The class “%1” has no sample in “%2”.").arg(c.key(), s);
    return out;
}

void skipExportItem(ExportReport* report, const ExportItem& item, const QString& reason)
{
    ++report->skipped;
    report->skippedSamples << ExportSkip{item.sampleId, item.storedPath, reason};
}

void skipOtherKinds(ExportReport* report, std::vector<ExportItem>& items,
                    const std::function<bool(const ExportItem&)>& keep, const QString& format)
{
    std::erase_if(items, [&](const ExportItem& it) {
        if (keep(it))
            return false;
        skipExportItem(report, it,
                       tr("%1 is not written by a %2 export").arg(kindName(it.kind), format));
        return true;
    });
}

Status forEachExportItem(Project& project, const ExportFilter& filter, const ExportInputs& inputs,
                         const ExportItemVisitor& fn, ExportSelection* counts,
                         bool onlyWithMetadata)
{
    const auto majority = Exports(project).majorityLabels();
    if (!majority)
        return majority.error();
    const AbsolutePaths absolute(project);
    SampleStatusNames::Cursor statusOf(inputs.statusOf); // the pass goes in id order
    return forEachSample(
        project,
        [&](SampleRecord& r, const QString& split, const QString& meta) {
            if (const auto flagged = filter.skipFlagged.constFind(r.id);
                flagged != filter.skipFlagged.cend()) {
                skip(*counts, &counts->skippedFlagged, r,
                     tr("it is flagged by the quality check “%1”").arg(*flagged));
                return;
            }
            if (filter.allowedSampleIds && !filter.allowedSampleIds->contains(r.id)) {
                const QString status = statusOf.value(r.id);
                skip(*counts, &counts->skippedStatus, r,
                     status.isEmpty()
                         ? tr("its status is not among the exported ones")
                         : tr("its status “%1” is not among the exported ones").arg(status));
                return;
            }
            if (!licenceAllowed(r.licence, filter.allowedLicences)) {
                skip(*counts, &counts->skippedLicence, r,
                     r.licence.trimmed().isEmpty()
                         ? tr("it has no licence, and unknown licences are not allowed")
                         : tr("its licence “%1” is not allowed").arg(r.licence.trimmed()));
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
                skip(*counts, &counts->skippedNoClass, r,
                     tr("it has no class: none imported, no label, no review decision"));
                return;
            }
            it.sampleId = r.id;
            it.kind = r.kind;
            it.absolutePath = absolute(r.path);
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
            it.status = statusOf.value(r.id);
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
    report->skippedSamples = start.selection.skippedSamples;
    return start;
}

} // namespace tally
