#pragma once
// Rolling-element bearing kinematics (shared/FORMATS.md, "Bearing fault frequencies").
//
// With n rollers, roller diameter d, pitch diameter D, contact angle phi, shaft
// frequency f_r = rpm / 60 and r = (d / D) * cos(phi):
//   BPFO = (n / 2) f_r (1 - r)      outer race
//   BPFI = (n / 2) f_r (1 + r)      inner race
//   FTF  = (f_r / 2) (1 - r)        cage
//   BSF  = (D / (2 d)) f_r (1 - r^2) roller spin
// The diameters may be in any length unit as long as both use the same one.

#include <QString>

namespace tally {

struct BearingGeometry
{
    int rollers = 0;            // per row
    double pitchDiameter = 0;   // D, same unit as rollerDiameter
    double rollerDiameter = 0;  // d
    double contactAngleDeg = 0; // phi, degrees, in [0, 90)
    double rpm = 0;             // shaft speed, revolutions per minute

    // The IMS test bearing (Rexnord ZA-2115: 16 rollers, D 2.815 in, d 0.331 in,
    // 15.17 degrees) on the IMS rig's 2,000 rpm shaft.
    static BearingGeometry imsPreset();
};

// Characteristic defect frequencies, all in Hz.
struct FaultFrequencies
{
    double bpfo = 0; // ball pass frequency, outer race
    double bpfi = 0; // ball pass frequency, inner race
    double bsf = 0;  // ball (roller) spin frequency
    double ftf = 0;  // fundamental train (cage) frequency
};

// The formulas above. Meaningful only when bearingGeometryError(g) is empty; an
// invalid geometry gives whatever the formulas give (possibly negative or NaN).
FaultFrequencies faultFrequencies(const BearingGeometry& g);

// Why g cannot be a bearing, translated, or an empty string when it can: every value
// must be finite and positive (the angle may be 0), the angle below 90 degrees and the
// roller smaller than the pitch diameter.
QString bearingGeometryError(const BearingGeometry& g);

} // namespace tally
