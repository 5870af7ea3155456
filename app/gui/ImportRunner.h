#pragma once
// Runs a folder import (Speech Commands, Common Voice, or images: folder, COCO, VOC, YOLO) on a
// worker thread, with a progress bar and a Cancel button for the status bar. The worker opens its
// own Project on the same file (a Project belongs to the thread that opened it); the GUI reloads
// its view of the samples when finished() arrives. One import at a time.
//
// After the import, on the same worker, the quality checks run scoped to the samples it
// added (core/quality/QualityRunner.h, QualityRunOptions::scope — what tally-cli import
// does): the new samples are measured and compared with the whole project's stored hashes
// and fingerprints, and only flags naming them change. Cancelling stops the checks too
// (then no flag is recorded; the imported samples stay). lastQuality() holds what they
// found.

#include "formats/ImportReport.h"
#include "quality/QualityRunner.h"

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
        Yolo,
        Ims,      // NASA IMS bearing snapshots (formats/SeriesImporter.h)
        SensorCsv // Edge Impulse-style sensor CSV
    };

    explicit ImportRunner(QWidget* parentWindow);
    ~ImportRunner() override;

    // A widget (progress bar + cancel button) for the status bar; hidden when idle.
    QWidget* progressWidget() const;
    bool start(const QString& projectPath, const QString& folder, const QString& licence,
               const QString& source, Format format = Format::SpeechCommands,
               bool allowOutside = false, double seriesRateHz = 0);
    bool isRunning() const;
    void cancel();
    void wait();
    const ImportReport& lastReport() const { return m_report; }
    // The checks after the last import; lastChecked() false when they did not run (no
    // sample added, or the import was cancelled).
    const QualityReport& lastQuality() const { return m_quality; }
    bool lastChecked() const { return m_checked; }
    // summary() of the last import, with a sentence on what the checks found.
    QString lastSummary() const;
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
    QualityReport m_quality;
    bool m_checked = false;
};

} // namespace tally
