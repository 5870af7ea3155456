#pragma once
// What a person reads for the English keys the project stores and tally-cli prints:
// sample statuses ("agreed"), annotator roles ("reviewer"), vote outcomes ("valid") and
// split names ("training"), through tr() — so Portuguese and Spanish users read them in
// their language, while the database, the JSON and the exports keep the keys. An
// unknown key is shown as it is. Any thread (after the translators are installed).

#include <QCoreApplication>
#include <QString>

namespace tally {

class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(tally::DisplayNames)

public:
    static QString status(const QString& key);
    static QString role(const QString& key);
    static QString voteOutcome(const QString& key);
    static QString split(const QString& key);
};

} // namespace tally
