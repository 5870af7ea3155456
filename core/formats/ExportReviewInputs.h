#pragma once
// The review side of an export, from core/review (ProjectReview): every sample's
// status name (for the manifests, the card and the --status filter) and, for samples
// a reviewer resolved to a class, that class as the export class (it wins over the
// imported class and the annotators' majority; formats/ExportSet.h).
//
// Thread-safety: reads the project on the calling thread.

#include "formats/ExportSet.h"

namespace tally {

class Project;

ExportInputs exportInputsFromReview(Project& project);

// The sample ids whose status is one of statusNames (e.g. "agreed", "resolved";
// names as review/Consensus.h parses them). An unknown name is an error naming it.
Result<QSet<qint64>> samplesWithStatus(const SampleStatusNames& statusOf,
                                       const QStringList& statusNames);

} // namespace tally
