#pragma once
// Seed inputs for each fuzz target, made by code (nothing binary is committed): small
// valid files of every container and encoding the audio reader takes, and well-formed
// COCO, VOC, YOLO, Common Voice and Audacity texts that reach each branch of their
// readers, and IMS / sensor CSV series texts (one of them ragged: an error, cleanly).
// scripts/fuzz.sh writes them out with tally_fuzz_seeds; the replay test checks that each one is
// accepted.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace tally::fuzz {

// (name, bytes) pairs for target (see FuzzEntries.h for the names).
QList<QPair<QString, QByteArray>> seeds(const QString& target);

} // namespace tally::fuzz
