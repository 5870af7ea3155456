#pragma once
// tally-cli's small framework. Each subcommand lives in its own Cmd*.cpp and
// registers itself with a static CliRegistrar:
//
//   static int runStats(tally::cli::Context& ctx);
//   static tally::cli::CliRegistrar reg{"stats", "stats PROJECT.tally [--json]",
//                                       "Sample count, per-class counts, total duration",
//                                       runStats};
//
// A command parses ctx.args (the words after the subcommand name) with
// QCommandLineParser via ctx.parse(parser), prints to ctx.out / ctx.err, and returns
// the process exit code: 0 ok, 1 the work failed (bad input, partial errors),
// 2 usage error. With --json, the command prints one JSON document to stdout and
// nothing else to stdout.

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <functional>

namespace tally::cli {

struct Context
{
    QString name;     // the subcommand
    QStringList args; // arguments after the subcommand
    QTextStream& out;
    QTextStream& err;

    // Adds --help, parses args (the program name is prepended for the parser).
    // On a parse error prints it to err and returns false.
    bool parse(QCommandLineParser& parser);
    // Prints a JSON object to out, indented.
    void printJson(const QJsonObject& object);
    // Prints "tally-cli NAME: message" to err and returns 1 (or code).
    int fail(const QString& message, int code = 1);
};

using CommandFn = std::function<int(Context&)>;

struct CliRegistrar
{
    CliRegistrar(const char* name, const char* usage, const char* summary, CommandFn fn);
};

} // namespace tally::cli
