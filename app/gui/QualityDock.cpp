#include "gui/QualityDock.h"

#include "ThresholdHistogram.h"
#include "gui/BackgroundTask.h"
#include "gui/LambdaCommand.h"
#include "gui/Repositories.h"
#include "gui/Session.h"
#include "models/SampleTableModel.h"
#include "quality/CheckHistogram.h"
#include "quality/QualitySettings.h"
#include "store/Project.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <cmath>

namespace tally {

namespace {
constexpr int kCheckRole = Qt::UserRole + 1;
} // namespace

QualityDock::QualityDock(Session& session, QWidget* parentWindow)
    : QDockWidget(tr("Quality"), parentWindow), m_session(session),
      m_task(new BackgroundTask(parentWindow, tr("Checking %v / %m"), tr("Cancel"), this))
{
    setObjectName(QStringLiteral("qualityDock"));
    m_runAction = new QAction(tr("Run &Quality Checks"), this);
    m_runAction->setObjectName(QStringLiteral("quality.run"));
    m_runAction->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    connect(m_runAction, &QAction::triggered, this, &QualityDock::runChecks);
    toggleViewAction()->setText(tr("&Quality"));
    toggleViewAction()->setObjectName(QStringLiteral("view.quality"));
    toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+Q")));

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    buildTable();
    layout->addWidget(m_table, 2);
    layout->addWidget(buildThresholdPanel(), 3);
    m_runButton = new QPushButton(tr("Run Checks"), body);
    m_runButton->setObjectName(QStringLiteral("qualityRunButton"));
    connect(m_runButton, &QPushButton::clicked, m_runAction, &QAction::trigger);
    layout->addWidget(m_runButton);
    setWidget(body);

    m_session.sampleModel()->setFlagDecoration(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    connect(&m_session, &Session::projectChanged, this, &QualityDock::onProjectChanged);
    connect(&m_session, &Session::flagsChanged, this, &QualityDock::refreshCounts);
    connect(&m_session, &Session::samplesChanged, this, &QualityDock::loadValues);
    connect(&m_session, &Session::aboutToClose, this, [this] {
        m_pending.clear();
        cancel();
        wait();
    });
    connect(&m_values, &QFutureWatcher<Values>::finished, this, [this] {
        const Values v = m_values.result();
        if (v.generation != m_generation || v.check != m_shownCheck)
            return; // a newer request is on its way
        if (!v.error.isEmpty())
            m_session.showStatus(v.error);
        m_histogram->setValues(v.values);
        Q_EMIT valuesShown();
    });
    onProjectChanged();
}

QualityDock::~QualityDock()
{
    cancel();
    wait();
    m_values.waitForFinished();
}

QWidget* QualityDock::progressWidget() const
{
    return m_task->progressWidget();
}

void QualityDock::buildTable()
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("qualityChecks"));
    m_table->setHorizontalHeaderLabels({tr("Check"), tr("Active")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto addRow = [this](const QString& check, const QString& text, const QString& tip) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(text);
        name->setData(kCheckRole, check);
        name->setToolTip(tip);
        m_table->setItem(row, 0, name);
        auto* count = new QTableWidgetItem;
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, count);
    };
    addRow(QString(), tr("All"), tr("Samples with an active flag of any check"));
    for (const CheckInfo& c : QualitySettings::checks())
        addRow(c.name, c.name, QCoreApplication::translate("tally::QualitySettings", c.meaning));
    connect(m_table, &QTableWidget::cellClicked, this, &QualityDock::onCellClicked);
}

QWidget* QualityDock::buildThresholdPanel()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_paramLabel = new QLabel(tr("Choose a check to see its measured values."), panel);
    m_paramLabel->setObjectName(QStringLiteral("qualityParamLabel"));
    m_paramLabel->setWordWrap(true);
    m_spin = new QDoubleSpinBox(panel);
    m_spin->setObjectName(QStringLiteral("qualityThreshold"));
    m_spin->setRange(-1e9, 1e9);
    m_spin->setDecimals(4);
    m_spin->setKeyboardTracking(false); // a value on Enter or an arrow step, not per key
    m_spin->setEnabled(false);
    row->addWidget(m_paramLabel, 1);
    row->addWidget(m_spin);
    layout->addLayout(row);
    m_histogram = new ThresholdHistogram(panel);
    m_histogram->setEnabled(false);
    m_histogram->setMinimumHeight(110); // its axes and their labels, whole
    layout->addWidget(m_histogram, 1);
    m_previewLabel = new QLabel(panel);
    m_previewLabel->setObjectName(QStringLiteral("qualityPreview"));
    // One line, so that it never squeezes the plot in a crowded dock column; the note on
    // a check's other measure is its tooltip.
    m_previewLabel->setWordWrap(false);
    layout->addWidget(m_previewLabel);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &QualityDock::setThreshold);
    connect(m_histogram, &ThresholdHistogram::thresholdDragged, this,
            &QualityDock::previewThreshold);
    connect(m_histogram, &ThresholdHistogram::thresholdChosen, this, [this](double v) {
        m_previewLabel->clear();
        if (!setThreshold(v))
            refreshCounts(); // dropped where it was: the stored count again
    });
    return panel;
}

