// aegis-console: the desktop app. With --demo it runs the built-in demo site (an aegis-sim in
// its own thread, on loopback) and logs in to it; otherwise it logs in to the configured server.
// With --report it writes the PDF report of a period and exits, with no window and no display.

#include "core/AppIdentity.h"
#include "core/Clock.h"
#include "gui/common/Translations.h"
#include "gui/report/HeadlessReport.h"
#include "gui/site/ConsoleStartup.h"
#include "gui/site/SiteSettings.h"
#include "gui/site/ViewCache.h"
#include "sim/SimHost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QTimer>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace {

struct Options
{
    bool demo = false;
    double acceleration = 1.0;
    bool exactForecast = false;
    bool printTimings = false;
    std::optional<HeadlessReport::Options> report; // --report: no window
};

Options parse(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("ConsoleMain", "Monitoring and battery scheduling for building K."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("ConsoleMain", "Open the built-in demo site instead of a server."));
    const QCommandLineOption accel(
        QStringLiteral("accel"),
        QCoreApplication::translate("ConsoleMain", "Demo site: sim seconds per real second (default 1)."),
        QCoreApplication::translate("ConsoleMain", "factor"), QStringLiteral("1"));
    const QCommandLineOption exactForecast(
        QStringLiteral("exact-forecast"),
        QCoreApplication::translate("ConsoleMain",
                                    "Demo site: the solar forecast is the PV the site will make, so that a suggested "
                                    "schedule bills as projected."));
    const QCommandLineOption timings(
        QStringLiteral("print-startup-times"),
        QCoreApplication::translate("ConsoleMain",
                                    "Print when the window first painted and when the Overview first showed data."));
    const QCommandLineOption report(
        QStringLiteral("report"),
        QCoreApplication::translate("ConsoleMain",
                                    "Write the PDF report of a period to file and exit, with no window (needs no display). "
                                    "Uses the saved site and the password in the keychain, or --demo. "
                                    "Exit status 0 when written, 1 when it could not be, 2 for wrong options."),
        QCoreApplication::translate("ConsoleMain", "file"));
    const QCommandLineOption range(
        QStringLiteral("range"),
        QCoreApplication::translate("ConsoleMain", "With --report: today, 24h, 7d, 30d, month or 12mo (default 30d)."),
        QCoreApplication::translate("ConsoleMain", "period"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        QCoreApplication::translate("ConsoleMain", "With --report and --to: the first day (yyyy-MM-dd) in the site's zone."),
        QCoreApplication::translate("ConsoleMain", "date"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        QCoreApplication::translate("ConsoleMain", "With --report and --from: the last day (yyyy-MM-dd), included."),
        QCoreApplication::translate("ConsoleMain", "date"));
    parser.addOptions({demo, accel, exactForecast, timings, report, range, from, to});
    parser.process(app);
    Options o;
    o.demo = parser.isSet(demo);
    bool ok = false;
    o.acceleration = parser.value(accel).toDouble(&ok);
    if (!ok || o.acceleration <= 0 || o.acceleration > 100'000) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("ConsoleMain", "--accel needs a number above 0 and at most 100000")));
        std::exit(2);
    }
    o.exactForecast = parser.isSet(exactForecast);
    o.printTimings = parser.isSet(timings);
    if (parser.isSet(report)) {
        o.report = HeadlessReport::Options{
            parser.value(report), parser.value(range), parser.value(from), parser.value(to), o.demo, o.acceleration};
        if (const QString wrong = HeadlessReport::problem(*o.report); !wrong.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(wrong));
            std::exit(HeadlessReport::UsageError);
        }
    } else if (parser.isSet(range) || parser.isSet(from) || parser.isSet(to)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("ConsoleMain", "--range, --from and --to go with --report")));
        std::exit(2);
    }
    return o;
}

// --help and --version only print: they must work with no display (in a terminal over SSH,
// or when a package is checked), where the default platform plugin would abort.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

// --report writes a file and never shows a window: decided before QApplication exists, so no
// display is needed (cron, SSH). Its companions too, so that their usage errors are told.
bool writesReport(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        for (const std::string_view option : {"--report", "--range", "--from", "--to"}) {
            if (arg == option || (arg.size() > option.size() && arg.substr(0, option.size() + 1) == std::string(option) + "="))
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (onlyPrints(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (writesReport(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(AppIdentity::organizationName());
    QCoreApplication::setApplicationName(AppIdentity::consoleApplicationName());
    QCoreApplication::setApplicationVersion(QStringLiteral(AEGIS_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("AEGIS Console"));
    QGuiApplication::setDesktopFileName(QStringLiteral("tw.shalun.AegisConsole")); // the desktop file's id
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/aegis-console.svg")));

    SiteSettings settings;
    Translations::apply(settings.language());
    const Options options = parse(app);

    ViewCache cache;
    SimHost demoSite; // outlives the startup: the app's clock follows the emulator's
    // The demo site is the emulator in its own thread, on loopback; the gui knows it by its URL.
    const auto launchDemo = [&demoSite, exact = options.exactForecast](double acceleration, QObject *context,
                                                                       const ConsoleStartup::DemoStarted &done) {
        SimOptions simOptions;
        simOptions.acceleration = acceleration;
        simOptions.exactForecast = exact;
        demoSite.startAsync(simOptions, {}, context, [&demoSite, done](const Result<bool> &started) {
            if (!started)
                return done(Result<ConsoleStartup::DemoSite>::failure(started.error()));
            const SimOptions &o = demoSite.options();
            done(ConsoleStartup::DemoSite{demoSite.baseUrl(), o.user, o.password, demoSite.clock(), demoSite.rootUrl(),
                                          o.cfosUser, o.cfosPassword, o.connectionKw});
        });
    };
    if (options.report) {
        HeadlessReport headless(settings, &cache, launchDemo, SystemClock::instance());
        QObject::connect(&headless, &HeadlessReport::finished, &app, [](int code, const QString &message) {
            std::fprintf(code == HeadlessReport::Written ? stdout : stderr, "%s\n", qPrintable(message));
            QCoreApplication::exit(code);
        });
        // Started from the event loop, so that a quick outcome still ends it.
        QTimer::singleShot(0, &headless, [&headless, &options] { headless.start(*options.report); });
        return app.exec();
    }
    ConsoleStartup startup(settings, &cache, launchDemo, SystemClock::instance());
    QObject::connect(&startup, &ConsoleStartup::quitRequested, &app, &QApplication::quit);
    ConsoleStartup::Options startOptions;
    startOptions.demo = options.demo;
    startOptions.acceleration = options.acceleration;
    startOptions.printTimesSince = options.printTimings ? &sinceStart : nullptr;
    if (startup.start(startOptions) == ConsoleStartup::Outcome::Cancelled)
        return 0;
    return app.exec();
}
