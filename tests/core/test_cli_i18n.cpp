// tally-cli speaks the system language: run as a process with LANG / LC_ALL / LANGUAGE
// set, its messages come out in Brazilian Portuguese or Spanish, and in English under
// the C locale (even when LANGUAGE asks for another language, as with gettext) or en.
// JSON keys stay English whatever the language. Qt's QLocale reads the variables
// themselves, so the locales need not be installed on the machine.
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs tally-cli with the locale variables in `locale` ("NAME=value" each) and every
// other locale variable removed.
Run runIn(const QStringList& locale, const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(QString::fromLatin1(name));
    for (const QString& setting : locale)
        env.insert(setting.section(QLatin1Char('='), 0, 0), setting.section(QLatin1Char('='), 1));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(tally::test::cliPath(), args);
    Run r;
    if (!p.waitForStarted(30000))
        return r;
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestCliI18n : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void errorMessageInTheSystemLanguage_data();
    void errorMessageInTheSystemLanguage();
    void helpTextIsTranslated();
    void jsonKeysStayEnglish();

private:
    QTemporaryDir m_dir;
};

void TestCliI18n::initTestCase()
{
    QVERIFY2(!tally::test::cliPath().isEmpty(), "TALLY_CLI is not set");
    QVERIFY(m_dir.isValid());
}

void TestCliI18n::errorMessageInTheSystemLanguage_data()
{
    QTest::addColumn<QStringList>("locale");
    QTest::addColumn<QString>("expected");
    const QString english = QStringLiteral("no project at %1");
    QTest::newRow("pt_BR") << QStringList{"LANGUAGE=pt_BR", "LC_ALL=pt_BR.UTF-8"}
                           << QStringLiteral("nenhum projeto em %1");
    QTest::newRow("LANG pt_BR") << QStringList{"LANG=pt_BR.UTF-8"}
                                << QStringLiteral("nenhum projeto em %1");
    QTest::newRow("es") << QStringList{"LANG=es_ES.UTF-8"}
                        << QStringLiteral("no hay ningún proyecto en %1");
    QTest::newRow("C") << QStringList{"LC_ALL=C"} << english;
    QTest::newRow("C, LANGUAGE pt_BR") << QStringList{"LC_ALL=C", "LANGUAGE=pt_BR"} << english;
    QTest::newRow("C.UTF-8, LANGUAGE pt_BR")
        << QStringList{"LANG=C.UTF-8", "LANGUAGE=pt_BR"} << english;
    QTest::newRow("LC_MESSAGES C") << QStringList{"LANG=pt_BR.UTF-8", "LC_MESSAGES=C"} << english;
    QTest::newRow("en") << QStringList{"LANG=en_US.UTF-8"} << english;
    QTest::newRow("nothing set") << QStringList{} << english;
}

void TestCliI18n::errorMessageInTheSystemLanguage()
{
    QFETCH(QStringList, locale);
    QFETCH(QString, expected);
    const QString missing = m_dir.filePath(QStringLiteral("missing.tally"));
    const Run r = runIn(locale, {QStringLiteral("stats"), missing});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QStringLiteral("tally-cli stats: %1\n").arg(expected.arg(missing)));
}

void TestCliI18n::helpTextIsTranslated()
{
    const Run pt = runIn({"LANG=pt_BR.UTF-8"}, {QStringLiteral("init"), QStringLiteral("--help")});
    QCOMPARE(pt.exitCode, 0);
    QVERIFY2(pt.out.contains(QStringLiteral("Cria um projeto novo e vazio do Tally.")),
             qPrintable(pt.out));
    const Run en = runIn({"LC_ALL=C"}, {QStringLiteral("init"), QStringLiteral("--help")});
    QVERIFY2(en.out.contains(QStringLiteral("Creates a new, empty Tally project.")),
             qPrintable(en.out));
    // The list of commands: the summaries are translated, the synopses are not.
    const Run list = runIn({"LANG=es_ES.UTF-8"}, {QStringLiteral("--help")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QStringLiteral("init PROJECT.tally\n")), qPrintable(list.out));
    QVERIFY2(list.out.contains(QStringLiteral("Crear un proyecto vacío (nunca sobrescribe)")),
             qPrintable(list.out));
}

void TestCliI18n::jsonKeysStayEnglish()
{
    const QString project = m_dir.filePath(QStringLiteral("p.tally"));
    const Run init = runIn({"LANG=pt_BR.UTF-8"}, {QStringLiteral("init"), project});
    QCOMPARE(init.exitCode, 0);
    QCOMPARE(init.out, QStringLiteral("Criado %1\n").arg(project));
    const Run stats =
        runIn({"LANG=pt_BR.UTF-8"}, {QStringLiteral("stats"), project, QStringLiteral("--json")});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("samples")).toInt(-1), 0);
    QVERIFY(json.contains(QStringLiteral("duration_sec")));
}

QTEST_GUILESS_MAIN(TestCliI18n)
#include "test_cli_i18n.moc"
