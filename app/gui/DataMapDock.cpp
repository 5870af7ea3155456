#include "gui/DataMapDock.h"

#include "DataMapPlot.h"
#include "assist/DataMap.h"
#include "gui/Labelling.h"
#include "gui/Repositories.h"
#include "gui/Session.h"
#include "splits/EffectiveClass.h"
#include "store/Predictions.h"
#include "store/Project.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tally {

namespace {
constexpr int kNeighbours = 10;

QString pathOf(const Project* project, qint64 id)
{
    const auto r = project ? project->sample(id) : Result<SampleRecord>(Error{});
    return r ? r.value().path : QString();
}
} // namespace

DataMapDock::DataMapDock(Session& session, Labelling& labelling, QWidget* parent)
    : QDockWidget(tr("Data Map"), parent), m_session(session), m_labelling(labelling)
{
    setObjectName(QStringLiteral("dataMapDock"));
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    m_summary = new QLabel(tr("Choose a prediction set (Assist ▸ Predictions)."));
    m_summary->setWordWrap(true);
    m_colourBy = new QComboBox;
    m_colourBy->addItems(
        {tr("Colour by class"), tr("Colour by label issue"), tr("Colour by split")});
    connect(m_colourBy, &QComboBox::currentIndexChanged, this, &DataMapDock::recolour);
    auto* lasso = new QPushButton(tr("&Lasso"));
    lasso->setCheckable(true);
    m_labelClass = new QComboBox;
    auto* label = new QPushButton(tr("Label &Selection"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_colourBy);
    top->addWidget(lasso);
    top->addStretch(1);
    top->addWidget(m_labelClass);
    top->addWidget(label);
    layout->addWidget(m_summary);
    layout->addLayout(top);
    m_plot = new DataMapPlot;
    m_plot->setMinimumSize(320, 240);
    layout->addWidget(m_plot, 1);
    m_neighbours = new QListWidget;
    m_neighbours->setMaximumHeight(140);
    layout->addWidget(m_neighbours);
    setWidget(box);
    connect(lasso, &QPushButton::toggled, m_plot, &DataMapPlot::setLassoMode);
    connect(label, &QPushButton::clicked, this,
            [this] { labelSelection(m_labelClass->currentData().toLongLong()); });
    connect(m_plot, &DataMapPlot::pointActivated, this,
            [this](qint64 id) { m_session.selectSample(id); });
    connect(m_neighbours, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        m_session.selectSample(item->data(Qt::UserRole).toLongLong());
    });
    connect(&m_session, &Session::currentSampleChanged, this, &DataMapDock::showNeighbours);
    m_plot->setTooltipProvider([this](qint64 id) {
        return tr("%1\noutlier score %2")
            .arg(pathOf(m_session.project(), id))
            .arg(outlierScore(id), 0, 'f', 2);
    });
}

DataMapDock::~DataMapDock() = default;

