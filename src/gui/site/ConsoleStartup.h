#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

class Clock;
class CredentialStore;
class LoginDialog;
class MainWindow;
class QElapsedTimer;
class SiteConnection;
class SiteSettings;
class ViewCache;

// How aegis-console starts (docs/product.md "Login"): the built-in demo site, a remembered site
// that reconnects with its saved password, or the login dialog, also when that password fails or
// a session cannot be renewed. It owns the connection and the main window; main() only hands over.
class ConsoleStartup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleStartup)

public:
    struct Options
    {
        bool demo = false; // --demo
        double acceleration = 1.0; // --accel: the demo site's sim seconds per second
        const QElapsedTimer *printTimesSince = nullptr; // --print-startup-times: since the process began
    };

    // The built-in demo site, once it listens: where it is, its account, and its clock.
    struct DemoSite
    {
        QUrl baseUrl;
        QString user;
        QString password;
        const Clock *clock = nullptr; // sim time, readable from any thread
        // Its cFos API (the grid operator's stand-in) and grid connection, for Tariff and grid.
        QUrl gridOperatorUrl;
        QString gridOperatorUser;
        QString gridOperatorPassword;
        double connectionKw = 0;
    };
    using DemoStarted = std::function<void(const Result<DemoSite> &)>;
    // Starts the demo site (the app embeds the emulator; gui only knows it by its URL) and calls
    // `done` in the thread of `context`.
    using DemoLauncher = std::function<void(double acceleration, QObject *context, DemoStarted done)>;
    // Shows the login dialog and returns its LoginDialog::Outcome; tests answer it themselves.
    using LoginPrompt = std::function<int(LoginDialog &)>;

    // `systemClock` is "now" until a demo site's clock takes over.
    ConsoleStartup(SiteSettings &settings, ViewCache *cache, DemoLauncher launchDemo, const Clock &systemClock,
                   QObject *parent = nullptr);
    ~ConsoleStartup() override;

    void setCredentials(const CredentialStore &credentials);
    void setLoginPrompt(LoginPrompt prompt) { m_loginPrompt = std::move(prompt); }

    enum class Outcome {
        Running, // the window is up or the demo site is starting: run the event loop
        Cancelled, // the operator cancelled the first login: exit at once
    };
    Outcome start(const Options &options);

    SiteConnection &connection() { return *m_connection; }
    MainWindow &window() { return *m_window; }
    const Clock &clock() const; // the app's "now": the system's, or the demo site's once it runs

signals:
    // The operator cancelled the login after the saved password failed: the app should quit.
    void quitRequested();
    // Logged in and the window started.
    void running();

private:
    class DemoClock;

    void openDemo();
    // `remember` false unticks "Remember the password" (the keyring would not give it).
    bool askForLogin(const QString &message, bool remember);
    void forgetRememberedPassword();
    void onPasswordNotSaved(const QString &reason);
    void startWindow();
    void reportStartupTimes(const QElapsedTimer &since);

    std::unique_ptr<DemoClock> m_clock;
    std::unique_ptr<SiteConnection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    DemoLauncher m_launchDemo;
    LoginPrompt m_loginPrompt;
    double m_acceleration = 1.0;
};
