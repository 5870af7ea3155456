#include "sensor/SeriesReaders.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <string_view>

namespace tally {

namespace {

// This file's strings.
struct SeriesReaders
{
    Q_DECLARE_TR_FUNCTIONS(tally::SeriesReaders)
};

// The lines of a text, without their "\n" or "\r\n", numbered from 1.
class Lines
{
public:
    explicit Lines(QByteArrayView text) : m_rest(text.data(), size_t(text.size()))
    {
        if (m_rest.starts_with("\xEF\xBB\xBF")) // UTF-8 byte order mark
            m_rest.remove_prefix(3);
    }
    bool next(std::string_view* line)
    {
        if (m_done)
            return false;
        const size_t end = m_rest.find('\n');
        *line = m_rest.substr(0, end);
        if (line->ends_with('\r'))
            line->remove_suffix(1);
        m_done = end == std::string_view::npos;
        m_rest.remove_prefix(m_done ? m_rest.size() : end + 1);
        ++m_number;
        return true;
    }
    int number() const { return m_number; }

private:
    std::string_view m_rest;
    int m_number = 0;
    bool m_done = false;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

// A whole, finite number, or nullopt.
template <typename T> std::optional<T> toNumber(std::string_view s)
{
    s = trimmed(s);
    if (s.size() > 1 && s.front() == '+' && s[1] != '-')
        s.remove_prefix(1);
    T v{};
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString quoted(std::string_view s)
{
    return SeriesReaders::tr("“%1”").arg(QString::fromUtf8(s.data(), qsizetype(s.size())));
}

Error lineError(int line, const QString& reason)
{
    return Error{QString(), SeriesReaders::tr("line %1: %2").arg(line).arg(reason)};
}

QString countReason(int expected, int found)
{
    return SeriesReaders::tr("expected %1 values, found %2").arg(expected).arg(found);
}

// Appends the whitespace-separated numbers of line to out; returns how many, or -1
// with *bad set to the first token that is not a number.
int appendImsRow(std::string_view line, std::vector<float>* out, std::string_view* bad)
{
    int count = 0;
    size_t i = 0;
    while (true) {
        while (i < line.size() && isSpace(line[i]))
            ++i;
        if (i == line.size())
            return count;
        size_t end = i;
        while (end < line.size() && !isSpace(line[end]))
            ++end;
        const std::string_view token = line.substr(i, end - i);
        const std::optional<float> v = toNumber<float>(token);
        if (!v) {
            *bad = token;
            return -1;
        }
        out->push_back(*v);
        ++count;
        i = end;
    }
}

// Splits a CSV line at its commas (no quoting: sensor CSV holds numbers and names).
std::vector<std::string_view> csvFields(std::string_view line)
{
    std::vector<std::string_view> fields;
    size_t from = 0;
    while (true) {
        const size_t comma = line.find(',', from);
        fields.push_back(line.substr(from, comma == std::string_view::npos ? comma : comma - from));
        if (comma == std::string_view::npos)
            return fields;
        from = comma + 1;
    }
}

} // namespace

std::vector<float> SeriesData::channel(int c) const
{
    if (c < 0 || c >= channels)
        return {};
    std::vector<float> out(static_cast<size_t>(frameCount()));
    for (size_t f = 0; f < out.size(); ++f)
        out[f] = frames[f * size_t(channels) + size_t(c)];
    return out;
}

Result<SeriesData> parseImsText(QByteArrayView text, double rateHz)
{
    SeriesData out;
    out.rateHz = rateHz;
    out.frames.reserve(size_t(text.size() / 8)); // "-0.0123\t" is about the shortest value
    Lines lines(text);
    std::string_view line;
    int blankLine = 0; // the first empty line since the last row, 0 if none
    while (lines.next(&line)) {
        if (trimmed(line).empty()) {
            blankLine = blankLine ? blankLine : lines.number();
            continue;
        }
        if (blankLine && out.channels > 0)
            return lineError(blankLine, countReason(out.channels, 0));
        blankLine = 0;
        std::string_view bad;
        const int count = appendImsRow(line, &out.frames, &bad);
        if (count < 0)
            return lineError(lines.number(),
                             SeriesReaders::tr("%1 is not a number").arg(quoted(bad)));
        if (out.channels == 0)
            out.channels = count;
        else if (count != out.channels)
            return lineError(lines.number(), countReason(out.channels, count));
    }
    if (out.channels == 0)
        return Error{QString(), SeriesReaders::tr("no data")};
    if (out.frameCount() != kImsSnapshotFrames)
        out.warnings << SeriesReaders::tr("%1 rows, where an IMS snapshot has %2")
                            .arg(out.frameCount())
                            .arg(kImsSnapshotFrames);
    return out;
}

namespace {

// The header's names; *secondsPerUnit from the time column's name. Empty on error.
QStringList csvHeader(std::string_view line, double* secondsPerUnit, QString* why)
{
    QStringList names;
    for (std::string_view field : csvFields(line)) {
        field = trimmed(field);
        if (field.size() >= 2 && field.front() == '"' && field.back() == '"')
            field = field.substr(1, field.size() - 2);
        names << QString::fromUtf8(field.data(), qsizetype(field.size()));
    }
    const QString time = names.first().toLower();
    if (time == QLatin1String("timestamp"))
        *secondsPerUnit = 1e-3;
    else if (time == QLatin1String("time"))
        *secondsPerUnit = 1.0;
    else
        *why = SeriesReaders::tr("the first column must be “timestamp” (ms) or “time” (s), not %1")
                   .arg(quoted(line.substr(0, line.find(','))));
    if (why->isEmpty() && names.size() < 2)
        *why = SeriesReaders::tr("no channel columns after the time");
    return why->isEmpty() ? names : QStringList();
}

// The rate from the median step of increasing times; warns if the steps vary.
double rateFromTimes(const std::vector<double>& times, double secondsPerUnit, QStringList* warn)
{
    std::vector<double> steps(times.size() - 1);
    for (size_t i = 1; i < times.size(); ++i)
        steps[i - 1] = times[i] - times[i - 1];
    std::vector<double> sorted = steps;
    std::sort(sorted.begin(), sorted.end());
    const size_t mid = sorted.size() / 2;
    const double median = sorted.size() % 2 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
    if (sorted.back() - sorted.front() > 0.01 * median)
        *warn << SeriesReaders::tr("the time steps vary from %1 to %2; the rate is read from the "
                                   "median step, %3")
                     .arg(sorted.front())
                     .arg(sorted.back())
                     .arg(median);
    return 1.0 / (median * secondsPerUnit);
}

} // namespace

Result<SeriesData> parseSensorCsv(QByteArrayView text)
{
    Lines lines(text);
    std::string_view line;
    if (!lines.next(&line) || trimmed(line).empty())
        return lineError(1, SeriesReaders::tr("no header"));
    SeriesData out;
    double secondsPerUnit = 1;
    QString why;
    const QStringList names = csvHeader(line, &secondsPerUnit, &why);
    if (!why.isEmpty())
        return lineError(1, why);
    out.channels = int(names.size()) - 1;
    out.channelNames = names.mid(1);
    std::vector<double> times;
    int blankLine = 0;
    while (lines.next(&line)) {
        if (trimmed(line).empty()) {
            blankLine = blankLine ? blankLine : lines.number();
            continue;
        }
        if (blankLine)
            return lineError(blankLine, countReason(int(names.size()), 0));
        const std::vector<std::string_view> fields = csvFields(line);
        if (fields.size() != size_t(names.size()))
            return lineError(lines.number(), countReason(int(names.size()), int(fields.size())));
        for (size_t c = 0; c < fields.size(); ++c) {
            const std::optional<double> v = toNumber<double>(fields[c]);
            if (!v)
                return lineError(lines.number(),
                                 SeriesReaders::tr("missing or non-numeric value %1 in column %2")
                                     .arg(quoted(trimmed(fields[c])), names[qsizetype(c)]));
            if (c > 0 && std::abs(*v) > std::numeric_limits<float>::max())
                return lineError(lines.number(),
                                 SeriesReaders::tr("value %1 in column %2 is out of range")
                                     .arg(quoted(trimmed(fields[c])), names[qsizetype(c)]));
            if (c > 0)
                out.frames.push_back(float(*v));
            else if (!times.empty() && !(*v > times.back()))
                return lineError(lines.number(),
                                 SeriesReaders::tr("the time %1 does not increase").arg(*v));
            else
                times.push_back(*v);
        }
    }
    if (times.size() < 2)
        return Error{QString(), SeriesReaders::tr("at least two rows are needed to read the rate")};
    out.rateHz = rateFromTimes(times, secondsPerUnit, &out.warnings);
    if (!(std::isfinite(out.rateHz) && out.rateHz > 0)) // steps too small or too large
        return Error{
            QString(),
            SeriesReaders::tr("the time steps give no usable rate (%1 Hz)").arg(out.rateHz)};
    return out;
}

std::optional<QDateTime> imsTimestamp(const QString& fileName)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^(\d{4})\.(\d{2})\.(\d{2})\.(\d{2})\.(\d{2})\.(\d{2})$)"));
    const QString name = fileName.mid(fileName.lastIndexOf(QLatin1Char('/')) + 1);
    const QRegularExpressionMatch m = shape.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    auto part = [&m](int i) { return m.capturedView(i).toInt(); };
    const QDate date(part(1), part(2), part(3));
    const QTime time(part(4), part(5), part(6));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace tally
