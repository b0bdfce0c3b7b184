// aegis-console: the desktop app. With --demo it runs the built-in demo site (an aegis-sim in
// its own thread, on loopback) and logs in to it; otherwise it logs in to the configured server.
#include "core/Clock.h"
#include "gui/site/LoginDialog.h"
#include "gui/MainWindow.h"
#include "gui/common/MessageSink.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/common/Translations.h"
#include "gui/site/ViewCache.h"
#include "sim/SimHost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QEvent>

#include <atomic>
#include <cstdio>
#include <memory>
#include <string_view>

namespace {

// The app's "now": the system's, or in demo mode the emulator's once it runs, so that the
// timeline's marker and countdowns keep pace with an accelerated site.
class DemoClock final : public Clock
{
public:
    qint64 nowMs() const override
    {
        const Clock *source = m_source.load();
        return source ? source->nowMs() : SystemClock::instance().nowMs();
    }
    void follow(const Clock *source) { m_source.store(source); }

private:
    std::atomic<const Clock *> m_source{nullptr};
};

struct Options
{
    bool demo = false;
    double acceleration = 1.0;
    bool printTimings = false;
};

Options parse(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("ConsoleMain", "Monitoring and battery scheduling for building K."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("ConsoleMain", "Open the built-in demo site instead of a server."));
    const QCommandLineOption accel(QStringLiteral("accel"),
                                   QCoreApplication::translate("ConsoleMain", "Demo site: sim seconds per real second (default 1)."),
                                   QCoreApplication::translate("ConsoleMain", "factor"), QStringLiteral("1"));
    const QCommandLineOption timings(QStringLiteral("print-startup-times"),
                                     QCoreApplication::translate("ConsoleMain", "Print when the window first painted and when the Overview first showed data."));
    parser.addOptions({demo, accel, timings});
    parser.process(app);
    Options o;
    o.demo = parser.isSet(demo);
    bool ok = false;
    o.acceleration = parser.value(accel).toDouble(&ok);
    if (!ok || o.acceleration <= 0 || o.acceleration > 100'000) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("ConsoleMain", "--accel needs a number above 0 and at most 100000")));
        std::exit(2);
    }
    o.printTimings = parser.isSet(timings);
    return o;
}

// Prints the time of the main window's first paint (for bench_console).
class FirstPaintReporter final : public QObject
{
public:
    FirstPaintReporter(const QElapsedTimer &since, QObject *parent)
        : QObject(parent)
        , m_since(since)
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            std::printf("first paint: %lld ms\n", static_cast<long long>(m_since.elapsed()));
            std::fflush(stdout);
            watched->removeEventFilter(this);
        }
        return false;
    }

private:
    const QElapsedTimer &m_since;
};

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
    QCoreApplication::setOrganizationName(QStringLiteral("AEGIS"));
    QCoreApplication::setApplicationName(QStringLiteral("aegis-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AEGIS_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("AEGIS Console"));
    QGuiApplication::setDesktopFileName(QStringLiteral("tw.shalun.AegisConsole")); // the desktop file's id
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/aegis-console.svg")));

    SiteSettings settings;
    Translations::apply(settings.language());
    const Options options = parse(app);

    ViewCache cache;
    SiteConnection connection(settings, &cache);
    SimHost demoSite;
    DemoClock clock;
    MainWindow window(connection, clock);

    const auto openDemo = [&] {
        connection.setDemo(true);
        SimOptions simOptions;
        simOptions.acceleration = options.acceleration;
        // The window paints first; the site's history is computed in the emulator's thread.
        demoSite.startAsync(simOptions, {}, &window, [&](const Result<bool> &started) {
            if (!started) {
                MessageSink::show(&window, MessageSink::Level::Critical, QCoreApplication::translate("ConsoleMain", "Demo site"),
                                  QCoreApplication::translate("ConsoleMain", "The demo site did not start: %1").arg(started.error()));
                return;
            }
            // The demo's "now" is the emulator's, which runs faster with --accel.
            clock.follow(demoSite.clock());
            connection.setBaseUrl(demoSite.baseUrl());
            connection.logIn(demoSite.options().user, demoSite.options().password, false, &window, [&](const ApiError &error) {
                if (error.isError()) {
                    MessageSink::show(&window, MessageSink::Level::Critical, QCoreApplication::translate("ConsoleMain", "Demo site"), error.message());
                    return;
                }
                window.start();
            });
        });
    };

    if (options.printTimings) {
        QObject::connect(&window, &MainWindow::firstDataShown, &window, [&sinceStart] {
            std::printf("first populated overview: %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
        });
        window.installEventFilter(new FirstPaintReporter(sinceStart, &window));
    }

    if (options.demo) {
        window.show();
        openDemo();
        return app.exec();
    }

    // A remembered site reconnects with the password from the keyring; otherwise ask.
    const auto askForLogin = [&](const QString &message) {
        LoginDialog dialog(connection, &window);
        dialog.setMessage(message);
        const int outcome = dialog.exec();
        if (outcome == LoginDialog::DemoRequested) {
            window.show();
            openDemo();
            return true;
        }
        if (outcome != LoginDialog::LoggedIn)
            return false;
        window.show();
        window.start();
        return true;
    };
    QObject::connect(&connection.client(), &AegisClient::reloginFailed, &window, [&](const ApiError &error) {
        askForLogin(error.message());
    });
    if (settings.rememberPassword() && !settings.account().isEmpty()) {
        window.show();
        connection.logInWithSavedPassword(settings.account(), &window, [&](const ApiError &error) {
            if (!error.isError()) {
                window.start();
                return;
            }
            if (!askForLogin(error.message()))
                QApplication::quit();
        });
        return app.exec();
    }
    if (!askForLogin({}))
        return 0;
    return app.exec();
}
