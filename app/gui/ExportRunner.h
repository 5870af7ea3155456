#pragma once
// Runs an export (Speech Commands layout, CSV manifest or Edge Impulse info.labels) on
// a worker thread, with a progress bar and a Cancel button for the status bar. The
// worker opens its own Project on the same file (a Project belongs to the thread that
// opened it) and calls the same core code as `tally-cli export`: review statuses and
// resolved classes from formats/ExportReviewInputs.h, then SpeechCommandsExporter,
// ManifestExporter or (images: COCO, VOC, YOLO, Edge Impulse boxes, VWW, folders per
// class, with the project's Visual Wake Words rule) BoxExporter. One export at a time; finished()
// carries the exporter's report (written, skipped, per-file errors, the recorded version).

#include "formats/ExportSet.h"

#include <QObject>
#include <atomic>

class QWidget;

namespace tally {

class BackgroundTask;

// What the Export dialog asks for (and tests pass directly).
struct ExportRequest
{
    QString format =
        QStringLiteral("speech-commands"); // or "csv", "edge-impulse", or an image
                                           // format of formats/BoxExporter.h ("coco", ...)
    QString folder;
    bool overwrite = false;        // allow a non-empty folder (asked for in the dialog)
    int rateHz = 16000;            // speech-commands only
    double lengthSec = 1.0;        // speech-commands only
    bool includeBackground = true; // speech-commands only
    int oversampleTo = 0;          // speech-commands only: training samples per class, 0 = off
    QStringList allowedLicences;   // SPDX ids; empty = every licence
    QStringList statuses;          // status names; empty = every status
    // "series-npy" / "edge-impulse-csv" only (formats/SeriesExporter.h):
    int windowFrames = 2048;
    int strideFrames = 1024;
    QString channels;   // "1,3"; empty = all
    QString normalOnly; // a class: normal-only training (anomaly detection); empty = off
};

class ExportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ExportRunner(QWidget* parentWindow);
    ~ExportRunner() override;

    QWidget* progressWidget() const;
    // Starts the export; false (and nothing started) while another one runs.
    bool start(const QString& projectPath, const ExportRequest& request);
    bool isRunning() const;
    void cancel();
    void wait();
    const ExportReport& lastReport() const { return m_report; }
    // The export itself, synchronous (the worker's body).
    static ExportReport run(const QString& projectPath, const ExportRequest& request,
                            const ExportProgress& progress, const std::atomic_bool* cancel);
    // The status filter and licences of a request as core's filter (an unknown status
    // is an error naming it).
    static Result<ExportFilter> filterFor(const ExportRequest& request, const ExportInputs& inputs);
    // One line: written / skipped / errors, warnings, the version (or cancelled, or
    // failed: the file and the reason).
    static QString summary(const ExportReport& report);
    // One line per warning, per skipped sample (path: reason) and per error.
    static QString details(const ExportReport& report);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const tally::ExportReport& report);

private:
    BackgroundTask* m_task = nullptr; // child QObject
    ExportReport m_report;
};

} // namespace tally
