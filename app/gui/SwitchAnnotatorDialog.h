#pragma once
// Edit ▸ Switch Annotator: picks the person working from the project's people (a list,
// so a typo cannot make a new person), with their role; a new person is its own step
// ("New person…" asks for the name, and a name the project has already, ignoring case
// and surrounding spaces, picks that person instead).

#include "store/Records.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QPushButton;

namespace tally {

class SwitchAnnotatorDialog : public QDialog
{
    Q_OBJECT
public:
    SwitchAnnotatorDialog(const std::vector<AnnotatorRecord>& people, const QString& current,
                          AnnotatorRole currentRole, QWidget* parent = nullptr);

    QComboBox* personBox() const { return m_person; }
    QComboBox* roleBox() const { return m_role; }
    QPushButton* newPersonButton() const { return m_newPerson; }
    QString name() const;
    AnnotatorRole role() const;
    // True when the chosen person is not in the project yet (made by addNewPerson).
    bool isNewPerson() const;
    // Adds that person to the list and picks them; an existing name picks that person.
    // False (nothing changes) for an empty name.
    bool addNewPerson(const QString& name);

private:
    void addPerson(const QString& name, AnnotatorRole role, bool isNew);
    void onPersonChosen(int index);
    void askNewPerson();

    QComboBox* m_person = nullptr;
    QComboBox* m_role = nullptr;
    QPushButton* m_newPerson = nullptr;
};

} // namespace tally
