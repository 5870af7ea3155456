#include "gui/ProgressUi.h"

#include "gui/Repositories.h"
#include "gui/Session.h"
#include "models/SampleTableModel.h"

#include <QLabel>
#include <QLocale>

namespace tally {

ProgressUi::ProgressUi(Session& session, QObject* parent) : QObject(parent), m_session(session)
{
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("progressLabel"));
    m_status->setToolTip(tr("Samples with your label of all samples, samples in dispute, and "
                            "samples nobody has labelled"));
    m_classes = new QLabel;
    m_classes->setObjectName(QStringLiteral("classProgressLabel"));
    m_classes->setWordWrap(true);
    m_classes->setToolTip(tr("Samples with your label, per class"));
    for (auto changed : {&Session::projectChanged, &Session::classesChanged}) {
        connect(&m_session, changed, this, [this] {
            readClasses();
            update();
        });
    }
    for (auto changed :
         {&Session::samplesChanged, &Session::derivedChanged, &Session::annotatorChanged})
        connect(&m_session, changed, this, &ProgressUi::update);
    connect(&m_session, &Session::sampleChanged, this, &ProgressUi::update);
    update();
}

void ProgressUi::readClasses()
{
    m_classNames.clear();
    if (Repositories* repos = m_session.repos())
        for (const ClassRecord& c : repos->classes.classes())
            m_classNames << c.name;
}

QString ProgressUi::summaryText() const
{
    if (!m_session.project())
        return {};
    const LabelProgress& p = m_session.sampleModel()->progress();
    const QLocale locale;
    return tr("yours %1 / %2 · disputed %3 · unlabelled %4")
        .arg(locale.toString(p.mine), locale.toString(p.samples),
             locale.toString(p.status(QStringLiteral("disputed"))),
             locale.toString(p.status(QStringLiteral("unlabelled"))));
}

QString ProgressUi::perClassText() const
{
    if (!m_session.project())
        return {};
    const LabelProgress& p = m_session.sampleModel()->progress();
    const QLocale locale;
    QStringList parts;
    for (const QString& name : m_classNames) // the classes you have used, not a row of zeros
        if (const int n = p.mineOf(name); n > 0)
            parts << tr("%1 %2").arg(name, locale.toString(n));
    return parts.isEmpty() ? QString() : tr("Yours per class: %1").arg(parts.join(tr(" · ")));
}

void ProgressUi::update()
{
    m_status->setText(summaryText());
    m_classes->setText(perClassText());
}

} // namespace tally
