#pragma once
// The translations both executables load: Tally's own (compiled from translations/*.ts
// into this library's resources under :/i18n) and Qt's qtbase catalogue (from Qt's
// translations folder), for the system languages (QLocale::uiLanguages(): LANGUAGE, else
// LC_ALL, LC_MESSAGES, LANG). In the C locale, or with no catalogue for those languages
// (en, ...), nothing is installed and the English source texts are shown.

namespace tally {

// Installs the translators into the running QCoreApplication (which must exist) and
// parents them to it, so they live as long as the application. Call once, before any
// user-visible text is made.
void installTranslators();

} // namespace tally
