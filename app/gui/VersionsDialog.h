#pragma once
// The export versions of the project (store/Exports.h) in a table — number, when,
// format, folder, samples — and the difference between two of them (added, removed,
// relabelled, moved to another split), as `tally-cli versions` / `diff` print them.
// Non-modal; reads the project on the GUI thread when opened and on Compare.

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QTableWidget;

namespace tally {

class Project;
struct VersionDiff;

class VersionsDialog : public QDialog
{
    Q_OBJECT
public:
    VersionsDialog(Project& project, QWidget* parent = nullptr);

    int versionCount() const;
    // Compares two versions and shows the result (also what the Compare button does).
    void compare(qint64 fromVersion, qint64 toVersion);
    QString diffText() const;
    // The diff as lines of text: a summary line, then one line per changed sample.
    static QString describe(const VersionDiff& diff);

private:
    void reload();

    Project& m_project;
    QTableWidget* m_table = nullptr;
    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    QPlainTextEdit* m_diff = nullptr;
};

} // namespace tally
