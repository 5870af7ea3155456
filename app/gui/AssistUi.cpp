#include "gui/AssistUi.h"

#include "BoxItem.h"
#include "assist/AssistRunner.h"
#include "assist/LabelIssues.h"
#include "assist/PredictionImport.h"
#include "gui/BackgroundTask.h"
#include "gui/DataMapDock.h"
#include "gui/ImageUi.h"
#include "gui/LabelIssuesDock.h"
#include "gui/LabelPanel.h"
#include "gui/Labelling.h"
#include "gui/Repositories.h"
#include "gui/SampleNavigator.h"
#include "gui/Session.h"
#include "store/Predictions.h"
#include "store/Project.h"

#include <QAction>
#include <QActionGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <algorithm>

namespace tally {

namespace {
const QString kActiveSet = QStringLiteral("assist/predictions");
const QString kHideInBlind = QStringLiteral("assist/hide_in_blind");
const QString kMethod = QStringLiteral("assist/uncertainty");
} // namespace

AssistUi::AssistUi(Session& session, Labelling& labelling, SampleNavigator& navigator,
                   LabelPanel* panel, ImageUi& image, QWidget* host)
    : QObject(host), m_session(session), m_labelling(labelling), m_navigator(navigator),
      m_panel(panel), m_image(image), m_host(host)
{
    m_issues = new LabelIssuesDock(session, labelling, host);
    m_map = new DataMapDock(session, labelling, host);
    m_task = new BackgroundTask(host, tr("Assistant %v / %m"), tr("Cancel"), this);
    connect(m_issues, &LabelIssuesDock::findRequested, this,
            [this] { m_issues->find(activeSet()); });
    createMenu();
    m_image.setPredictedBoxes([this](qint64 sampleId) { return predictedBoxes(sampleId); });
    connect(&m_session, &Session::projectChanged, this, [this] {
        m_margin =
            m_session.project() && m_session.project()->setting(kMethod) == QLatin1String("margin");
        rebuildSetMenu();
        refresh();
    });
    connect(&m_session, &Session::currentSampleChanged, this, &AssistUi::refresh);
    connect(&m_session, &Session::blindLabellingChanged, this, [this] {
        refresh();
        m_image.refreshBoxes();
    });
}

QList<BoxItem> AssistUi::predictedBoxes(qint64 sampleId)
{
    m_predictedClass.clear();
    QList<BoxItem> items;
    Project* project = m_session.project();
    if (!project || activeSet().isEmpty() || suggestionsHidden())
        return items;
    Predictions preds(*project);
    const auto set = preds.set(activeSet());
    if (!set)
        return items;
    const auto row = preds.of(set.value().id, sampleId);
    if (!row || !row.value())
        return items;
    for (const PredictedBox& b : row.value()->boxes) {
        BoxItem item;
        item.id = kPredictedBoxIdBase + items.size();
        item.rect = QRectF(b.x, b.y, b.w, b.h);
        const auto cls = m_session.repos()->classes.classByName(b.className);
        item.colour = cls ? Labelling::colourOf(cls.value()) : QColor(Qt::gray);
        item.label = tr("%1 %2 (suggested)").arg(b.className).arg(b.score, 0, 'f', 2);
        item.editable = false;
        item.predicted = true;
        m_predictedClass.insert(item.id, b.className);
        items << item;
    }
    return items;
}

void AssistUi::createMenu()
{
    m_menu = new QMenu(tr("A&ssist"), m_host);
    m_setMenu = m_menu->addMenu(tr("&Predictions"));
    connect(m_setMenu, &QMenu::aboutToShow, this, &AssistUi::rebuildSetMenu);
    m_menu->addAction(tr("&Import Predictions…"), this, &AssistUi::importDialog)
        ->setObjectName(QStringLiteral("assist.import"));
    m_menu->addSeparator();
    m_accept = m_menu->addAction(tr("&Accept Suggestion"), this, &AssistUi::acceptSuggestion);
    m_accept->setObjectName(QStringLiteral("assist.accept"));
    m_accept->setEnabled(false); // until a sample has a suggestion (refresh)
    m_accept->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_uncertain = m_menu->addAction(tr("Next Most &Uncertain"), this, &AssistUi::nextUncertain);
    m_uncertain->setObjectName(QStringLiteral("assist.uncertain"));
    m_uncertain->setShortcut(QKeySequence(Qt::Key_U));
    for (QAction* a : {m_accept, m_uncertain}) {
        a->setShortcutContext(Qt::WindowShortcut);
        m_host->addAction(a);
    }
    QMenu* method = m_menu->addMenu(tr("Uncertainty &Measure"));
    auto* group = new QActionGroup(method);
    QAction* least = method->addAction(tr("&Least Confidence"));
    m_marginAction = method->addAction(tr("&Margin"));
    for (QAction* a : {least, m_marginAction}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    least->setChecked(true);
    connect(m_marginAction, &QAction::toggled, this, &AssistUi::setMargin);
    QAction* issues =
        m_menu->addAction(tr("Likely Mis&labelled…"), this, &AssistUi::showLabelIssues);
    issues->setObjectName(QStringLiteral("assist.labelIssues"));
    issues->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    QAction* map = m_menu->addAction(tr("&Data Map…"), this, &AssistUi::showDataMap);
    map->setObjectName(QStringLiteral("assist.dataMap"));
    map->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    m_menu->addSeparator();
    m_menu->addAction(tr("&Train Baseline"), this, [this] { trainBaseline(); })
        ->setObjectName(QStringLiteral("assist.train"));
    m_menu->addAction(tr("Detect &People in Images"), this, &AssistUi::detectPeople)
        ->setObjectName(QStringLiteral("assist.detect"));
    m_menu->addSeparator();
    m_hideInBlind = m_menu->addAction(tr("&Hide Suggestions in Blind Labelling"));
    m_hideInBlind->setCheckable(true);
    connect(m_hideInBlind, &QAction::toggled, this, &AssistUi::setHideInBlind);
}

void AssistUi::rebuildSetMenu()
{
    m_setMenu->clear();
    Project* project = m_session.project();
    const auto sets = project ? Predictions(*project).list()
                              : Result<QList<PredictionSetInfo>>(QList<PredictionSetInfo>());
    if (!sets || sets.value().isEmpty()) {
        m_setMenu->addAction(tr("(none: import or train one)"))->setEnabled(false);
    } else {
        auto* group = new QActionGroup(m_setMenu);
        for (const PredictionSetInfo& s : sets.value()) {
            QAction* a = m_setMenu->addAction(
                tr("%1 — %2 samples, %3").arg(s.name).arg(s.samples).arg(s.source));
            a->setCheckable(true);
            a->setChecked(s.name == activeSet());
            group->addAction(a);
            const QString name = s.name;
            connect(a, &QAction::triggered, this, [this, name] { setActiveSet(name); });
        }
    }
    const QSignalBlocker block(m_hideInBlind);
    m_hideInBlind->setChecked(project && project->setting(kHideInBlind) == QLatin1String("1"));
    const QSignalBlocker blockMargin(m_marginAction);
    m_marginAction->setChecked(m_margin);
}

// The set chosen in Assist ▸ Predictions; until one is chosen, the newest set (one that
// tally-cli trained or imported is used without a further step).
QString AssistUi::activeSet() const
{
    Project* project = m_session.project();
    if (!project)
        return {};
    const QString chosen = project->setting(kActiveSet);
    if (!chosen.isEmpty())
        return chosen;
    const auto sets = Predictions(*project).list();
    if (!sets || sets.value().isEmpty())
        return {};
    const auto newest =
        std::max_element(sets.value().cbegin(), sets.value().cend(),
                         [](const PredictionSetInfo& a, const PredictionSetInfo& b) {
                             return a.created < b.created;
                         });
    return newest->name;
}

void AssistUi::setActiveSet(const QString& name)
{
    if (!m_session.project())
        return;
    if (const Status st = m_session.project()->setSetting(kActiveSet, name); !st)
        m_session.report(st.error());
    refresh();
    m_image.refreshBoxes();
}

bool AssistUi::suggestionsHidden() const
{
    Project* project = m_session.project();
    return project && m_session.isBlindLabelling() &&
           project->setting(kHideInBlind) == QLatin1String("1");
}

void AssistUi::setHideInBlind(bool on)
{
    if (Project* project = m_session.project())
        project->setSetting(kHideInBlind, on ? QStringLiteral("1") : QStringLiteral("0"));
    refresh();
    m_image.refreshBoxes();
}

void AssistUi::setMargin(bool on)
{
    m_margin = on;
    if (Project* project = m_session.project())
        project->setSetting(kMethod,
                            on ? QStringLiteral("margin") : QStringLiteral("least-confidence"));
}

Status AssistUi::importPredictions(const QString& file, const QString& name, QStringList* issues)
{
    Project* project = m_session.project();
    if (!project)
        return Error{file, tr("no project is open")};
    const auto read = assist::PredictionImport::read(file, *project);
    if (!read)
        return read.error();
    for (const assist::FileIssue& i : read.value().issues)
        *issues << i.toString();
    const auto id = Predictions(*project).write(
        name, tr("import: %1").arg(QFileInfo(file).fileName()), read.value().classes,
        {{QStringLiteral("file"), file}}, read.value().rows, m_session.annotator().id);
    if (!id)
        return id.error();
    setActiveSet(name);
    m_session.showStatus(
        tr("Imported %n prediction(s) as “%1”.", nullptr, int(read.value().rows.size())).arg(name));
    return {};
}

void AssistUi::importDialog()
{
    if (!m_session.project())
        return;
    const QString file =
        QFileDialog::getOpenFileName(m_host, tr("Import Predictions"), QString(),
                                     tr("Predictions (*.csv *.jsonl *.ndjson);;All files (*)"));
    if (file.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_host, tr("Import Predictions"), tr("Set name:"),
                                               QLineEdit::Normal, QFileInfo(file).baseName(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    QStringList issues;
    if (const Status st = importPredictions(file, name, &issues); !st) {
        QMessageBox::warning(m_host, tr("Import Predictions"), st.error().toString());
        return;
    }
    if (!issues.isEmpty())
        QMessageBox::information(m_host, tr("Import Predictions"),
                                 tr("%n line(s) were left out:", nullptr, int(issues.size())) +
                                     QStringLiteral("\n\n") +
                                     QStringList(issues.mid(0, 30)).join(QLatin1Char('\n')));
}

std::optional<AssistUi::Top> AssistUi::topOf(qint64 sampleId) const
{
    Project* project = m_session.project();
    if (!project || sampleId <= 0 || activeSet().isEmpty())
        return std::nullopt;
    Predictions preds(*project);
    const auto set = preds.set(activeSet());
    if (!set)
        return std::nullopt;
    const auto row = preds.of(set.value().id, sampleId);
    if (!row || !row.value())
        return std::nullopt;
    Top top;
    top.boxes = int(row.value()->boxes.size());
    const std::vector<float>& p = row.value()->probs;
    if (!p.empty() && p.size() == size_t(set.value().classes.size())) {
        const auto best = std::max_element(p.begin(), p.end());
        top.cls = set.value().classes[int(best - p.begin())];
        top.prob = double(*best);
    }
    return top;
}

void AssistUi::refresh()
{
    const auto top = suggestionsHidden() ? std::nullopt : topOf(m_session.currentSampleId());
    // Enter is only taken while there is something to accept: elsewhere it stays the
    // focused widget's (a list's activation, a dialog's default button).
    m_accept->setEnabled(top && (!top->cls.isEmpty() || top->boxes > 0));
    if (!top || (top->cls.isEmpty() && top->boxes == 0)) {
        m_panel->setSuggestion({});
        return;
    }
    QString text = top->cls.isEmpty()
                       ? tr("Suggested: %n box(es)", nullptr, top->boxes)
                       : tr("Suggested: %1 %2 %").arg(top->cls).arg(top->prob * 100.0, 0, 'f', 0);
    if (!top->cls.isEmpty() && top->boxes > 0)
        text += tr(", %n box(es)", nullptr, top->boxes);
    m_panel->setSuggestion(text + tr(" — Enter accepts"));
}

bool AssistUi::acceptSuggestion()
{
    Repositories* repos = m_session.repos();
    const qint64 sample = m_session.currentSampleId();
    if (!repos || sample <= 0 || suggestionsHidden())
        return false;
    if (const auto box = m_image.selectedPredictedBox()) {
        const auto rec = repos->classes.classByName(m_predictedClass.value(box->id));
        return m_image.adoptBox(box->rect, rec ? rec.value().id : 0);
    }
    const auto top = topOf(sample);
    if (!top || top->cls.isEmpty()) {
        m_session.showStatus(tr("No suggestion for this sample."));
        return false;
    }
    const auto cls = repos->classes.classByName(top->cls);
    if (!cls) {
        m_session.showStatus(
            tr("The suggested class “%1” is not a class of the project.").arg(top->cls));
        return false;
    }
    if (!m_labelling.setLabel(sample, cls.value().id))
        return false;
    m_navigator.move(1);
    return true;
}

bool AssistUi::nextUncertain()
{
    Project* project = m_session.project();
    if (!project)
        return false;
    if (activeSet().isEmpty()) {
        m_session.showStatus(tr("Choose a prediction set first (Assist ▸ Predictions)."));
        return false;
    }
    const auto next = assist::LabelIssues::nextUncertain(
        *project, activeSet(),
        m_margin ? assist::UncertaintyMethod::Margin : assist::UncertaintyMethod::LeastConfidence,
        1, m_session.annotator().id);
    if (!next) {
        m_session.report(next.error());
        return false;
    }
    if (next.value().empty()) {
        m_session.showStatus(tr("No unlabelled sample with predictions is left."));
        return false;
    }
    const assist::UncertainSample& s = next.value().front();
    m_session.showStatus(tr("Most uncertain: %1 (top %2 at %3 %)")
                             .arg(s.path, s.top)
                             .arg(s.topProb * 100.0, 0, 'f', 0));
    return m_navigator.showSample(s.sampleId);
}

QWidget* AssistUi::progressWidget() const
{
    return m_task->progressWidget();
}

bool AssistUi::isRunning() const
{
    return m_task->isRunning();
}

void AssistUi::waitForRun()
{
    m_task->wait();
    QCoreApplication::processEvents(); // the finished callback is queued to this thread
}

void AssistUi::showDataMap()
{
    m_map->show();
    m_map->raise();
    if (activeSet().isEmpty())
        m_session.showStatus(tr("Choose a prediction set first (Assist ▸ Predictions)."));
    else
        m_map->load(activeSet());
}

bool AssistUi::trainBaseline(int folds)
{
    Project* project = m_session.project();
    if (!project || m_task->isRunning())
        return false;
    const auto req = assist::AssistRunner::prepareTraining(*project, folds);
    if (!req) {
        m_session.report(req.error());
        return false;
    }
    using Out =
        std::optional<Result<assist::TrainOutcome>>; // a report must be default-constructible
    return m_task->start<Out>(
        [r = req.value()](const BackgroundTask::Progress& progress,
                          const std::atomic_bool* cancel) {
            return Out(assist::AssistRunner::runTraining(r, [&](int done, int total) {
                progress(done, total);
                return !cancel->load();
            }));
        },
        [this](const Out& result) {
            const auto& out = *result;
            if (!out || !m_session.project())
                return m_session.report(out ? Error{{}, tr("the project was closed")}
                                            : out.error());
            const auto id = assist::AssistRunner::storeTraining(
                *m_session.project(), QStringLiteral("baseline"), out.value(),
                m_session.annotator().id);
            if (!id)
                return m_session.report(id.error());
            setActiveSet(QStringLiteral("baseline"));
            m_session.showStatus(
                tr("Baseline: out-of-fold accuracy %1 % over %2 folds (%n skipped).", nullptr,
                   int(out.value().skipped.size()))
                    .arg(out.value().result.accuracy * 100.0, 0, 'f', 1)
                    .arg(out.value().result.folds),
                20000);
        });
}

bool AssistUi::detectPeople()
{
    Project* project = m_session.project();
    if (!project || m_task->isRunning())
        return false;
    const auto req = assist::AssistRunner::prepareDetection(*project);
    if (!req) {
        m_session.report(req.error());
        return false;
    }
    using Out =
        std::optional<Result<assist::DetectOutcome>>; // a report must be default-constructible
    return m_task->start<Out>(
        [r = req.value()](const BackgroundTask::Progress& progress,
                          const std::atomic_bool* cancel) {
            return Out(assist::AssistRunner::runDetection(r, [&](int done, int total) {
                progress(done, total);
                return !cancel->load();
            }));
        },
        [this](const Out& result) {
            const auto& out = *result;
            if (!out || !m_session.project())
                return m_session.report(out ? Error{{}, tr("the project was closed")}
                                            : out.error());
            const auto id = assist::AssistRunner::storeDetection(
                *m_session.project(), QStringLiteral("hog"), out.value(), m_session.annotator().id);
            if (!id)
                return m_session.report(id.error());
            setActiveSet(QStringLiteral("hog"));
            m_session.showStatus(tr("Person detector: %1 people in %2 images.")
                                     .arg(out.value().boxes)
                                     .arg(out.value().rows.size()),
                                 20000);
        });
}

void AssistUi::showLabelIssues()
{
    m_issues->show();
    m_issues->raise();
    m_issues->find(activeSet());
}

} // namespace tally
