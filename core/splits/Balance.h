#pragma once
// Class balance reports and rebalance plans. Pure functions over plain items: the
// caller gathers effective classes, splits, statuses or metadata values (see
// EffectiveClass.h, store/Splits.h) so that the same code serves the GUI chart, the
// CLI and the dataset card. Nothing here writes to a project; plans are previews
// that an exporter applies.

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace tally {

// One sample as the balance report sees it.
struct BalanceItem
{
    qint64 sampleId = 0;
    QString className;        // effective class; empty = no class (row "")
    QString split;            // "training" / "validation" / "testing"; empty = none
    QString key;              // the value of the report's dimension (the split, a status,
                              // a gender, an age band, …); empty = unknown
    double durationSec = 0.0; // of all the samples the item stands for
    qint64 count = 1;         // samples the item stands for (an aggregated cell: more)
};

struct BalanceCell
{
    qint64 count = 0;
    double seconds = 0.0;
    double hours() const { return seconds / 3600.0; }
};

struct BalanceRow
{
    QString className;
    BalanceCell total;
    QMap<QString, BalanceCell> byKey; // dimension value -> samples of this class
    double percentOfAll = 0.0;        // 0..100 of all samples in the report
    double shareOfLargest = 0.0;      // count / the largest class's count (0..1)
};

struct BalanceWarning
{
    enum class Kind
    {
        ClassUnderShare,
        SplitTooSmall
    };
    Kind kind = Kind::ClassUnderShare;
    QString className;
    QString split; // SplitTooSmall only
    qint64 count = 0;
    double threshold = 0; // the share (0..1) or the minimum count it is under
    QString text;         // translated, one line
};

struct BalanceOptions
{
    double minShareOfLargest = 0.5; // a class under this share of the largest warns
    qint64 minPerSplit = 10;        // a class with fewer samples in a split warns
};

struct BalanceReport
{
    QString dimension;      // e.g. "split", "status", "gender"
    QStringList keys;       // dimension values present, sorted ("" last)
    QList<BalanceRow> rows; // by class name
    BalanceCell total;
    QMap<QString, BalanceCell> totalByKey;
    QList<BalanceWarning> warnings;
    QJsonObject toJson() const; // keys as in the CLI's balance --json
};

// Rebalance inputs: hashKey is the sample's content hash (or its stored path when it
// has none). Its rank is SHA-1(hashKey as UTF-8), ties broken by sample id.
struct RebalanceItem
{
    qint64 sampleId = 0;
    QString className;
    QString hashKey;
};

// Undersampling: per class over the target, keep the `target` samples with the
// smallest rank; drop the rest. The choice depends on the samples' hashes only (not
// on their order or on chance); adding a sample to a class drops at most one that
// was kept before, and only if the new one ranks lower.
struct UndersamplePlan
{
    qint64 target = 0;
    QMap<QString, qint64> before; // class -> samples
    QMap<QString, qint64> after;  // class -> samples kept
    QSet<qint64> dropped;         // sample ids
    QJsonObject toJson() const;
};

// Augmentation the exporter applies to an oversampled copy.
struct AugmentationParams
{
    double maxTimeShiftSec = 0.1; // uniform in [-max, +max]
    double minGainDb = -6.0;      // uniform in [min, max]
    double maxGainDb = 6.0;
    double backgroundProbability = 0.8; // share of copies mixed with _background_noise_
    double minSnrDb = 5.0;              // uniform in [min, max] when mixed
    double maxSnrDb = 20.0;
    QJsonObject toJson() const;
};

// The parameters of one augmented copy (deterministic per sample hash and index).
struct AugmentedCopy
{
    double timeShiftSec = 0.0;
    double gainDb = 0.0;
    bool mixBackground = false;
    double snrDb = 0.0;
    quint64 backgroundPick = 0; // choose background file = pick % files
};

// Oversampling: per class under the target, target - n augmented copies spread over
// its samples by rank (each gets floor(copies / n); the first copies % n by rank one
// more). Pass training samples only: augmented copies in validation or testing
// would leak near-duplicates into evaluation.
struct OversamplePlan
{
    struct PerClass
    {
        qint64 have = 0;
        qint64 copies = 0;
    };
    qint64 target = 0;
    QMap<QString, PerClass> classes;
    QHash<qint64, int> copiesOf; // sample id -> augmented copies to make
    AugmentationParams augmentation;
    QJsonObject toJson() const;
};

class Balance
{
    Q_DECLARE_TR_FUNCTIONS(tally::Balance)

public:
    static BalanceReport report(const std::vector<BalanceItem>& items, const QString& dimension,
                                const BalanceOptions& options = {});
    static UndersamplePlan planUndersample(const std::vector<RebalanceItem>& items,
                                           qint64 targetPerClass);
    // targetPerClass <= 0: the largest class's count.
    static OversamplePlan planOversample(const std::vector<RebalanceItem>& items,
                                         qint64 targetPerClass,
                                         const AugmentationParams& params = {});
    static AugmentedCopy augmentation(const QString& hashKey, int copyIndex,
                                      const AugmentationParams& params);
    // Keras-style balanced weights: n_total / (n_classes * n_c) for classes with n_c > 0.
    static QMap<QString, double> classWeights(const QMap<QString, qint64>& counts);
    // The rank key (20 bytes of SHA-1) of a hash key.
    static QByteArray rankKey(const QString& hashKey);
};

} // namespace tally
