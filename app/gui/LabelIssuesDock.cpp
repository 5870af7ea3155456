#include "gui/LabelIssuesDock.h"

#include "ConfusionHeatmap.h"
#include "gui/Labelling.h"
#include "gui/LambdaCommand.h"
#include "gui/Repositories.h"
#include "gui/Session.h"
#include "quality/FlagTriage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tally {

namespace {
const QString kCheck = QStringLiteral("label-issue");
}

LabelIssuesDock::LabelIssuesDock(Session& session, Labelling& labelling, QWidget* parent)
    : QDockWidget(tr("Likely Mislabelled"), parent), m_session(session), m_labelling(labelling)
{
    setObjectName(QStringLiteral("labelIssuesDock"));
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    m_summary = new QLabel(tr("Choose a prediction set (Assist ▸ Predictions), then Find."));
    m_summary->setWordWrap(true);
    auto* findButton = new QPushButton(tr("&Find"));
    connect(findButton, &QPushButton::clicked, this, &LabelIssuesDock::findRequested);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(findButton);
    layout->addLayout(top);
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("labelIssues"));
    m_table->setHorizontalHeaderLabels(
        {tr("Self-confidence"), tr("Given"), tr("Suggested"), tr("Sample")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < int(m_report.issues.size()))
            m_session.selectSample(m_report.issues[size_t(row)].sampleId);
    });
    m_heatmap = new ConfusionHeatmap;
    m_heatmap->setMinimumHeight(160);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_heatmap);
    layout->addWidget(split, 1);
    m_reason = new QLineEdit(FlagTriage::defaultKeepReason());
    m_reason->setPlaceholderText(tr("Why the label is right"));
    m_relabel = new QPushButton(tr("&Relabel as Suggested"));
    m_keep = new QPushButton(tr("&Keep"));
    connect(m_relabel, &QPushButton::clicked, this, &LabelIssuesDock::relabelAsSuggested);
    connect(m_keep, &QPushButton::clicked, this, &LabelIssuesDock::keep);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_reason, 1);
    actions->addWidget(m_keep);
    actions->addWidget(m_relabel);
    layout->addLayout(actions);
    setWidget(box);
}

bool LabelIssuesDock::find(const QString& setName)
{
    Project* project = m_session.project();
    if (!project || setName.isEmpty()) {
        m_summary->setText(tr("Choose a prediction set (Assist ▸ Predictions), then Find."));
        return false;
    }
    const auto report = assist::LabelIssues::find(*project, setName, 0);
    if (!report) {
        m_session.report(report.error());
        return false;
    }
    if (const Status st =
            assist::LabelIssues::recordFlags(*project, report.value(), m_session.annotator().id);
        !st) {
        m_session.report(st.error());
        return false;
    }
    m_report = report.value();
    m_session.reloadFlags();
    fill();
    return true;
}

void LabelIssuesDock::fill()
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_report.issues.size()));
    int row = 0;
    for (const assist::LabelIssueRow& i : m_report.issues) {
        const QStringList cells{QString::number(i.selfConfidence, 'f', 3), i.given, i.suggested,
                                i.path};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        ++row;
    }
    m_summary->setText(tr("%n likely mislabelled of %1 labelled samples with predictions (%2).",
                          nullptr, int(m_report.issues.size()))
                           .arg(m_report.samples)
                           .arg(m_report.setName));
    const int m = int(m_report.classes.size());
    std::vector<std::vector<int>> joint(size_t(m), std::vector<int>(size_t(m), 0));
    for (int g = 0; g < m; ++g)
        for (int c = 0; c < m; ++c)
            joint[size_t(g)][size_t(c)] = int(m_report.joint[size_t(g) * size_t(m) + size_t(c)]);
    m_heatmap->setMatrix(m_report.classes, m_report.classes, joint, tr("Given label"),
                         tr("Confident label"));
    m_heatmap->setTitle(tr("Confident joint"));
    m_relabel->setEnabled(m > 0 && !m_report.issues.empty());
    m_keep->setEnabled(!m_report.issues.empty());
}

int LabelIssuesDock::currentRow() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < int(m_report.issues.size()) ? row : -1;
}

qint64 LabelIssuesDock::currentIssueSample() const
{
    const int row = currentRow();
    return row < 0 ? 0 : m_report.issues[size_t(row)].sampleId;
}

void LabelIssuesDock::selectRow(int row)
{
    if (row >= 0 && row < m_table->rowCount())
        m_table->setCurrentCell(row, 0);
}

void LabelIssuesDock::relabelAsSuggested()
{
    const int row = currentRow();
    Repositories* repos = m_session.repos();
    if (row < 0 || !repos)
        return;
    const assist::LabelIssueRow& issue = m_report.issues[size_t(row)];
    const auto cls = repos->classes.classByName(issue.suggested);
    if (!cls) {
        m_session.report(cls.error());
        return;
    }
    if (m_labelling.setLabel(issue.sampleId, cls.value().id)) {
        m_session.showStatus(tr("Labelled %1 “%2”.").arg(issue.path, issue.suggested));
        selectRow(row + 1);
    }
}

void LabelIssuesDock::keep()
{
    const int row = currentRow();
    Project* project = m_session.project();
    if (row < 0 || !project)
        return;
    const qint64 sample = m_report.issues[size_t(row)].sampleId;
    const qint64 me = m_session.annotator().id;
    const QString reason = m_reason->text().trimmed().isEmpty() ? FlagTriage::defaultKeepReason()
                                                                : m_reason->text().trimmed();
    auto ids = std::make_shared<QList<qint64>>();
    auto error = std::make_shared<QString>();
    auto redo = [this, sample, me, reason, ids, error] {
        auto r = FlagTriage::keep(*m_session.project(), sample, {kCheck}, me, reason);
        *error = r ? QString() : r.error().toString();
        if (r)
            *ids = r.value();
        m_session.reloadFlags();
        return r.isOk();
    };
    auto undo = [this, me, ids] {
        const bool ok = FlagTriage::undoKeep(*m_session.project(), *ids, me).isOk();
        m_session.reloadFlags();
        return ok;
    };
    m_session.undoStack()->push(new LambdaCommand(tr("Keep label"), redo, undo, sample));
    if (!error->isEmpty()) {
        m_session.showStatus(*error);
        return;
    }
    m_session.showStatus(
        tr("Kept the label of %1: %2").arg(m_report.issues[size_t(row)].path, reason));
    selectRow(row + 1);
}

} // namespace tally