QString QualityDock::previewText() const
{
    return m_previewLabel->text();
}

// The count the check would show with the line here, from the values in the histogram.
void QualityDock::previewThreshold(double value)
{
    {
        const QSignalBlocker block(m_spin);
        m_spin->setValue(value);
    }
    Project* project = m_session.project();
    const std::optional<ThresholdMeasure> m = CheckHistogram::thresholdOf(m_shownCheck);
    const int row = rowOfCheck(m_shownCheck);
    if (!project || !m || row < 0)
        return;
    const double window = m->windowParam.isEmpty()
                              ? 0.0
                              : QualitySettings::load(*project).value(m_shownCheck, m->windowParam);
    const QVector<double>& values = m_histogram->values();
    const qint64 n = CheckHistogram::countFlagged(values, *m, value, window);
    QTableWidgetItem* count = m_table->item(row, 1);
    count->setText(QLocale().toString(n));
    QFont font = count->font();
    font.setItalic(true);
    count->setFont(font);
    const QString at = QLocale().toString(value, 'g', 6);
    m_previewLabel->setText(
        m->partial
            ? tr("At %1: %2 of %3 flagged by %4")
                  .arg(at, QLocale().toString(n), QLocale().toString(values.size()), m->measure)
            : tr("At %1: %2 of %3 flagged.")
                  .arg(at, QLocale().toString(n), QLocale().toString(values.size())));
    m_previewLabel->setToolTip(
        m->partial ? tr("By %1 alone: the check's other measure may flag more.").arg(m->measure)
                   : QString());
}

int QualityDock::rowOfCheck(const QString& check) const
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->data(kCheckRole).toString() == check)
            return r;
    return -1;
}

QString QualityDock::countShown(const QString& check) const
{
    const int row = rowOfCheck(check);
    return row < 0 ? QString() : m_table->item(row, 1)->text();
}

void QualityDock::refreshCounts()
{
    Project* project = m_session.project();
    const QMap<QString, qint64> counts =
        project ? m_session.repos()->flags.activeCounts() : QMap<QString, qint64>();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString check = m_table->item(r, 0)->data(kCheckRole).toString();
        const qint64 n =
            check.isEmpty() ? m_session.sampleModel()->flaggedCount() : counts.value(check);
        QTableWidgetItem* count = m_table->item(r, 1);
        count->setText(project ? QLocale().toString(n) : QString());
        QFont countFont = count->font();
        countFont.setItalic(false);
        count->setFont(countFont);
        QFont font = m_table->item(r, 0)->font();
        font.setBold(n > 0);
        m_table->item(r, 0)->setFont(font);
    }
    // Nothing chosen yet: the histogram of the first check that flags something.
    if (project && m_shownCheck.isEmpty())
        for (const QString& check : CheckHistogram::checksWithMeasure())
            if (counts.value(check) > 0) {
                showCheck(check);
                break;
            }
}

void QualityDock::clickCheck(const QString& check)
{
    if (const int row = rowOfCheck(check); row >= 0)
        onCellClicked(row);
}

