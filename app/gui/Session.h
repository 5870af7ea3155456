#pragma once
// The open document of the GUI, in the spirit of Sonic Visualiser's Document: the
// Project, its repositories, the undo stack, the person working, the current sample and
// the table model over the samples. It is the one place that says what changed:
//   projectChanged()          a project was opened, created or closed (project() may be null)
//   samplesChanged()          samples came or went (import, merge, a new clip, a class
//                             change): the model has re-read every row
//   sampleChanged(id)         labels, regions, boxes, votes or reviews of one sample
//                             changed; the model's row (status, my label) is already fresh
//   derivedChanged()          every sample's derived state (status, split) was re-derived
//   classesChanged()          the class list changed (after samplesChanged)
//   flagsChanged()            the quality flags or thresholds changed: the model's Quality
//                             column is already fresh (also after samplesChanged)
//   currentSampleChanged(id)  the sample being worked on (sent again when re-selected)
//   annotatorChanged(), blindLabellingChanged(on)
// and passes on what should be shown to the person (statusMessage, report(Error)).
// A view that owns the selection answers selectSampleRequested(id).
//
// Controllers take a Session& and never call back into the main window. GUI thread only.

#include "store/Records.h"
#include "util/Result.h"

#include <QObject>
#include <functional>
#include <memory>
#include <vector>

class QTimer;
class QUndoStack;

namespace tally {

class Project;
struct Repositories;
class SampleTableModel;
struct ImportReport;

class Session : public QObject
{
    Q_OBJECT
public:
    // Asked for the person working when none is saved in the user's settings yet: fills
    // name and role and returns true, or false to take the system user name.
    using AnnotatorChooser = std::function<bool(QString* name, AnnotatorRole* role)>;

    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    // Open or create a project file (the previous one is closed first, on success
    // only). The error names the file and the reason.
    Status open(const QString& path);
    Status create(const QString& path);
    void close();

    Project* project() const { return m_project.get(); }
    // The project's repositories (null without a project).
    Repositories* repos() const { return m_repos.get(); }
    QUndoStack* undoStack() const { return m_stack; }
    SampleTableModel* sampleModel() const { return m_model; }

    // The person working: saved in the user's settings and created in the project if
    // missing (with that role).
    bool setAnnotator(const QString& name, AnnotatorRole role);
    const AnnotatorRecord& annotator() const { return m_annotator; }
    void setAnnotatorChooser(AnnotatorChooser chooser) { m_chooser = std::move(chooser); }

    // The current sample (0 = none). The view calls setCurrentSample when its selection
    // moves; clearCurrentSample when nothing is selected (no signal).
    qint64 currentSampleId() const { return m_current; }
    void setCurrentSample(qint64 sampleId);
    void clearCurrentSample() { m_current = 0; }
    // The sample shown last in this project (a project setting), 0 if none.
    qint64 lastSampleId() const;
    // Asks the view to select the sample (clearing filters that hide it); true when it
    // is current afterwards.
    bool selectSample(qint64 sampleId);

    // Dialogs are skipped when not interactive (tests).
    bool isInteractive() const { return m_interactive; }
    void setInteractive(bool on) { m_interactive = on; }
    // Blind labelling (a project setting): others' labels, regions and boxes hidden.
    bool isBlindLabelling() const { return m_blind; }
    void setBlindLabelling(bool on);

    // Re-reads every sample row (and my labels, statuses, splits) -> samplesChanged.
    void reloadSamples();
    // Re-derives every status and reads the splits -> derivedChanged.
    void refreshDerived();
    // After an edit of one sample's labels, regions, boxes, votes or reviews.
    void notifySampleChanged(qint64 sampleId);
    // After one edit of many samples (a sensor run's range labelled): per sample as above
    // for a few; for more, my labels and every status are read in one pass ->
    // derivedChanged, then one sampleChanged (the current sample's if it is among them),
    // so that views that recount on any change recount once.
    void notifySamplesChanged(const std::vector<qint64>& sampleIds);
    // After an edit of the class list -> samplesChanged, classesChanged.
    void notifyClassesChanged();
    // After a quality run or a threshold change: the model reads the active flags again
    // -> flagsChanged.
    void reloadFlags();
    // Another program (tally-cli, a second Tally) committed to the project since the last
    // look (SQLite's PRAGMA data_version): every view reads it again, and the status bar
    // says so. Runs every 2 s on a timer while a project is open; true when it reloaded.
    bool checkExternalChanges();
    // Takes the project's current state as seen: after this program's own workers (an
    // import, an export on their own connections) wrote to it.
    void syncDataVersion();
    // A background import ended: the rows and the classes are read again (samplesChanged,
    // classesChanged) and the summary shown.
    void importFinished(const ImportReport& report);

    void showStatus(const QString& text, int timeoutMs = 8000);
    void report(const Error& error);

Q_SIGNALS:
    // Before the open project goes (work on it, such as an import, should stop).
    void aboutToClose();
    void projectChanged();
    void samplesChanged();
    void sampleChanged(qint64 sampleId);
    void derivedChanged();
    void classesChanged();
    void flagsChanged();
    void currentSampleChanged(qint64 sampleId);
    void annotatorChanged();
    void blindLabellingChanged(bool on);
    void selectSampleRequested(qint64 sampleId);
    void statusMessage(const QString& text, int timeoutMs);
    void errorReported(const tally::Error& error);

private:
    void bind(std::unique_ptr<Project> project);
    void ensureAnnotator();
    void readDerived();
    void readStatuses();
    void readFlags();
    qint64 dataVersion() const;

    std::unique_ptr<Project> m_project;
    std::unique_ptr<Repositories> m_repos;
    QUndoStack* m_stack = nullptr;       // child
    SampleTableModel* m_model = nullptr; // child
    AnnotatorRecord m_annotator;
    AnnotatorChooser m_chooser;
    qint64 m_current = 0;
    bool m_interactive = true;
    bool m_blind = false;
    qint64 m_dataVersion = -1;
    QTimer* m_watch = nullptr; // child
};

} // namespace tally