bool DataMapDock::load(const QString& setName)
{
    Project* project = m_session.project();
    if (!project || setName.isEmpty())
        return false;
    Predictions preds(*project);
    const auto set = preds.set(setName);
    if (!set) {
        m_session.report(set.error());
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::vector<float> x;
    int dims = 0;
    m_ids.clear();
    auto take = [&](qint64 id, const float* v, int d) {
        if (dims == 0)
            dims = d;
        if (d != dims)
            return;
        m_ids << id;
        x.insert(x.end(), v, v + d);
    };
    Status st = preds.forEachEmbedding(set.value().id, take);
    bool fromProbs = false;
    if (st && m_ids.isEmpty()) { // an imported set has no embeddings: its probabilities
        fromProbs = true;
        const int m = int(set.value().classes.size());
        st = preds.forEachProbs(set.value().id, [&](qint64 id, const float* p) { take(id, p, m); });
    }
    const int n = int(m_ids.size());
    m_xy = assist::pca2(x, n, dims);
    m_index.clear();
    for (int i = 0; i < n; ++i)
        m_index.insert(m_ids[i], i);
    m_knn = n > 1 ? std::make_unique<assist::NeighbourIndex>(x, n, dims) : nullptr;
    m_outliers = m_knn ? m_knn->outlierScores(kNeighbours) : std::vector<float>(size_t(n), 0.0f);
    QApplication::restoreOverrideCursor();
    if (!st) {
        m_session.report(st.error());
        return false;
    }
    m_summary->setText(tr("%n sample(s) of “%1”, PCA of their %2.", nullptr, n)
                           .arg(setName, fromProbs ? tr("probabilities") : tr("embeddings")));
    m_labelClass->clear();
    for (const ClassRecord& c : m_session.repos()->classes.classes())
        m_labelClass->addItem(c.name, c.id);
    recolour();
    m_plot->resetView();
    showNeighbours(m_session.currentSampleId());
    return true;
}

void DataMapDock::recolour()
{
    Project* project = m_session.project();
    if (!project || m_ids.isEmpty())
        return;
    QHash<qint64, QString> key;
    if (m_colourBy->currentIndex() == 0)
        key = effectiveClasses(*project);
    else if (m_colourBy->currentIndex() == 1)
        for (qint64 id :
             m_session.repos()->flags.activeSamples({QStringLiteral("label-issue")}).keys())
            key.insert(id, tr("likely mislabelled"));
    else
        key = m_session.repos()->splits.splits();
    QStringList names;
    QVector<int> colour;
    for (qint64 id : std::as_const(m_ids)) {
        const QString k = key.value(id, tr("none"));
        int c = int(names.indexOf(k));
        if (c < 0) {
            c = int(names.size());
            names << k;
        }
        colour << c;
    }
    QVector<QColor> palette;
    for (const QString& name : std::as_const(names)) {
        const auto cls = m_session.repos()->classes.classByName(name);
        palette << (cls                  ? Labelling::colourOf(cls.value())
                    : name == tr("none") ? QColor(Qt::lightGray)
                                         : QColor::fromHsv(int(qHash(name) % 360), 200, 210));
    }
    m_plot->setPoints(m_ids, m_xy, colour, palette, names);
    m_plot->setCurrent(m_session.currentSampleId());
    m_plot->replot();
}

double DataMapDock::outlierScore(qint64 sampleId) const
{
    const int i = m_index.value(sampleId, -1);
    return i < 0 || size_t(i) >= m_outliers.size() ? 0.0 : double(m_outliers[size_t(i)]);
}

void DataMapDock::showNeighbours(qint64 sampleId)
{
    m_neighbours->clear();
    const int i = m_index.value(sampleId, -1);
    if (!m_knn || i < 0 || !m_session.project())
        return;
    QVector<qint64> ids;
    m_neighbours->addItem(tr("Outlier score %1 — nearest %2:")
                              .arg(outlierScore(sampleId), 0, 'f', 2)
                              .arg(kNeighbours));
    for (const auto& [j, dist] : m_knn->nearest(i, kNeighbours)) {
        const qint64 id = m_ids[j];
        ids << id;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(dist, 0, 'f', 3).arg(pathOf(m_session.project(), id)));
        item->setData(Qt::UserRole, id);
        m_neighbours->addItem(item);
    }
    m_plot->setCurrent(sampleId);
    m_plot->setNeighbours(ids);
    m_plot->replot();
}

int DataMapDock::labelSelection(qint64 classId)
{
    const QVector<qint64> ids = m_plot->selectedIds();
    if (ids.isEmpty() || classId <= 0) {
        m_session.showStatus(tr("Select samples with the lasso first (Shift+drag)."));
        return 0;
    }
    if (!m_labelling.setLabels(std::vector<qint64>(ids.begin(), ids.end()), classId))
        return 0;
    m_session.showStatus(tr("Labelled %n sample(s) — Ctrl+Z undoes.", nullptr, int(ids.size())));
    return int(ids.size());
}

} // namespace tally
