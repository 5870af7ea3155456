#include "gui/Session.h"

#include "gui/AnnotatorDialog.h"
#include "gui/ImportRunner.h"
#include "gui/Repositories.h"
#include "models/SampleTableModel.h"
#include "quality/QualitySettings.h"
#include "review/ProjectReview.h"
#include "store/Project.h"

#include <QSettings>
#include <QSqlQuery>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>

namespace tally {

namespace {
const QString kAnnotatorKey = QStringLiteral("annotator/name");
const QString kRoleKey = QStringLiteral("annotator/role");
const QString kBlindKey = QStringLiteral("blind_labelling");
const QString kLastSampleKey = QStringLiteral("gui/lastSample");
} // namespace

Session::Session(QObject* parent)
    : QObject(parent), m_stack(new QUndoStack(this)), m_model(new SampleTableModel(this))
{
}

// No signals here: the listeners may be gone already. Repositories go before the
// connection they use.
Session::~Session()
{
    m_repos.reset();
    m_project.reset();
}

Status Session::open(const QString& path)
{
    auto opened = Project::open(path);
    if (!opened.isOk())
        return opened.error();
    bind(std::move(opened).value());
    return {};
}

Status Session::create(const QString& path)
{
    auto created = Project::create(path);
    if (!created.isOk())
        return created.error();
    bind(std::move(created).value());
    return {};
}

void Session::bind(std::unique_ptr<Project> project)
{
    close();
    m_project = std::move(project);
    m_repos = std::make_unique<Repositories>(*m_project);
    m_stack->clear();
    ensureAnnotator();
    m_blind = m_project->setting(kBlindKey) == QLatin1String("1");
    Q_EMIT projectChanged();
    reloadSamples();
    if (!m_watch) {
        m_watch = new QTimer(this);
        m_watch->setInterval(2000);
        connect(m_watch, &QTimer::timeout, this, &Session::checkExternalChanges);
    }
    m_watch->start();
}

void Session::syncDataVersion()
{
    if (m_project)
        m_dataVersion = dataVersion();
}

// Changes only when another connection commits; this one's own writes leave it alone.
qint64 Session::dataVersion() const
{
    QSqlQuery q(m_project->db());
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

bool Session::checkExternalChanges()
{
    if (!m_project)
        return false;
    const qint64 now = dataVersion();
    if (now == m_dataVersion || now < 0)
        return false;
    m_dataVersion = now;
    const qint64 current = m_current;
    notifyClassesChanged();
    if (current > 0)
        Q_EMIT selectSampleRequested(current);
    showStatus(tr("Another program changed this project; it is shown as it is now."));
    return true;
}

void Session::close()
{
    if (!m_project)
        return;
    Q_EMIT aboutToClose();
    if (m_watch)
        m_watch->stop();
    m_stack->clear();
    m_current = 0;
    m_model->clear();
    m_repos.reset();
    m_project.reset();
    Q_EMIT projectChanged();
}

bool Session::setAnnotator(const QString& name, AnnotatorRole role)
{
    if (name.trimmed().isEmpty())
        return false;
    QSettings settings;
    settings.setValue(kAnnotatorKey, name.trimmed());
    settings.setValue(kRoleKey, annotatorRoleName(role));
    if (!m_repos) {
        m_annotator = AnnotatorRecord{0, name.trimmed(), role};
        Q_EMIT annotatorChanged();
        return true;
    }
    auto a = m_repos->annotators.ensureAnnotator(name, role);
    if (!a.isOk()) {
        report(a.error());
        return false;
    }
    if (a.value().role != role)
        m_repos->annotators.setAnnotatorRole(a.value().id, role);
    m_annotator = a.value();
    m_annotator.role = role;
    if (m_project)
        m_model->setMyLabels(m_repos->labels.labelNamesBy(m_annotator.id));
    Q_EMIT annotatorChanged();
    return true;
}

// The saved person, else the chooser's answer (first start), else the system user.
void Session::ensureAnnotator()
{
    QSettings settings;
    QString name = settings.value(kAnnotatorKey).toString();
    AnnotatorRole role =
        parseAnnotatorRole(settings.value(kRoleKey).toString()).value_or(AnnotatorRole::Annotator);
    if (name.isEmpty()) {
        name = AnnotatorDialog::systemUserName();
        if (m_interactive && m_chooser)
            m_chooser(&name, &role);
    }
    setAnnotator(name, role);
}

void Session::setCurrentSample(qint64 sampleId)
{
    m_current = sampleId;
    if (m_project && sampleId > 0)
        m_project->setSetting(kLastSampleKey, QString::number(sampleId));
    Q_EMIT currentSampleChanged(sampleId);
}

qint64 Session::lastSampleId() const
{
    return m_project ? m_project->setting(kLastSampleKey).toLongLong() : 0;
}

bool Session::selectSample(qint64 sampleId)
{
    if (sampleId <= 0)
        return false;
    if (sampleId != m_current)
        Q_EMIT selectSampleRequested(sampleId);
    return m_current == sampleId;
}

void Session::setBlindLabelling(bool on)
{
    if (m_project)
        m_project->setSetting(kBlindKey, on ? QStringLiteral("1") : QStringLiteral("0"));
    m_blind = on;
    Q_EMIT blindLabellingChanged(on);
}

void Session::reloadSamples()
{
    if (m_project) {
        syncDataVersion();           // what this reload reads is not another program's change
        m_model->reload(*m_project); // reads the splits too
        m_model->setMyLabels(m_repos->labels.labelNamesBy(m_annotator.id));
        readStatuses();
        readFlags();
    } else {
        m_model->clear();
    }
    Q_EMIT samplesChanged();
    if (m_project)
        Q_EMIT flagsChanged();
}

// Only the flagged samples: the open rows, the active ones kept by the model.
void Session::readFlags()
{
    m_model->setFlags(m_repos->flags.openFlags(), QualitySettings::checkNames());
}

void Session::reloadFlags()
{
    if (!m_project)
        return;
    readFlags();
    Q_EMIT flagsChanged();
}

// Streamed into the model's compact index: no hash of a million statuses is built.
void Session::readStatuses()
{
    const ProjectReview review(*m_project);
    m_model->beginStatuses();
    review.forEachEvidence([this, &review](qint64 id, const SampleEvidence& e) {
        m_model->putStatus(id, sampleStatusName(status(e, review.rule())));
    });
    m_model->endStatuses();
}

void Session::readDerived()
{
    readStatuses();
    m_model->reloadSplits();
}

void Session::refreshDerived()
{
    if (!m_project)
        return;
    readDerived();
    Q_EMIT derivedChanged();
}

void Session::notifySampleChanged(qint64 sampleId)
{
    if (!m_project)
        return;
    // Cheap, for one sample: the whole-project pass would run on every labelling key.
    if (const auto status = ProjectReview(*m_project).statusOf(sampleId); status.isOk())
        m_model->setStatus(sampleId, sampleStatusName(status.value()));
    QString mine;
    for (const LabelRecord& l : m_repos->labels.labelsOf(sampleId))
        if (l.annotatorId == m_annotator.id)
            mine = l.className;
    m_model->setMyLabel(sampleId, mine);
    Q_EMIT sampleChanged(sampleId);
}

void Session::notifySamplesChanged(const std::vector<qint64>& sampleIds)
{
    constexpr size_t kOneByOne = 16;
    if (!m_project || sampleIds.empty())
        return;
    if (sampleIds.size() <= kOneByOne) {
        for (qint64 id : sampleIds)
            notifySampleChanged(id);
        return;
    }
    m_model->setMyLabels(m_repos->labels.labelNamesBy(m_annotator.id));
    readStatuses();
    Q_EMIT derivedChanged();
    const bool current =
        std::find(sampleIds.begin(), sampleIds.end(), m_current) != sampleIds.end();
    Q_EMIT sampleChanged(current ? m_current : sampleIds.front());
}

void Session::notifyClassesChanged()
{
    reloadSamples();
    Q_EMIT classesChanged();
}

// An import may bring classes (a folder per class): every view of the class list is
// rebuilt, as after a class edit.
void Session::importFinished(const ImportReport& report)
{
    notifyClassesChanged();
    showStatus(ImportRunner::summary(report), 15000);
}

void Session::showStatus(const QString& text, int timeoutMs)
{
    Q_EMIT statusMessage(text, timeoutMs);
}

void Session::report(const Error& error)
{
    Q_EMIT errorReported(error);
}

} // namespace tally
