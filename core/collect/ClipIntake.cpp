#include "collect/ClipIntake.h"

#include "audio/AudioDecoder.h"
#include "audio/AudioWriter.h"
#include "audio/LoudestWindow.h"
#include "audio/Resampler.h"
#include "formats/SampleMeasure.h"
#include "quality/QualityRunner.h"
#include "quality/QualitySettings.h"
#include "store/Project.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cmath>

namespace tally {

namespace {

// A folder or file name made from a name: ASCII letters, digits, '-' and '_' kept, the
// rest '_'; when anything was replaced, 6 hex digits of the name's SHA-1 keep two names
// apart ("não" and "nao").
QString safeName(const QString& name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    QString s = name.trimmed().left(48);
    const QString original = s;
    s.replace(unsafe, QStringLiteral("_"));
    if (s != original || s.isEmpty())
        s += u'-' +
             QString::fromLatin1(
                 QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(6));
    return s;
}

// The checks run on arrival: the audio checks and exact duplicates. Near-duplicates are
// left to a full run (two takes of one speaker may well be near each other).
QStringList arrivalChecks()
{
    QStringList out;
    for (const CheckInfo& c : QualitySettings::checks())
        if (c.byRunner && c.scope == CheckScope::Audio)
            out.append(c.name);
    out.append(QStringLiteral("duplicate"));
    return out;
}

QString messageFor(const QString& check)
{
    if (check == QLatin1String("too-quiet"))
        return ClipIntake::tr("too quiet — speak a little louder or closer, and try again");
    if (check == QLatin1String("silent"))
        return ClipIntake::tr("nothing was heard — check the microphone and try again");
    if (check == QLatin1String("clipped"))
        return ClipIntake::tr("too loud (clipped) — move back a little and try again");
    if (check == QLatin1String("truncated-event"))
        return ClipIntake::tr("cut off at the edge — wait a moment before speaking, and try again");
    if (check == QLatin1String("low-snr"))
        return ClipIntake::tr("too noisy — find a quieter place and try again");
    if (check == QLatin1String("duplicate"))
        return ClipIntake::tr("this exact recording was sent already — record a new take");
    return ClipIntake::tr("the recording did not pass the \"%1\" check — try again").arg(check);
}

// Mono, 16 kHz, trimmed when asked: the form every collected clip is stored in.
Result<Signal> normalised(Signal signal, const CampaignRecord& campaign)
{
    if (signal.channels > 1) {
        Signal mono;
        mono.rateHz = signal.rateHz;
        mono.channels = 1;
        mono.samples = signal.channelData(-1);
        signal = std::move(mono);
    }
    if (signal.rateHz != ClipIntake::kRateHz) {
        Result<Signal> r = Resampler::resample(signal, ClipIntake::kRateHz);
        if (!r)
            return r.error();
        signal = std::move(r).value();
    }
    const qint64 window = qint64(std::lround(campaign.lengthSec * ClipIntake::kRateHz));
    if (campaign.trim && signal.frames() > window)
        return extractFrames(signal, loudestWindow(signal, window));
    return signal;
}

// PROJECT/collected/CAMPAIGN/CLASS/SPEAKER_nohash_N.wav with the first free N.
QString targetPath(const Project& project, const CampaignRecord& campaign,
                   const VolunteerSession& session, const CampaignPrompt& prompt)
{
    const QDir dir(
        project.folder().filePath(QStringLiteral("collected/%1/%2")
                                      .arg(safeName(campaign.name), safeName(prompt.className))));
    const QString stem = safeName(session.speaker) + QStringLiteral("_nohash_");
    for (int n = 0;; ++n) {
        const QString path = dir.filePath(stem + QString::number(n) + QStringLiteral(".wav"));
        if (!QFileInfo::exists(path) && !QFileInfo::exists(path + QStringLiteral(".part")))
            return path;
    }
}

IntakeResult refused(IntakeResult::Refusal why, const QString& reason)
{
    IntakeResult r;
    r.refusal = why;
    r.reason = reason;
    return r;
}

} // namespace

bool IntakeResult::allOk() const
{
    for (const CheckOutcome& c : checks)
        if (!c.ok)
            return false;
    return true;
}

qint64 ClipIntake::maxBytes(const CampaignRecord& campaign)
{
    return qint64(std::ceil(3.0 * campaign.lengthSec * 48000.0)) * 2 * 4 + 64 * 1024;
}

bool ClipIntake::looksLikeWav(const QByteArray& bytes)
{
    return bytes.size() >= 12 && (bytes.startsWith("RIFF") || bytes.startsWith("RF64")) &&
           bytes.mid(8, 4) == "WAVE";
}

IntakeResult ClipIntake::accept(const QByteArray& bytes, const CampaignRecord& campaign,
                                const VolunteerSession& session, const CampaignPrompt& prompt)
{
    using R = IntakeResult::Refusal;
    if (qint64(bytes.size()) > maxBytes(campaign))
        return refused(R::Size,
                       tr("the recording is larger than %1 KiB").arg(maxBytes(campaign) / 1024));
    if (!looksLikeWav(bytes))
        return refused(R::Type, tr("only WAV recordings are accepted"));
    const QString label = tr("upload");
    Result<AudioInfo> info = AudioDecoder::probeBytes(bytes, label);
    if (!info)
        return refused(R::Invalid, info.error().reason);
    if (info.value().rateHz <= 0 ||
        double(info.value().frames) / info.value().rateHz > 3.0 * campaign.lengthSec)
        return refused(R::Length,
                       tr("the recording is longer than %1 s").arg(3.0 * campaign.lengthSec));
    Campaigns campaigns(m_project);
    if (campaigns.takesDone(session.id, prompt.id) >= campaign.takes)
        return refused(R::Takes, tr("every take of \"%1\" is recorded").arg(prompt.text));
    Result<Signal> decoded = AudioDecoder::decodeBytes(bytes, label);
    if (!decoded)
        return refused(R::Invalid, decoded.error().reason);
    Result<Signal> clip = normalised(std::move(decoded).value(), campaign);
    if (!clip)
        return refused(R::Invalid, clip.error().reason);
    return store(clip.value(), campaign, session, prompt);
}

IntakeResult ClipIntake::store(const Signal& clip, const CampaignRecord& campaign,
                               const VolunteerSession& session, const CampaignPrompt& prompt)
{
    using R = IntakeResult::Refusal;
    const QString path = targetPath(m_project, campaign, session, prompt);
    const QString part = path + QStringLiteral(".part");
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return refused(R::Store, tr("cannot make the folder of %1").arg(path));
    if (const Status w = AudioWriter::writeWav(part, clip); !w) {
        QFile::remove(part);
        return refused(R::Store, w.error().reason);
    }
    Result<SampleRecord> measured = measureAudioFile(part);
    if (!measured || !QFile::rename(part, path)) {
        QFile::remove(part);
        return refused(R::Store,
                       measured ? tr("cannot rename %1").arg(part) : measured.error().reason);
    }
    SampleRecord r = std::move(measured).value();
    r.path = m_project.toStoredPath(path);
    r.kind = SampleKind::Audio;
    r.added = QDateTime::currentDateTimeUtc();
    Campaigns campaigns(m_project);
    if (const Status st = campaigns.addClip(r, session, prompt, campaign); !st) {
        QFile::remove(path);
        return refused(R::Store, st.error().reason);
    }
    IntakeResult out;
    out.sampleId = r.id;
    out.path = r.path;
    QualityRunOptions options;
    options.checks = arrivalChecks();
    options.scope = QList<qint64>{r.id};
    options.threads = 1;
    const QualityReport report = QualityRunner::run(m_project, options);
    for (const QString& check : options.checks) {
        bool ok = true;
        for (const FoundFlag& f : report.flags)
            ok = ok && !(f.sampleId == r.id && f.check == check);
        out.checks.append({check, ok, ok ? QString() : messageFor(check)});
    }
    campaigns.setPassed(r.id, out.allOk());
    return out;
}

} // namespace tally
