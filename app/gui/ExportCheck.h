#pragma once
// Before an export writes anything: what it would leave out and why, and what looks
// wrong in what it would write (formats/ExportSet.h exportWarnings: an empty split, a
// class missing from a split). The same selection as the exporters (selectForExport
// with ExportRunner::filterFor), read on the GUI thread; the kinds a format writes are
// the exporters' (Speech Commands: audio and, if asked, background; Edge Impulse: no
// background; image formats: images).
//
// confirm() shows the warnings with the choice to go on (interactive), else says them in
// the status bar and goes on. GUI thread only.

#include "formats/ExportSet.h"
#include "util/Result.h"

#include <QCoreApplication>

class QWidget;

namespace tally {

class Project;
class Session;
struct ExportRequest;

struct ExportPreview
{
    int items = 0; // samples the export would write
    QStringList warnings;
    QList<ExportSkip> skipped;
};

class ExportCheck
{
    Q_DECLARE_TR_FUNCTIONS(tally::ExportCheck)
public:
    static Result<ExportPreview> preview(Project& project, const ExportRequest& request);
    // True to go on: no warnings, the person chose "Export Anyway", or not interactive.
    static bool confirm(Session& session, const ExportRequest& request, QWidget* parent);
};

} // namespace tally
