#pragma once
// What the central area shows while no project is open: New, Open, Open Demo and the
// recent projects (QSettings "recentProjects", most recent first; a missing file is
// shown greyed with "not found"). The page only asks; the main window opens.

#include <QWidget>

class QListWidget;
class QPushButton;

namespace tally {

class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);

    void setRecent(const QStringList& paths);
    QListWidget* recentList() const { return m_recent; }
    // The demo project made by scripts/make-demo.sh, looked for beside the program
    // (build/app/tally → demo/, an installed bin/ → share/tally/demo/) and in $TALLY_DEMO;
    // empty when there is none.
    static QString demoProjectPath();

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString& path);

private:
    QListWidget* m_recent = nullptr;
};

} // namespace tally
