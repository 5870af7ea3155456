#include "gui/StartPage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tally {

StartPage::StartPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto* title = new QLabel(tr("<h1>Tally</h1>"), this);
    auto* intro = new QLabel(tr("Label, review, balance, split and export audio clips, sensor "
                                "series and images for TinyML. Open a project to begin."),
                             this);
    intro->setWordWrap(true);
    auto* newButton = new QPushButton(tr("&New Project…"), this);
    newButton->setObjectName(QStringLiteral("startNew"));
    auto* openButton = new QPushButton(tr("&Open Project…"), this);
    openButton->setObjectName(QStringLiteral("startOpen"));
    auto* demoButton = new QPushButton(tr("Open &Demo"), this);
    demoButton->setObjectName(QStringLiteral("startDemo"));
    demoButton->setToolTip(tr("The demo project: spoken keywords and street scenes "
                              "(made by scripts/make-demo.sh)"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {newButton, openButton, demoButton})
        buttons->addWidget(b);
    buttons->addStretch(1);

    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentProjects"));
    auto* recentTitle =
        new QLabel(tr("<b>Recent projects</b> (double-click or Enter opens)"), this);

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(18);
    column->addWidget(recentTitle);
    column->addWidget(m_recent, 1);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    connect(newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });
}

void StartPage::setRecent(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(
            info.exists() ? tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(path))
                          : tr("%1 — not found").arg(QDir::toNativeSeparators(path)),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (paths.isEmpty()) {
        auto* none = new QListWidgetItem(tr("None yet"), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

QString StartPage::demoProjectPath()
{
    QStringList candidates;
    if (const QString env = qEnvironmentVariable("TALLY_DEMO"); !env.isEmpty())
        candidates << env;
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const char* rel :
         {"../../demo/demo.tally", "../demo/demo.tally", "../share/tally/demo/demo.tally"})
        candidates << bin.filePath(QLatin1String(rel));
    for (const QString& c : std::as_const(candidates))
        if (QFileInfo(c).isFile())
            return QFileInfo(c).canonicalFilePath();
    return {};
}

} // namespace tally
