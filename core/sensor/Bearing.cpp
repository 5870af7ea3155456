#include "sensor/Bearing.h"

#include <QCoreApplication>
#include <cmath>

namespace tally {

namespace {

// This file's strings.
struct Bearing
{
    Q_DECLARE_TR_FUNCTIONS(tally::Bearing)
};

bool positive(double v)
{
    return std::isfinite(v) && v > 0;
}

} // namespace

BearingGeometry BearingGeometry::imsPreset()
{
    BearingGeometry g;
    g.rollers = 16;
    g.pitchDiameter = 2.815;
    g.rollerDiameter = 0.331;
    g.contactAngleDeg = 15.17;
    g.rpm = 2000;
    return g;
}

FaultFrequencies faultFrequencies(const BearingGeometry& g)
{
    const double fr = g.rpm / 60.0;
    const double r =
        g.rollerDiameter / g.pitchDiameter * std::cos(g.contactAngleDeg * M_PI / 180.0);
    const double half = g.rollers / 2.0;
    FaultFrequencies f;
    f.bpfo = half * fr * (1.0 - r);
    f.bpfi = half * fr * (1.0 + r);
    f.ftf = fr / 2.0 * (1.0 - r);
    f.bsf = g.pitchDiameter / (2.0 * g.rollerDiameter) * fr * (1.0 - r * r);
    return f;
}

QString bearingGeometryError(const BearingGeometry& g)
{
    if (g.rollers < 1)
        return Bearing::tr("the roller count must be at least 1 (got %1)").arg(g.rollers);
    if (!positive(g.pitchDiameter))
        return Bearing::tr("the pitch diameter must be positive (got %1)").arg(g.pitchDiameter);
    if (!positive(g.rollerDiameter))
        return Bearing::tr("the roller diameter must be positive (got %1)").arg(g.rollerDiameter);
    if (!(g.rollerDiameter < g.pitchDiameter))
        return Bearing::tr("the roller diameter (%1) must be smaller than the pitch diameter (%2)")
            .arg(g.rollerDiameter)
            .arg(g.pitchDiameter);
    if (!std::isfinite(g.contactAngleDeg) || g.contactAngleDeg < 0 || g.contactAngleDeg >= 90)
        return Bearing::tr("the contact angle must be in [0, 90) degrees (got %1)")
            .arg(g.contactAngleDeg);
    if (!positive(g.rpm))
        return Bearing::tr("the shaft speed must be positive (got %1 rpm)").arg(g.rpm);
    return {};
}

} // namespace tally
