#pragma once
// The open project's repositories (core/store), one of each, made by the Session when a
// project opens and dropped before it closes. They share the Project's statement cache,
// so one of each is all the GUI needs; controllers reach them through Session::repos().
// GUI thread only (the thread that opened the project).

#include "store/Annotators.h"
#include "store/AuditLog.h"
#include "store/Boxes.h"
#include "store/Classes.h"
#include "store/Flags.h"
#include "store/Labels.h"
#include "store/Regions.h"
#include "store/Reviews.h"
#include "store/Splits.h"
#include "store/Votes.h"

namespace tally {

struct Repositories
{
    explicit Repositories(Project& project)
        : annotators(project), classes(project), labels(project), regions(project), boxes(project),
          votes(project), reviews(project), audit(project), splits(project), flags(project)
    {
    }

    Annotators annotators;
    Classes classes;
    Labels labels;
    Regions regions;
    Boxes boxes;
    Votes votes;
    Reviews reviews;
    AuditLog audit;
    Splits splits;
    Flags flags;
};

} // namespace tally
