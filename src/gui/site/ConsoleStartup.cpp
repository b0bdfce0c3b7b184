#include "gui/site/ConsoleStartup.h"

#include "client/CredentialStore.h"
#include "core/Clock.h"
#include "gui/MainWindow.h"
#include "gui/common/GuiLogging.h"
#include "gui/common/MessageSink.h"
#include "gui/site/LoginDialog.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"

#include <QElapsedTimer>
#include <QEvent>
#include <atomic>
#include <cstdio>

// The app's "now": the system's, or in demo mode the emulator's once it runs, so that the
// timeline's marker and countdowns keep pace with an accelerated site.
class ConsoleStartup::DemoClock final : public Clock
{
public:
    explicit DemoClock(const Clock &system)
        : m_system(system)
    {
    }
    qint64 nowMs() const override
    {
        const Clock *source = m_source.load();
        return source ? source->nowMs() : m_system.nowMs();
    }
    void follow(const Clock *source) { m_source.store(source); }

private:
    const Clock &m_system;
    std::atomic<const Clock *> m_source{nullptr};
};

namespace {

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

} // namespace

ConsoleStartup::ConsoleStartup(SiteSettings &settings, ViewCache *cache, DemoLauncher launchDemo, const Clock &systemClock,
                               QObject *parent)
    : QObject(parent)
    , m_clock(std::make_unique<DemoClock>(systemClock))
    , m_connection(std::make_unique<SiteConnection>(settings, cache))
    , m_window(std::make_unique<MainWindow>(*m_connection, *m_clock))
    , m_launchDemo(std::move(launchDemo))
{
    connect(m_connection.get(), &SiteConnection::passwordNotSaved, this, &ConsoleStartup::onPasswordNotSaved);
}

ConsoleStartup::~ConsoleStartup() = default;

void ConsoleStartup::setCredentials(const CredentialStore &credentials)
{
    m_connection->credentials() = credentials;
}

const Clock &ConsoleStartup::clock() const
{
    return *m_clock;
}

ConsoleStartup::Outcome ConsoleStartup::start(const Options &options)
{
    m_acceleration = options.acceleration;
    if (options.printTimesSince)
        reportStartupTimes(*options.printTimesSince);

    if (options.demo) {
        m_window->show();
        openDemo();
        return Outcome::Running;
    }

    // A session that cannot be renewed asks the operator to log in again.
    connect(&m_connection->client(), &AegisClient::reloginFailed, m_window.get(),
            [this](const ApiError &error) { askForLogin(error.message(), true); });
    // A remembered site reconnects with the password from the keyring; otherwise ask.
    const SiteSettings &settings = m_connection->settings();
    if (settings.rememberPassword() && !settings.account().isEmpty()) {
        m_window->show();
        m_connection->logInWithSavedPassword(
            settings.account(), m_window.get(), [this](const ApiError &error, const CredentialResult &keyring) {
                if (keyring.ok() && !error.isError()) {
                    startWindow();
                    return;
                }
                QString message;
                bool remember = true;
                if (keyring.status == CredentialResult::Status::NotFound) {
                    // The server was never asked: say so, not that it refused.
                    message = tr("No password is saved in the system keyring for this account on this server. Enter it "
                                 "to log in.");
                } else if (!keyring.ok()) {
                    qCInfo(lcStartup) << "the keyring gave no saved password";
                    message = tr("%1 The server was not asked. Enter the password to log in; it will not be remembered "
                                 "unless you tick \"Remember\" again.")
                                  .arg(keyring.error);
                    remember = false;
                    forgetRememberedPassword();
                } else {
                    qCInfo(lcStartup) << "the saved password did not log in:" << ApiError::kindName(error.kind());
                    message = error.message();
                }
                if (!askForLogin(message, remember))
                    emit quitRequested();
            });
        return Outcome::Running;
    }
    return askForLogin({}, true) ? Outcome::Running : Outcome::Cancelled;
}

void ConsoleStartup::openDemo()
{
    m_connection->setDemo(true);
    // The window paints first; the site's history is computed in the emulator's thread.
    m_launchDemo(m_acceleration, m_window.get(), [this](const Result<DemoSite> &started) {
        if (!started) {
            qCWarning(lcStartup) << "the demo site did not start:" << started.error();
            MessageSink::show(m_window.get(), MessageSink::Level::Critical, tr("Demo site"),
                              tr("The demo site did not start: %1").arg(started.error()));
            return;
        }
        qCInfo(lcStartup) << "demo site at" << started->baseUrl.toString();
        // The demo's "now" is the emulator's, which runs faster with --accel.
        m_clock->follow(started->clock);
        m_connection->setBaseUrl(started->baseUrl);
        m_connection->setDemoGridOperator(
            {started->gridOperatorUrl, started->gridOperatorUser, started->gridOperatorPassword, started->connectionKw});
        m_connection->logIn(started->user, started->password, false, m_window.get(), [this](const ApiError &error) {
            if (error.isError()) {
                MessageSink::show(m_window.get(), MessageSink::Level::Critical, tr("Demo site"), error.message());
                return;
            }
            startWindow();
        });
    });
}

bool ConsoleStartup::askForLogin(const QString &message, bool remember)
{
    LoginDialog dialog(*m_connection, m_window.get());
    dialog.setMessage(message);
    if (!remember)
        dialog.setRemember(false);
    const int outcome = m_loginPrompt ? m_loginPrompt(dialog) : dialog.exec();
    qCDebug(lcStartup) << "login dialog outcome" << outcome;
    if (outcome == LoginDialog::DemoRequested) {
        m_window->show();
        openDemo();
        return true;
    }
    if (outcome != LoginDialog::LoggedIn)
        return false;
    m_window->show();
    startWindow();
    return true;
}

void ConsoleStartup::forgetRememberedPassword()
{
    SiteSettings &settings = m_connection->settings();
    settings.setRememberPassword(false);
    settings.sync();
}

void ConsoleStartup::onPasswordNotSaved(const QString &reason)
{
    // Cancelling the keyring's prompt lands here too: the login went on, the password was not
    // kept, so the next start must not expect it.
    qCInfo(lcStartup) << "the password was not saved in the keyring";
    forgetRememberedPassword();
    MessageSink::show(m_window.get(), MessageSink::Level::Warning, tr("Password not remembered"),
                      tr("%1\n\n\"Remember the password\" has been turned off: the password will be asked for at the "
                         "next start.")
                          .arg(reason));
}

void ConsoleStartup::startWindow()
{
    m_window->start();
    emit running();
}

void ConsoleStartup::reportStartupTimes(const QElapsedTimer &since)
{
    connect(m_window.get(), &MainWindow::firstDataShown, m_window.get(), [&since] {
        std::printf("first populated overview: %lld ms\n", static_cast<long long>(since.elapsed()));
        std::fflush(stdout);
    });
    m_window->installEventFilter(new FirstPaintReporter(since, m_window.get()));
}
