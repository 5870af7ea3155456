#include "gui/BalanceDock.h"

#include "BalanceData.h"
#include "ClassBalanceChart.h"
#include "review/Consensus.h"
#include "store/Project.h"
#include "store/Splits.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tally {

namespace {

QColor keyColour(const QString& dimension, const QString& key)
{
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("training"), QColor(55, 126, 184)},
        {QStringLiteral("validation"), QColor(255, 127, 0)},
        {QStringLiteral("testing"), QColor(77, 175, 74)},
        {QStringLiteral("unlabelled"), QColor(170, 170, 170)},
        {QStringLiteral("labelled"), QColor(55, 126, 184)},
        {QStringLiteral("agreed"), QColor(77, 175, 74)},
        {QStringLiteral("disputed"), QColor(255, 127, 0)},
        {QStringLiteral("resolved"), QColor(152, 78, 163)},
        {QStringLiteral("rejected"), QColor(228, 26, 28)}};
    if (key.isEmpty())
        return QColor(200, 200, 200);
    if (dimension == QLatin1String("split") || dimension == QLatin1String("status"))
        return colours.value(key);
    return {};
}

} // namespace

BalanceDock::BalanceDock(QWidget* parent) : QDockWidget(tr("Class Balance"), parent)
{
    setObjectName(QStringLiteral("balanceDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(makeControls());
    m_chart = new ClassBalanceChart(body);
    m_chart->setObjectName(QStringLiteral("balanceChart"));
    m_chart->setMinimumSize(320, 200);
    layout->addWidget(m_chart, 1);
    layout->addWidget(makePlanControls());
    m_weights = new QPlainTextEdit(body);
    m_weights->setObjectName(QStringLiteral("classWeights"));
    m_weights->setReadOnly(true);
    m_weights->setMaximumHeight(110);
    m_weights->hide();
    layout->addWidget(m_weights);
    setWidget(body);
}

QWidget* BalanceDock::makeControls()
{
    auto* row = new QWidget(this);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    m_by = new QComboBox(row);
    m_by->setObjectName(QStringLiteral("balanceBy"));
    m_by->setToolTip(
        tr("What the bars are stacked by: the split, the review status, or a metadata field"));
    fillDimensions();
    m_hours = new QCheckBox(tr("Hours"), row);
    m_hours->setToolTip(tr("Hours of audio instead of sample counts"));
    m_minShare = new QDoubleSpinBox(row);
    m_minShare->setRange(0, 100);
    m_minShare->setDecimals(0);
    m_minShare->setSuffix(tr(" %"));
    m_minShare->setValue(50);
    m_minShare->setToolTip(tr("Warn when a class has less than this share of the largest class"));
    m_minSplit = new QSpinBox(row);
    m_minSplit->setRange(0, 1000000);
    m_minSplit->setValue(10);
    m_minSplit->setToolTip(tr("Warn when a class has fewer samples than this in a split"));
    h->addWidget(new QLabel(tr("Stack by"), row));
    h->addWidget(m_by);
    h->addWidget(m_hours);
    h->addStretch(1);
    h->addWidget(new QLabel(tr("Min share"), row));
    h->addWidget(m_minShare);
    h->addWidget(new QLabel(tr("Min per split"), row));
    h->addWidget(m_minSplit);
    connect(m_by, &QComboBox::currentIndexChanged, this, &BalanceDock::refresh);
    connect(m_hours, &QCheckBox::toggled, this, &BalanceDock::refresh);
    connect(m_minShare, &QDoubleSpinBox::valueChanged, this, &BalanceDock::refresh);
    connect(m_minSplit, &QSpinBox::valueChanged, this, &BalanceDock::refresh);
    return row;
}

QWidget* BalanceDock::makePlanControls()
{
    auto* row = new QWidget(this);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    m_plan = new QComboBox(row);
    m_plan->setObjectName(QStringLiteral("rebalancePlan"));
    m_plan->addItem(tr("Undersample to"), int(Plan::Undersample));
    m_plan->addItem(tr("Oversample training to"), int(Plan::Oversample));
    m_plan->addItem(tr("Class weights"), int(Plan::ClassWeights));
    m_target = new QSpinBox(row);
    m_target->setRange(0, 100000000);
    m_target->setValue(10);
    m_target->setSuffix(tr(" per class"));
    m_target->setToolTip(
        tr("Samples per class after the plan (oversample: 0 = the largest class)"));
    m_previewButton = new QPushButton(tr("Preview"), row);
    m_previewButton->setToolTip(tr("Draw the plan beside the current bars; nothing is written"));
    m_clearButton = new QPushButton(tr("Clear"), row);
    auto* copy = new QPushButton(tr("Copy weights"), row);
    copy->setVisible(false);
    h->addWidget(new QLabel(tr("Rebalance"), row));
    h->addWidget(m_plan);
    h->addWidget(m_target);
    h->addWidget(m_previewButton);
    h->addWidget(m_clearButton);
    h->addWidget(copy);
    h->addStretch(1);
    connect(m_plan, &QComboBox::currentIndexChanged, this, [this, copy] {
        const bool weights = Plan(m_plan->currentData().toInt()) == Plan::ClassWeights;
        m_target->setEnabled(!weights);
        copy->setVisible(weights);
    });
    connect(m_previewButton, &QPushButton::clicked, this, &BalanceDock::onPreviewClicked);
    connect(m_clearButton, &QPushButton::clicked, this, &BalanceDock::clearPreview);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(weightsText()); });
    return row;
}

