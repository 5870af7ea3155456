// tally-cli spectrum FILE [--channel C] [--envelope] [--rate HZ] [--peaks N] [--json]
// The averaged magnitude spectrum (Welch: Hann, 4,096-point segments, 50 % overlap, dB)
// of one channel (from 1) of a sensor snapshot — IMS text, or sensor CSV for a .csv
// name — or with --envelope its envelope spectrum (1–8 kHz band, analytic signal,
// magnitude, spectrum): the classic bearing diagnosis (core/sensor/Spectrum.h).
// Prints the N (default 10) strongest peaks, strongest first.
//   --json: {"rate", "channels", "channel", "envelope", "bin_hz", "peaks": [{"hz", "db"}]}
// Exit code: 0 ok, 1 the file could not be read or parsed (named), 2 usage error.
#include "cli/Cli.h"
#include "formats/SeriesAnalysis.h"

#include <QJsonArray>

namespace {

struct SpectrumCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Spectrum)
};

int runSpectrum(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SpectrumCmd::tr("The spectrum or envelope spectrum of a sensor snapshot's channel."));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 SpectrumCmd::tr("An IMS snapshot or a sensor CSV file."));
    const QCommandLineOption channel(QStringLiteral("channel"),
                                     SpectrumCmd::tr("Channel, from 1 (default 1)."),
                                     QStringLiteral("c"));
    const QCommandLineOption envelope(QStringLiteral("envelope"),
                                      SpectrumCmd::tr("The envelope spectrum instead."));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  SpectrumCmd::tr("IMS text: the rate in Hz (default 20000)."),
                                  QStringLiteral("hz"));
    const QCommandLineOption peaks(QStringLiteral("peaks"),
                                   SpectrumCmd::tr("How many peaks to print (default 10)."),
                                   QStringLiteral("n"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  SpectrumCmd::tr("Print one JSON object."));
    parser.addOptions({channel, envelope, rate, peaks, json});
    if (!ctx.parse(parser))
        return 2;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return ctx.fail(SpectrumCmd::tr("expected one argument: FILE"), 2);
    bool ok = true;
    const int c = parser.isSet(channel) ? parser.value(channel).toInt(&ok) : 1;
    bool rateOk = true;
    const double hz = parser.isSet(rate) ? parser.value(rate).toDouble(&rateOk) : 0.0;
    bool peaksOk = true;
    const int n = parser.isSet(peaks) ? parser.value(peaks).toInt(&peaksOk) : 10;
    if (!ok || c < 1 || !rateOk || hz < 0 || !peaksOk || n < 0)
        return ctx.fail(SpectrumCmd::tr("--channel takes a number from 1, --rate a rate in Hz, "
                                        "--peaks a count"),
                        2);
    const tally::Result<tally::FileSpectrum> s =
        tally::SeriesAnalysis::fileSpectrum(pos.first(), c, parser.isSet(envelope), hz, n);
    if (!s)
        return ctx.fail(s.error().toString());
    const tally::FileSpectrum& f = s.value();
    if (!parser.isSet(json)) {
        ctx.out << SpectrumCmd::tr("%1 Hz, %2 channels; channel %3%4, %5 Hz per bin")
                       .arg(f.rateHz)
                       .arg(f.channels)
                       .arg(c)
                       .arg(parser.isSet(envelope) ? SpectrumCmd::tr(" (envelope)") : QString())
                       .arg(f.spectrum.binHz, 0, 'f', 3)
                << '\n'
                << "hz\tdb\n";
        for (const tally::SpectrumPeak& p : f.peaks)
            ctx.out << QString::number(p.hz, 'f', 2) << '\t' << QString::number(p.db, 'f', 2)
                    << '\n';
        return 0;
    }
    QJsonArray list;
    for (const tally::SpectrumPeak& p : f.peaks)
        list.append(QJsonObject{{QStringLiteral("hz"), p.hz}, {QStringLiteral("db"), p.db}});
    ctx.printJson({{QStringLiteral("rate"), f.rateHz},
                   {QStringLiteral("channels"), f.channels},
                   {QStringLiteral("channel"), c},
                   {QStringLiteral("envelope"), parser.isSet(envelope)},
                   {QStringLiteral("bin_hz"), f.spectrum.binHz},
                   {QStringLiteral("peaks"), list}});
    return 0;
}

tally::cli::CliRegistrar reg{
    "spectrum", "spectrum FILE [--channel C] [--envelope] [--rate HZ] [--peaks N] [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands",
                      "Spectrum or envelope spectrum peaks of a sensor snapshot"),
    runSpectrum};

} // namespace
