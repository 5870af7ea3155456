#include "gui/LabelUi.h"

#include "gui/AnnotatorDialog.h"
#include "gui/AudioUi.h"
#include "gui/ClassEditor.h"
#include "gui/ImageUi.h"
#include "gui/LabelPanel.h"
#include "gui/Labelling.h"
#include "gui/ProgressUi.h"
#include "gui/Repositories.h"
#include "gui/SampleNavigator.h"
#include "gui/SeriesUi.h"
#include "gui/Session.h"
#include "gui/SwitchAnnotatorDialog.h"
#include "gui/UndoActions.h"
#include "models/DisplayNames.h"
#include "models/SampleTableModel.h"
#include "store/ClassKinds.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QUndoStack>

namespace tally {

LabelUi::LabelUi(Session& session, Labelling& labelling, SampleNavigator& navigator, AudioUi& audio,
                 ImageUi& image, QWidget* host)
    : QObject(host), m_session(session), m_labelling(labelling), m_navigator(navigator),
      m_audio(audio), m_image(image), m_host(host)
{
    m_labelPanel = new LabelPanel;
    m_annotatorLabel = new QLabel;
    m_progress = new ProgressUi(m_session, this);
    m_labelPanel->addFooter(m_progress->classLabel());
    createEditMenu();
    createLabelMenu();
    m_session.setAnnotatorChooser([host](QString* name, AnnotatorRole* role) {
        AnnotatorDialog d(*name, *role, host);
        if (d.exec() != QDialog::Accepted)
            return false;
        *name = d.name();
        *role = d.role();
        return true;
    });
    connect(m_labelPanel, &LabelPanel::classClicked, this, &LabelUi::applyClass);
    connect(m_labelPanel, &LabelPanel::clearClicked, this,
            [this] { m_labelling.setLabel(m_session.currentSampleId(), 0); });
    connect(&m_session, &Session::projectChanged, this, [this] {
        const QSignalBlocker block(m_blindAction);
        m_blindAction->setChecked(m_session.isBlindLabelling());
        rebuildClassActions();
    });
    connect(&m_session, &Session::classesChanged, this, [this] {
        rebuildClassActions();
        refreshLabels();
    });
    connect(&m_session, &Session::annotatorChanged, this, &LabelUi::onAnnotatorChanged);
    connect(&m_session, &Session::currentSampleChanged, this, &LabelUi::refreshLabels);
    connect(&m_session, &Session::sampleChanged, this, [this](qint64 id) {
        if (id == m_session.currentSampleId())
            refreshLabels();
    });
    connect(&m_session, &Session::blindLabellingChanged, this, [this](bool on) {
        const QSignalBlocker block(m_blindAction);
        m_blindAction->setChecked(on);
        refreshLabels();
    });
}

void LabelUi::createEditMenu()
{
    m_editMenu = new QMenu(tr("&Edit"), m_host);
    m_undoActions = new UndoActions(m_session, this);
    m_editMenu->addAction(m_undoActions->undoAction());
    m_editMenu->addAction(m_undoActions->redoAction());
    m_undoActions->undoAction()->setObjectName(QStringLiteral("edit.undo"));
    m_undoActions->redoAction()->setObjectName(QStringLiteral("edit.redo"));
    m_editMenu->addSeparator();
    m_editMenu->addAction(tr("&Classes…"), this, [this] {
        ClassEditor editor(&m_labelling, m_host);
        editor.exec();
    });
    m_editMenu->addAction(tr("Switch &Annotator…"), this, &LabelUi::switchAnnotator);
    m_blindAction = m_editMenu->addAction(tr("&Blind Labelling (hide others' labels)"));
    m_blindAction->setObjectName(QStringLiteral("edit.blind"));
    m_blindAction->setCheckable(true);
    connect(m_blindAction, &QAction::toggled, &m_session, &Session::setBlindLabelling);
}

void LabelUi::createLabelMenu()
{
    m_labelMenu = new QMenu(tr("&Label"), m_host);
    auto add = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        QAction* a = m_labelMenu->addAction(text, this, slot);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        m_host->addAction(a);
        return a;
    };
    add(tr("&Next Sample"), {QKeySequence(Qt::Key_J)}, [this] {
        m_navigator.move(1);
    })->setObjectName(QStringLiteral("label.next"));
    add(tr("&Previous Sample"), {QKeySequence(Qt::Key_K)}, [this] {
        m_navigator.move(-1);
    })->setObjectName(QStringLiteral("label.previous"));
    add(tr("Next &Unlabelled"), {QKeySequence(Qt::Key_N)}, [this] {
        nextUnlabelled();
    })->setObjectName(QStringLiteral("label.nextUnlabelled"));
    add(tr("&Delete Region or Box / Clear My Label"), {QKeySequence(Qt::Key_Delete)}, [this] {
        deleteSelectedOrClear();
    })->setObjectName(QStringLiteral("label.delete"));
    m_labelMenu->addAction(m_audio.regionToolAction());
    m_labelMenu->addSeparator();
    m_labelMenu->addActions(m_audio.clipActions());
    m_labelMenu->addSeparator();
}

