#include "gui/ExportCheck.h"

#include "formats/BoxExporter.h"
#include "formats/ExportReviewInputs.h"
#include "formats/SeriesExporter.h"
#include "gui/ExportRunner.h"
#include "gui/Session.h"

#include <QMessageBox>
#include <QPushButton>

namespace tally {

Result<ExportPreview> ExportCheck::preview(Project& project, const ExportRequest& request)
{
    const ExportInputs inputs = exportInputsFromReview(project);
    Result<ExportFilter> filter = ExportRunner::filterFor(request, inputs);
    if (!filter)
        return filter.error();
    const bool images = parseBoxExportFormat(request.format).has_value();
    if (images)
        filter.value().keepImagesWithoutClass = request.format != QLatin1String("image-classes");
    Result<ExportSelection> selected = selectForExport(project, filter.value(), inputs);
    if (!selected)
        return selected.error();
    ExportReport report;
    report.skippedSamples = selected.value().skippedSamples;
    std::vector<ExportItem>& items = selected.value().items;
    if (images) {
        skipOtherKinds(
            &report, items, [](const ExportItem& it) { return it.kind == SampleKind::Image; },
            QStringLiteral("image"));
    } else if (request.format == QLatin1String("speech-commands")) {
        skipOtherKinds(
            &report, items,
            [&](const ExportItem& it) {
                return it.kind == SampleKind::Audio ||
                       (it.kind == SampleKind::Background && request.includeBackground);
            },
            QStringLiteral("Speech Commands"));
    } else if (SeriesExporter::formatNamed(request.format)) {
        skipOtherKinds(
            &report, items, [](const ExportItem& it) { return it.kind == SampleKind::Series; },
            QStringLiteral("series"));
    } else if (request.format == QLatin1String("edge-impulse")) {
        skipOtherKinds(
            &report, items, [](const ExportItem& it) { return it.kind != SampleKind::Background; },
            QStringLiteral("Edge Impulse"));
    }
    ExportPreview p;
    p.items = int(items.size());
    p.warnings = exportWarnings(items);
    p.skipped = report.skippedSamples;
    return p;
}

bool ExportCheck::confirm(Session& session, const ExportRequest& request, QWidget* parent)
{
    Project* project = session.project();
    if (!project)
        return false;
    const Result<ExportPreview> p = preview(*project, request);
    if (!p) {
        session.report(p.error());
        return false;
    }
    const ExportPreview& preview = p.value();
    if (preview.warnings.isEmpty())
        return true;
    const QString text = tr("%n sample(s) would be written, %1 skipped.", nullptr, preview.items)
                             .arg(preview.skipped.size()) +
                         QLatin1Char('\n') + preview.warnings.join(QLatin1Char('\n'));
    if (!session.isInteractive()) {
        session.showStatus(preview.warnings.join(QLatin1Char(' ')));
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("Export"), text, QMessageBox::Cancel, parent);
    QPushButton* anyway = box.addButton(tr("Export Anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    QStringList lines;
    for (const ExportSkip& s : preview.skipped)
        lines << tr("Skipped %1: %2").arg(s.path, s.reason);
    if (!lines.isEmpty())
        box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
    if (box.clickedButton() == anyway)
        return true;
    session.showStatus(tr("Export not started."));
    return false;
}

} // namespace tally
