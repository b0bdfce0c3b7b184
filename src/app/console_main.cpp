// aegis-console: the desktop app. With --demo it runs the built-in demo site (an aegis-sim in
// its own thread, on loopback) and logs in to it; otherwise it logs in to the configured server.
#include "core/AppIdentity.h"
#include "core/Clock.h"
#include "gui/common/Translations.h"
#include "gui/site/ConsoleStartup.h"
#include "gui/site/SiteSettings.h"
#include "gui/site/ViewCache.h"
#include "sim/SimHost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <cstdio>
#include <string_view>

namespace {

struct Options
{
    bool demo = false;
    double acceleration = 1.0;
    bool printTimings = false;
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
    const QCommandLineOption timings(
        QStringLiteral("print-startup-times"),
        QCoreApplication::translate("ConsoleMain",
                                    "Print when the window first painted and when the Overview first showed data."));
    parser.addOptions({demo, accel, timings});
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
    o.printTimings = parser.isSet(timings);
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

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (onlyPrints(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
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
    const auto launchDemo = [&demoSite](double acceleration, QObject *context, const ConsoleStartup::DemoStarted &done) {
        SimOptions simOptions;
        simOptions.acceleration = acceleration;
        demoSite.startAsync(simOptions, {}, context, [&demoSite, done](const Result<bool> &started) {
            if (!started)
                return done(Result<ConsoleStartup::DemoSite>::failure(started.error()));
            done(ConsoleStartup::DemoSite{demoSite.baseUrl(), demoSite.options().user, demoSite.options().password,
                                          demoSite.clock()});
        });
    };
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
