#pragma once
// The checks of core/quality, their parameters and defaults, and the values a project
// chose (meta keys "quality/<check>.<param>", written through Flags::setSetting so that
// every change is audited).
//
// Parameters marked `measuring` change what is measured (the loudest-window length):
// changing one re-measures; every other parameter only changes the comparison, so a run
// after changing it reads the stored measures (store/QualityMeasures.h) and decodes
// nothing.
//
// Thread-safety: a QualitySettings is a plain value; load() reads the project on the
// calling thread.

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tally {

class Project;

enum class CheckScope
{
    Audio,
    Image,
    Any
};

struct CheckParam
{
    QString name;
    double defaultValue = 0.0;
    QString unit; // "dBFS", "LUFS", "s", "px", "share", ...
    bool measuring = false;
};

struct CheckInfo
{
    QString name;
    CheckScope scope = CheckScope::Any;
    int version = 1; // bumped when the check's rule changes
    QList<CheckParam> params;
    const char* meaning = ""; // English, for --help and the README (QT_TR_NOOP'd)
    // false: recorded by another tool (the label-issue finder, core/assist/LabelIssues.h),
    // never run or cleared by QualityRunner, but listed, triaged and filtered like the rest.
    bool byRunner = true;
};

class QualitySettings
{
    Q_DECLARE_TR_FUNCTIONS(tally::QualitySettings)

public:
    // Every check in the order reports list them.
    static const QList<CheckInfo>& checks();
    static const CheckInfo* find(const QString& check);
    static QStringList checkNames();
    // The checks QualityRunner runs (byRunner).
    static QStringList runnerCheckNames();
    static QString key(const QString& check, const QString& param)
    {
        return QStringLiteral("quality/%1.%2").arg(check, param);
    }

    // Defaults, overridden by what the project stores.
    static QualitySettings load(const Project& project);
    static QualitySettings defaults();

    double value(const QString& check, const QString& param) const;
    void set(const QString& check, const QString& param, double v);
    // "CHECK.PARAM=VALUE" checked against the known checks: {key, value text}. The error
    // says what is wrong (no path).
    static Result<QPair<QString, double>> parseAssignment(const QString& text);
    // A comma-separated list of check names (plus "leak"); empty text: every check.
    static Result<QStringList> parseList(const QString& text);
    // The measuring parameters as text, stored with each measure.
    QString measuringParameters() const;

private:
    QHash<QString, double> m_values; // key() -> value
};

} // namespace tally
