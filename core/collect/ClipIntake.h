#pragma once
// What happens to a recorded clip, from the browser or from the desk: the one path both
// take (issue 16).
//
// 1. The bytes must be a WAV (RIFF/WAVE; anything else: Refusal::Type) no larger than
//    maxBytes(campaign) (Refusal::Size) that libsndfile decodes (Refusal::Invalid) to at
//    most 3x the campaign's clip length (Refusal::Length).
// 2. Mixed to mono, resampled to 16 kHz with libsoxr when needed, trimmed to the loudest
//    lengthSec window when the campaign says so, written as 16-bit PCM WAV under
//    PROJECT_FOLDER/collected/CAMPAIGN/CLASS/SPEAKER_nohash_N.wav (the Speech Commands
//    layout; every part is made by Tally from ids and sanitised names, never from what a
//    client sent), through a temporary file renamed into place.
// 3. Stored with Campaigns::addClip (one transaction); when that fails the file is removed.
// 4. Run through the project's audio quality checks (quality/QualityRunner.h, scoped to
//    the new sample, flags recorded); the clip counts toward the volunteer's takes when
//    every check passed.
//
// Thread-safety: like Project, use from the thread that opened the project.

#include "audio/Signal.h"
#include "store/Campaigns.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tally {

class Project;

struct CheckOutcome
{
    QString check; // "too-quiet", "clipped", ... (quality/QualitySettings.h names)
    bool ok = true;
    QString message; // for the volunteer when !ok ("too quiet — try again"), translated
};

struct IntakeResult
{
    enum class Refusal
    {
        None,
        Type,    // not a WAV: HTTP 415
        Size,    // more bytes than maxBytes: HTTP 413
        Length,  // longer than 3x the clip length: HTTP 413
        Invalid, // a WAV libsndfile cannot decode: HTTP 400
        Takes,   // every take of this prompt is done: HTTP 409
        Store,   // the project could not be written: HTTP 500
    };
    Refusal refusal = Refusal::None;
    QString reason; // translated, when refused
    qint64 sampleId = 0;
    QString path; // stored form
    QList<CheckOutcome> checks;
    bool passed() const { return refusal == Refusal::None && allOk(); }
    bool allOk() const;
};

class ClipIntake
{
    Q_DECLARE_TR_FUNCTIONS(tally::ClipIntake)

public:
    static constexpr int kRateHz = 16000;

    // The largest upload accepted: 3x the clip length of 48 kHz stereo float, plus 64 KiB.
    static qint64 maxBytes(const CampaignRecord& campaign);
    // True when bytes start like a RIFF/WAVE file.
    static bool looksLikeWav(const QByteArray& bytes);

    explicit ClipIntake(Project& project) : m_project(project) {}
    IntakeResult accept(const QByteArray& bytes, const CampaignRecord& campaign,
                        const VolunteerSession& session, const CampaignPrompt& prompt);

private:
    IntakeResult store(const Signal& clip, const CampaignRecord& campaign,
                       const VolunteerSession& session, const CampaignPrompt& prompt);

    Project& m_project;
};

} // namespace tally
