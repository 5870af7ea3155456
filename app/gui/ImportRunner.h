#pragma once
// Runs a folder import (Speech Commands, Common Voice, or images: folder, COCO, VOC, YOLO) on a
// worker thread, with a progress bar and a Cancel button for the status bar. The worker opens its
// own Project on the same file (a Project belongs to the thread that opened it); the GUI reloads
// its view of the samples when finished() arrives. One import at a time.

#include "formats/ImportReport.h"

#include <QObject>

class QWidget;

namespace tally {

class BackgroundTask;

class ImportRunner : public QObject
{
    Q_OBJECT
public:
    enum class Format
    {
        SpeechCommands,
        CommonVoice,
        Images,
        Coco,
        Voc,
        Yolo
    };

    explicit ImportRunner(QWidget* parentWindow);
    ~ImportRunner() override;

    // A widget (progress bar + cancel button) for the status bar; hidden when idle.
    QWidget* progressWidget() const;
    bool start(const QString& projectPath, const QString& folder, const QString& licence,
               const QString& source, Format format = Format::SpeechCommands,
               bool allowOutside = false);
    bool isRunning() const;
    void cancel();
    void wait();
    const ImportReport& lastReport() const { return m_report; }
    // When interactive (the default), a finished import with failed files shows a
    // dialog listing each file and its reason. Tests turn it off.
    void setInteractive(bool on) { m_interactive = on; }
    // One line: imported / skipped / already present / failed (and warnings, cancelled).
    static QString summary(const ImportReport& report);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const tally::ImportReport& report);

private:
    void showReport(const QString& folder) const;

    bool m_interactive = true;
    QWidget* m_parentWindow = nullptr;
    BackgroundTask* m_task = nullptr; // child QObject
    ImportReport m_report;
};

} // namespace tally
