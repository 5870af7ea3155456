#include "formats/DatasetCard.h"

#include "store/Exports.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <array>

namespace tally {

namespace {

const std::array<QString, 3> kSplits{QStringLiteral("training"), QStringLiteral("validation"),
                                     QStringLiteral("testing")};
const QStringList kDemographics{QStringLiteral("gender"), QStringLiteral("age"),
                                QStringLiteral("accent"), QStringLiteral("accents")};

// A Markdown table cell: no pipes or line breaks.
QString cell(QString s)
{
    s.replace(u'|', QStringLiteral("\\|"));
    s.replace(u'\n', u' ');
    s.replace(u'\r', u' ');
    return s;
}

QString row(const QStringList& cells)
{
    QStringList escaped;
    for (const QString& c : cells)
        escaped << cell(c);
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString ruleRow(int columns)
{
    QStringList dashes;
    for (int i = 0; i < columns; ++i)
        dashes << QStringLiteral("---");
    return row(dashes);
}

QString hours(double seconds)
{
    return QString::number(seconds / 3600.0, 'f', 3);
}

QString licenceName(const QString& licence)
{
    return licence.trimmed().isEmpty() ? DatasetCard::tr("unspecified") : licence.trimmed();
}

// A "name | count" table from a map, most first.
QString countTable(const QString& header, const QMap<QString, int>& counts)
{
    QList<QPair<QString, int>> sorted;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        sorted.append({it.key(), it.value()});
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    QString md = row({header, DatasetCard::tr("samples")}) + ruleRow(2);
    for (const auto& [name, n] : sorted)
        md += row({name, QString::number(n)});
    return md + u'\n';
}

QString classSplitSection(const DatasetCardTally& t)
{
    QString md = DatasetCard::tr("## Samples per class and split\n\n");
    if (t.images == t.items)
        md += DatasetCard::tr("%1 images.\n\n").arg(t.items);
    else
        md += DatasetCard::tr("%1 samples, %2 hours of audio (%3 background recordings).\n\n")
                  .arg(t.items)
                  .arg(hours(t.totalSec))
                  .arg(t.background);
    md += row({DatasetCard::tr("class"), DatasetCard::tr("training"), DatasetCard::tr("validation"),
               DatasetCard::tr("testing"), DatasetCard::tr("no split"), DatasetCard::tr("total"),
               DatasetCard::tr("hours")}) +
          ruleRow(7);
    std::array<qint64, 4> sum{};
    for (auto it = t.classSplits.begin(); it != t.classSplits.end(); ++it) {
        QStringList cells{it.key()};
        for (size_t s = 0; s < 4; ++s) {
            cells << QString::number(it.value()[s]);
            sum[s] += it.value()[s];
        }
        cells << QString::number(it.value()[0] + it.value()[1] + it.value()[2] + it.value()[3])
              << hours(t.classSeconds.value(it.key()));
        md += row(cells);
    }
    md += row({DatasetCard::tr("**all**"), QString::number(sum[0]), QString::number(sum[1]),
               QString::number(sum[2]), QString::number(sum[3]),
               QString::number(sum[0] + sum[1] + sum[2] + sum[3]), QString()});
    return md + u'\n';
}

QString demographicsSection(const DatasetCardTally& t)
{
    QString md = DatasetCard::tr("## Demographics coverage\n\n");
    bool any = false;
    for (const QString& key : kDemographics) {
        const QMap<QString, int> given = t.demographics.value(key);
        if (given.isEmpty())
            continue;
        any = true;
        QMap<QString, int> counts = given;
        qint64 n = 0;
        for (int c : given)
            n += c;
        if (t.items > n)
            counts[DatasetCard::tr("(not given)")] += int(t.items - n);
        md += QStringLiteral("### %1\n\n").arg(key) + countTable(key, counts);
    }
    if (!any)
        md += DatasetCard::tr("No sample has demographic metadata (gender, age, accent).\n\n");
    return md;
}

QString droppedSection(const QHash<QString, int>& dropped)
{
    if (dropped.isEmpty())
        return {};
    QMap<QString, int> q;
    for (auto it = dropped.begin(); it != dropped.end(); ++it)
        q.insert(it.key(), it.value());
    return DatasetCard::tr(
               "Left out of this export by quality check (flagged, not dismissed):\n\n") +
           countTable(DatasetCard::tr("check"), q);
}

QString statusSection(const DatasetCardTally& t, const QHash<QString, int>& quality)
{
    QString md = DatasetCard::tr("## Review status\n\n");
    md += t.statuses.isEmpty() ? DatasetCard::tr("not recorded\n\n")
                               : countTable(DatasetCard::tr("status"), t.statuses);
    md += DatasetCard::tr("## Quality\n\n");
    QMap<QString, int> q;
    for (auto it = quality.begin(); it != quality.end(); ++it)
        q.insert(it.key(), it.value());
    md +=
        q.isEmpty() ? DatasetCard::tr("not recorded\n\n") : countTable(DatasetCard::tr("check"), q);
    return md;
}

QString splitSection(const QHash<QString, QString>& settings)
{
    QString md = DatasetCard::tr("## Split\n\n");
    const QString method = settings.value(QStringLiteral("split/method"));
    md += DatasetCard::tr("Method: %1\n\n")
              .arg(method.isEmpty() ? DatasetCard::tr("not recorded") : method);
    QStringList keys = settings.keys();
    keys.sort();
    for (const QString& k : keys)
        if (k != QStringLiteral("split/method"))
            md += QStringLiteral("- %1: %2\n").arg(k.mid(6), settings.value(k));
    return md + u'\n';
}

QString leakSection(const std::optional<QList<StoredLeak>>& leaks)
{
    if (!leaks)
        return {};
    QString md = DatasetCard::tr("## Leaks across splits\n\n");
    if (leaks->isEmpty())
        return md + DatasetCard::tr("none found\n\n");
    QMap<QString, int> byWhy;
    for (const StoredLeak& l : *leaks)
        ++byWhy[l.why];
    md += countTable(DatasetCard::tr("why"), byWhy);
    constexpr qsizetype kNamed = 20;
    for (qsizetype i = 0; i < std::min(kNamed, leaks->size()); ++i) {
        const StoredLeak& l = leaks->at(i);
        const QString why =
            l.why == QLatin1String("group") ? DatasetCard::tr("group %1").arg(l.group) : l.why;
        md += DatasetCard::tr("- %1 (%2) and %3 (%4): %5\n")
                  .arg(l.pathA, l.splitA, l.pathB, l.splitB, why);
    }
    if (leaks->size() > kNamed)
        md += DatasetCard::tr("- and %1 more\n").arg(leaks->size() - kNamed);
    return md + u'\n';
}

} // namespace

bool DatasetCard::asksForCredit(const QString& licence)
{
    return licence.trimmed().startsWith(QStringLiteral("CC-BY"), Qt::CaseInsensitive);
}

DatasetCardInfo DatasetCard::infoFor(Project& project, const QString& format,
                                     const QJsonObject& parameters, const ExportInputs& inputs)
{
    DatasetCardInfo info;
    info.projectName = QFileInfo(project.path()).completeBaseName();
    info.format = format;
    info.parameters = parameters;
    info.splitSettings = Exports(project).settingsWithPrefix(QStringLiteral("split/"));
    // The splits tools record their method as JSON under "split.method".
    const QJsonObject method =
        QJsonDocument::fromJson(project.setting(QStringLiteral("split.method")).toUtf8()).object();
    for (auto it = method.begin(); it != method.end(); ++it)
        info.splitSettings.insert(QStringLiteral("split/") + it.key(),
                                  it.value().toVariant().toString());
    info.qualityCounts = inputs.qualityCounts;
    info.droppedByCheck = inputs.droppedByCheck;
    if (Result<QList<StoredLeak>> leaks = storedSplitLeaks(project)) {
        info.leaks = std::move(leaks.value());
        // A chronological split puts each run in every split on purpose (by time).
        if (method.value(QStringLiteral("method")).toString() == QLatin1String("chronological"))
            info.leaks->removeIf(
                [](const StoredLeak& l) { return l.why == QLatin1String("group"); });
    }
    info.at = QDateTime::currentDateTimeUtc();
    return info;
}

void DatasetCardTally::add(const ExportItem& it)
{
    ++items;
    totalSec += it.durationSec;
    images += it.kind == SampleKind::Image ? 1 : 0;
    const QString l = licenceName(it.licence);
    ++licences[l];
    if (DatasetCard::asksForCredit(it.licence))
        ++sources[l][it.source.trimmed().isEmpty() ? DatasetCard::tr("(no source recorded)")
                                                   : it.source.trimmed()];
    if (!it.status.isEmpty())
        ++statuses[it.status];
    for (const QString& key : kDemographics) {
        const QString v = it.metadata.value(key).toVariant().toString().trimmed();
        if (!v.isEmpty())
            ++demographics[key][v];
    }
    if (it.kind == SampleKind::Background) {
        ++background;
        return;
    }
    const auto s = std::find(kSplits.begin(), kSplits.end(), it.split) - kSplits.begin();
    ++classSplits[it.className][size_t(s)];
    classSeconds[it.className] += it.durationSec;
}

DatasetCardTally DatasetCard::tally(const std::vector<ExportItem>& items)
{
    DatasetCardTally t;
    for (const ExportItem& it : items)
        t.add(it);
    return t;
}

QString DatasetCard::markdown(const std::vector<ExportItem>& items, const DatasetCardInfo& info)
{
    return markdown(tally(items), info);
}

QString DatasetCard::attribution(const std::vector<ExportItem>& items)
{
    return attribution(tally(items));
}

QString DatasetCard::markdown(const DatasetCardTally& t, const DatasetCardInfo& info)
{
    QString md = tr("# Dataset card: %1\n\n").arg(info.projectName);
    md += tr("- Exported: %1 (UTC)\n").arg(info.at.toString(Qt::ISODate));
    md += tr("- Tally version: %1\n").arg(QStringLiteral(TALLY_VERSION));
    md += tr("- Format: %1\n").arg(info.format);
    QStringList keys = info.parameters.keys();
    for (const QString& k : keys)
        md += QStringLiteral("- %1: %2\n").arg(k, info.parameters.value(k).toVariant().toString());
    md += u'\n' + classSplitSection(t);
    md += tr("## Licences\n\n") + countTable(tr("licence"), t.licences);
    md += tr("Credits: see %1.\n\n").arg(attributionFileName());
    md += demographicsSection(t);
    md += statusSection(t, info.qualityCounts);
    md += droppedSection(info.droppedByCheck);
    md += splitSection(info.splitSettings);
    md += leakSection(info.leaks);
    return md;
}

QString DatasetCard::attribution(const DatasetCardTally& t)
{
    const QMap<QString, int>& licences = t.licences;
    const QMap<QString, QMap<QString, int>>& sources = t.sources;
    QString md = tr("# Attribution\n\n");
    md += tr("Every licence in this export with its number of samples.\n\n");
    md += countTable(tr("licence"), licences);
    md += tr("## Sources that ask for credit\n\n");
    if (sources.isEmpty())
        md += tr("No sample carries a licence that asks for credit (CC-BY*).\n");
    for (auto l = sources.begin(); l != sources.end(); ++l) {
        md += QStringLiteral("### %1\n\n").arg(l.key());
        for (auto s = l.value().begin(); s != l.value().end(); ++s)
            md += QCoreApplication::translate("tally::DatasetCard", "- %1 (%n samples)\n", nullptr,
                                              s.value())
                      .arg(s.key());
        md += u'\n';
    }
    return md;
}

} // namespace tally
