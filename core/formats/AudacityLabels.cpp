#include "formats/AudacityLabels.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <cmath>

namespace tally {

namespace {

// This file's strings (no class of its own to carry them).
struct AudacityLabels
{
    Q_DECLARE_TR_FUNCTIONS(tally::AudacityLabels)
};

// A finite number in the C locale, or nullopt.
std::optional<double> number(const QByteArray& field)
{
    bool ok = false;
    const double v = field.trimmed().toDouble(&ok); // QByteArray::toDouble uses the C locale
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// Applies a frequency line's fields to label; returns the reason it is refused, or empty.
QString applyBand(const QList<QByteArray>& fields, AudacityLabel* label)
{
    if (fields.size() != 3)
        return AudacityLabels::tr("a frequency line is \\<TAB>low<TAB>high");
    std::optional<double> low = number(fields[1]);
    std::optional<double> high = number(fields[2]);
    if (!low || !high)
        return AudacityLabels::tr("“%1” is not a frequency")
            .arg(QString::fromUtf8(!low ? fields[1] : fields[2]).trimmed());
    if (*low < 0 && *high < 0)
        return {}; // both undefined: no band
    if (*high < 0)
        return AudacityLabels::tr("the frequency band has no upper edge");
    if (*low < 0)
        low = 0.0;
    if (!(*low < *high))
        return AudacityLabels::tr(
                   "the frequency band's low edge (%1 Hz) is not below its high edge (%2 Hz)")
            .arg(*low)
            .arg(*high);
    label->lowHz = low;
    label->highHz = high;
    return {};
}

// Parses a `start<TAB>end<TAB>text` line; returns the reason it is refused, or empty.
QString parseLabel(const QByteArray& line, AudacityLabel* label)
{
    const int tab1 = line.indexOf('\t');
    if (tab1 < 0)
        return AudacityLabels::tr("expected start<TAB>end<TAB>label");
    const int tab2 = line.indexOf('\t', tab1 + 1);
    const QByteArray startField = line.left(tab1);
    const QByteArray endField = tab2 < 0 ? line.mid(tab1 + 1) : line.mid(tab1 + 1, tab2 - tab1 - 1);
    const std::optional<double> start = number(startField);
    const std::optional<double> end = number(endField);
    if (!start || !end)
        return AudacityLabels::tr("“%1” is not a time in seconds")
            .arg(QString::fromUtf8(!start ? startField : endField).trimmed());
    if (*start < 0)
        return AudacityLabels::tr("the label starts before 0 s (%1 s)").arg(*start);
    if (*end < *start)
        return AudacityLabels::tr("the label ends (%1 s) before it starts (%2 s)")
            .arg(*end)
            .arg(*start);
    label->startSec = *start;
    label->endSec = *end;
    label->text = tab2 < 0 ? QString() : QString::fromUtf8(line.mid(tab2 + 1));
    return {};
}

} // namespace

Result<QList<AudacityLabel>> parseAudacityLabels(const QByteArray& bytes, const QString& path)
{
    QList<AudacityLabel> labels;
    const QList<QByteArray> lines = bytes.split('\n');
    bool bandAllowed = false; // a frequency line may follow a label line only
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (i == 0 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        QString reason;
        if (line.startsWith('\\')) {
            if (!bandAllowed)
                reason = AudacityLabels::tr("a frequency line must follow a label line");
            else
                reason = applyBand(line.split('\t'), &labels.last());
            bandAllowed = false;
        } else {
            AudacityLabel label;
            reason = parseLabel(line, &label);
            labels.append(label);
            bandAllowed = true;
        }
        if (!reason.isEmpty())
            return Error{path, AudacityLabels::tr("line %1: %2").arg(i + 1).arg(reason)};
    }
    return labels;
}

Result<QList<AudacityLabel>> readAudacityLabels(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{path, AudacityLabels::tr("cannot be read: %1").arg(f.errorString())};
    return parseAudacityLabels(f.readAll(), path);
}

QByteArray formatAudacityLabels(const QList<AudacityLabel>& labels)
{
    QByteArray out;
    for (const AudacityLabel& l : labels) {
        QString text = l.text;
        text.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\r'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
        out += QByteArray::number(l.startSec, 'f', 6) + '\t' +
               QByteArray::number(l.endSec, 'f', 6) + '\t' + text.toUtf8() + '\n';
        if (l.hasBand()) {
            QByteArray low = QByteArray::number(*l.lowHz, 'f', 6);
            QByteArray high = QByteArray::number(*l.highHz, 'f', 6);
            if (low == high) { // closer than 6 decimals: all the digits, or it reads as no band
                low = QByteArray::number(*l.lowHz, 'g', 17);
                high = QByteArray::number(*l.highHz, 'g', 17);
            }
            out += "\\\t" + low + '\t' + high + '\n';
        }
    }
    return out;
}

Status writeAudacityLabels(const QString& path, const QList<AudacityLabel>& labels)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{path, AudacityLabels::tr("cannot be written: %1").arg(f.errorString())};
    f.write(formatAudacityLabels(labels));
    if (!f.commit())
        return Error{path, AudacityLabels::tr("cannot be written: %1").arg(f.errorString())};
    return {};
}

} // namespace tally
