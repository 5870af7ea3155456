#pragma once
// The project schema as an ordered list of migrations. Migration i (1-based) takes
// a database at version i-1 to version i; version 0 is an empty file. The current
// version is kept in PRAGMA user_version. Never edit a released migration: add one.

#include <QStringList>
#include <vector>

namespace tally::schema {

// Statements of each migration, in order; migrations()[0] is version 1.
const std::vector<QStringList>& migrations();
inline int latestVersion()
{
    return int(migrations().size());
}

} // namespace tally::schema
