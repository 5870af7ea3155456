#include "CliChild.h"

#include "TestSupport.h"
#include "store/Project.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <algorithm>

namespace tally::test {

CliChild::~CliChild()
{
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

bool CliChild::start(const QStringList& args, const QString& workingDir)
{
    if (!workingDir.isEmpty())
        m_process.setWorkingDirectory(workingDir);
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_process.start(cliPath(), args);
    return m_process.waitForStarted();
}

bool CliChild::isRunning()
{
    if (m_process.state() == QProcess::NotRunning)
        return false;
    m_process.waitForFinished(0);
    return m_process.state() != QProcess::NotRunning;
}

void CliChild::write(const QByteArray& bytes)
{
    m_process.write(bytes);
    m_process.waitForBytesWritten(1000);
}

void CliChild::closeInput()
{
    m_process.closeWriteChannel();
}

void CliChild::poll(int ms)
{
    if (isRunning())
        m_process.waitForReadyRead(ms);
    read();
}

void CliChild::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
    read(); // lines the child flushed before it died
}

int CliChild::finish(int timeoutMs)
{
    // Read while waiting, so that a child writing much never blocks on a full pipe.
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + timeoutMs;
    while (isRunning() && QDateTime::currentMSecsSinceEpoch() < until) {
        m_process.waitForFinished(50);
        read();
    }
    read();
    if (isRunning() || m_process.exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process.exitCode();
}

qint64 CliChild::elapsedMs() const
{
    return QDateTime::currentMSecsSinceEpoch() - m_startedMs;
}

void CliChild::read()
{
    if (!m_process.isOpen())
        return; // not started
    const QByteArray bytes = m_process.readAllStandardOutput();
    m_out += bytes;
    m_pending += bytes;
    qsizetype nl;
    while ((nl = m_pending.indexOf('\n')) >= 0) {
        const QList<QByteArray> f = m_pending.left(nl).split('\t');
        m_pending.remove(0, nl + 1);
        if (f.size() == 3 && f[0] == "ok") {
            m_ok.insert(QString::fromUtf8(f[1]), QString::fromUtf8(f[2]));
            ++m_okLines;
        }
    }
}

namespace {

// Every row of sql as one line of its columns joined by tabs.
QStringList rows(Project& p, const QString& sql)
{
    QStringList out;
    QSqlQuery q(p.db());
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + sql};
    const int columns = q.record().count();
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < columns; ++i)
            cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out << cells.join(QLatin1Char('\t'));
    }
    return out;
}

} // namespace

QString integrityCheck(const QString& projectPath)
{
    auto p = Project::open(projectPath);
    if (!p)
        return p.error().toString();
    QSqlQuery q(p.value()->db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return QStringLiteral("integrity_check did not run");
    QStringList said;
    while (q.next())
        said << q.value(0).toString();
    return said.join(QLatin1Char('\n'));
}

QStringList projectState(const QString& projectPath)
{
    auto opened = Project::open(projectPath);
    if (!opened)
        return {};
    Project& p = *opened.value();
    const QString sampleOf = QStringLiteral("(SELECT path FROM samples WHERE id = t.sample_id)");
    const QString classOf = QStringLiteral("(SELECT name FROM classes WHERE id = t.class_id)");
    const QString nameOf = QStringLiteral("(SELECT name FROM annotators WHERE id = t.%1)");
    QStringList state;
    state << rows(p, QStringLiteral("SELECT 'sample', path, content_hash, kind, (SELECT name FROM "
                                    "classes WHERE id = t.class_id), group_key, duration_sec, "
                                    "split FROM samples t"));
    state << rows(p, QStringLiteral("SELECT 'label', %1, %2, %3 FROM labels t")
                         .arg(sampleOf, nameOf.arg(QStringLiteral("annotator_id")), classOf));
    state << rows(p, QStringLiteral("SELECT 'vote', %1, %2, up FROM votes t")
                         .arg(sampleOf, nameOf.arg(QStringLiteral("annotator_id"))));
    state << rows(p, QStringLiteral("SELECT 'region', %1, %2, %3, start_sec, end_sec, low_hz, "
                                    "high_hz FROM regions t")
                         .arg(sampleOf, nameOf.arg(QStringLiteral("annotator_id")), classOf));
    state << rows(p, QStringLiteral("SELECT 'box', %1, %2, %3, x, y, w, h FROM boxes t")
                         .arg(sampleOf, nameOf.arg(QStringLiteral("annotator_id")), classOf));
    state << rows(p, QStringLiteral("SELECT 'review', %1, %2, decision, %3, reason FROM reviews t")
                         .arg(sampleOf, nameOf.arg(QStringLiteral("reviewer_id")), classOf));
    state << rows(p, QStringLiteral("SELECT 'class', name FROM classes"));
    state << rows(p, QStringLiteral("SELECT 'annotator', name, role FROM annotators"));
    std::sort(state.begin(), state.end());
    return state;
}

QHash<QString, QString> labelsBy(const QString& projectPath, const QString& annotator)
{
    QHash<QString, QString> out;
    auto p = Project::open(projectPath);
    if (!p)
        return out;
    QSqlQuery q(p.value()->db());
    q.prepare(QStringLiteral("SELECT s.path, c.name FROM labels l JOIN samples s ON s.id = "
                             "l.sample_id JOIN classes c ON c.id = l.class_id JOIN annotators a "
                             "ON a.id = l.annotator_id WHERE a.name = ?"));
    q.addBindValue(annotator);
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

qint64 queryNumber(const QString& projectPath, const QString& sql)
{
    auto p = Project::open(projectPath);
    if (!p)
        return -1;
    QSqlQuery q(p.value()->db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace tally::test
