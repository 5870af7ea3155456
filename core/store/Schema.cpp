#include "store/Schema.h"

namespace tally::schema {

namespace {

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE annotators ("
                       " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                       " role TEXT NOT NULL DEFAULT 'annotator', created TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE classes ("
                       " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                       " hotkey TEXT, colour TEXT, description TEXT)"),
        QStringLiteral("CREATE TABLE samples ("
                       " id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE,"
                       " kind INTEGER NOT NULL, content_hash TEXT,"
                       " class_id INTEGER REFERENCES classes(id),"
                       " group_key TEXT, duration_sec REAL, rate_hz INTEGER, channels INTEGER,"
                       " frames INTEGER, width INTEGER, height INTEGER,"
                       " rms_dbfs REAL, peak REAL, clipped_fraction REAL,"
                       " licence TEXT, source TEXT, owner TEXT, consent INTEGER,"
                       " metadata TEXT, quality_flags INTEGER NOT NULL DEFAULT 0,"
                       " added TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX samples_hash ON samples(content_hash)"),
        QStringLiteral("CREATE INDEX samples_class ON samples(class_id)"),
        QStringLiteral("CREATE TABLE audit ("
                       " id INTEGER PRIMARY KEY, at TEXT NOT NULL, annotator_id INTEGER,"
                       " action TEXT NOT NULL, sample_id INTEGER, before TEXT, after TEXT)"),
    };
}

// Labelling (issue 3): one sample-level label per annotator per sample, time regions
// (optional frequency band), and hotkeys unique among classes. Hotkeys are stored
// lower-case; an empty hotkey is kept as NULL. Duplicate hotkeys a version-1 file may
// hold are cleared (the oldest class keeps its key) so that the unique index can exist.
QStringList version2()
{
    return {
        QStringLiteral("UPDATE classes SET hotkey = NULL WHERE trim(hotkey) = ''"),
        QStringLiteral("UPDATE classes SET hotkey = lower(trim(hotkey)) WHERE hotkey IS NOT NULL"),
        QStringLiteral("UPDATE classes SET hotkey = NULL WHERE hotkey IS NOT NULL AND id NOT IN"
                       " (SELECT MIN(id) FROM classes WHERE hotkey IS NOT NULL GROUP BY hotkey)"),
        QStringLiteral("CREATE UNIQUE INDEX classes_hotkey ON classes(hotkey)"
                       " WHERE hotkey IS NOT NULL"),
        QStringLiteral("CREATE TABLE labels ("
                       " sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,"
                       " annotator_id INTEGER NOT NULL REFERENCES annotators(id),"
                       " class_id INTEGER NOT NULL REFERENCES classes(id),"
                       " at TEXT NOT NULL,"
                       " PRIMARY KEY(sample_id, annotator_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE regions ("
                       " id INTEGER PRIMARY KEY,"
                       " sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,"
                       " annotator_id INTEGER NOT NULL REFERENCES annotators(id),"
                       " class_id INTEGER REFERENCES classes(id),"
                       " start_sec REAL NOT NULL, end_sec REAL NOT NULL,"
                       " low_hz REAL, high_hz REAL,"
                       " at TEXT NOT NULL,"
                       " CHECK (start_sec >= 0 AND end_sec > start_sec),"
                       " CHECK ((low_hz IS NULL) = (high_hz IS NULL)),"
                       " CHECK (low_hz IS NULL OR low_hz < high_hz))"),
        QStringLiteral(
            "CREATE INDEX regions_sample ON regions(sample_id, annotator_id, start_sec)"),
        QStringLiteral("CREATE INDEX regions_class ON regions(class_id)"),
    };
}

} // namespace

// Votes, reviews and Common Voice counts (the review issue).
QStringList version3()
{
    return {
        // One up/down verdict per annotator per sample ("label and audio match").
        QStringLiteral("CREATE TABLE votes ("
                       " sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,"
                       " annotator_id INTEGER NOT NULL REFERENCES annotators(id),"
                       " up INTEGER NOT NULL, at TEXT NOT NULL,"
                       " PRIMARY KEY (sample_id, annotator_id)) WITHOUT ROWID"),
        // A reviewer's decisions; the newest per sample is in force, older ones are history.
        // decision: 'class' (class_id set), 'reject', or 'send_back'.
        QStringLiteral("CREATE TABLE reviews ("
                       " id INTEGER PRIMARY KEY,"
                       " sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,"
                       " reviewer_id INTEGER NOT NULL REFERENCES annotators(id),"
                       " decision TEXT NOT NULL, class_id INTEGER REFERENCES classes(id),"
                       " reason TEXT, at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX reviews_sample ON reviews(sample_id, id)"),
        // Votes a source dataset counted (Common Voice up_votes / down_votes).
        QStringLiteral("ALTER TABLE samples ADD COLUMN imported_up INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE samples ADD COLUMN imported_down INTEGER NOT NULL DEFAULT 0"),
    };
}

