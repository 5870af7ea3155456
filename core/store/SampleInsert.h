#pragma once
// Internal to core/store: SampleMeta::insertSamples' body, for a repository that stores
// samples together with rows of its own in one audited edit (store/Campaigns.h).

#include "store/SampleMeta.h"

#include <vector>

namespace tally::detail {

class AuditedEdit;

// Inserts records with extras (sizes must match) inside e's transaction; sets their ids
// (0 for a path already in the project, counted in *duplicates).
Status insertSamplesIn(AuditedEdit& e, std::vector<SampleRecord>& records,
                       const std::vector<SampleExtras>& extras, int* duplicates);

// 128 random bits from the system's generator as base64url without padding (22
// characters): campaign tokens and volunteer session secrets.
QString randomSecret();

} // namespace tally::detail
