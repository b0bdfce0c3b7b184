// The installed documentation keeps step with the programs: every option that a program's
// --help lists is in its man page (and, for aegis-cli, in its bash completion), and
// --help and --version work with no display at all.
#include "support/TestData.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

struct Program
{
    QString name;
    QString path;
};

QString programPath(const char *variable)
{
    const QString path = qEnvironmentVariable(variable);
    if (path.isEmpty())
        qFatal("%s is not set: run the tests through ctest", variable);
    return path;
}

// The program's environment without any display, as on a server or in a package build.
QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    return env;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessEnvironment(headless());
    p.start(program, arguments);
    Run r;
    if (!p.waitForFinished(30'000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QSet<QString> longOptions(const QString &help)
{
    static const QRegularExpression option(QStringLiteral("(?:^|[\\s,])(--[a-z][a-z-]*)"));
    QSet<QString> found;
    for (auto it = option.globalMatch(help); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// A man page writes "--demo" as "\-\-demo".
QString manText(const QString &page)
{
    return readText(TestData::sourceDir() + QStringLiteral("/packaging/linux/man/") + page + QStringLiteral(".1"))
        .replace(QStringLiteral("\\-"), QStringLiteral("-"));
}

const QStringList kCliCommands = {QStringLiteral("login"),
                                  QStringLiteral("forget"),
                                  QStringLiteral("query device"),
                                  QStringLiteral("query domain"),
                                  QStringLiteral("schedule get"),
                                  QStringLiteral("schedule set"),
                                  QStringLiteral("schedule history"),
                                  QStringLiteral("trust"),
                                  QStringLiteral("tariff list"),
                                  QStringLiteral("tariff show"),
                                  QStringLiteral("schedule cost"),
                                  QStringLiteral("schedule suggest"),
                                  QStringLiteral("cost"),
                                  QStringLiteral("export bems")};

} // namespace

class tst_ManPages final : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersionNeedNoDisplay_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("argument");
        for (const char *variable : {"AEGIS_CONSOLE", "AEGIS_CLI", "AEGIS_SIM"}) {
            for (const char *argument : {"--help", "--version"})
                QTest::addRow("%s %s", variable, argument) << programPath(variable) << QString::fromLatin1(argument);
        }
    }
    void helpAndVersionNeedNoDisplay()
    {
        QFETCH(QString, program);
        QFETCH(QString, argument);
        const Run r = run(program, {argument});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.out.trimmed().isEmpty(), qPrintable(r.err));
    }

    void manPageListsEveryOption_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("aegis-console") << QStringLiteral("aegis-console") << programPath("AEGIS_CONSOLE")
                                       << QStringList{QStringLiteral("--help")};
        QTest::newRow("aegis-sim") << QStringLiteral("aegis-sim") << programPath("AEGIS_SIM")
                                   << QStringList{QStringLiteral("--help")};
        QTest::newRow("aegis-cli") << QStringLiteral("aegis-cli") << programPath("AEGIS_CLI")
                                   << QStringList{QStringLiteral("--help")};
        for (const QString &command : kCliCommands) {
            QStringList arguments = command.split(QLatin1Char(' '));
            arguments << QStringLiteral("--help");
            QTest::addRow("aegis-cli %s", qPrintable(command))
                << QStringLiteral("aegis-cli") << programPath("AEGIS_CLI") << arguments;
        }
    }
    void manPageListsEveryOption()
    {
        QFETCH(QString, page);
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        const Run r = run(program, arguments);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QSet<QString> options = longOptions(r.out);
        QVERIFY(options.contains(QStringLiteral("--help")));
        const QString man = manText(page);
        QVERIFY2(!man.isEmpty(), qPrintable(page));
        QStringList missing;
        for (const QString &option : options) {
            if (!QRegularExpression(QRegularExpression::escape(option) + QStringLiteral("(?![a-z-])")).match(man).hasMatch())
                missing << option;
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(page + QStringLiteral(".1 lacks ") + missing.join(QStringLiteral(", "))));
    }

    void manPageNamesEveryCliCommand()
    {
        const QString man = manText(QStringLiteral("aegis-cli"));
        const Run r = run(programPath("AEGIS_CLI"), {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const QString &command : kCliCommands) {
            QVERIFY2(r.out.contains(command), qPrintable(command));
            QVERIFY2(man.contains(command), qPrintable(command));
        }
    }

    void bashCompletionKnowsEveryCliOption()
    {
        const QString completion = readText(TestData::sourceDir() + QStringLiteral("/packaging/linux/completions/aegis-cli"));
        QVERIFY(!completion.isEmpty());
        QStringList missing;
        for (const QString &command : kCliCommands) {
            QStringList arguments = command.split(QLatin1Char(' '));
            arguments << QStringLiteral("--help");
            const Run r = run(programPath("AEGIS_CLI"), arguments);
            QCOMPARE(r.exitCode, 0);
            for (const QString &option : longOptions(r.out)) {
                if (!QRegularExpression(QRegularExpression::escape(option) + QStringLiteral("(?![a-z-])"))
                         .match(completion)
                         .hasMatch())
                    missing << command + QLatin1Char(' ') + option;
            }
        }
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("packaging/linux/completions/aegis-cli lacks ") + missing.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(tst_ManPages)
#include "tst_ManPages.moc"
