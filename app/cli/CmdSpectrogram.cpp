// tally-cli spectrogram: the STFT of one audio file as a float32 .npy matrix of
// shape (frames, bins), power in dB, exactly per the contract in core/dsp/Stft.h.
#include "audio/AudioDecoder.h"
#include "cli/Cli.h"
#include "dsp/NpyWriter.h"
#include "dsp/Stft.h"

#include <QCoreApplication>

namespace tally::cli {
namespace {

// This command's strings.
struct SpectrogramCmd
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

struct SpectrogramArgs
{
    QString input;
    QString out;
    StftParams params;
    int channel = -1; // -1: mean of all channels
    bool json = false;
};

// Parses an integer option; false (with *error set) if it is not an integer.
bool intOption(const QCommandLineParser& parser, const QString& name, int* value, QString* error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *value = parser.value(name).toInt(&ok);
    if (!ok)
        *error =
            SpectrogramCmd::tr("--%1 expects an integer, got '%2'").arg(name, parser.value(name));
    return ok;
}

// Returns 0 and fills `a`, or the exit code after printing the usage error.
int parseArgs(Context& ctx, SpectrogramArgs& a)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SpectrogramCmd::tr(
        "Writes the power spectrogram (dB) of FILE as a float32 .npy of shape (frames, bins)."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 SpectrogramCmd::tr("Audio file to analyse"));
    parser.addOptions({
        {QStringLiteral("n-fft"),
         SpectrogramCmd::tr("FFT size in samples (even; a power of two is fastest)"),
         QStringLiteral("N")},
        {QStringLiteral("hop"), SpectrogramCmd::tr("Hop between frames in samples"),
         QStringLiteral("H")},
        {QStringLiteral("window"), SpectrogramCmd::tr("hann (default), hamming or blackman"),
         QStringLiteral("NAME")},
        {QStringLiteral("mel"), SpectrogramCmd::tr("Map to BANDS Slaney mel bands before dB"),
         QStringLiteral("BANDS")},
        {QStringLiteral("channel"),
         SpectrogramCmd::tr("Analyse channel C only (default: mean of all)"), QStringLiteral("C")},
        {QStringLiteral("out"), SpectrogramCmd::tr("Output .npy path"), QStringLiteral("OUT")},
        {QStringLiteral("json"), SpectrogramCmd::tr("Print the result as JSON")},
    });
    if (!ctx.parse(parser))
        return 2;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return ctx.fail(SpectrogramCmd::tr("expected exactly one FILE"), 2);
    if (!parser.isSet(QStringLiteral("n-fft")) || !parser.isSet(QStringLiteral("hop")))
        return ctx.fail(SpectrogramCmd::tr("--n-fft and --hop are required"), 2);
    if (!parser.isSet(QStringLiteral("out")))
        return ctx.fail(SpectrogramCmd::tr("--out is required"), 2);
    a.input = files.first();
    a.out = parser.value(QStringLiteral("out"));
    a.json = parser.isSet(QStringLiteral("json"));
    QString error;
    if (!intOption(parser, QStringLiteral("n-fft"), &a.params.nFft, &error) ||
        !intOption(parser, QStringLiteral("hop"), &a.params.hop, &error) ||
        !intOption(parser, QStringLiteral("mel"), &a.params.melBands, &error) ||
        !intOption(parser, QStringLiteral("channel"), &a.channel, &error))
        return ctx.fail(error, 2);
    if (parser.isSet(QStringLiteral("window")) &&
        !parseWindowType(parser.value(QStringLiteral("window")), &a.params.window))
        return ctx.fail(SpectrogramCmd::tr("unknown window '%1' (use hann, hamming or blackman)")
                            .arg(parser.value(QStringLiteral("window"))),
                        2);
    if (parser.isSet(QStringLiteral("mel")) && a.params.melBands < 1)
        return ctx.fail(SpectrogramCmd::tr("--mel expects a positive number of bands"), 2);
    if (parser.isSet(QStringLiteral("channel")) && a.channel < 0)
        return ctx.fail(SpectrogramCmd::tr("--channel expects a channel index >= 0"), 2);
    a.params.rateHz = 16000; // placeholder until the file's rate is known
    if (!isValidStftParams(a.params, &error))
        return ctx.fail(error, 2);
    return 0;
}

int runSpectrogram(Context& ctx)
{
    SpectrogramArgs a;
    if (const int rc = parseArgs(ctx, a))
        return rc;
    Result<Signal> decoded = AudioDecoder::decode(a.input);
    if (!decoded)
        return ctx.fail(decoded.error().toString());
    const Signal& signal = decoded.value();
    if (signal.channels < 1 || signal.rateHz < 1)
        return ctx.fail(a.input + QStringLiteral(": ") + SpectrogramCmd::tr("no audio channels"));
    if (a.channel >= signal.channels)
        return ctx.fail(
            a.input + QStringLiteral(": ") +
            SpectrogramCmd::tr("--channel %1 is out of range (the file has %2 channels)")
                .arg(a.channel)
                .arg(signal.channels));
    a.params.rateHz = signal.rateHz;
    const std::vector<float> mono = signal.channelData(signal.channels == 1 ? 0 : a.channel);
    const Spectrogram s = computeSpectrogram(mono.data(), qint64(mono.size()), a.params);
    const Status written = NpyWriter::write(a.out, s.db.data(), s.frames, s.bins);
    if (!written)
        return ctx.fail(written.error().toString());
    if (a.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("frames"), double(s.frames)},
                                  {QStringLiteral("bins"), s.bins},
                                  {QStringLiteral("out"), a.out},
                                  {QStringLiteral("rate"), signal.rateHz}});
    } else {
        ctx.out << a.out << ": " << s.frames << " x " << s.bins << " "
                << SpectrogramCmd::tr("(frames x bins, power dB)") << "\n";
    }
    return 0;
}

CliRegistrar reg{
    "spectrogram",
    "spectrogram FILE --n-fft N --hop H [--window hann|hamming|blackman] "
    "[--mel BANDS] [--channel C] --out OUT.npy [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands",
                      "Power spectrogram (dB) of an audio file as a float32 .npy (frames, bins)"),
    runSpectrogram};

} // namespace
} // namespace tally::cli