void BalanceDock::fillDimensions()
{
    const QString keep = m_by->count() > 0 ? dimension() : QStringLiteral("split");
    const QSignalBlocker block(m_by);
    m_by->clear();
    m_by->addItem(tr("Split"), QStringLiteral("split"));
    m_by->addItem(tr("Review status"), QStringLiteral("status"));
    if (m_project) {
        const QStringList keys = Splits(*m_project).metadataKeys();
        if (!keys.isEmpty())
            m_by->insertSeparator(m_by->count());
        for (const QString& key : keys)
            m_by->addItem(tr("Field: %1").arg(key), key);
    }
    const int i = m_by->findData(keep);
    m_by->setCurrentIndex(i >= 0 ? i : 0);
}

void BalanceDock::setProject(Project* project)
{
    m_project = project;
    fillDimensions();
    markStale();
}

QString BalanceDock::dimension() const
{
    return m_by->currentData().toString();
}

void BalanceDock::markStale()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void BalanceDock::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    // Docked at the bottom it would start as thin as the window allows: give the
    // chart room the first time (later, the saved window state decides).
    auto* window = qobject_cast<QMainWindow*>(parentWidget());
    if (!m_sized && window && !isFloating() && height() < 300) {
        m_sized = true;
        window->resizeDocks({this}, {window->height() * 2 / 5}, Qt::Vertical);
    }
    if (m_stale)
        refresh();
}

BalanceOptions BalanceDock::options() const
{
    BalanceOptions o;
    o.minShareOfLargest = m_minShare->value() / 100.0;
    o.minPerSplit = m_minSplit->value();
    return o;
}

// The report's keys in reading order: splits as training / validation / testing,
// statuses in their workflow order, anything else as sorted; "" (none) last.
QStringList BalanceDock::orderedKeys(const BalanceReport& report)
{
    QStringList order;
    if (report.dimension == QLatin1String("split"))
        order = QStringList{QStringLiteral("training"), QStringLiteral("validation"),
                            QStringLiteral("testing")};
    else if (report.dimension == QLatin1String("status"))
        for (SampleStatus s : allSampleStatuses())
            order << sampleStatusName(s);
    QStringList keys;
    for (const QString& k : order)
        if (report.keys.contains(k))
            keys << k;
    for (const QString& k : report.keys)
        if (!keys.contains(k) && !k.isEmpty())
            keys << k;
    if (report.keys.contains(QString()))
        keys << QString();
    return keys;
}

// One line per kind of warning (and split), so that many small splits do not fill the chart.
QStringList BalanceDock::warningLines(const BalanceReport& report)
{
    QStringList under, lines;
    QMap<QString, QStringList> smallBySplit;
    qint64 minPerSplit = 0;
    double share = 0;
    for (const BalanceWarning& w : report.warnings) {
        if (w.kind == BalanceWarning::Kind::ClassUnderShare) {
            under << w.className;
            share = w.threshold;
        } else {
            smallBySplit[w.split] << w.className;
            minPerSplit = qint64(w.threshold);
        }
    }
    if (!under.isEmpty())
        lines << tr("Under %1 % of the largest class: %2")
                     .arg(std::lround(share * 100))
                     .arg(under.join(QStringLiteral(", ")));
    QStringList splits{QStringLiteral("training"), QStringLiteral("validation"),
                       QStringLiteral("testing")};
    for (const QString& split : smallBySplit.keys())
        if (!splits.contains(split))
            splits << split;
    for (const QString& split : splits)
        if (smallBySplit.contains(split))
            lines << tr("Fewer than %1 samples in %2: %3")
                         .arg(minPerSplit)
                         .arg(split, smallBySplit.value(split).join(QStringLiteral(", ")));
    return lines;
}

