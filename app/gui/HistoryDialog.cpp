#include "gui/HistoryDialog.h"

#include "store/AuditLog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tally {

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString isoTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

HistoryDialog::HistoryDialog(const QString& sampleTitle, const QList<HistoryEvent>& events,
                             QWidget* parent)
    : QDialog(parent), m_title(sampleTitle), m_events(events)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of %1").arg(sampleTitle));
    m_table = new QTableWidget(int(events.size()), 4, this);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Who"), tr("What"), tr("Description")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < events.size(); ++row) {
        const HistoryEvent& e = events.at(row);
        const QString who = e.annotatorName.isEmpty() ? tr("(import)") : e.annotatorName;
        const QStringList cells = {QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat),
                                   who, e.action, e.description};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        m_table->item(row, 0)->setToolTip(isoTime(e.at));
    }
    m_table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &HistoryDialog::exportInteractive);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("%n event(s) on %1, oldest first.", nullptr, int(events.size())).arg(sampleTitle),
        this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 420);
}

QByteArray HistoryDialog::toCsv() const
{
    QString out = QStringLiteral("time,annotator,action,description\n");
    for (const HistoryEvent& e : m_events)
        out += QStringList{isoTime(e.at), csvField(e.annotatorName), csvField(e.action),
                           csvField(e.description)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    return out.toUtf8();
}

QByteArray HistoryDialog::toJson() const
{
    QJsonArray events;
    for (const HistoryEvent& e : m_events) {
        QJsonObject o;
        o.insert(QStringLiteral("time"), isoTime(e.at));
        o.insert(QStringLiteral("annotator"), e.annotatorName);
        o.insert(QStringLiteral("action"), e.action);
        o.insert(QStringLiteral("description"), e.description);
        o.insert(QStringLiteral("before"), e.before);
        o.insert(QStringLiteral("after"), e.after);
        events.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("sample"), m_title);
    root.insert(QStringLiteral("events"), events);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool HistoryDialog::exportTo(const QString& path, QString* error) const
{
    QSaveFile file(path);
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (!file.open(QIODevice::WriteOnly) || file.write(json ? toJson() : toCsv()) < 0 ||
        !file.commit()) {
        if (error)
            *error =
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void HistoryDialog::exportInteractive()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export History"), QString(),
                                                      tr("CSV (*.csv);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += filter.contains(QLatin1String("json")) ? QStringLiteral(".json")
                                                         : QStringLiteral(".csv");
    QString error;
    if (!exportTo(target, &error))
        QMessageBox::warning(this, tr("Export History"), error);
}

} // namespace tally
