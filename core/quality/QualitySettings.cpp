#include "quality/QualitySettings.h"

#include "store/Project.h"

#include <cmath>

namespace tally {

namespace {

QList<CheckInfo> audioChecks()
{
    using S = CheckScope;
    return {
        {QStringLiteral("too-quiet"),
         S::Audio,
         1,
         {{QStringLiteral("rms_dbfs"), -40.0, QStringLiteral("dBFS")},
          {QStringLiteral("lufs_floor"), -45.0, QStringLiteral("LUFS")}},
         QT_TRANSLATE_NOOP("tally::QualitySettings",
                           "RMS below rms_dbfs, or the EBU R 128 momentary loudness never reaches "
                           "lufs_floor")},
        {QStringLiteral("silent"),
         S::Audio,
         1,
         {{QStringLiteral("peak_dbfs"), -60.0, QStringLiteral("dBFS")}},
         QT_TRANSLATE_NOOP("tally::QualitySettings", "peak below peak_dbfs")},
        {QStringLiteral("clipped"),
         S::Audio,
         1,
         {{QStringLiteral("max_share"), 0.001, QStringLiteral("share")}},
         QT_TRANSLATE_NOOP("tally::QualitySettings",
                           "more than max_share of the samples at |x| >= 0.999")},
        {QStringLiteral("dc-offset"),
         S::Audio,
         1,
         {{QStringLiteral("max_abs"), 0.01, QStringLiteral("full scale")}},
         QT_TRANSLATE_NOOP("tally::QualitySettings",
                           "the mean of the samples further than max_abs from 0")},
        {QStringLiteral("wrong-length"),
         S::Audio,
         1,
         {{QStringLiteral("expected_sec"), 1.0, QStringLiteral("s")},
          {QStringLiteral("tolerance_sec"), 0.05, QStringLiteral("s")}},
         QT_TRANSLATE_NOOP("tally::QualitySettings",
                           "duration outside expected_sec +- tolerance_sec")},
        {QStringLiteral("format"),
         S::Audio,
         1,
         {{QStringLiteral("rate_hz"), 16000.0, QStringLiteral("Hz")},
          {QStringLiteral("channels"), 1.0, QString()},
          {QStringLiteral("bits"), 16.0, QStringLiteral("bit")}},
         QT_TRANSLATE_NOOP(
             "tally::QualitySettings",
             "sample rate, channels or PCM bit depth other than the target (bits 0: any; "
             "compressed files have no bit depth)")},
        {QStringLiteral("truncated-event"),
         S::Audio,
         1,
         {{QStringLiteral("window_sec"), 0.1, QStringLiteral("s"), true},
          {QStringLiteral("margin_sec"), 0.02, QStringLiteral("s")}},
         QT_TRANSLATE_NOOP(
             "tally::QualitySettings",
             "the loudest window_sec window lies within margin_sec of the start or the "
             "end: a word cut off")},
        {QStringLiteral("low-snr"),
         S::Audio,
         1,
         {{QStringLiteral("min_db"), 10.0, QStringLiteral("dB")}},
         QT_TRANSLATE_NOOP(
             "tally::QualitySettings",
             "the loudest window (truncated-event.window_sec) less than min_db above the "
             "quietest")},
    };
}

QList<CheckInfo> imageAndSetChecks()
{
    using S = CheckScope;
    return {
        {QStringLiteral("too-small"),
         S::Image,
         1,
         {{QStringLiteral("min_width"), 32.0, QStringLiteral("px")},
          {QStringLiteral("min_height"), 32.0, QStringLiteral("px")}},
         QT_TRANSLATE_NOOP("tally::QualitySettings",
                           "narrower than min_width or lower than min_height")},
        {QStringLiteral("too-dark"),
         S::Image,
         1,
         {{QStringLiteral("min_mean"), 0.12, QStringLiteral("share of white")}},
         QT_TRANSLATE_NOOP("tally::QualitySettings", "mean brightness below min_mean")},
        {QStringLiteral("overexposed"),
         S::Image,
         1,
         {{QStringLiteral("max_saturated"), 0.25, QStringLiteral("share")}},
         QT_TRANSLATE_NOOP("tally::QualitySettings",
                           "more than max_saturated of the pixels at 250 or more (of 255)")},
        {QStringLiteral("blurry"),
         S::Image,
         1,
         {{QStringLiteral("min_laplacian_var"), 100.0, QString()}},
         QT_TRANSLATE_NOOP("tally::QualitySettings",
                           "variance of the Laplacian of the grey image below min_laplacian_var")},
        {QStringLiteral("tiny-box"),
         S::Image,
         1,
         {{QStringLiteral("min_side_px"), 4.0, QStringLiteral("px")}},
         QT_TRANSLATE_NOOP("tally::QualitySettings", "a box narrower or lower than min_side_px")},
        {QStringLiteral("box-outside"),
         S::Image,
         1,
         {{QStringLiteral("tolerance_px"), 1.0, QStringLiteral("px")}},
         QT_TRANSLATE_NOOP("tally::QualitySettings",
                           "a box reaching more than tolerance_px outside the image")},
        {QStringLiteral("double-box"),
         S::Image,
         1,
         {{QStringLiteral("min_iou"), 0.9, QStringLiteral("IoU")}},
         QT_TRANSLATE_NOOP(
             "tally::QualitySettings",
             "two boxes of one annotator and one class overlapping by min_iou or more")},
        {QStringLiteral("duplicate"),
         S::Any,
         1,
         {},
         QT_TRANSLATE_NOOP("tally::QualitySettings",
                           "the same bytes (content hash) as another sample")},
        {QStringLiteral("near-duplicate"),
         S::Any,
         1,
         {{QStringLiteral("audio_max_ber"), 0.2, QStringLiteral("bit error rate")},
          {QStringLiteral("audio_max_shift_sec"), 0.1, QStringLiteral("s")},
          {QStringLiteral("image_max_bits"), 8.0, QStringLiteral("bits of 64")}},
         QT_TRANSLATE_NOOP("tally::QualitySettings",
                           "Chromaprint fingerprints within audio_max_ber (aligned within "
                           "audio_max_shift_sec), or image PHashes within image_max_bits")},
        {QStringLiteral("leak"),
         S::Any,
         1,
         {},
         QT_TRANSLATE_NOOP("tally::QualitySettings",
                           "a duplicate or near-duplicate pair, or one group (speaker), in two "
                           "splits")},
        {QStringLiteral("label-issue"),
         S::Any,
         1,
         {},
         QT_TRANSLATE_NOOP("tally::QualitySettings",
                           "confident learning over a prediction set says the given label is "
                           "probably wrong (tally-cli label-issues)"),
         false},
    };
}

} // namespace

const QList<CheckInfo>& QualitySettings::checks()
{
    static const QList<CheckInfo> all = audioChecks() + imageAndSetChecks();
    return all;
}

const CheckInfo* QualitySettings::find(const QString& check)
{
    for (const CheckInfo& c : checks())
        if (c.name == check)
            return &c;
    return nullptr;
}

QStringList QualitySettings::checkNames()
{
    QStringList out;
    for (const CheckInfo& c : checks())
        out << c.name;
    return out;
}

QStringList QualitySettings::runnerCheckNames()
{
    QStringList out;
    for (const CheckInfo& c : checks())
        if (c.byRunner)
            out << c.name;
    return out;
}

QualitySettings QualitySettings::defaults()
{
    QualitySettings s;
    for (const CheckInfo& c : checks())
        for (const CheckParam& p : c.params)
            s.m_values.insert(key(c.name, p.name), p.defaultValue);
    return s;
}

QualitySettings QualitySettings::load(const Project& project)
{
    QualitySettings s = defaults();
    for (auto it = s.m_values.begin(); it != s.m_values.end(); ++it) {
        bool ok = false;
        const double v = project.setting(it.key()).toDouble(&ok);
        if (ok && std::isfinite(v))
            it.value() = v;
    }
    return s;
}

double QualitySettings::value(const QString& check, const QString& param) const
{
    return m_values.value(key(check, param), 0.0);
}

void QualitySettings::set(const QString& check, const QString& param, double v)
{
    m_values.insert(key(check, param), v);
}

Result<QPair<QString, double>> QualitySettings::parseAssignment(const QString& text)
{
    const qsizetype eq = text.indexOf(u'=');
    const qsizetype dot = text.left(eq).indexOf(u'.');
    if (eq < 0 || dot < 0)
        return Error{{}, tr("expected CHECK.PARAM=VALUE, got “%1”").arg(text)};
    const QString check = text.left(dot).trimmed();
    const QString param = text.mid(dot + 1, eq - dot - 1).trimmed();
    const CheckInfo* info = find(check);
    if (!info)
        return Error{{}, tr("unknown check “%1” (known: %2)").arg(check, checkNames().join(", "))};
    QStringList names;
    for (const CheckParam& p : info->params)
        names << p.name;
    if (!names.contains(param))
        return Error{{},
                     tr("the check “%1” has no parameter “%2” (it has: %3)")
                         .arg(check, param, names.isEmpty() ? tr("none") : names.join(", "))};
    bool ok = false;
    const double v = text.mid(eq + 1).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return Error{{}, tr("“%1” is not a number").arg(text.mid(eq + 1).trimmed())};
    return qMakePair(key(check, param), v);
}

Result<QStringList> QualitySettings::parseList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        if (!find(name))
            return Error{{},
                         tr("unknown check “%1” (known: %2)").arg(name, checkNames().join(", "))};
        if (!out.contains(name))
            out << name;
    }
    return out.isEmpty() ? checkNames() : out;
}

QString QualitySettings::measuringParameters() const
{
    return QStringLiteral("window_sec=%1")
        .arg(value(QStringLiteral("truncated-event"), QStringLiteral("window_sec")));
}

} // namespace tally
