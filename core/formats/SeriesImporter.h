#pragma once
// Sensor series import (issue 14): a folder of NASA IMS bearing snapshots (files named
// YYYY.MM.DD.HH.MM.SS, tab-separated, no header; rate 20 kHz unless given) or of sensor
// CSV files (the Edge Impulse layout: a header, time in ms or s first, one column a
// channel; the rate from the time column). Each file is a sample of kind Series; the
// folder it is in (the run) is its group; an IMS snapshot's time is its metadata "time"
// and, with the run, a row of series_snapshots (store/SeriesTrends.h). Every channel's
// features (core/sensor/SeriesFeatures.h) are measured on the import's pool, one file
// per thread at a time, and stored with the sample in the same transaction.
//
// Fault-band features need the run's bearing: the geometry stored for the run
// (bearingOf), else for IMS the IMS preset (then stored for the run), else none (those
// four features are left empty). setBearing stores a run's geometry and measures its
// snapshots' features again from their files.
//
// Counting and errors as ImportReport.h says: a malformed row is an error naming the file
// and its line, the file is not imported, the rest is; a parser's warning (an IMS file
// that is not 20,480 rows, uneven CSV time steps) is a warning naming the file.

#include "formats/ImportReport.h"
#include "sensor/Bearing.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <atomic>
#include <optional>

namespace tally {

class Project;

enum class SeriesFormat
{
    Ims,
    SensorCsv
};

struct SeriesImportOptions
{
    SeriesFormat format = SeriesFormat::Ims;
    double rateHz = 0; // 0: IMS 20 kHz; CSV from its time column. CSV with a rate: refused
};

class SeriesImporter
{
    Q_DECLARE_TR_FUNCTIONS(tally::SeriesImporter)

public:
    static ImportReport run(Project& project, const QString& rootDir, const ImportOptions& options,
                            const SeriesImportOptions& series, const ImportProgress& progress = {},
                            const std::atomic_bool* cancel = nullptr);

    // "ims" / "sensor-csv".
    static std::optional<SeriesFormat> formatNamed(const QString& name);

    // A geometry as stored for a run and printed by `tally-cli bearing --json`: rollers,
    // pitch_diameter, roller_diameter, contact_angle (degrees), rpm.
    static QJsonObject bearingJson(const BearingGeometry& geometry);
    // The geometry stored for run (setting "bearing/RUN"), if any.
    static std::optional<BearingGeometry> bearingOf(const Project& project, const QString& run);
    // Stores run's geometry (refused when bearingGeometryError says so) and measures the
    // fault-band features of its snapshots again from their files (on a pool); a file that
    // cannot be read is an error in the report, its old features stay.
    static ImportReport setBearing(Project& project, const QString& run,
                                   const BearingGeometry& geometry);
};

} // namespace tally
