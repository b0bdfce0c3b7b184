#include "cli/CliExit.h"
#include "cli/CliOptions.h"
#include "client/AegisClient.h"

#include <QRegularExpression>
#include <QtTest>

namespace {

QStringList words(const QString &line)
{
    return QStringList{QStringLiteral("aegis-cli")} + line.split(u' ', Qt::SkipEmptyParts);
}

const QList<CliCommand> kCommands = {
    CliCommand::Login,       CliCommand::Forget,      CliCommand::QueryDevice,     CliCommand::QueryDomain,
    CliCommand::ScheduleGet, CliCommand::ScheduleSet, CliCommand::ScheduleHistory, CliCommand::Trust,
    CliCommand::TariffList,  CliCommand::TariffShow,  CliCommand::ScheduleCost,    CliCommand::ScheduleSuggest,
    CliCommand::Cost,        CliCommand::ExportBems};

// The command words plus what the command needs to run (the FILE of schedule set, a plan's NAME).
QString invocation(CliCommand command)
{
    switch (command) {
    case CliCommand::ScheduleSet:
        return QStringLiteral("schedule set file.json");
    case CliCommand::TariffShow:
        return QStringLiteral("tariff show taipower-hv-two-period");
    default:
        break;
    }
    return CliOptions::commandName(command);
}

QString syntax(CliCommand command)
{
    switch (command) {
    case CliCommand::ScheduleSet:
        return QStringLiteral("schedule set FILE");
    case CliCommand::TariffShow:
        return QStringLiteral("tariff show NAME");
    case CliCommand::ScheduleCost:
        return QStringLiteral("schedule cost [FILE]");
    default:
        break;
    }
    return CliOptions::commandName(command);
}

// "--start <time>" lines of a help text: option name and whether it takes a value.
QMap<QString, bool> listedOptions(const QString &help)
{
    QMap<QString, bool> options;
    static const QRegularExpression line(QStringLiteral("^  (?:-\\w, )?--([a-z-]+)( <[^>]+>)?"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(help); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        options.insert(m.captured(1), !m.captured(2).isEmpty());
    }
    return options;
}

} // namespace

class tst_CliOptions : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // Defaults come from the environment; each test sets what it needs.
        qunsetenv("AEGIS_URL");
        qputenv("AEGIS_USER", "operator");
    }

    void everyCommandIsRecognised()
    {
        for (const CliCommand command : kCommands) {
            CliOptions options;
            QCOMPARE(options.parse(words(invocation(command))), CliOptions::Outcome::Run);
            QCOMPARE(options.command(), command);
            QCOMPARE(options.error(), QString());
        }
    }

    void defaults()
    {
        CliOptions options;
        QCOMPARE(options.parse(words(QStringLiteral("schedule get"))), CliOptions::Outcome::Run);
        const CliSettings &s = options.settings();
        QCOMPARE(s.baseUrl, AegisClient::vendorBaseUrl());
        QCOMPARE(s.user, QStringLiteral("operator")); // from AEGIS_USER
        QCOMPARE(s.format, CliFormat::Json);
        QCOMPARE(s.timeout, std::chrono::milliseconds(60'000));
        QCOMPARE(s.maxReplyBytes, AegisClient::defaultMaxReplyBytes);
        QCOMPARE(s.displayZone, QTimeZone::utc());
        QVERIFY(s.useKeychain);
        QCOMPARE(options.value(QStringLiteral("scheduler")), QStringLiteral("4")); // building K
        QVERIFY(options.arguments().isEmpty());
    }

    void globalOptionsAreRead()
    {
        qputenv("AEGIS_URL", "https://from-the-environment:20080/api");
        CliOptions options;
        QCOMPARE(
            options.parse(words(QStringLiteral("login --url http://127.0.0.1:8080/api --user alice --format csv "
                                               "--timeout 2.5 --max-reply-mb 0.5 --tz Asia/Taipei --no-keychain --remember"))),
            CliOptions::Outcome::Run);
        const CliSettings &s = options.settings();
        QCOMPARE(s.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/api")));
        QCOMPARE(s.user, QStringLiteral("alice"));
        QCOMPARE(s.format, CliFormat::Csv);
        QCOMPARE(s.timeout, std::chrono::milliseconds(2'500));
        QCOMPARE(s.maxReplyBytes, qint64(512 * 1024));
        QCOMPARE(s.displayZone, QTimeZone("Asia/Taipei"));
        QVERIFY(!s.useKeychain);
        QVERIFY(options.isSet(QStringLiteral("remember")));
    }

    void theEnvironmentGivesTheUrlAndTheAccount()
    {
        qputenv("AEGIS_URL", "https://aegis.example:20080/api");
        qputenv("AEGIS_USER", "bob");
        CliOptions options;
        QCOMPARE(options.parse(words(QStringLiteral("login"))), CliOptions::Outcome::Run);
        QCOMPARE(options.settings().baseUrl, QUrl(QStringLiteral("https://aegis.example:20080/api")));
        QCOMPARE(options.settings().user, QStringLiteral("bob"));
    }

    void optionsMayComeBeforeOrAfterTheCommand()
    {
        // An option's value is never a command word: --user login logs in as "login".
        CliOptions before;
        QCOMPARE(before.parse(words(QStringLiteral("--user login --format csv schedule history --start -7d"))),
                 CliOptions::Outcome::Run);
        QCOMPARE(before.command(), CliCommand::ScheduleHistory);
        QCOMPARE(before.settings().user, QStringLiteral("login"));
        QCOMPARE(before.value(QStringLiteral("start")), QStringLiteral("-7d")); // a negative time is a value
        QCOMPARE(before.settings().format, CliFormat::Csv);
    }

    void queryOptionsAndLists()
    {
        CliOptions options;
        QCOMPARE(options.parse(words(QStringLiteral("query device --organization 3 --domain 187 --output pomcube_data "
                                                    "--fields SolarPower,BatSoC --fields ,LoadPower, --devices d1 "
                                                    "--start -6h --stop 0 --every 15m --time-function mean --pivot "
                                                    "--where device_name=d1,d2 --where {\"place\":\"roof\"} --limit 10"))),
                 CliOptions::Outcome::Run);
        QCOMPARE(options.command(), CliCommand::QueryDevice);
        QCOMPARE(options.listValue(QStringLiteral("fields")),
                 (QStringList{QStringLiteral("SolarPower"), QStringLiteral("BatSoC"), QStringLiteral("LoadPower")}));
        QCOMPARE(options.values(QStringLiteral("where")),
                 (QStringList{QStringLiteral("device_name=d1,d2"), QStringLiteral("{\"place\":\"roof\"}")}));
        QCOMPARE(options.value(QStringLiteral("every")), QStringLiteral("15m"));
        QVERIFY(options.isSet(QStringLiteral("pivot")));
        QVERIFY(!options.isSet(QStringLiteral("create-empty")));
        QVERIFY(options.listValue(QStringLiteral("places")).isEmpty());
    }

    void scheduleSetTakesItsFile()
    {
        for (const QString &file : {QStringLiteral("windows.json"), QStringLiteral("-")}) {
            CliOptions options;
            QCOMPARE(options.parse(words(QStringLiteral("schedule set --expect-update-time 2024-12-06T10:25:38.178Z ") + file)),
                     CliOptions::Outcome::Run);
            QCOMPARE(options.arguments(), QStringList{file});
            QCOMPARE(options.value(QStringLiteral("expect-update-time")), QStringLiteral("2024-12-06T10:25:38.178Z"));
        }
    }

    void costCommandsTakeTheirOptions()
    {
        CliOptions cost;
        QCOMPARE(cost.parse(words(QStringLiteral("schedule cost plan.json --tariff my-plan --day-type saturday --format csv "
                                                 "--connection-kw 100 --avail 50 --export-limit-kw 0 --soc-start 40"))),
                 CliOptions::Outcome::Run);
        QCOMPARE(cost.command(), CliCommand::ScheduleCost);
        QCOMPARE(cost.arguments(), QStringList{QStringLiteral("plan.json")});
        QCOMPARE(cost.settings().format, CliFormat::Csv);
        CliOptions server;
        QCOMPARE(server.parse(words(QStringLiteral("schedule cost --tariff my-plan --format text"))), CliOptions::Outcome::Run);
        QVERIFY(server.arguments().isEmpty());
        QCOMPARE(server.settings().format, CliFormat::Text);
        CliOptions suggest;
        QCOMPARE(suggest.parse(words(QStringLiteral("schedule suggest --date 2026-07-27 --max-windows 3 --soc-start 50 "
                                                    "--soc-end 60 --out w.json --format text"))),
                 CliOptions::Outcome::Run);
        QCOMPARE(suggest.command(), CliCommand::ScheduleSuggest);
        QCOMPARE(suggest.value(QStringLiteral("out")), QStringLiteral("w.json"));
        CliOptions bill;
        QCOMPARE(bill.parse(words(QStringLiteral("cost --start -7d --stop 0 --every 1mo --tariff x"))), CliOptions::Outcome::Run);
        QCOMPARE(bill.command(), CliCommand::Cost);
        QCOMPARE(bill.value(QStringLiteral("every")), QStringLiteral("1mo"));
        CliOptions show;
        QCOMPARE(show.parse(words(QStringLiteral("tariff show my-plan --tariff-dir /tmp/plans --format text"))),
                 CliOptions::Outcome::Run);
        QCOMPARE(show.arguments(), QStringList{QStringLiteral("my-plan")});
    }

    void commandsThatNeedNoAccount()
    {
        qunsetenv("AEGIS_USER");
        for (const QString &line : {QStringLiteral("trust --url https://10.0.0.5:20080/api --fingerprint AB:CD"),
                                    QStringLiteral("schedule set --dry-run windows.json"), QStringLiteral("tariff list"),
                                    QStringLiteral("tariff show taipower-hv-two-period")}) {
            CliOptions options;
            QVERIFY2(options.parse(words(line)) == CliOptions::Outcome::Run, qPrintable(options.error()));
        }
    }

    void usageErrorsSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("error");
        QTest::newRow("nothing") << QString() << QStringLiteral("no command given");
        QTest::newRow("options only") << QStringLiteral("--format csv") << QStringLiteral("no command given");
        QTest::newRow("unknown command") << QStringLiteral("frobnicate") << QStringLiteral("unknown command \"frobnicate\"");
        QTest::newRow("query alone") << QStringLiteral(
            "query") << QStringLiteral("query needs device or domain: aegis-cli query device ..., aegis-cli query domain ...");
        QTest::newRow("query what")
            << QStringLiteral("query site")
            << QStringLiteral("query needs device or domain: aegis-cli query device ..., aegis-cli query domain ...");
        QTest::newRow("schedule alone") << QStringLiteral("schedule")
                                        << QStringLiteral("schedule needs get, set FILE, history, cost [FILE] or suggest");
        QTest::newRow("schedule put") << QStringLiteral("schedule put")
                                      << QStringLiteral("schedule needs get, set FILE, history, cost [FILE] or suggest");
        QTest::newRow("set without FILE") << QStringLiteral("schedule set")
                                          << QStringLiteral("schedule set needs the FILE that holds the windows (- for stdin)");
        QTest::newRow("two FILEs") << QStringLiteral("schedule set a.json b.json")
                                   << QStringLiteral("unexpected argument \"b.json\" after schedule set");
        QTest::newRow("argument to login") << QStringLiteral("login now")
                                           << QStringLiteral("unexpected argument \"now\" after login");
        QTest::newRow("option of another command")
            << QStringLiteral("query device --remember") << QStringLiteral("--remember does not apply to query device");
        QTest::newRow("device option on domain")
            << QStringLiteral("query domain --limit 5") << QStringLiteral("--limit does not apply to query domain");
        QTest::newRow("query option on schedule")
            << QStringLiteral("schedule get --pivot") << QStringLiteral("--pivot does not apply to schedule get");
        QTest::newRow("dry run of get") << QStringLiteral("schedule get --dry-run")
                                        << QStringLiteral("--dry-run does not apply to schedule get");
        QTest::newRow("fingerprint to login")
            << QStringLiteral("login --fingerprint AB") << QStringLiteral("--fingerprint does not apply to login");
        QTest::newRow("ftp") << QStringLiteral("login --url ftp://host/api")
                             << QStringLiteral(
                                    "--url needs an http or https URL such as https://host:20080/api, not \"ftp://host/api\"");
        QTest::newRow("no host") << QStringLiteral("login --url https:///api")
                                 << QStringLiteral(
                                        "--url needs an http or https URL such as https://host:20080/api, not \"https:///api\"");
        QTest::newRow("format") << QStringLiteral("login --format xml")
                                << QStringLiteral("--format needs json or csv, not \"xml\"");
        QTest::newRow("timeout 0") << QStringLiteral("login --timeout 0")
                                   << QStringLiteral("--timeout needs a number of seconds above 0 and at most 86400");
        QTest::newRow("timeout -1") << QStringLiteral("login --timeout -1")
                                    << QStringLiteral("--timeout needs a number of seconds above 0 and at most 86400");
        QTest::newRow("timeout a day and a second")
            << QStringLiteral("login --timeout 86401")
            << QStringLiteral("--timeout needs a number of seconds above 0 and at most 86400");
        QTest::newRow("max reply 0") << QStringLiteral("login --max-reply-mb 0")
                                     << QStringLiteral("--max-reply-mb needs a number of megabytes above 0 and at most 4096");
        QTest::newRow("max reply beyond 4 GB")
            << QStringLiteral("login --max-reply-mb 4097")
            << QStringLiteral("--max-reply-mb needs a number of megabytes above 0 and at most 4096");
        QTest::newRow("timeout words") << QStringLiteral("login --timeout soon")
                                       << QStringLiteral("--timeout needs a number of seconds above 0 and at most 86400");
        QTest::newRow("tariff alone") << QStringLiteral("tariff") << QStringLiteral("tariff needs list or show NAME");
        QTest::newRow("show without NAME") << QStringLiteral("tariff show")
                                           << QStringLiteral("tariff show needs the NAME of a plan, as tariff list prints it");
        QTest::newRow("list with NAME") << QStringLiteral("tariff list x")
                                        << QStringLiteral("unexpected argument \"x\" after tariff list");
        QTest::newRow("cost of two FILEs") << QStringLiteral("schedule cost a.json b.json")
                                           << QStringLiteral("unexpected argument \"b.json\" after schedule cost");
        QTest::newRow("csv of suggest") << QStringLiteral("schedule suggest --format csv")
                                        << QStringLiteral("--format needs json or text, not \"csv\"");
        QTest::newRow("text of login") << QStringLiteral("login --format text")
                                       << QStringLiteral("--format needs json or csv, not \"text\"");
        QTest::newRow("xml of cost") << QStringLiteral("cost --format xml")
                                     << QStringLiteral("--format needs json, csv, text, not \"xml\"");
        QTest::newRow("out of cost") << QStringLiteral("schedule cost --out x.json")
                                     << QStringLiteral("--out does not apply to schedule cost");
        QTest::newRow("day type of cost") << QStringLiteral("cost --day-type sunday")
                                          << QStringLiteral("--day-type does not apply to cost");
        QTest::newRow("tariff of tariff list")
            << QStringLiteral("tariff list --tariff x") << QStringLiteral("--tariff does not apply to tariff list");
        QTest::newRow("zone") << QStringLiteral("login --tz Mars/Olympus")
                              << QStringLiteral("--tz needs an IANA time zone such as Asia/Taipei or UTC, not \"Mars/Olympus\"");
    }

    void usageErrorsSayWhatIsWrong()
    {
        QFETCH(QString, line);
        QFETCH(QString, error);
        CliOptions options;
        QCOMPARE(options.parse(words(line)), CliOptions::Outcome::UsageError);
        QCOMPARE(options.error(), error);
    }

    void noAccountIsAUsageError()
    {
        qunsetenv("AEGIS_USER");
        CliOptions none;
        QCOMPARE(none.parse(words(QStringLiteral("schedule get"))), CliOptions::Outcome::UsageError);
        QCOMPARE(none.error(), QStringLiteral("no account: give --user or set AEGIS_USER"));
        CliOptions blank;
        QCOMPARE(blank.parse(words(QStringLiteral("login --user")) + QStringList{QStringLiteral("  ")}),
                 CliOptions::Outcome::UsageError);
        QCOMPARE(blank.error(), QStringLiteral("no account: give --user or set AEGIS_USER"));
    }

    void qtsOwnParseErrorsAreUsageErrors()
    {
        CliOptions unknown;
        QCOMPARE(unknown.parse(words(QStringLiteral("login --bogus"))), CliOptions::Outcome::UsageError);
        QVERIFY2(unknown.error().contains(QStringLiteral("bogus")), qPrintable(unknown.error()));
        CliOptions missing;
        QCOMPARE(missing.parse(words(QStringLiteral("login --user"))), CliOptions::Outcome::UsageError);
        QVERIFY2(missing.error().contains(QStringLiteral("--user")), qPrintable(missing.error()));
    }

    void helpWinsOverEverythingElse()
    {
        for (const QString &line : {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("login --help --format xml"),
                                    QStringLiteral("frobnicate --help"), QStringLiteral("--version --help")}) {
            CliOptions options;
            QCOMPARE(options.parse(words(line)), CliOptions::Outcome::Help);
        }
        qunsetenv("AEGIS_USER"); // help needs no account
        CliOptions options;
        QCOMPARE(options.parse(words(QStringLiteral("schedule history -h"))), CliOptions::Outcome::Help);
        QCOMPARE(options.command(), CliCommand::ScheduleHistory);
    }

    void version()
    {
        for (const QString &line : {QStringLiteral("--version"), QStringLiteral("login --version")}) {
            CliOptions options;
            QCOMPARE(options.parse(words(line)), CliOptions::Outcome::Version);
        }
    }

    void theProgramsHelpListsTheCommandsAndTheGlobalOptions()
    {
        CliOptions options;
        QCOMPARE(options.parse(words(QStringLiteral("frobnicate --help"))), CliOptions::Outcome::Help);
        QCOMPARE(options.command(), CliCommand::None);
        const QString help = options.helpText();
        QVERIFY2(help.startsWith(QStringLiteral("Usage: aegis-cli [options] COMMAND\n")), qPrintable(help));
        for (const CliCommand command : kCommands)
            QVERIFY2(help.contains(QStringLiteral("\n  ") + CliOptions::commandName(command) + u' '), qPrintable(help));
        const QMap<QString, bool> listed = listedOptions(help);
        QCOMPARE(listed.keys(),
                 (QStringList{QStringLiteral("format"), QStringLiteral("help"), QStringLiteral("max-reply-mb"),
                              QStringLiteral("no-keychain"), QStringLiteral("timeout"), QStringLiteral("tz"),
                              QStringLiteral("url"), QStringLiteral("user"), QStringLiteral("version")}));
        QVERIFY(help.contains(QStringLiteral("AEGIS_PASSWORD")));
        QVERIFY(help.endsWith(CliExit::describeCodes()));
    }

    void eachCommandsHelpListsExactlyTheOptionsItTakes()
    {
        // Every option any help lists, and whether it takes a value.
        QMap<QString, bool> all;
        QMap<CliCommand, QMap<QString, bool>> byCommand;
        for (const CliCommand command : kCommands) {
            CliOptions options;
            QCOMPARE(options.parse(words(invocation(command) + QStringLiteral(" --help"))), CliOptions::Outcome::Help);
            QCOMPARE(options.command(), command);
            const QString help = options.helpText();
            QVERIFY2(help.startsWith(QStringLiteral("Usage: aegis-cli [options] %1\n").arg(syntax(command))), qPrintable(help));
            QVERIFY(help.endsWith(CliExit::describeCodes()));
            // No password is involved in trust, forget and the plans on this computer.
            const bool password = command != CliCommand::Trust && command != CliCommand::Forget
                && command != CliCommand::TariffList && command != CliCommand::TariffShow;
            QCOMPARE(help.contains(QStringLiteral("AEGIS_PASSWORD")), password);
            byCommand.insert(command, listedOptions(help));
            all.insert(byCommand.value(command));
        }
        QVERIFY(all.size() > 30);
        QVERIFY(byCommand.value(CliCommand::QueryDevice).contains(QStringLiteral("devices")));
        QVERIFY(!byCommand.value(CliCommand::QueryDomain).contains(QStringLiteral("devices")));
        QVERIFY(byCommand.value(CliCommand::Login).contains(QStringLiteral("remember")));

        // The help lists an option exactly when the parser lets that command have it.
        for (const CliCommand command : kCommands) {
            for (auto it = all.cbegin(); it != all.cend(); ++it) {
                if (it.key() == u"help" || it.key() == u"version")
                    continue;
                QStringList arguments = words(invocation(command)) + QStringList{QStringLiteral("--") + it.key()};
                if (it.value())
                    arguments.append(it.key() == u"url" ? QStringLiteral("https://10.0.0.5/api") : QStringLiteral("1"));
                CliOptions options;
                options.parse(arguments);
                const bool refused =
                    options.error().endsWith(QStringLiteral(" does not apply to ") + CliOptions::commandName(command));
                QVERIFY2(refused != byCommand.value(command).contains(it.key()),
                         qPrintable(CliOptions::commandName(command) + QStringLiteral(" --") + it.key()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_CliOptions)
#include "tst_CliOptions.moc"
