#pragma once
// Collection campaigns (issue 16, schema: store/Schema.cpp versionCollection): what a
// campaign asks volunteers to record, the volunteers' sessions, and which sample each
// collected clip became.
//
// A campaign has a unique name, an unguessable token (its link: 128 random bits,
// base64url), its prompts in order (text shown, class the clip gets), how many takes of
// each prompt a volunteer records, the clip length, the licence the volunteers grant
// (SPDX id), the consent text (Markdown) and which optional demographics it asks
// (a subset of kDemographics). An ended campaign keeps its rows; its link stops working.
//
// A volunteer session is one person's consent: it has its own unguessable secret (the
// "session" of the HTTP API), an annotator (role annotator, named "volunteer-XXXXXXXX"
// for a browser session, the speaker's name at the desk) under which its votes are
// stored, the speaker key its clips get as group, the demographics given, and when
// consent was agreed. No session exists without consent.
//
// addClip() stores a sample and its collect_clips row in one transaction (one audit
// row, "collect.clip"): the sample's consent is set, its owner is the speaker, its
// licence the campaign's, its group the speaker key, its metadata the demographics with
// the campaign and prompt. A clip "counts" toward a volunteer's takes when it passed the
// checks on arrival (setPassed()).
//
// Thread-safety: like Project, use from the thread that opened the project.

#include "store/SampleMeta.h"
#include "store/SampleRecord.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tally {

class Project;

struct CampaignPrompt
{
    qint64 id = 0;
    int position = 0;  // 0-based order
    QString text;      // what the volunteer reads
    QString className; // the class the clip gets
};

struct CampaignSpec
{
    QString name;
    QList<CampaignPrompt> prompts; // text and className; className empty = the text
    int takes = 1;                 // per prompt and volunteer, >= 1
    double lengthSec = 1.0;        // the clip length, > 0 (uploads over 3x it are refused)
    QString licence;               // SPDX id, non-empty
    QString consentText;           // Markdown, non-empty
    QStringList demographics;      // subset of kDemographics
    bool trim = true;              // arrivals are trimmed to their loudest lengthSec window
};

struct CampaignRecord : CampaignSpec
{
    qint64 id = 0;
    QString token;
    QDateTime created;
    QDateTime ended; // invalid = running
    bool isEnded() const { return ended.isValid(); }
};

struct VolunteerSession
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString secret;
    qint64 annotatorId = 0;
    QString speaker; // the group key of the session's clips
    QJsonObject demographics;
    QString address; // the remote address it was made from ("desk" at the desk)
    QDateTime consentAt;
};

// One prompt's or one volunteer's progress.
struct CollectCount
{
    QString key;       // prompt text, or speaker
    qint64 clips = 0;  // stored
    qint64 passed = 0; // of which passed the checks on arrival
};

// A collected clip as the project holds it.
struct CollectedClip
{
    qint64 sampleId = 0;
    QString path; // stored form
    QString className;
    QString group;
    std::optional<bool> consent;
    QString licence;
    QString owner;
    QJsonObject metadata;
    QString prompt;
    bool passed = false;
    int up = 0; // this project's votes
    int down = 0;
};

struct CampaignCounts
{
    QList<CollectCount> perPrompt;    // in prompt order
    QList<CollectCount> perVolunteer; // by speaker
    qint64 sessions = 0;
    qint64 votes = 0; // votes on the campaign's clips
};

class Campaigns
{
    Q_DECLARE_TR_FUNCTIONS(tally::Campaigns)

public:
    // The optional demographics a campaign may ask (as Common Voice does).
    static QStringList kDemographics() { return {"age", "gender", "accent"}; }

    explicit Campaigns(Project& project) : m_project(project) {}

    // Validates spec (names the offending field) and stores it with a new token.
    Result<CampaignRecord> create(const CampaignSpec& spec, qint64 byAnnotatorId = 0);
    QList<CampaignRecord> list() const; // ordered by name
    Result<CampaignRecord> byName(const QString& name) const;
    // The running campaign with that token; an ended or unknown token is an error.
    Result<CampaignRecord> byToken(const QString& token) const;
    Status end(const QString& name, qint64 byAnnotatorId = 0);

    // A new session for a volunteer who agreed to the consent text. demographics keys
    // outside the campaign's are dropped; values are trimmed and cut to 64 characters.
    Result<VolunteerSession> startSession(qint64 campaignId, const QJsonObject& demographics,
                                          const QString& address);
    // The desk recorder's session for a named speaker (made on first use; consent is
    // agreed in the recorder before it is called).
    Result<VolunteerSession> deskSession(qint64 campaignId, const QString& speaker,
                                         const QJsonObject& demographics);
    // The session of that secret in that campaign.
    Result<VolunteerSession> session(qint64 campaignId, const QString& secret) const;

    // See the header comment. r.path must be set (stored form); r.className, groupKey,
    // licence and source are set here from the campaign, prompt and session.
    Status addClip(SampleRecord& r, const VolunteerSession& session, const CampaignPrompt& prompt,
                   const CampaignRecord& campaign);
    Status setPassed(qint64 sampleId, bool passed);
    // Passed clips of one session for one prompt.
    int takesDone(qint64 sessionId, qint64 promptId) const;
    CampaignCounts counts(qint64 campaignId) const;
    QList<CollectedClip> clips(qint64 campaignId) const; // in the order they arrived

    // The campaign's clip `sampleId` was collected in, 0 if it is not a collected clip.
    qint64 campaignOfClip(qint64 sampleId) const;
    qint64 sessionOfClip(qint64 sampleId) const;
    qint64 promptOfClip(qint64 sampleId) const;    // 0 if none
    qint64 annotatorOfClip(qint64 sampleId) const; // its session's annotator, 0 if none
    // A clip of the campaign to listen to for `session`: not its own, not voted on by
    // its annotator, not in `skipped`; the clip with the fewest votes first, then the
    // oldest. nullopt when none is left.
    std::optional<qint64> nextToListen(const VolunteerSession& session,
                                       const QList<qint64>& skipped) const;

private:
    Project& m_project;
};

} // namespace tally