void LabelUi::rebuildClassActions()
{
    for (QAction* a : std::as_const(m_classActions)) {
        m_host->removeAction(a);
        m_labelMenu->removeAction(a);
        delete a;
    }
    m_classActions.clear();
    Repositories* ann = m_session.repos();
    if (!ann) {
        m_labelPanel->setClasses({});
        return;
    }
    const auto classes = ann->classes.classes();
    m_labelPanel->setClassKinds(classKinds(*m_session.project()));
    m_labelPanel->setClasses(classes);
    for (const ClassRecord& c : classes) {
        auto* a = new QAction(tr("Label “%1”").arg(c.name), this);
        if (!c.hotkey.isEmpty() && !ClassEditor::reservedHotkeys().contains(c.hotkey.toUpper()))
            a->setShortcut(QKeySequence(c.hotkey.toUpper()));
        a->setShortcutContext(Qt::WindowShortcut);
        const qint64 id = c.id;
        connect(a, &QAction::triggered, this, [this, id] { applyClass(id); });
        m_host->addAction(a);
        m_labelMenu->addAction(a);
        m_classActions << a;
    }
}

void LabelUi::switchAnnotator()
{
    const AnnotatorRecord& me = m_session.annotator();
    Repositories* repos = m_session.repos();
    if (!repos) {
        AnnotatorDialog d(me.name, me.role, m_host);
        if (d.exec() == QDialog::Accepted)
            m_session.setAnnotator(d.name(), d.role());
        return;
    }
    SwitchAnnotatorDialog d(repos->annotators.annotators(), me.name, me.role, m_host);
    if (d.exec() != QDialog::Accepted || d.name().isEmpty())
        return;
    const bool isNew = d.isNewPerson();
    if (m_session.setAnnotator(d.name(), d.role()))
        m_session.showStatus(
            isNew ? tr("New person %1 (%2) is working now.")
                        .arg(d.name(), annotatorRoleName(d.role()))
                  : tr("%1 (%2) is working now.").arg(d.name(), annotatorRoleName(d.role())));
}

void LabelUi::onAnnotatorChanged()
{
    const AnnotatorRecord& a = m_session.annotator();
    const QString role = DisplayNames::role(annotatorRoleName(a.role));
    m_annotatorLabel->setText(tr("Annotator: %1 (%2)").arg(a.name, role));
    m_labelPanel->setAnnotator(a.name, role);
    refreshLabels();
}

void LabelUi::nextUnlabelled()
{
    Repositories* ann = m_session.repos();
    if (!ann)
        return;
    const qint64 next =
        ann->labels.nextUnlabelled(m_session.annotator().id, m_session.currentSampleId());
    if (next == 0) {
        m_session.showStatus(tr("Every sample has your label."), 5000);
        return;
    }
    if (!m_navigator.showSample(next))
        m_session.showStatus(tr("The next unlabelled sample is hidden by the filter."), 5000);
}

void LabelUi::applyClass(qint64 classId)
{
    const qint64 sample = m_session.currentSampleId();
    if (!sample || !m_session.repos())
        return;
    if (m_image.applyClassToSelectedBox(classId) || m_audio.applyClassToSelectedRegion(classId))
        return;
    if (m_series && m_series->applyClassToSelection(classId))
        return;
    if (m_labelling.setLabel(sample, classId))
        m_navigator.move(1);
}

void LabelUi::deleteSelectedOrClear()
{
    if (m_image.deleteSelectedBox() || m_audio.deleteSelectedRegion())
        return;
    m_labelling.setLabel(m_session.currentSampleId(), 0);
}

void LabelUi::refreshLabels()
{
    const qint64 sample = m_session.currentSampleId();
    Repositories* ann = m_session.repos();
    if (!sample || !ann) {
        m_labelPanel->clearSample();
        return;
    }
    QString mine;
    QList<LabelRecord> others;
    for (const LabelRecord& l : ann->labels.labelsOf(sample)) {
        if (l.annotatorId == m_session.annotator().id)
            mine = l.className;
        else
            others << l;
    }
    const SampleRecord r = m_session.sampleModel()->recordOf(sample);
    const QString imported = r.id > 0 ? r.className : QString();
    if (r.id > 0)
        m_labelPanel->setCurrentKind(r.kind);
    m_labelPanel->setLabels(imported, mine, others, m_session.isBlindLabelling());
}

} // namespace tally
