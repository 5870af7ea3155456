#include "formats/ManifestExporter.h"

#include "formats/DatasetCard.h"
#include "formats/ExportFolder.h"
#include "store/Exports.h"
#include "store/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace tally {

namespace {

const QStringList kFixedColumns{
    QStringLiteral("path"),   QStringLiteral("class"),        QStringLiteral("split"),
    QStringLiteral("group"),  QStringLiteral("duration_sec"), QStringLiteral("licence"),
    QStringLiteral("source"), QStringLiteral("status"),       QStringLiteral("kind")};

QString textOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

void flattenInto(const QJsonObject& o, const QString& prefix, QMap<QString, QString>* out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = prefix + it.key();
        if (it.value().isObject())
            flattenInto(it.value().toObject(), key + u'.', out);
        else
            out->insert(key, textOf(it.value()));
    }
}

QString pathOf(const ExportItem& it, ManifestPaths paths)
{
    return paths == ManifestPaths::ExportPath ? it.exportPath : it.absolutePath;
}

// Column name of a metadata key (fixed names get a prefix).
QString metaColumn(const QString& key)
{
    return kFixedColumns.contains(key) ? QStringLiteral("metadata.") + key : key;
}

QString kindName(SampleKind kind)
{
    return sampleKindName(kind);
}

} // namespace

QString ManifestExporter::formatName(ManifestFormat format)
{
    return format == ManifestFormat::Csv ? QStringLiteral("csv") : QStringLiteral("edge-impulse");
}

QString ManifestExporter::csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QMap<QString, QString> ManifestExporter::flatten(const QJsonObject& metadata)
{
    QMap<QString, QString> out;
    flattenInto(metadata, QString(), &out);
    return out;
}

namespace {

void appendLine(QString& text, const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            text += u',';
        text += ManifestExporter::csvField(fields[i]);
    }
    text += QStringLiteral("\r\n");
}

} // namespace

QString ManifestExporter::csvHeader(const QStringList& metadataKeys)
{
    QStringList header = kFixedColumns;
    for (const QString& k : metadataKeys)
        header << metaColumn(k);
    QString text;
    appendLine(text, header);
    return text;
}

namespace {

// One field as csvField() writes it, appended in place (a million rows: no list of
// fields, no copy of a field that needs no quotes).
void appendField(QString& text, QStringView value, bool first)
{
    if (!first)
        text += u',';
    const bool quote = std::any_of(value.begin(), value.end(), [](QChar c) {
        return c == u',' || c == u'"' || c == u'\n' || c == u'\r';
    });
    if (!quote) {
        text += value;
        return;
    }
    text += u'"';
    for (QChar c : value) {
        if (c == u'"')
            text += u'"';
        text += c;
    }
    text += u'"';
}

} // namespace

void ManifestExporter::appendCsvRow(QString& text, const ExportItem& it,
                                    const QMap<QString, QString>& flatMetadata,
                                    const QStringList& metadataKeys, ManifestPaths paths)
{
    appendField(text, pathOf(it, paths), true);
    for (const QString* field : {&it.className, &it.split, &it.groupKey})
        appendField(text, *field, false);
    appendField(text, QString::number(it.durationSec, 'f', 3), false);
    for (const QString* field : {&it.licence, &it.source, &it.status})
        appendField(text, *field, false);
    appendField(text, kindName(it.kind), false);
    for (const QString& k : metadataKeys) {
        const auto value = flatMetadata.constFind(k);
        appendField(text, value == flatMetadata.cend() ? QStringView() : *value, false);
    }
    text += QStringLiteral("\r\n");
}

QByteArray ManifestExporter::csv(const std::vector<ExportItem>& items, ManifestPaths paths)
{
    std::vector<QMap<QString, QString>> metas;
    metas.reserve(items.size());
    QSet<QString> keySet;
    for (const ExportItem& it : items) {
        metas.push_back(flatten(it.metadata));
        for (auto k = metas.back().keyBegin(); k != metas.back().keyEnd(); ++k)
            keySet.insert(*k);
    }
    QStringList keys(keySet.begin(), keySet.end());
    keys.sort();
    QString text = csvHeader(keys);
    text.reserve(qsizetype(items.size()) * 120);
    for (size_t i = 0; i < items.size(); ++i)
        appendCsvRow(text, items[i], metas[i], keys, paths);
    return text.toUtf8();
}

