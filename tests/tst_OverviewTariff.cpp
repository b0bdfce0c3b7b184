// The Overview's tariff and grid block against the in-process emulator (docs/product.md
// "Overview", docs/tariffs.md "The grid operator's endpoint"): AVAIL set through the emulator's
// cFos API halves the cap within one refresh; the period and price are core Tariff's for the
// emulator's clock, and TARIF = 1 shows the reduced price; the endpoint's password goes to the
// keychain and never into the settings file; "No tariff chosen" leads to Tools → Tariff and grid.
#include "core/Clock.h"
#include "core/TariffLibrary.h"
#include "gui/MainWindow.h"
#include "gui/common/Translations.h"
#include "gui/overview/ImportCapBar.h"
#include "gui/overview/OverviewPage.h"
#include "gui/overview/TariffGridTile.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/site/ViewCache.h"
#include "gui/tariff/GridOperatorFeed.h"
#include "gui/tariff/TariffSettingsDialog.h"
#include "support/SimFixture.h"
#include "support/SyncHttp.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <optional>

namespace {

const QTimeZone kTaipei("Asia/Taipei");
// A Tuesday morning in summer on the site's clock.
const qint64 kStart = QDateTime(QDate(2025, 7, 15), QTime(10, 30), QTimeZone("Asia/Taipei")).toMSecsSinceEpoch();
constexpr int kRefreshSeconds = 2;

QByteArray basic(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + QByteArray(user + ':' + password).toBase64();
}

} // namespace

