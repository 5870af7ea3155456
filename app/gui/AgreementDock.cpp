#include "gui/AgreementDock.h"

#include "ConfusionHeatmap.h"
#include "gui/Labelling.h"
#include "gui/Repositories.h"
#include "gui/Session.h"
#include "store/Project.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tally {

AgreementDock::AgreementDock(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("agreement"));
    m_scope = new QComboBox(this);
    m_iou = new QDoubleSpinBox(this);
    m_iou->setRange(0.05, 1.0);
    m_iou->setSingleStep(0.05);
    m_iou->setDecimals(2);
    m_iou->setValue(0.5);
    m_iou->setToolTip(tr("Two regions match when their intersection over union is at least this."));
    m_percent = new QLabel(this);
    m_fleiss = new QLabel(this);
    m_alpha = new QLabel(this);
    m_items = new QLabel(this);
    m_regions = new QLabel(this);
    m_regions->setWordWrap(true);
    m_boxes = new QLabel(this);
    m_boxes->setWordWrap(true);
    m_boxes->setToolTip(
        tr("Boxes match one to one at the box IoU threshold of the consensus settings, "
           "same class required."));
    for (QLabel* l : {m_percent, m_fleiss, m_alpha, m_items, m_regions, m_boxes})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Scope:"), m_scope);
    form->addRow(tr("Samples labelled:"), m_items);
    form->addRow(tr("Percent agreement:"), m_percent);
    form->addRow(tr("Fleiss' kappa:"), m_fleiss);
    form->addRow(tr("Krippendorff's alpha:"), m_alpha);
    form->addRow(tr("Region IoU threshold:"), m_iou);
    form->addRow(tr("Region agreement:"), m_regions);
    form->addRow(tr("Box agreement:"), m_boxes);

    m_cohen = new QTableWidget(0, 4, this);
    m_cohen->setObjectName(QStringLiteral("cohenTable"));
    m_cohen->setHorizontalHeaderLabels(
        {tr("Annotator A"), tr("Annotator B"), tr("Cohen's kappa"), tr("Samples")});
    m_cohen->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cohen->verticalHeader()->hide();
    m_cohen->horizontalHeader()->setStretchLastSection(true);
    m_cohen->setMaximumHeight(140);

    m_raterA = new QComboBox(this);
    m_raterB = new QComboBox(this);
    auto* pair = new QHBoxLayout;
    pair->addWidget(new QLabel(tr("Confusion:"), this));
    pair->addWidget(m_raterA, 1);
    pair->addWidget(new QLabel(tr("vs"), this));
    pair->addWidget(m_raterB, 1);
    m_heatmap = new ConfusionHeatmap(this);
    m_heatmap->setMinimumHeight(220);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_cohen);
    layout->addLayout(pair);
    layout->addWidget(m_heatmap, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &AgreementDock::recompute);
    connect(m_iou, &QDoubleSpinBox::valueChanged, this, &AgreementDock::recompute);
    connect(m_raterA, &QComboBox::currentIndexChanged, this, &AgreementDock::updateHeatmap);
    connect(m_raterB, &QComboBox::currentIndexChanged, this, &AgreementDock::updateHeatmap);
    auto changed = [this] {
        m_dirty = true;
        if (isVisible())
            recompute();
    };
    for (auto signal :
         {&Session::projectChanged, &Session::samplesChanged, &Session::classesChanged})
        connect(&m_session, signal, this, changed);
    connect(&m_session, &Session::sampleChanged, this, changed);
}

void AgreementDock::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        recompute();
}

std::optional<qint64> AgreementDock::classScope() const
{
    const qint64 id = m_scope->currentData().toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QString AgreementDock::format(const Statistic& s)
{
    return s.isDefined() ? QLocale().toString(s.value, 'f', 3) : QStringLiteral("—");
}

QString AgreementDock::valueText(const QString& key) const
{
    if (key == QLatin1String("percent"))
        return m_percent->text();
    if (key == QLatin1String("fleiss"))
        return m_fleiss->text();
    if (key == QLatin1String("alpha"))
        return m_alpha->text();
    if (key == QLatin1String("regions"))
        return m_regions->text();
    if (key == QLatin1String("boxes"))
        return m_boxes->text();
    return {};
}

void AgreementDock::rebuildScopes()
{
    const QSignalBlocker block(m_scope);
    const qint64 keep = m_scope->currentData().toLongLong();
    m_scope->clear();
    m_scope->addItem(tr("Whole project"), qint64(0));
    if (Repositories* ann = m_session.repos())
        for (const ClassRecord& c : ann->classes.classes())
            m_scope->addItem(tr("Class “%1” (vs the rest)").arg(c.name), c.id);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(keep)));
}