// Splits and export versions (the splits and export issue).
QStringList version4()
{
    return {
        // The split a sample is in: 'training', 'validation' or 'testing' (NULL = none yet).
        QStringLiteral("ALTER TABLE samples ADD COLUMN split TEXT"),
        QStringLiteral("CREATE INDEX samples_split ON samples(split)"),
        // Every export: what was written, how, and a snapshot of what it held.
        QStringLiteral("CREATE TABLE exports ("
                       " id INTEGER PRIMARY KEY, at TEXT NOT NULL, format TEXT NOT NULL,"
                       " folder TEXT NOT NULL, parameters TEXT, tally_version TEXT)"),
        QStringLiteral("CREATE TABLE export_items ("
                       " export_id INTEGER NOT NULL REFERENCES exports(id) ON DELETE CASCADE,"
                       " sample_id INTEGER NOT NULL, content_hash TEXT, path TEXT NOT NULL,"
                       " class_name TEXT, split TEXT,"
                       " PRIMARY KEY (export_id, sample_id)) WITHOUT ROWID"),
    };
}

// Bounding boxes on images (the images issue): pixels, origin at the image's top-left
// corner, x/y the box's top-left, w/h > 0; one annotator each, class optional.
QStringList version5()
{
    return {
        QStringLiteral("CREATE TABLE boxes ("
                       " id INTEGER PRIMARY KEY,"
                       " sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,"
                       " annotator_id INTEGER NOT NULL REFERENCES annotators(id),"
                       " class_id INTEGER REFERENCES classes(id),"
                       " x REAL NOT NULL, y REAL NOT NULL, w REAL NOT NULL, h REAL NOT NULL,"
                       " at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX boxes_sample ON boxes(sample_id, annotator_id)"),
        QStringLiteral("CREATE INDEX boxes_class ON boxes(class_id)"),
        QStringLiteral("CREATE INDEX audit_sample ON audit(sample_id)"),
    };
}

// A million samples (issue 11): split leaks by speaker are answered from an index over
// (group_key, split) instead of reading every sample.
QStringList version6()
{
    return {
        QStringLiteral("CREATE INDEX samples_group_split ON samples(group_key, split)"),
    };
}

// A million samples (issue 11): an export's snapshot as a few blobs of packed items
// (store/ExportSnapshot.h) instead of a row per item, which at a million items cost more
// than writing the manifest. Versions recorded before keep their export_items rows and
// are read as they were; nothing is converted.
QStringList version7()
{
    return {
        QStringLiteral("CREATE TABLE export_snapshots ("
                       " export_id INTEGER NOT NULL REFERENCES exports(id) ON DELETE CASCADE,"
                       " chunk INTEGER NOT NULL, item_count INTEGER NOT NULL,"
                       " items BLOB NOT NULL, PRIMARY KEY (export_id, chunk))"),
    };
}

// Automated validation (issue 13): what the checks measured per sample (so a threshold
// change only redoes the comparison), and the flags they raised, kept as history: a
// flag a later run no longer finds is cleared (cleared_at), a dismissed one keeps who,
// why and when. measured is a JSON object of named values; fingerprint holds an audio
// clip's Chromaprint sub-fingerprints (32-bit little-endian each) or an image's
// perceptual hash; loud_mask one byte per sub-fingerprint (1: loud enough to compare).
QStringList versionQuality()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS quality_measures ("
                       " sample_id INTEGER PRIMARY KEY REFERENCES samples(id) ON DELETE CASCADE,"
                       " content_hash TEXT, measure_version INTEGER NOT NULL,"
                       " parameters TEXT, measured TEXT NOT NULL,"
                       " fingerprint BLOB, loud_mask BLOB, at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS flags ("
                       " id INTEGER PRIMARY KEY,"
                       " sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,"
                       " check_name TEXT NOT NULL, value REAL, threshold REAL,"
                       " other_sample_id INTEGER, detail TEXT, check_version INTEGER NOT NULL,"
                       " at TEXT NOT NULL, cleared_at TEXT,"
                       " dismissed_at TEXT, dismissed_by INTEGER REFERENCES annotators(id),"
                       " dismiss_reason TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS flags_sample ON flags(sample_id, check_name)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS flags_open ON flags(check_name, sample_id)"
                       " WHERE cleared_at IS NULL"),
    };
}

