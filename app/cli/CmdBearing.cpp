// tally-cli bearing [PROJECT.tally] [--preset ims | --rollers N --pitch-diameter D
//                   --roller-diameter d --contact-angle DEG --rpm R] [--group RUN --set] [--json]
// A rolling bearing's fault frequencies (core/sensor/Bearing.h, FORMATS.md): BPFO, BPFI,
// BSF and FTF in Hz. With PROJECT and --group RUN alone: the geometry stored for the run.
// With --set: stores the geometry for the run and measures its snapshots' fault-band
// features again from their files (formats/SeriesImporter.h).
//   --json: {"bpfo", "bpfi", "bsf", "ftf", "geometry": {...}} (+ "measured": n with --set)
// Exit code: 0 ok, 1 bad geometry or a file that failed, 2 usage error.
#include "cli/CliProject.h"
#include "formats/SeriesImporter.h"

namespace {

struct BearingCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Bearing)
};

struct GeometryOptions
{
    QCommandLineOption preset{QStringLiteral("preset"), BearingCmd::tr("A known bearing: ims."),
                              QStringLiteral("name")};
    QCommandLineOption rollers{QStringLiteral("rollers"), BearingCmd::tr("Rollers per row."),
                               QStringLiteral("n")};
    QCommandLineOption pitch{QStringLiteral("pitch-diameter"), BearingCmd::tr("Pitch diameter."),
                             QStringLiteral("D")};
    QCommandLineOption roller{QStringLiteral("roller-diameter"),
                              BearingCmd::tr("Roller diameter (same unit)."), QStringLiteral("d")};
    QCommandLineOption angle{QStringLiteral("contact-angle"),
                             BearingCmd::tr("Contact angle in degrees."), QStringLiteral("deg")};
    QCommandLineOption rpm{QStringLiteral("rpm"), BearingCmd::tr("Shaft speed (rev/min)."),
                           QStringLiteral("r")};

    bool anyGeometry(const QCommandLineParser& p) const
    {
        return p.isSet(rollers) || p.isSet(pitch) || p.isSet(roller) || p.isSet(angle) ||
               p.isSet(rpm);
    }
    // The geometry asked for; an empty error when none was.
    tally::Result<tally::BearingGeometry> read(const QCommandLineParser& p) const
    {
        if (p.isSet(preset)) {
            if (p.value(preset) != QLatin1String("ims") || anyGeometry(p))
                return tally::Error{{}, BearingCmd::tr("--preset takes ims, without geometry")};
            return tally::BearingGeometry::imsPreset();
        }
        if (!anyGeometry(p))
            return tally::Error{};
        tally::BearingGeometry g;
        bool ok[5] = {};
        g.rollers = p.value(rollers).toInt(&ok[0]);
        g.pitchDiameter = p.value(pitch).toDouble(&ok[1]);
        g.rollerDiameter = p.value(roller).toDouble(&ok[2]);
        g.contactAngleDeg = p.isSet(angle) ? p.value(angle).toDouble(&ok[3]) : (ok[3] = true, 0.0);
        g.rpm = p.value(rpm).toDouble(&ok[4]);
        if (!(ok[0] && ok[1] && ok[2] && ok[3] && ok[4]))
            return tally::Error{{},
                                BearingCmd::tr("--rollers, --pitch-diameter, "
                                               "--roller-diameter and --rpm are needed, as "
                                               "numbers (--contact-angle defaults to 0)")};
        if (const QString why = tally::bearingGeometryError(g); !why.isEmpty())
            return tally::Error{{}, why};
        return g;
    }
};

QJsonObject toJson(const tally::BearingGeometry& g)
{
    const tally::FaultFrequencies f = tally::faultFrequencies(g);
    return {{QStringLiteral("bpfo"), f.bpfo},
            {QStringLiteral("bpfi"), f.bpfi},
            {QStringLiteral("bsf"), f.bsf},
            {QStringLiteral("ftf"), f.ftf},
            {QStringLiteral("geometry"), tally::SeriesImporter::bearingJson(g)}};
}

