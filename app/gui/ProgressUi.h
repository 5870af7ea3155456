#pragma once
// Progress in sight: one line for the status bar ("yours 23 / 175 · disputed 5 ·
// unlabelled 140") and my labels per class for the Labels dock. Both read the counts the
// sample table model keeps (models/LabelProgress.h), which one edit adjusts in constant
// time, so they are redrawn on every Session change without a query; only the class
// names are read from the project, when the class list changes. GUI thread only.

#include <QObject>
#include <QStringList>

class QLabel;

namespace tally {

class Session;

class ProgressUi : public QObject
{
    Q_OBJECT
public:
    ProgressUi(Session& session, QObject* parent);

    QLabel* statusLabel() const { return m_status; }
    QLabel* classLabel() const { return m_classes; }
    // The status bar's line (empty without a project).
    QString summaryText() const;
    // "yes 3 · no 1": my labels per class, in the class list's order.
    QString perClassText() const;

private:
    void readClasses();
    void update();

    Session& m_session;
    QLabel* m_status = nullptr;  // owned by the status bar once placed
    QLabel* m_classes = nullptr; // owned by the Labels panel once placed
    QStringList m_classNames;
};

} // namespace tally