// A million samples in the GUI (issue 11): the sample table opens sorted by path, which
// is case-insensitive; with this index SQLite reads the order from it (65 ms at 1M)
// instead of sorting a million rows (0.5-1 s). Which kinds each class is used with
// (store/ClassKinds.h, read when a project opens) comes from the (class, kind) index
// instead of the whole table.
QStringList versionTableIndexes()
{
    return {
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS samples_path_nocase ON samples(path COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS samples_class_kind ON samples(class_id, kind)"),
    };
}

// Sensor series (issue 14): a snapshot's run and wall-clock time, and per channel the
// features measured at import (store/SeriesTrends.h), so a trend reads no file.
QStringList versionSeries()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS series_snapshots ("
                       " sample_id INTEGER PRIMARY KEY REFERENCES samples(id) ON DELETE CASCADE,"
                       " run TEXT NOT NULL, time TEXT)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS series_snapshots_run_time ON series_snapshots(run, time)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS series_features ("
                       " sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,"
                       " channel INTEGER NOT NULL, rms REAL, peak REAL, crest REAL,"
                       " kurtosis REAL, skewness REAL, bpfo REAL, bpfi REAL, bsf REAL, ftf REAL,"
                       " PRIMARY KEY (sample_id, channel))"),
    };
}

// The labelling assistant (issue 15, store/Predictions.h): named prediction sets, per
// sample a probability for each of the set's classes (float32 little-endian, in the
// set's class order) and optionally the embedding the set's model saw, and predicted
// boxes with scores.
QStringList versionPredictions()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS prediction_sets ("
                       " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                       " source TEXT NOT NULL, created TEXT NOT NULL,"
                       " classes TEXT NOT NULL, info TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS predictions ("
                       " set_id INTEGER NOT NULL REFERENCES prediction_sets(id) ON DELETE CASCADE,"
                       " sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,"
                       " probs BLOB, embedding BLOB,"
                       " PRIMARY KEY (set_id, sample_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS predicted_boxes ("
                       " id INTEGER PRIMARY KEY,"
                       " set_id INTEGER NOT NULL REFERENCES prediction_sets(id) ON DELETE CASCADE,"
                       " sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,"
                       " class TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL,"
                       " w REAL NOT NULL, h REAL NOT NULL, score REAL NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS predicted_boxes_sample"
                       " ON predicted_boxes(set_id, sample_id)"),
    };
}

// Collection (issue 16, store/Campaigns.h): campaigns and their prompts, volunteers'
// sessions (one per consent), and which sample each collected clip became.
QStringList versionCollection()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS campaigns ("
                       " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                       " token TEXT NOT NULL UNIQUE, takes INTEGER NOT NULL,"
                       " length_sec REAL NOT NULL, licence TEXT NOT NULL,"
                       " consent_text TEXT NOT NULL, demographics TEXT NOT NULL,"
                       " trim INTEGER NOT NULL, created TEXT NOT NULL, ended TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS campaign_prompts ("
                       " id INTEGER PRIMARY KEY,"
                       " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL, text TEXT NOT NULL, class_name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS collect_sessions ("
                       " id INTEGER PRIMARY KEY,"
                       " campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                       " secret TEXT NOT NULL UNIQUE,"
                       " annotator_id INTEGER NOT NULL REFERENCES annotators(id),"
                       " speaker TEXT NOT NULL, demographics TEXT, address TEXT,"
                       " consent_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS collect_clips ("
                       " sample_id INTEGER PRIMARY KEY REFERENCES samples(id) ON DELETE CASCADE,"
                       " session_id INTEGER NOT NULL REFERENCES collect_sessions(id),"
                       " prompt_id INTEGER NOT NULL REFERENCES campaign_prompts(id),"
                       " passed INTEGER NOT NULL DEFAULT 0, at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS collect_clips_session"
                       " ON collect_clips(session_id, prompt_id)"),
    };
}

const std::vector<QStringList>& migrations()
{
    static const std::vector<QStringList> all{
        version1(),      version2(),           version3(),
        version4(),      version5(),           version6(),
        version7(),      versionQuality(),     versionTableIndexes(),
        versionSeries(), versionPredictions(), versionCollection()};
    return all;
}

} // namespace tally::schema