// A click on the filtering row again shows every sample.
void QualityDock::onCellClicked(int row)
{
    SampleTableModel* model = m_session.sampleModel();
    const QString check = m_table->item(row, 0)->data(kCheckRole).toString();
    if (model->isFlagFilterOn() && model->flagFilterCheck() == check) {
        model->setFlagFilter(false);
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
    model->setFlagFilter(true, check);
    if (!check.isEmpty())
        showCheck(check);
}

void QualityDock::showCheck(const QString& check)
{
    m_shownCheck = check;
    const std::optional<ThresholdMeasure> m = CheckHistogram::thresholdOf(check);
    const CheckInfo* info = QualitySettings::find(check);
    m_spin->setEnabled(m && m_session.project());
    m_histogram->setEnabled(m.has_value());
    if (!m || !info) {
        m_paramLabel->setText(tr("%1 has no measured value to show.").arg(check));
        m_histogram->setValues({});
        return;
    }
    QString unit;
    for (const CheckParam& p : info->params)
        if (p.name == m->param)
            unit = p.unit;
    m_paramLabel->setText(unit.isEmpty() ? QStringLiteral("%1.%2").arg(check, m->param)
                                         : tr("%1.%2 (%3)").arg(check, m->param, unit));
    m_histogram->setUnit(unit);
    if (Project* project = m_session.project())
        showThreshold(QualitySettings::load(*project).value(check, m->param));
    loadValues();
}

void QualityDock::showThreshold(double value)
{
    const QSignalBlocker block(m_spin);
    m_spin->setValue(value);
    m_histogram->setThreshold(value);
}

// On a worker: a million stored measures are JSON to parse.
void QualityDock::loadValues()
{
    Project* project = m_session.project();
    if (!project || !CheckHistogram::thresholdOf(m_shownCheck))
        return;
    const int generation = ++m_generation;
    const QString path = project->path(), check = m_shownCheck;
    m_values.setFuture(QtConcurrent::run([path, check, generation] {
        Values v{check, generation, {}, {}};
        auto values = CheckHistogram::valuesAt(path, check);
        if (values.isOk())
            v.values = std::move(values).value();
        else
            v.error = values.error().toString();
        return v;
    }));
}

bool QualityDock::setThreshold(double value)
{
    Project* project = m_session.project();
    const std::optional<ThresholdMeasure> m = CheckHistogram::thresholdOf(m_shownCheck);
    if (!project || !m || !std::isfinite(value))
        return false;
    const QString check = m_shownCheck, param = m->param;
    const double old = QualitySettings::load(*project).value(check, param);
    if (std::abs(old - value) <= 1e-12 * std::max(1.0, std::abs(old)))
        return false;
    auto apply = [this, check, param](double v) { return applySetting(check, param, v); };
    m_session.undoStack()->push(new LambdaCommand(
        tr("Set %1.%2 to %3").arg(check, param, QLocale().toString(value, 'g', 6)),
        [apply, value] { return apply(value); }, [apply, old] { return apply(old); }));
    return true;
}

bool QualityDock::applySetting(const QString& check, const QString& param, double value)
{
    if (!m_session.project())
        return false;
    const Status s = m_session.repos()->flags.setSetting(QualitySettings::key(check, param),
                                                         QString::number(value, 'g', 12),
                                                         m_session.annotator().id);
    if (!s) {
        m_session.report(s.error());
        return false;
    }
    if (check == m_shownCheck)
        showThreshold(value);
    requestRun({check});
    return true;
}

bool QualityDock::runChecks()
{
    if (!m_session.project()) {
        m_session.showStatus(tr("Open a project to run the quality checks."));
        return false;
    }
    if (isBusy()) {
        m_session.showStatus(tr("The quality checks are running already."));
        return false;
    }
    startRun({});
    return true;
}

// Runs now, or after the run that is on (the checks asked for meanwhile together).
void QualityDock::requestRun(const QStringList& checks)
{
    if (!isBusy()) {
        startRun(checks);
        return;
    }
    for (const QString& c : checks)
        if (!m_pending.contains(c))
            m_pending << c;
}

void QualityDock::startRun(const QStringList& checks)
{
    Project* project = m_session.project();
    if (!project)
        return;
    QualityRunOptions options;
    options.checks = checks;
    options.annotatorId = m_session.annotator().id;
    const QString path = project->path();
    const bool all = checks.isEmpty();
    m_runButton->setEnabled(false);
    m_task->start<QualityReport>(
        [path, options](const BackgroundTask::Progress& progress, const std::atomic_bool* cancel) {
            QualityRunOptions o = options;
            o.cancel = cancel;
            o.progress = [&progress](qint64 done, qint64 total) {
                progress(int(done), int(total));
            };
            return QualityRunner::runAt(path, o);
        },
        [this, all](const QualityReport& report) { onRunFinished(report, all); });
}

void QualityDock::onRunFinished(const QualityReport& report, bool all)
{
    m_report = report;
    m_runButton->setEnabled(true);
    if (!m_session.project())
        return;
    m_session.syncDataVersion(); // the worker's writes are this program's own
    m_session.reloadFlags();
    if (!report.errors.isEmpty())
        m_session.report(report.errors.first());
    if (report.cancelled)
        m_session.showStatus(tr("The quality checks were cancelled; nothing was recorded."));
    else if (all)
        m_session.showStatus(tr("Quality checks on %n sample(s): ", nullptr, int(report.checked)) +
                             tr("%n flag(s), ", nullptr, int(report.flags.size())) +
                             tr("%n file(s) not readable.", nullptr, int(report.errors.size())));
    if (all || report.measured > 0)
        loadValues();
    Q_EMIT runFinished();
    if (!m_pending.isEmpty()) {
        const QStringList next = m_pending;
        m_pending.clear();
        startRun(next);
    }
}

bool QualityDock::isBusy() const
{
    return m_task->isRunning();
}

void QualityDock::cancel()
{
    m_task->cancel();
}

void QualityDock::wait()
{
    m_task->wait();
}

void QualityDock::onProjectChanged()
{
    const bool open = m_session.project() != nullptr;
    m_runAction->setEnabled(open);
    m_runButton->setEnabled(open && !isBusy());
    m_session.sampleModel()->setFlagFilter(false);
    m_table->clearSelection();
    ++m_generation;
    if (!open) {
        m_shownCheck.clear();
        m_histogram->setValues({});
        m_spin->setEnabled(false);
    } else if (!m_shownCheck.isEmpty()) {
        showCheck(m_shownCheck);
    }
    refreshCounts();
}

} // namespace tally
