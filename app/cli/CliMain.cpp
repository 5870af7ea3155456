// tally-cli entry point: dispatches to the registered subcommands.
#include "cli/Cli.h"
#include "i18n/Translators.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <cstdio>
#include <map>
#include <string>

namespace tally::cli {
namespace {

struct Entry
{
    QString usage;
    const char* summary; // a literal in the context "tally::cli::Commands"
    CommandFn fn;
};

std::map<QString, Entry>& registry()
{
    static std::map<QString, Entry> commands;
    return commands;
}

void printUsage(QTextStream& s)
{
    s << Context::tr("Usage: tally-cli COMMAND [ARGS...]   (tally-cli COMMAND --help for details)")
      << "\n\n"
      << Context::tr("Commands:") << "\n";
    for (const auto& [name, e] : registry())
        s << "  " << e.usage << "\n      "
          << QCoreApplication::translate("tally::cli::Commands", e.summary) << "\n";
}

} // namespace

CliRegistrar::CliRegistrar(const char* name, const char* usage, const char* summary, CommandFn fn)
{
    registry()[QString::fromUtf8(name)] = Entry{QString::fromUtf8(usage), summary, std::move(fn)};
}

bool Context::parse(QCommandLineParser& parser)
{
    parser.addHelpOption();
    QStringList full{QStringLiteral("tally-cli ") + name};
    full += args;
    if (!parser.parse(full)) {
        err << "tally-cli " << name << ": " << parser.errorText() << "\n";
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        out.flush();
        ::exit(0);
    }
    return true;
}

void Context::printJson(const QJsonObject& object)
{
    out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    out.flush();
}

int Context::fail(const QString& message, int code)
{
    err << "tally-cli " << name << ": " << message << "\n";
    err.flush();
    return code;
}

} // namespace tally::cli

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // Diagnostics stay quiet unless asked for (QT_LOGGING_RULES="tally.*.debug=true").
    QLoggingCategory::setFilterRules(QStringLiteral("tally.*.debug=false"));
    QCoreApplication::setApplicationName(QStringLiteral("tally-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TALLY_VERSION));
    tally::installTranslators();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) {
        tally::cli::printUsage(args.size() < 2 ? err : out);
        return args.size() < 2 ? 2 : 0;
    }
    if (args[1] == QLatin1String("--version")) {
        out << "tally-cli " << TALLY_VERSION << "\n";
        return 0;
    }
    auto& reg = tally::cli::registry();
    auto it = reg.find(args[1]);
    if (it == reg.end()) {
        err << tally::cli::Context::tr("tally-cli: unknown command '%1'").arg(args[1]) << "\n\n";
        tally::cli::printUsage(err);
        return 2;
    }
    tally::cli::Context ctx{args[1], args.mid(2), out, err};
    const int rc = it->second.fn(ctx);
    out.flush();
    err.flush();
    return rc;
}
