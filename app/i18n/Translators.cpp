#include "i18n/Translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace tally {

namespace {

// The locale for messages, as POSIX picks it (LC_ALL, else LC_MESSAGES, else LANG), is
// unset, C or POSIX (C.UTF-8 included).
bool isCLocale()
{
    QString messages;
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        messages = qEnvironmentVariable(name);
        if (!messages.isEmpty())
            break;
    }
    return messages.isEmpty() || messages == QLatin1String("C") ||
           messages == QLatin1String("POSIX") || messages.startsWith(QLatin1String("C."));
}

void install(const QString& name, const QString& folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QLocale(), name, QStringLiteral("_"), folder))
        return;
    translator->setParent(QCoreApplication::instance());
    QCoreApplication::installTranslator(translator.release());
}

} // namespace

void installTranslators()
{
    // As gettext does: in the C locale the messages stay English, even when LANGUAGE
    // lists other languages (QLocale would follow LANGUAGE).
    if (isCLocale())
        return;
    install(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(QStringLiteral("tally"), QStringLiteral(":/i18n"));
}

} // namespace tally
