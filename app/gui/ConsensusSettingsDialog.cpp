#include "gui/ConsensusSettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <cmath>

namespace tally {

ConsensusSettingsDialog::ConsensusSettingsDialog(const ConsensusRule& rule, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("consensusSettings"));
    setWindowTitle(tr("Consensus Settings"));
    m_minAnnotators = new QSpinBox(this);
    m_minAnnotators->setRange(1, 50);
    m_minAnnotators->setToolTip(tr("Labels a sample needs before it can be agreed or disputed."));
    m_majority = new QDoubleSpinBox(this);
    m_majority->setRange(0.5, 1.0);
    m_majority->setDecimals(3);
    m_majority->setSingleStep(0.05);
    m_majority->setToolTip(tr("Share of the labels the most frequent class needs: 1 = all agree, "
                              "0.667 = two of three."));
    m_votesCanReject = new QCheckBox(tr("An “invalid” vote outcome rejects the sample"), this);
    m_minVotes = new QSpinBox(this);
    m_minVotes->setRange(1, 100);
    m_minVotes->setToolTip(tr("Up + down votes needed before a sample is valid or invalid "
                              "(Common Voice uses 2)."));
    m_boxIou = new QDoubleSpinBox(this);
    m_boxIou->setRange(0.05, 1.0);
    m_boxIou->setDecimals(2);
    m_boxIou->setSingleStep(0.05);
    m_boxIou->setToolTip(
        tr("Two annotators' boxes match when their intersection over union is at least "
           "this; an image where some box has no match of the same class is disputed."));

    auto* form = new QFormLayout;
    form->addRow(tr("Minimum annotators:"), m_minAnnotators);
    form->addRow(tr("Majority needed:"), m_majority);
    form->addRow(QString(), m_votesCanReject);
    form->addRow(tr("Minimum votes:"), m_minVotes);
    form->addRow(tr("Box IoU threshold:"), m_boxIou);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* note =
        new QLabel(tr("Statuses are derived again for every sample when you press OK."), this);
    note->setWordWrap(true);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setRule(rule);
}

void ConsensusSettingsDialog::setRule(const ConsensusRule& rule)
{
    m_minAnnotators->setValue(rule.minAnnotators);
    m_majority->setValue(rule.majority);
    m_votesCanReject->setChecked(rule.votesCanReject);
    m_minVotes->setValue(rule.votes.minVotes);
    m_boxIou->setValue(rule.boxIouThreshold);
}

ConsensusRule ConsensusSettingsDialog::rule() const
{
    ConsensusRule rule;
    rule.minAnnotators = m_minAnnotators->value();
    rule.majority = snapMajority(m_majority->value());
    rule.votesCanReject = m_votesCanReject->isChecked();
    rule.votes.minVotes = m_minVotes->value();
    rule.boxIouThreshold = m_boxIou->value();
    return rule;
}

double ConsensusSettingsDialog::snapMajority(double value)
{
    for (int n = 2; n <= 12; ++n)
        for (int k = n / 2; k <= n; ++k)
            if (std::abs(value - double(k) / n) < 0.0006)
                return double(k) / n;
    return value;
}

} // namespace tally
