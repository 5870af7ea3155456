#include "gui/SplitDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>

namespace tally {

SplitDialog::SplitDialog(const QStringList& metadataKeys, const std::optional<SplitMethod>& current,
                         QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Split"));
    m_method = new QComboBox(this);
    m_method->addItem(tr("Speech Commands hashing"), QStringLiteral("speech-commands"));
    m_method->addItem(tr("Grouped and stratified"), QStringLiteral("grouped"));
    m_method->addItem(tr("Chronological within each sensor run"), QStringLiteral("chronological"));
    m_validation = new QDoubleSpinBox(this);
    m_testing = new QDoubleSpinBox(this);
    for (QDoubleSpinBox* box : {m_validation, m_testing}) {
        box->setRange(0, 100);
        box->setDecimals(1);
        box->setSuffix(tr(" %"));
        box->setValue(10);
    }
    m_group = new QComboBox(this);
    m_group->addItem(tr("Speaker (group key)"), QStringLiteral("speaker"));
    for (const QString& key : metadataKeys)
        m_group->addItem(tr("Metadata: %1").arg(key), key);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Split"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Method"), m_method);
    form->addRow(tr("Validation"), m_validation);
    form->addRow(tr("Testing"), m_testing);
    form->addRow(tr("Group by"), m_group);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(m_note);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->hide();
    form->addRow(m_result);
    m_leaks = new QTreeWidget(this);
    m_leaks->setObjectName(QStringLiteral("splitLeaks"));
    m_leaks->setHeaderLabels({tr("Why"), tr("Sample (split)"), tr("Other sample (split)")});
    m_leaks->setRootIsDecorated(false);
    m_leaks->hide();
    form->addRow(m_leaks);
    form->addRow(buttons);
    if (current) {
        m_method->setCurrentIndex(std::max(0, m_method->findData(current->method)));
        m_validation->setValue(current->validationPercent);
        m_testing->setValue(current->testingPercent);
        m_group->setCurrentIndex(std::max(0, m_group->findData(current->groupKey)));
        m_seed->setValue(int(current->seed));
    }
    connect(m_method, &QComboBox::currentIndexChanged, this, &SplitDialog::updateEnabled);
    connect(m_validation, &QDoubleSpinBox::valueChanged, this, &SplitDialog::updateEnabled);
    connect(m_testing, &QDoubleSpinBox::valueChanged, this, &SplitDialog::updateEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &SplitDialog::split);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    updateEnabled();
}

void SplitDialog::updateEnabled()
{
    const bool grouped = m_method->currentData().toString() == QLatin1String("grouped");
    m_group->setEnabled(grouped);
    m_seed->setEnabled(grouped);
    const bool ok = m_validation->value() + m_testing->value() <= 100.0;
    m_okButton->setEnabled(ok);
    if (!ok)
        m_note->setText(tr("Validation and testing add up to more than 100 %."));
    else if (m_method->currentData().toString() == QLatin1String("chronological"))
        m_note->setText(tr("Within each sensor run the earliest snapshots train, the next "
                           "validate, the latest test: a model is never tested on the past of "
                           "its own training data. Other samples get no split."));
    else if (grouped)
        m_note->setText(
            tr("Whole groups go to one split; each class's proportions come as close to the "
               "targets as the groups allow. The same seed gives the same splits."));
    else
        m_note->setText(
            tr("TensorFlow's which_set on the file name: the same speaker lands in the same "
               "split, and adding samples never moves an existing one."));
}

void SplitDialog::split()
{
    if (!m_apply) {
        accept();
        return;
    }
    const Result<Outcome> outcome = m_apply(method());
    if (!outcome) {
        m_result->setText(outcome.error().toString());
        m_result->show();
        return;
    }
    showOutcome(outcome.value());
}

void SplitDialog::showOutcome(const Outcome& outcome)
{
    const QList<StoredLeak>& leaks = outcome.leaks;
    m_result->setText(
        outcome.summary + QLatin1Char(' ') +
        (leaks.isEmpty()
             ? tr("No leaks across splits were found.")
             : tr("%n leak(s) across splits: the same or nearly the same clip, or one group, "
                  "in two splits.",
                  nullptr, int(leaks.size()))));
    m_result->show();
    m_leaks->clear();
    for (const StoredLeak& l : leaks) {
        const QString why = l.why == QLatin1String("group")       ? tr("group %1").arg(l.group)
                            : l.why == QLatin1String("duplicate") ? tr("duplicate")
                                                                  : tr("near duplicate");
        auto* item =
            new QTreeWidgetItem(m_leaks, {why, QStringLiteral("%1 (%2)").arg(l.pathA, l.splitA),
                                          QStringLiteral("%1 (%2)").arg(l.pathB, l.splitB)});
        item->setData(0, Qt::UserRole, l.a);
        item->setData(1, Qt::UserRole, l.b);
    }
    m_leaks->setVisible(!leaks.isEmpty());
    m_cancelButton->setText(tr("Close"));
}

SplitMethod SplitDialog::method() const
{
    SplitMethod m;
    m.method = m_method->currentData().toString();
    m.validationPercent = m_validation->value();
    m.testingPercent = m_testing->value();
    if (m.method == QLatin1String("grouped")) {
        m.groupKey = m_group->currentData().toString();
        m.seed = quint64(m_seed->value());
    }
    return m;
}

} // namespace tally