void AgreementDock::recompute()
{
    m_dirty = false;
    rebuildScopes();
    Project* project = m_session.project();
    m_report = project ? ProjectReview(*project).agreementReport(classScope(), m_iou->value())
                       : AgreementReport{};
    m_items->setText(QString::number(m_report.items));
    // Percent agreement is a share: shown as a percentage.
    const Statistic& pa = m_report.percentAgreement;
    m_percent->setText(pa.isDefined() ? tr("%1 % (%n sample(s) with 2+ labels)", nullptr, pa.items)
                                            .arg(QLocale().toString(100.0 * pa.value, 'f', 1))
                                      : QStringLiteral("—"));
    m_fleiss->setText(format(m_report.fleissKappa));
    m_alpha->setText(format(m_report.krippendorffAlpha));
    const PooledRegionAgreement& r = m_report.regions;
    m_regions->setText(r.comparisons == 0
                           ? tr("no sample has regions from two annotators")
                           : tr("F1 %1, mean IoU %2 (%3 of %4 regions matched, %5 comparisons)")
                                 .arg(format(Statistic{r.f1, r.comparisons}),
                                      format(Statistic{r.meanIoU, r.matched}))
                                 .arg(2 * r.matched)
                                 .arg(r.regions)
                                 .arg(r.comparisons));
    const PooledRegionAgreement& b = m_report.boxes;
    const QString boxIoU = QLocale().toString(b.iouThreshold, 'f', 2);
    m_boxes->setText(
        b.comparisons == 0
            ? tr("no image has boxes from two annotators")
            : tr("F1 %1, mean IoU %2 (%3 of %4 boxes matched, %5 comparisons, IoU ≥ %6)")
                  .arg(format(Statistic{b.f1, b.comparisons}),
                       format(Statistic{b.meanIoU, b.matched}))
                  .arg(2 * b.matched)
                  .arg(b.regions)
                  .arg(b.comparisons)
                  .arg(boxIoU));
    fillCohen();
    rebuildRaters();
    updateHeatmap();
}

QString AgreementDock::raterName(qint64 id) const
{
    return m_report.raterNames.value(id, QString::number(id));
}

void AgreementDock::fillCohen()
{
    m_cohen->setRowCount(int(m_report.cohenKappa.size()));
    for (int row = 0; row < m_report.cohenKappa.size(); ++row) {
        const RaterPairStatistic& p = m_report.cohenKappa.at(row);
        const QStringList cells = {raterName(p.raterA), raterName(p.raterB), format(p.stat),
                                   QString::number(p.stat.items)};
        for (int col = 0; col < cells.size(); ++col)
            m_cohen->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    m_cohen->resizeColumnsToContents();
}

void AgreementDock::rebuildRaters()
{
    QList<QPair<QString, qint64>> raters;
    for (auto it = m_report.raterNames.cbegin(); it != m_report.raterNames.cend(); ++it)
        raters << qMakePair(it.value(), it.key());
    std::sort(raters.begin(), raters.end());
    for (QComboBox* combo : {m_raterA, m_raterB}) {
        const QSignalBlocker block(combo);
        const qint64 keep = combo->currentData().toLongLong();
        combo->clear();
        for (const auto& r : raters)
            combo->addItem(r.first, r.second);
        const int index = combo->findData(keep);
        combo->setCurrentIndex(index >= 0 ? index
                                          : (combo == m_raterB && combo->count() > 1 ? 1 : 0));
    }
}

void AgreementDock::updateHeatmap()
{
    Project* project = m_session.project();
    const qint64 a = m_raterA->currentData().toLongLong();
    const qint64 b = m_raterB->currentData().toLongLong();
    if (!project || a <= 0 || b <= 0) {
        m_heatmap->clear();
        return;
    }
    const std::optional<qint64> scope = classScope();
    const ConfusionMatrix m = confusionMatrix(ProjectReview(*project).ratingTable(scope), a, b);
    QHash<qint64, QString> names;
    if (Repositories* ann = m_session.repos())
        for (const ClassRecord& c : ann->classes.classes())
            names.insert(c.id, c.name);
    QStringList labels;
    for (qint64 category : m.categories) {
        if (scope)
            labels << (category == kInCategory ? names.value(*scope) : tr("other"));
        else
            labels << names.value(category, QString::number(category));
    }
    m_heatmap->setMatrix(labels, labels, m.counts, m_raterA->currentText(),
                         m_raterB->currentText());
    m_heatmap->setTitle(tr("%1 vs %2: %n sample(s)", nullptr, m.total)
                            .arg(m_raterA->currentText(), m_raterB->currentText()));
    m_heatmap->replot();
}

} // namespace tally
