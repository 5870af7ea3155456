#pragma once
// Audacity label tracks <-> one annotator's time regions of one sample.
//
// Import: the file is parsed first (AudacityLabels.h), so a malformed line writes
// nothing. Each label's text, trimmed, names its class: matched to an existing class
// ignoring case, otherwise created (Audacity labels are free text); empty text = no
// class. Point labels (start == end) cannot be regions (a region ends after it starts)
// and are skipped and counted. The annotator's regions of the sample are then replaced
// in one transaction. Classes created for a file whose regions are then refused stay.
//
// Export: the annotator's regions, ordered by start, with their class name as text.

#include "formats/AudacityLabels.h"
#include "util/Result.h"

#include <QStringList>

namespace tally {

class Project;

struct AudacityImportResult
{
    int regions = 0;            // regions stored
    int pointLabelsSkipped = 0; // point labels in the file, not imported
    QStringList classesCreated; // names of classes the file introduced
};

Result<AudacityImportResult> importAudacityRegions(Project& annotations, const QString& file,
                                                   qint64 sampleId, qint64 annotatorId);
// Returns the number of labels written.
Result<int> exportAudacityRegions(Project& annotations, const QString& file, qint64 sampleId,
                                  qint64 annotatorId);

} // namespace tally
