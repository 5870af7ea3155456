#pragma once
// What an export takes from the quality flags (tally-cli export --skip-flagged, the
// GUI's export dialog later): the samples with an active flag of one of `checks` are
// left out (ExportFilter::skipFlagged, with the check as the reason), and the dataset
// card gets the active flags per check (ExportInputs::qualityCounts) and how many
// samples each listed check left out (ExportInputs::droppedByCheck). A sample flagged
// by several listed checks counts for the first one listed.
//
// Thread-safety: reads the project on the calling thread.

#include "formats/ExportSet.h"

namespace tally {

class Project;

// checks empty: only the card's counts are filled. An unknown check name is an error.
Status applyQualityFlags(Project& project, const QStringList& checks, ExportFilter* filter,
                         ExportInputs* inputs);

} // namespace tally
