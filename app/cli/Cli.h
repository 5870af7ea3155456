#pragma once
// tally-cli's small framework. Each subcommand lives in its own Cmd*.cpp and
// registers itself with a static CliRegistrar:
//
//   static int runStats(tally::cli::Context& ctx);
//   static tally::cli::CliRegistrar reg{
//       "stats", "stats PROJECT.tally [--json]",
//       QT_TRANSLATE_NOOP("tally::cli::Commands", "Sample count and per-class counts"),
//       runStats};
//
// A command parses ctx.args (the words after the subcommand name) with
// QCommandLineParser via ctx.parse(parser), prints to ctx.out / ctx.err, and returns
// the process exit code: 0 ok, 1 the work failed (bad input, partial errors),
// 2 usage error. With --json, the command prints one JSON document to stdout and
// nothing else to stdout.
//
// Every message meant for people goes through a tr() that lupdate sees: each Cmd*.cpp
// has a small struct with Q_DECLARE_TR_FUNCTIONS(tally::cli::NAME) for its own strings;
// the framework's and CliProject's strings use Context::tr. JSON keys, and the column
// names and keys of tab-separated output that scripts read, stay English.

#include <QCommandLineParser>
#include <QCoreApplication>
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

    // Last, so that the macro's trailing "private:" keeps Context an aggregate.
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Context)
};

using CommandFn = std::function<int(Context&)>;

// Adds an option named `name` (with a value named valueName, or a flag when it is null)
// to parser and returns it, for commands with many options.
inline QCommandLineOption addOption(QCommandLineParser& parser, const char* name,
                                    const QString& help, const char* valueName = nullptr)
{
    const QCommandLineOption o(QString::fromLatin1(name), help,
                               valueName ? QString::fromLatin1(valueName) : QString());
    parser.addOption(o);
    return o;
}

// usage is the synopsis (command syntax, printed as is); summary is one line, marked
// with QT_TRANSLATE_NOOP("tally::cli::Commands", ...) and translated when printed.
// Both must be string literals: they are kept as pointers.
struct CliRegistrar
{
    CliRegistrar(const char* name, const char* usage, const char* summary, CommandFn fn);
};

} // namespace tally::cli