QJsonObject ManifestExporter::infoLabelsEntry(const ExportItem& it, const QString& path,
                                              const QString& category)
{
    QJsonObject meta;
    const QMap<QString, QString> flat = flatten(it.metadata);
    for (auto m = flat.begin(); m != flat.end(); ++m)
        meta.insert(m.key(), m.value());
    const QList<QPair<QString, QString>> own{{QStringLiteral("split"), it.split},
                                             {QStringLiteral("group"), it.groupKey},
                                             {QStringLiteral("licence"), it.licence},
                                             {QStringLiteral("source"), it.source},
                                             {QStringLiteral("status"), it.status}};
    for (const auto& [key, value] : own)
        if (!value.isEmpty())
            meta.insert(key, value);
    const QJsonObject label =
        it.className.isEmpty() ? QJsonObject{{QStringLiteral("type"), QStringLiteral("unlabeled")}}
                               : QJsonObject{{QStringLiteral("type"), QStringLiteral("label")},
                                             {QStringLiteral("label"), it.className}};
    return QJsonObject{{QStringLiteral("path"), path},
                       {QStringLiteral("category"), category},
                       {QStringLiteral("label"), label},
                       {QStringLiteral("metadata"), meta}};
}

QByteArray ManifestExporter::infoLabelsDocument(const QJsonArray& files)
{
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("files"), files}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray ManifestExporter::infoLabels(const std::vector<ExportItem>& items, ManifestPaths paths)
{
    QJsonArray files;
    for (const ExportItem& it : items) {
        if (it.kind == SampleKind::Background)
            continue;
        files.append(infoLabelsEntry(it, pathOf(it, paths),
                                     it.split == QStringLiteral("testing")
                                         ? QStringLiteral("testing")
                                         : QStringLiteral("training")));
    }
    return infoLabelsDocument(files);
}

ExportReport ManifestExporter::run(Project& project, const ManifestOptions& o,
                                   const ExportInputs& inputs)
{
    if (o.format == ManifestFormat::Csv)
        return runCsvStreamed(project, o, inputs);
    ExportReport report;
    std::optional<ExportStart> start =
        beginExport(project, o.folder, o.overwrite, o.filter, inputs, &report);
    if (!start)
        return report;
    ExportFolder& folder = *start->folder;
    std::vector<ExportItem>& items = start->selection.items;
    if (o.format == ManifestFormat::EdgeImpulse)
        skipOtherKinds(
            &report, items, [](const ExportItem& it) { return it.kind != SampleKind::Background; },
            QStringLiteral("Edge Impulse"));
    report.warnings = exportWarnings(items);
    const bool csvFormat = o.format == ManifestFormat::Csv;
    const QString format = formatName(o.format);
    const QJsonObject params{
        {QStringLiteral("paths"), QStringLiteral("project files")},
        {QStringLiteral("allowed_licences"), o.filter.allowedLicences.join(u',')},
        {QStringLiteral("status_filter"), o.filter.allowedSampleIds.has_value()}};
    const DatasetCardInfo card = DatasetCard::infoFor(project, format, params, inputs);
    const QList<QPair<QString, QByteArray>> files{
        {csvFormat ? csvFileName() : infoLabelsFileName(),
         csvFormat ? csv(items, ManifestPaths::SourcePath)
                   : infoLabels(items, ManifestPaths::SourcePath)},
        {DatasetCard::cardFileName(), DatasetCard::markdown(items, card).toUtf8()},
        {DatasetCard::attributionFileName(), DatasetCard::attribution(items).toUtf8()}};
    for (const auto& [name, bytes] : files) {
        if (Status s = folder.writeFile(name, bytes); !s) {
            failExport(report, s.error()); // the staging folder goes with `folder`
            return report;
        }
        report.files << name;
    }
    report.written = int(items.size());
    RecordVersion record;
    if (o.recordVersion)
        record = [&] {
            return Exports(project).recordExport(format, report.folder, params,
                                                 exportSnapshot(items));
        };
    finishExport(folder, report, record);
    return report;
}

} // namespace tally
