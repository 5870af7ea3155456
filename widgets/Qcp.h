#pragma once
// Include QCustomPlot through this header, never <qcustomplot.h> directly:
// qcustomplot.h 2.1 uses the `signals` and `foreach` keywords, which the
// project-wide QT_NO_KEYWORDS removes. They are mapped to their Q_ forms for
// the duration of the include only.

#include <QtGlobal>

#ifndef signals
#define signals Q_SIGNALS
#define TALLY_QCP_UNDEF_SIGNALS
#endif
#ifndef foreach
#define foreach Q_FOREACH
#define TALLY_QCP_UNDEF_FOREACH
#endif

#include <qcustomplot.h>

#ifdef TALLY_QCP_UNDEF_SIGNALS
#undef signals
#undef TALLY_QCP_UNDEF_SIGNALS
#endif
#ifdef TALLY_QCP_UNDEF_FOREACH
#undef foreach
#undef TALLY_QCP_UNDEF_FOREACH
#endif