void printHuman(tally::cli::Context& ctx, const tally::BearingGeometry& g)
{
    const tally::FaultFrequencies f = tally::faultFrequencies(g);
    ctx.out << BearingCmd::tr("BPFO %1 Hz  BPFI %2 Hz  BSF %3 Hz  FTF %4 Hz")
                   .arg(f.bpfo, 0, 'f', 1)
                   .arg(f.bpfi, 0, 'f', 1)
                   .arg(f.bsf, 0, 'f', 1)
                   .arg(f.ftf, 0, 'f', 1)
            << '\n';
}

// PROJECT --group RUN [--set]: the run's geometry shown, or set and measured again.
int runForProject(tally::cli::Context& ctx, const QString& path, const QString& run, bool set,
                  const tally::Result<tally::BearingGeometry>& asked, bool json)
{
    auto project = tally::cli::openProjectOrFail(ctx, path);
    if (!project)
        return 1;
    if (!set) {
        const std::optional<tally::BearingGeometry> g =
            tally::SeriesImporter::bearingOf(*project, run);
        if (!g)
            return ctx.fail(BearingCmd::tr("no bearing is stored for run “%1”").arg(run));
        json ? ctx.printJson(toJson(*g)) : printHuman(ctx, *g);
        return 0;
    }
    if (!asked)
        return ctx.fail(BearingCmd::tr("--set needs --preset or the geometry"), 2);
    const tally::ImportReport r = tally::SeriesImporter::setBearing(*project, run, asked.value());
    for (const tally::Error& e : r.errors)
        ctx.err << "  " << e.toString() << '\n';
    QJsonObject out = toJson(asked.value());
    out.insert(QStringLiteral("measured"), r.imported);
    if (json)
        ctx.printJson(out);
    else {
        printHuman(ctx, asked.value());
        ctx.out << BearingCmd::tr("Measured %1 snapshots of %2 again").arg(r.imported).arg(run)
                << '\n';
    }
    return r.errors.isEmpty() ? 0 : 1;
}

int runBearing(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BearingCmd::tr("Bearing fault frequencies (BPFO, BPFI, BSF, "
                                                    "FTF), and a sensor run's bearing."));
    parser.addPositionalArgument(QStringLiteral("project"),
                                 BearingCmd::tr("The .tally file (with --group)."),
                                 QStringLiteral("[PROJECT.tally]"));
    const GeometryOptions g;
    const QCommandLineOption group(QStringLiteral("group"), BearingCmd::tr("A sensor run."),
                                   QStringLiteral("run"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 BearingCmd::tr("Store the geometry for the run and measure its "
                                                "snapshots again."));
    const QCommandLineOption json(QStringLiteral("json"), BearingCmd::tr("Print one JSON object."));
    parser.addOptions({g.preset, g.rollers, g.pitch, g.roller, g.angle, g.rpm, group, set, json});
    if (!ctx.parse(parser))
        return 2;
    const QStringList pos = parser.positionalArguments();
    const tally::Result<tally::BearingGeometry> asked = g.read(parser);
    if (!asked && !asked.error().reason.isEmpty())
        return ctx.fail(asked.error().reason, 2);
    if (pos.size() > 1 || (pos.size() == 1) != parser.isSet(group) ||
        (parser.isSet(set) && !parser.isSet(group)))
        return ctx.fail(BearingCmd::tr("a project goes with --group RUN (and --set), and one "
                                       "without the other is an error"),
                        2);
    if (parser.isSet(group))
        return runForProject(ctx, pos.first(), parser.value(group), parser.isSet(set), asked,
                             parser.isSet(json));
    if (!asked)
        return ctx.fail(BearingCmd::tr("give --preset ims or the geometry"), 2);
    parser.isSet(json) ? ctx.printJson(toJson(asked.value())) : printHuman(ctx, asked.value());
    return 0;
}

tally::cli::CliRegistrar reg{
    "bearing",
    "bearing [PROJECT.tally] [--preset ims | --rollers N --pitch-diameter D --roller-diameter d "
    "--contact-angle DEG --rpm R] [--group RUN [--set]] [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands",
                      "Bearing fault frequencies, and the bearing of a sensor run"),
    runBearing};

} // namespace
