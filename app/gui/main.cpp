// tally: the GUI entry point.
#include "gui/MainWindow.h"
#include "i18n/Translators.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // Diagnostics stay quiet unless asked for (QT_LOGGING_RULES="tally.*.debug=true").
    QLoggingCategory::setFilterRules(QStringLiteral("tally.*.debug=false"));
    QApplication::setApplicationName(QStringLiteral("Tally"));
    QApplication::setOrganizationName(QStringLiteral("Tally"));
    QApplication::setApplicationVersion(QStringLiteral(TALLY_VERSION));

    tally::installTranslators();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Tally: build TinyML datasets"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "Project file (.tally) to open"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"),
        QApplication::translate("main", "Select this sample (its path as stored, or on disk)"),
        QStringLiteral("path"));
    parser.addOption(sampleOption);
    parser.process(app);

    tally::MainWindow window;
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty())
        window.openProject(args.first());
    else
        window.openLastProject();
    if (parser.isSet(sampleOption))
        window.selectSample(parser.value(sampleOption));
    window.show();
    return app.exec();
}
