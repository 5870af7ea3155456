#include "store/Records.h"

namespace tally {

QString annotatorRoleName(AnnotatorRole role)
{
    switch (role) {
    case AnnotatorRole::Annotator:
        return QStringLiteral("annotator");
    case AnnotatorRole::Reviewer:
        return QStringLiteral("reviewer");
    case AnnotatorRole::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("annotator");
}

std::optional<AnnotatorRole> parseAnnotatorRole(const QString& name)
{
    const QString n = name.trimmed().toLower();
    for (AnnotatorRole r :
         {AnnotatorRole::Annotator, AnnotatorRole::Reviewer, AnnotatorRole::Admin}) {
        if (n == annotatorRoleName(r))
            return r;
    }
    return std::nullopt;
}

} // namespace tally
