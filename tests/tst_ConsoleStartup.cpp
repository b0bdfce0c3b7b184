// How aegis-console starts, driven as the app drives it: the demo site on the emulator's clock,
// a remembered site reconnecting, a saved password that fails leading to the (pre-answered)
// login dialog, and a cancelled login ending the app cleanly.
#include "client/CredentialStore.h"
#include "core/Clock.h"
#include "gui/MainWindow.h"
#include "gui/common/MessageSink.h"
#include "gui/site/ConsoleStartup.h"
#include "gui/site/LoginDialog.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "sim/SimHost.h"
#include "support/SimFixture.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace {

const QString kTestService = QStringLiteral("AEGIS Console tests");

#define REQUIRE_SECRET_SERVICE()                                                                                                 \
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))                                                                 \
    QSKIP("no D-Bus session (DBUS_SESSION_BUS_ADDRESS is unset): run the suite through tests/run-in-session.sh")

} // namespace

class tst_ConsoleStartup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SimFixture> m_sim;
    int m_settingsFiles = 0;

    std::unique_ptr<SiteSettings> settings(bool remembered)
    {
        auto s = std::make_unique<SiteSettings>(m_dir.filePath(QStringLiteral("settings%1.ini").arg(++m_settingsFiles)));
        s->setBaseUrl(m_sim->baseUrl());
        if (remembered) {
            s->setAccount(m_sim->user());
            s->setRememberPassword(true);
        }
        return s;
    }

    static ConsoleStartup::DemoLauncher noDemo()
    {
        return [](double, QObject *, const ConsoleStartup::DemoStarted &done) {
            done(Result<ConsoleStartup::DemoSite>::failure(QStringLiteral("no demo here")));
        };
    }

    CredentialResult savePassword(const QString &password)
    {
        std::optional<CredentialResult> result;
        CredentialStore(kTestService).save(m_sim->baseUrl(), m_sim->user(), password, this, [&](const CredentialResult &r) {
            result = r;
        });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 20'000);
        return result.value_or(CredentialResult{});
    }

    void forgetPassword()
    {
        bool done = false;
        CredentialStore(kTestService).remove(m_sim->baseUrl(), m_sim->user(), this, [&](const CredentialResult &) {
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 20'000);
    }

private slots:
    // Runs after every case, a failed one too: a saved password must not leak into the next.
    void cleanup() { forgetPassword(); }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sim = std::make_unique<SimFixture>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
    }

    void demoStartsOnTheEmulatorsClock()
    {
        const qint64 simStart = QDateTime(QDate(2025, 6, 1), QTime(4, 0), Qt::UTC).toMSecsSinceEpoch();
        SimHost demoSite;
        const auto launch = [&demoSite, simStart](double acceleration, QObject *context,
                                                  const ConsoleStartup::DemoStarted &done) {
            SimOptions options = SimFixture::testOptions();
            options.startMs = simStart;
            options.acceleration = acceleration;
            demoSite.startAsync(options, {}, context, [&demoSite, done](const Result<bool> &started) {
                if (!started)
                    return done(Result<ConsoleStartup::DemoSite>::failure(started.error()));
                ConsoleStartup::DemoSite site;
                site.baseUrl = demoSite.baseUrl();
                site.user = demoSite.options().user;
                site.password = demoSite.options().password;
                site.clock = demoSite.clock();
                done(site);
            });
        };
        const auto s = settings(false);
        ConsoleStartup startup(*s, nullptr, launch, SystemClock::instance());
        QSignalSpy running(&startup, &ConsoleStartup::running);
        ConsoleStartup::Options options;
        options.demo = true;
        options.acceleration = 60;
        QCOMPARE(startup.start(options), ConsoleStartup::Outcome::Running);
        QVERIFY(startup.window().isVisible()); // it paints while the site's history is computed
        QVERIFY(running.wait(30'000));
        QVERIFY(startup.connection().isDemo());
        QVERIFY(startup.connection().client().isLoggedIn());
        QCOMPARE(startup.connection().baseUrl(), demoSite.baseUrl());
        // "Now" is the emulator's, years from the system's, and it runs 60 times as fast.
        const qint64 now = startup.clock().nowMs();
        QVERIFY2(now >= simStart && now - simStart < 3'600'000,
                 qPrintable(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate)));
        QTest::qWait(200);
        QVERIFY(startup.clock().nowMs() - now >= 60 * 100);
    }

    void aDemoSiteThatDoesNotStartIsReported()
    {
        const auto s = settings(false);
        ConsoleStartup startup(*s, nullptr, noDemo(), SystemClock::instance());
        MessageSink::preAnswer(QMessageBox::Ok);
        ConsoleStartup::Options options;
        options.demo = true;
        QCOMPARE(startup.start(options), ConsoleStartup::Outcome::Running);
        MessageSink::stopPreAnswering();
        QCOMPARE(MessageSink::shownTexts(), QStringList{QStringLiteral("The demo site did not start: no demo here")});
    }

    void cancellingTheFirstLoginExitsCleanly()
    {
        const auto s = settings(false);
        ConsoleStartup startup(*s, nullptr, noDemo(), SystemClock::instance());
        QSignalSpy quit(&startup, &ConsoleStartup::quitRequested);
        int asked = 0;
        startup.setLoginPrompt([&](LoginDialog &) {
            ++asked;
            return int(LoginDialog::Cancelled);
        });
        QCOMPARE(startup.start({}), ConsoleStartup::Outcome::Cancelled);
        QCOMPARE(asked, 1);
        QVERIFY(!startup.window().isVisible());
        QCOMPARE(quit.count(), 0); // main() returns at once, there is no event loop to quit
    }

    void aRememberedSiteReconnects()
    {
        REQUIRE_SECRET_SERVICE();
        const CredentialResult saved = savePassword(m_sim->password());
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        const auto s = settings(true);
        ConsoleStartup startup(*s, nullptr, noDemo(), SystemClock::instance());
        startup.setCredentials(CredentialStore(kTestService));
        int asked = 0;
        startup.setLoginPrompt([&](LoginDialog &) { return ++asked, int(LoginDialog::Cancelled); });
        QSignalSpy running(&startup, &ConsoleStartup::running);
        QCOMPARE(startup.start({}), ConsoleStartup::Outcome::Running);
        QVERIFY(startup.window().isVisible());
        QVERIFY(running.wait(20'000));
        QCOMPARE(asked, 0);
        QCOMPARE(startup.connection().client().session().userName.isEmpty(), false);
        forgetPassword();
    }

    void aWrongSavedPasswordLeadsToTheLoginDialog()
    {
        REQUIRE_SECRET_SERVICE();
        const CredentialResult saved = savePassword(QStringLiteral("not the password"));
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        const auto s = settings(true);
        ConsoleStartup startup(*s, nullptr, noDemo(), SystemClock::instance());
        startup.setCredentials(CredentialStore(kTestService));
        QString told;
        startup.setLoginPrompt([&](LoginDialog &dialog) {
            told = dialog.message();
            return int(LoginDialog::Cancelled);
        });
        QSignalSpy quit(&startup, &ConsoleStartup::quitRequested);
        QSignalSpy running(&startup, &ConsoleStartup::running);
        QCOMPARE(startup.start({}), ConsoleStartup::Outcome::Running);
        // The operator is asked, with the reason, instead of being left with a window without data.
        QVERIFY(quit.wait(20'000));
        QVERIFY2(!told.isEmpty(), "the login dialog was not shown, or said nothing");
        QCOMPARE(running.count(), 0);
        forgetPassword();
    }

    void theLoginDialogAfterAWrongSavedPasswordLogsIn()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(savePassword(QStringLiteral("not the password")).ok());
        const auto s = settings(true);
        ConsoleStartup startup(*s, nullptr, noDemo(), SystemClock::instance());
        startup.setCredentials(CredentialStore(kTestService));
        startup.setLoginPrompt([&](LoginDialog &dialog) {
            dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(m_sim->password());
            dialog.findChild<QPushButton *>(QStringLiteral("logIn"))->click();
            (void)QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 20'000);
            return dialog.result();
        });
        QSignalSpy running(&startup, &ConsoleStartup::running);
        QCOMPARE(startup.start({}), ConsoleStartup::Outcome::Running);
        QVERIFY(running.wait(20'000));
        QVERIFY(startup.connection().client().isLoggedIn());
        forgetPassword();
    }

    void theLoginDialogFocusesTheFirstEmptyField_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("focused");
        QTest::newRow("nothing saved: the default URL, so the account") << QString() << QString() << QStringLiteral("account");
        QTest::newRow("a remembered account: the password")
            << QStringLiteral("https://aegis.example/api") << QStringLiteral("operator") << QStringLiteral("password");
        QTest::newRow("a saved URL, no account")
            << QStringLiteral("https://aegis.example/api") << QString() << QStringLiteral("account");
    }
    void theLoginDialogFocusesTheFirstEmptyField()
    {
        QFETCH(QString, url);
        QFETCH(QString, account);
        QFETCH(QString, focused);
        SiteSettings s(m_dir.filePath(QStringLiteral("settings%1.ini").arg(++m_settingsFiles)));
        if (!url.isEmpty())
            s.setBaseUrl(QUrl(url));
        s.setAccount(account);
        SiteConnection connection(s, nullptr);
        LoginDialog dialog(connection);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), focused);
    }

    void noSavedPasswordSaysSoWithoutBlamingTheServer()
    {
        REQUIRE_SECRET_SERVICE();
        forgetPassword();
        const auto s = settings(true); // "remember" ticked, but the keyring holds nothing
        ConsoleStartup startup(*s, nullptr, noDemo(), SystemClock::instance());
        startup.setCredentials(CredentialStore(kTestService));
        QString told;
        startup.setLoginPrompt([&](LoginDialog &dialog) {
            told = dialog.message();
            return int(LoginDialog::Cancelled);
        });
        QSignalSpy quit(&startup, &ConsoleStartup::quitRequested);
        QCOMPARE(startup.start({}), ConsoleStartup::Outcome::Running);
        QVERIFY(quit.wait(20'000));
        QVERIFY2(told.contains(QStringLiteral("No password is saved")), qPrintable(told));
        QVERIFY2(!told.contains(QStringLiteral("server did not accept")), qPrintable(told));
    }

    void aPasswordTheKeyringDidNotKeepIsSaidAndForgotten()
    {
        // Cancelling the keyring's prompt after a login with "remember" ticked: the save fails.
        const auto s = settings(true);
        ConsoleStartup startup(*s, nullptr, noDemo(), SystemClock::instance());
        MessageSink::preAnswer(QMessageBox::Ok);
        emit startup.connection().passwordNotSaved(QStringLiteral("access to the system keyring was refused"));
        MessageSink::stopPreAnswering();
        QCOMPARE(MessageSink::shownTexts().size(), 1);
        const QString told = MessageSink::shownTexts().constFirst();
        QVERIFY2(told.contains(QStringLiteral("access to the system keyring was refused")), qPrintable(told));
        QVERIFY2(told.contains(QStringLiteral("turned off")), qPrintable(told));
        QVERIFY(!s->rememberPassword()); // the next start asks instead of expecting a password
        s->sync();
        SiteSettings reread(m_dir.filePath(QStringLiteral("settings%1.ini").arg(m_settingsFiles)));
        QVERIFY(!reread.rememberPassword());
    }
};

QTEST_MAIN(tst_ConsoleStartup)
#include "tst_ConsoleStartup.moc"
