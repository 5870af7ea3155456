#pragma once
// The class editor: every class with its colour, hotkey and description; add,
// edit (rename, hotkey, colour, description) and merge one class into another.
// All edits go through Labelling, so they are undoable like any other.

#include "store/Records.h"

#include <QDialog>

class QTableWidget;

namespace tally {

class Labelling;

class ClassEditor : public QDialog
{
    Q_OBJECT
public:
    explicit ClassEditor(Labelling* labelling, QWidget* parent = nullptr);
    void reload();
    // Keys the main window keeps for itself; a class cannot use them as hotkey.
    static QStringList reservedHotkeys();
    // Asks for a class's fields; false if cancelled.
    static bool editDialog(QWidget* parent, ClassRecord* cls, const QString& title);

private:
    void addClass();
    void editClass();
    void mergeClass();
    qint64 selectedId() const;

    Labelling* m_labelling = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace tally