class tst_OverviewTariff : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<SiteSettings> m_settings;
    std::unique_ptr<ViewCache> m_cache;
    std::unique_ptr<SiteConnection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    SyncHttp m_http;
    const QString m_keychainService = QStringLiteral("AEGIS Console tst_OverviewTariff");

    TariffGridTile *tile() const { return m_window->overview()->tariffGrid(); }
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    void setVar(const QString &name, const QString &value)
    {
        QUrl u = m_sim->url(QStringLiteral("/cnf"));
        u.setQuery(QStringLiteral("cmd=set_cm_vars&name=%1&val=%2").arg(name, value));
        const HttpResult r = m_http.send("GET", u, {}, {}, -1, {{"Authorization", basic("admin", "1234abcd")}});
        QCOMPARE(r.status, 200);
    }

    void clearVars()
    {
        const HttpResult r =
            m_http.send("POST", QUrl(m_sim->url(QStringLiteral("/cnf?cmd=set_cm_vars&clear=1"))), R"({"vars": []})", {}, -1,
                        {{"Authorization", basic("admin", "1234abcd")}, {"Content-Type", "application/json"}});
        QCOMPARE(r.status, 200);
    }

    // Waits no longer than one refresh period (plus the time of the request itself).
    bool withinOneRefresh(const std::function<bool()> &done) { return QTest::qWaitFor(done, kRefreshSeconds * 1000 + 1500); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the operator's plans go to a test location
        QVERIFY(m_dir.isValid());
        SimOptions options = SimFixture::testOptions();
        options.historyDays = 1;
        options.startMs = kStart;
        m_sim = std::make_unique<SimFixture>(options);
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));

        // The operator's plan: Taipower's high-voltage three-period with an 80 kW contract.
        Result<Tariff> plan = TariffLibrary::builtIn(QStringLiteral("taipower-hv-three-period"));
        QVERIFY(plan.ok());
        plan.value().name = QStringLiteral("Building K");
        plan.value().contractKw = 80;
        TariffLibrary library(TariffSettingsDialog::defaultPlansDirectory());
        const Result<QString> saved = library.save(QStringLiteral("building-k-test"), *plan);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));

        m_settings = std::make_unique<SiteSettings>(settingsPath());
        m_settings->setTariffId(QStringLiteral("building-k-test"));
        m_settings->setRefreshSeconds(kRefreshSeconds);
        m_cache = std::make_unique<ViewCache>(m_dir.filePath(QStringLiteral("cache")));
        m_connection = std::make_unique<SiteConnection>(*m_settings, m_cache.get());
        m_connection->credentials() = CredentialStore(m_keychainService);
        m_connection->setDemo(true);
        m_connection->setBaseUrl(m_sim->baseUrl());
        m_connection->setDemoGridOperator(
            {m_sim->rootUrl(), m_sim->options().cfosUser, m_sim->options().cfosPassword, m_sim->options().connectionKw});
        m_window = std::make_unique<MainWindow>(*m_connection, m_sim->clock());
        m_window->resize(1280, 760);
        m_window->show();
        bool loggedIn = false;
        m_connection->logIn(m_sim->user(), m_sim->password(), false, this, [&](const ApiError &e) { loggedIn = !e.isError(); });
        QVERIFY(QTest::qWaitFor([&] { return loggedIn; }, 10'000));
        m_window->start();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_connection.reset();
        m_sim.reset();
    }

    void init() { clearVars(); }

    void availOnTheEmulatorHalvesTheCapWithinOneRefresh()
    {
        // No connection capacity is set: the plan's contract is the base; no AVAIL: all of it.
        QVERIFY(QTest::qWaitFor([&] { return m_window->overview()->gridOperatorFeed().state().hasReading(); }, 10'000));
        QCOMPARE(tile()->importCapKw(), 80.0);
        QVERIFY2(tile()->capSourceText().contains(QStringLiteral("contract")), qPrintable(tile()->capSourceText()));

        setVar(QStringLiteral("AVAIL"), QStringLiteral("50"));
        QVERIFY2(withinOneRefresh([&] { return tile()->importCapKw() == 40.0; }), qPrintable(tile()->capText()));
        auto *cap = m_window->findChild<QLabel *>(QStringLiteral("importCapNow"));
        QVERIFY(cap && cap->isVisible());
        QCOMPARE(cap->text(), QStringLiteral("40.0 kW"));
        QVERIFY2(tile()->capSourceText().contains(QStringLiteral("80.0 kW contract × AVAIL 50 %")),
                 qPrintable(tile()->capSourceText()));
        // Import now against it: the grid meter's power over the cap.
        QVERIFY(QTest::qWaitFor([&] { return std::isfinite(tile()->importShare()); }, 10'000));
        const double gridW = m_window->overview()->feed().snapshot().gridW;
        QCOMPARE(tile()->importShare(), std::max(0.0, gridW / 1000.0) / 40.0 * 100.0);
        auto *bar = m_window->findChild<ImportCapBar *>(QStringLiteral("importCapBar"));
        QVERIFY(bar);
        QCOMPARE(bar->share(), tile()->importShare());

        // Removing AVAIL gives the whole contract back.
        clearVars();
        QVERIFY(withinOneRefresh([&] { return tile()->importCapKw() == 80.0; }));
    }

    void periodAndPriceAreCoreTariffsForTheEmulatorsClock()
    {
        const Result<Tariff> plan =
            TariffLibrary(TariffSettingsDialog::defaultPlansDirectory()).load(QStringLiteral("building-k-test"));
        QVERIFY(plan.ok());
        QVERIFY(withinOneRefresh([&] { return tile()->hasPlan(); }));
        tile()->showNow();
        const TariffPrice expected = plan->priceAt(m_sim->clock().now(), kTaipei);
        QVERIFY(!expected.reducedByFlag);
        QCOMPARE(tile()->price(), expected.price());
        QCOMPARE(tile()->tariffNow().period, expected.period);
        QVERIFY2(tile()->periodText().startsWith(Tariff::periodName(expected.period.kind), Qt::CaseInsensitive),
                 qPrintable(tile()->periodText()));
        const QString end = expected.period.endMinute == 24 * 60
            ? QStringLiteral("24:00")
            : QTime(expected.period.endMinute / 60, expected.period.endMinute % 60).toString(QStringLiteral("HH:mm"));
        QVERIFY2(tile()->periodText().contains(end), qPrintable(tile()->periodText()));
        QVERIFY2(tile()->priceText().contains(QLocale().toString(expected.price(), 'f', 2)), qPrintable(tile()->priceText()));

        // TARIF = 1 from the grid operator: the reduced price of the day, said so.
        setVar(QStringLiteral("TARIF"), QStringLiteral("1"));
        QVERIFY(withinOneRefresh([&] { return tile()->tariffNow().reducedByFlag; }));
        const TariffPrice reduced = plan->priceAt(m_sim->clock().now(), kTaipei, TariffFlag::Reduced);
        QCOMPARE(tile()->price(), reduced.price());
        QVERIFY(reduced.price() < expected.price());
        QCOMPARE(tile()->periodText(), QStringLiteral("Reduced (grid operator)"));
        setVar(QStringLiteral("TARIF"), QStringLiteral("0"));
        QVERIFY(withinOneRefresh([&] { return !tile()->tariffNow().reducedByFlag; }));
    }

    void theEndpointsPasswordGoesToTheKeychainOnly()
    {
        const QString password = QStringLiteral("1234abcd");
        TariffSettingsDialog dialog(*m_settings, TariffSettingsDialog::defaultPlansDirectory());
        dialog.setCredentials(CredentialStore(m_keychainService));
        dialog.findChild<QLineEdit *>(QStringLiteral("gridOperatorUrl"))->setText(m_sim->rootUrl().toString());
        dialog.findChild<QLineEdit *>(QStringLiteral("gridOperatorUser"))->setText(QStringLiteral("admin"));
        dialog.findChild<QLineEdit *>(QStringLiteral("gridOperatorPassword"))->setText(password);
        dialog.accept();
        QVERIFY(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted || !dialog.message().isEmpty(); }, 15'000));
        if (dialog.result() != QDialog::Accepted)
            QSKIP(qPrintable(QStringLiteral("no keychain here (run through tests/run-in-session.sh): ") + dialog.message()));

        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY2(written.contains(m_sim->rootUrl().toString().toUtf8()), written.constData());
        QVERIFY2(!written.contains(password.toUtf8()), written.constData());
        QVERIFY(!written.contains(QByteArray("admin:1234abcd").toBase64()));

        // The Overview reads the endpoint of the settings with the keychain's password.
        m_window->overview()->tariffSettingsChanged();
        const GridOperatorFeed &feed = m_window->overview()->gridOperatorFeed();
        QCOMPARE(feed.state().source, GridOperatorState::Source::Settings);
        setVar(QStringLiteral("AVAIL"), QStringLiteral("25"));
        QVERIFY2(QTest::qWaitFor([&] { return feed.state().availPercent == std::optional<double>(25.0); }, 10'000),
                 qPrintable(feed.state().error()));
        QCOMPARE(tile()->importCapKw(), 20.0);

        // A wrong password in the keychain is said in the block, with where to fix it.
        bool stored = false;
        CredentialStore(m_keychainService)
            .save(m_sim->rootUrl(), QStringLiteral("admin"), QStringLiteral("wrong"), this,
                  [&](const CredentialResult &r) { stored = r.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return stored; }, 10'000));
        m_window->overview()->tariffSettingsChanged();
        QVERIFY(QTest::qWaitFor([&] { return !tile()->gridOperatorError().isEmpty(); }, 10'000));
        QVERIFY2(tile()->gridOperatorError().contains(QStringLiteral("did not accept the user or password")),
                 qPrintable(tile()->gridOperatorError()));
        // In the language of the moment, not of the read.
        Translations::apply(QStringLiteral("zh_TW"));
        const QLabel *shown = tile()->findChild<QLabel *>(QStringLiteral("gridOperatorError"));
        const bool translated =
            QTest::qWaitFor([&] { return shown->text().contains(QStringLiteral("不接受此使用者或密碼")); }, 5000);
        const QString text = shown->text();
        Translations::apply(QStringLiteral("en"));
        QVERIFY2(translated, qPrintable(text));

        m_settings->setGridOperator({}, {});
        m_window->overview()->tariffSettingsChanged();
        QCOMPARE(feed.state().source, GridOperatorState::Source::Demo);
    }

    void anEndpointLeftBehindTakesItsPasswordWithIt()
    {
        const QUrl before(QStringLiteral("https://grid-operator.example:8443"));
        const QUrl after = m_sim->rootUrl();
        const CredentialStore keychain(m_keychainService);
        std::optional<CredentialResult> result;
        keychain.save(before, QStringLiteral("admin"), QStringLiteral("old secret"), this,
                      [&](const CredentialResult &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10'000));
        if (!result->ok())
            QSKIP(qPrintable(QStringLiteral("no keychain here (run through tests/run-in-session.sh): ") + result->error));
        m_settings->setGridOperator(before, QStringLiteral("admin"));

        TariffSettingsDialog dialog(*m_settings, TariffSettingsDialog::defaultPlansDirectory());
        dialog.setCredentials(keychain);
        dialog.findChild<QLineEdit *>(QStringLiteral("gridOperatorUrl"))->setText(after.toString());
        dialog.findChild<QLineEdit *>(QStringLiteral("gridOperatorPassword"))->setText(QStringLiteral("1234abcd"));
        dialog.accept();
        QVERIFY(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted || !dialog.message().isEmpty(); }, 15'000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto stored = [&](const QUrl &url) {
            result.reset();
            keychain.load(url, QStringLiteral("admin"), this, [&](const CredentialResult &r) { result = r; });
            return QTest::qWaitFor([&] { return result.has_value(); }, 10'000) ? result->status
                                                                               : CredentialResult::Status::Failed;
        };
        QVERIFY(QTest::qWaitFor([&] { return stored(before) == CredentialResult::Status::NotFound; }, 10'000));
        QCOMPARE(stored(after), CredentialResult::Status::Ok);
        keychain.remove(after, QStringLiteral("admin"), nullptr, {});
        m_settings->setGridOperator({}, {});
    }

    void noTariffChosenLeadsToTheTariffSettings()
    {
        m_settings->setTariffId(QStringLiteral("no-such-plan"));
        m_window->overview()->tariffSettingsChanged();
        QVERIFY(!tile()->hasPlan());
        auto *none = m_window->findChild<QLabel *>(QStringLiteral("noTariff"));
        QVERIFY(none && none->isVisible());
        // A chosen plan that cannot be read says why, not that none was chosen.
        QVERIFY2(none->text().contains(QStringLiteral("cannot be used")) && none->text().contains(QStringLiteral("no-such-plan")),
                 qPrintable(none->text()));
        QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("tariffPeriod"))->isVisible());
        // The cap still stands on what is known: the demo site's connection.
        QVERIFY(withinOneRefresh([&] { return tile()->importCapKw() == m_sim->options().connectionKw; }));

        bool opened = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
            auto *dialog = qobject_cast<TariffSettingsDialog *>(QApplication::activeModalWidget());
            opened = dialog != nullptr;
            QApplication::activeModalWidget()->close();
        });
        emit none->linkActivated(QStringLiteral("tariff"));
        QVERIFY(opened);

        m_settings->setTariffId(QStringLiteral("building-k-test"));
        m_window->overview()->tariffSettingsChanged();
        QVERIFY(tile()->hasPlan());
        QVERIFY(!none->isVisible());
    }
};

QTEST_MAIN(tst_OverviewTariff)
#include "tst_OverviewTariff.moc"
