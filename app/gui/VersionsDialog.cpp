#include "gui/VersionsDialog.h"

#include "store/Exports.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tally {

VersionsDialog::VersionsDialog(Project& project, QWidget* parent)
    : QDialog(parent), m_project(project)
{
    setWindowTitle(tr("Export Versions"));
    resize(760, 520);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Version"), tr("When"), tr("Format"), tr("Samples"), tr("Folder")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_from = new QComboBox(this);
    m_to = new QComboBox(this);
    auto* compareButton = new QPushButton(tr("Compare"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("From"), this));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to"), this));
    row->addWidget(m_to);
    row->addWidget(compareButton);
    row->addStretch(1);
    m_diff = new QPlainTextEdit(this);
    m_diff->setReadOnly(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 2);
    layout->addLayout(row);
    layout->addWidget(m_diff, 3);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(compareButton, &QPushButton::clicked, this, [this] {
        compare(m_from->currentData().toLongLong(), m_to->currentData().toLongLong());
    });
    reload();
}

void VersionsDialog::reload()
{
    const std::vector<ExportVersion> versions = Exports(m_project).versions();
    m_table->setRowCount(int(versions.size()));
    m_from->clear();
    m_to->clear();
    for (int i = 0; i < int(versions.size()); ++i) {
        const ExportVersion& v = versions[size_t(i)];
        const QStringList cells{QString::number(v.id),
                                QLocale().toString(v.at.toLocalTime(), QLocale::ShortFormat),
                                v.format, QString::number(v.itemCount), v.folder};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
        const QString name = tr("version %1 (%2)").arg(v.id).arg(v.format);
        m_from->addItem(name, v.id);
        m_to->addItem(name, v.id);
    }
    m_table->resizeColumnsToContents();
    m_from->setCurrentIndex(std::max(0, m_from->count() - 2));
    m_to->setCurrentIndex(m_to->count() - 1);
    if (versions.size() < 2)
        m_diff->setPlainText(
            versions.empty() ? tr("No export recorded yet.")
                             : tr("One export recorded; a second one can be compared with it."));
}

int VersionsDialog::versionCount() const
{
    return m_table->rowCount();
}

QString VersionsDialog::describe(const VersionDiff& d)
{
    QStringList lines;
    lines << tr("From version %1 to %2: %3 added, %4 removed, %5 relabelled, %6 moved to another "
                "split, "
                "%7 unchanged.")
                 .arg(d.fromVersion)
                 .arg(d.toVersion)
                 .arg(d.added.size())
                 .arg(d.removed.size())
                 .arg(d.relabelled.size())
                 .arg(d.movedSplit.size())
                 .arg(d.unchanged);
    for (const VersionDiffEntry& e : d.added)
        lines << tr("added\t%1\t%2\t%3").arg(e.toPath, e.toClass, e.toSplit);
    for (const VersionDiffEntry& e : d.removed)
        lines << tr("removed\t%1\t%2\t%3").arg(e.fromPath, e.fromClass, e.fromSplit);
    for (const VersionDiffEntry& e : d.relabelled)
        lines << tr("relabelled\t%1\t%2 → %3").arg(e.toPath, e.fromClass, e.toClass);
    for (const VersionDiffEntry& e : d.movedSplit)
        lines << tr("moved\t%1\t%2 → %3").arg(e.toPath, e.fromSplit, e.toSplit);
    return lines.join(QLatin1Char('\n'));
}

void VersionsDialog::compare(qint64 fromVersion, qint64 toVersion)
{
    const Result<VersionDiff> diff = Exports(m_project).diff(fromVersion, toVersion);
    m_diff->setPlainText(diff ? describe(diff.value()) : diff.error().toString());
}

QString VersionsDialog::diffText() const
{
    return m_diff->toPlainText();
}

} // namespace tally
