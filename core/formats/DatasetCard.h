#pragma once
// The Markdown dataset card written beside every export (DATASET_CARD.md) and the
// attribution file (ATTRIBUTION.md).
//
// The card: when and with which Tally version (TALLY_VERSION) the export was made, the
// format and its parameters; counts per class x split (samples without a stored split
// in their own column) with hours of audio (durations as exported: the clip length for
// Speech Commands clips, the source duration otherwise); licences with sample counts;
// demographics coverage (value counts of the metadata keys gender, age, accent and
// accents, when any sample has them); review status counts (ExportItem::status, from
// the caller) and quality counts (ExportInputs::qualityCounts, from the caller); the
// split method and its parameters as the project's settings hold them: keys under
// "split/", and the JSON object under "split.method" (store/Splits.h) flattened into
// "split/<key>" ("not recorded" when absent); leaks across splits (store/SplitLeaks.h:
// duplicate and near-duplicate pairs, groups) counted by why, the first 20 named.
//
// Attribution: every licence with its sample count; for each licence that asks for
// credit (any Creative Commons BY licence: SPDX ids starting "CC-BY") the sources of
// its samples with their counts. Samples without a licence count as "unspecified".
//
// Thread-safety: markdown() / attribution() are pure; infoFor() reads the project on
// the calling thread.

#include "formats/ExportSet.h"
#include "store/SplitLeaks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <array>

namespace tally {

class Project;

struct DatasetCardInfo
{
    QString projectName;
    QString format;                        // "speech-commands", "csv", "edge-impulse"
    QJsonObject parameters;                // the exporter's
    QHash<QString, QString> splitSettings; // project settings under "split/"
    QHash<QString, int> qualityCounts;     // check -> samples (empty: not recorded)
    QHash<QString, int> droppedByCheck;    // check -> samples this export left out
    // Leaks across the current splits (store/SplitLeaks.h); unset: not looked at.
    std::optional<QList<StoredLeak>> leaks;
    QDateTime at; // UTC
};

// What the card and the attribution count, added one exported item at a time, so that a
// streamed export need not hold its items (markdown(items) is markdown(tally(items))).
struct DatasetCardTally
{
    qint64 items = 0;
    qint64 images = 0;
    qint64 background = 0;
    double totalSec = 0.0;
    QMap<QString, std::array<qint64, 4>> classSplits; // class -> training, validation,
                                                      // testing, no split (no background)
    QMap<QString, double> classSeconds;
    QMap<QString, int> licences;                    // licence name -> samples
    QMap<QString, QMap<QString, int>> sources;      // credit licence -> source -> samples
    QMap<QString, int> statuses;                    // status -> samples (when given)
    QMap<QString, QMap<QString, int>> demographics; // key -> value given -> samples

    void add(const ExportItem& item);
};

class DatasetCard
{
    Q_DECLARE_TR_FUNCTIONS(tally::DatasetCard)

public:
    static QString cardFileName() { return QStringLiteral("DATASET_CARD.md"); }
    static QString attributionFileName() { return QStringLiteral("ATTRIBUTION.md"); }

    static DatasetCardInfo infoFor(Project& project, const QString& format,
                                   const QJsonObject& parameters, const ExportInputs& inputs);
    static QString markdown(const std::vector<ExportItem>& items, const DatasetCardInfo& info);
    static QString attribution(const std::vector<ExportItem>& items);
    static DatasetCardTally tally(const std::vector<ExportItem>& items);
    static QString markdown(const DatasetCardTally& tally, const DatasetCardInfo& info);
    static QString attribution(const DatasetCardTally& tally);
    // Whether an SPDX licence id asks for credit (CC-BY*).
    static bool asksForCredit(const QString& licence);
};

} // namespace tally
