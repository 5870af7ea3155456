// tally_core_util is header-mostly; this unit keeps the library non-empty.
#include "util/Result.h"
