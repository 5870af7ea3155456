#pragma once
// Edits the project's consensus rule (review/Consensus.h ConsensusRule): how many
// annotators a sample needs, the share of labels the top class needs, whether
// negative votes reject, how many votes decide (the Common Voice threshold), and the
// IoU two annotators' boxes need to match (below it an image is disputed).
// The caller saves rule() with ProjectReview::saveRule.

#include "review/Consensus.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

namespace tally {

class ConsensusSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConsensusSettingsDialog(const ConsensusRule& rule, QWidget* parent = nullptr);

    ConsensusRule rule() const;
    void setRule(const ConsensusRule& rule);
    // A spin-box share within 0.0006 of k/n (n <= 12) is read as exactly k/n, so that
    // "0.667" means two of three (the rule compares share >= majority).
    static double snapMajority(double value);

    QSpinBox* minAnnotatorsSpin() const { return m_minAnnotators; }
    QDoubleSpinBox* majoritySpin() const { return m_majority; }
    QCheckBox* votesCanRejectBox() const { return m_votesCanReject; }
    QSpinBox* minVotesSpin() const { return m_minVotes; }
    QDoubleSpinBox* boxIouSpin() const { return m_boxIou; }

private:
    QSpinBox* m_minAnnotators = nullptr;
    QDoubleSpinBox* m_majority = nullptr;
    QCheckBox* m_votesCanReject = nullptr;
    QSpinBox* m_minVotes = nullptr;
    QDoubleSpinBox* m_boxIou = nullptr;
};

} // namespace tally
