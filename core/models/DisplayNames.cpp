#include "models/DisplayNames.h"

#include <QtGlobal>

namespace tally {

namespace {

struct Name
{
    const char* key;
    const char* text; // the source text for tr(), in the DisplayNames context
};

// The key's entry of `names`, translated; the key itself when it is not there.
template <size_t N> QString lookUp(const Name (&names)[N], const QString& key)
{
    for (const Name& n : names)
        if (key == QLatin1String(n.key))
            return QCoreApplication::translate("tally::DisplayNames", n.text);
    return key;
}

} // namespace

QString DisplayNames::status(const QString& key)
{
    static const Name names[] = {
        {"unlabeled", QT_TRANSLATE_NOOP("tally::DisplayNames", "unlabelled")},
        {"unlabelled", QT_TRANSLATE_NOOP("tally::DisplayNames", "unlabelled")},
        {"labeled", QT_TRANSLATE_NOOP("tally::DisplayNames", "labelled")},
        {"labelled", QT_TRANSLATE_NOOP("tally::DisplayNames", "labelled")},
        {"agreed", QT_TRANSLATE_NOOP("tally::DisplayNames", "agreed")},
        {"disputed", QT_TRANSLATE_NOOP("tally::DisplayNames", "disputed")},
        {"resolved", QT_TRANSLATE_NOOP("tally::DisplayNames", "resolved")},
        {"rejected", QT_TRANSLATE_NOOP("tally::DisplayNames", "rejected")},
        {"background", QT_TRANSLATE_NOOP("tally::DisplayNames", "background")},
    };
    return lookUp(names, key);
}

QString DisplayNames::role(const QString& key)
{
    static const Name names[] = {
        {"annotator", QT_TRANSLATE_NOOP("tally::DisplayNames", "annotator")},
        {"reviewer", QT_TRANSLATE_NOOP("tally::DisplayNames", "reviewer")},
        {"admin", QT_TRANSLATE_NOOP("tally::DisplayNames", "admin")},
    };
    return lookUp(names, key);
}

QString DisplayNames::voteOutcome(const QString& key)
{
    static const Name names[] = {
        {"other", QT_TRANSLATE_NOOP("tally::DisplayNames", "other")},
        {"valid", QT_TRANSLATE_NOOP("tally::DisplayNames", "valid")},
        {"invalid", QT_TRANSLATE_NOOP("tally::DisplayNames", "invalid")},
    };
    return lookUp(names, key);
}

QString DisplayNames::split(const QString& key)
{
    static const Name names[] = {
        {"training", QT_TRANSLATE_NOOP("tally::DisplayNames", "training")},
        {"validation", QT_TRANSLATE_NOOP("tally::DisplayNames", "validation")},
        {"testing", QT_TRANSLATE_NOOP("tally::DisplayNames", "testing")},
    };
    return lookUp(names, key);
}

} // namespace tally