BalanceData BalanceDock::chartData(const BalanceReport& report, bool hours)
{
    BalanceData d;
    d.unit = hours ? QStringLiteral("hours") : QStringLiteral("samples");
    for (const BalanceRow& row : report.rows)
        d.categories << (row.className.isEmpty() ? tr("(no class)") : row.className);
    for (const QString& key : orderedKeys(report)) {
        d.stacks << (key.isEmpty() ? tr("(none)") : key);
        d.stackColours << keyColour(report.dimension, key);
        std::vector<double> values;
        for (const BalanceRow& row : report.rows) {
            const BalanceCell cell = row.byKey.value(key);
            values.push_back(hours ? cell.hours() : double(cell.count));
        }
        d.values.push_back(std::move(values));
    }
    return d;
}

void BalanceDock::refresh()
{
    m_stale = false;
    if (!m_project) {
        m_report = {};
        m_chart->setData({});
        m_chart->setWarnings({});
        m_chart->clearThresholdLine();
        return;
    }
    m_inputs = gatherBalanceInputs(*m_project, dimension());
    m_report = Balance::report(m_inputs.items, dimension(), options());
    const bool hours = m_hours->isChecked();
    m_chart->setTitle(hours
                          ? tr("Hours of audio per class, by %1").arg(m_by->currentText().toLower())
                          : tr("Samples per class, by %1").arg(m_by->currentText().toLower()));
    m_chart->setData(chartData(m_report, hours));
    m_chart->setWarnings(warningLines(m_report));
    QStringList all;
    for (const BalanceWarning& w : m_report.warnings)
        all << w.text;
    m_chart->setToolTip(all.join(QLatin1Char('\n')));
    double largest = 0.0;
    for (const BalanceRow& row : m_report.rows)
        if (!row.className.isEmpty())
            largest = std::max(largest, hours ? row.total.hours() : double(row.total.count));
    m_chart->setThresholdLine(largest > 0.0 ? largest * options().minShareOfLargest : -1.0);
    m_weights->hide();
}

void BalanceDock::setDimension(const QString& dimension)
{
    const int i = m_by->findData(dimension);
    if (i >= 0)
        m_by->setCurrentIndex(i);
}

void BalanceDock::setHours(bool on)
{
    m_hours->setChecked(on);
}

void BalanceDock::setThresholds(double minShareOfLargest, qint64 minPerSplit)
{
    m_minShare->setValue(minShareOfLargest * 100.0);
    m_minSplit->setValue(int(minPerSplit));
}

void BalanceDock::onPreviewClicked()
{
    preview(Plan(m_plan->currentData().toInt()), m_target->value());
}

void BalanceDock::preview(Plan plan, qint64 targetPerClass)
{
    if (!m_project)
        return;
    if (m_stale)
        refresh();
    m_plan->setCurrentIndex(m_plan->findData(int(plan)));
    if (plan != Plan::ClassWeights)
        m_target->setValue(int(targetPerClass));
    std::vector<BalanceItem> after;
    if (plan == Plan::Undersample) {
        const UndersamplePlan p =
            Balance::planUndersample(m_inputs.all, std::max<qint64>(targetPerClass, 1));
        for (const BalanceItem& item : m_inputs.items)
            if (!p.dropped.contains(item.sampleId))
                after.push_back(item);
    } else if (plan == Plan::Oversample) {
        const OversamplePlan p = Balance::planOversample(m_inputs.training, targetPerClass);
        after = m_inputs.items;
        for (const BalanceItem& item : m_inputs.items)
            for (int i = 0; i < p.copiesOf.value(item.sampleId); ++i)
                after.push_back(item);
    } else {
        QStringList lines;
        const auto weights = Balance::classWeights(countsByClass(m_inputs.training));
        for (auto it = weights.cbegin(); it != weights.cend(); ++it)
            lines << QStringLiteral("%1\t%2").arg(it.key(), QString::number(it.value(), 'f', 4));
        m_weights->setPlainText(lines.join(QLatin1Char('\n')));
        m_weights->show();
        return;
    }
    m_weights->hide();
    const BalanceReport planned = Balance::report(after, dimension(), options());
    m_chart->setPreview(chartData(planned, m_hours->isChecked()));
}

void BalanceDock::clearPreview()
{
    m_chart->clearPreview();
    m_weights->hide();
}

QString BalanceDock::weightsText() const
{
    return m_weights->toPlainText();
}

} // namespace tally
