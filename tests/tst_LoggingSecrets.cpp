// The client's logging categories with everything enabled: they do log (HTTP, keychain), and no
// line carries the password, the access token or a saved secret.
#include "client/AegisClient.h"
#include "client/CredentialStore.h"
#include "client/DomainQuery.h"
#include "client/SchedulerApi.h"
#include "sim/SimServer.h"
#include "support/SimFixture.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSet>
#include <QtTest>

namespace {

QMutex g_mutex;
QStringList g_lines; // "category: message"
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_mutex);
        g_lines.append(QString::fromUtf8(context.category ? context.category : "") + QStringLiteral(": ") + message);
    }
    if (type == QtFatalMsg && g_previous)
        g_previous(type, context, message);
}

// Remembers every bearer token the client sends: the values the emulator issued.
class TokenWitness final : public QNetworkAccessManager
{
public:
    QSet<QByteArray> tokens;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        const QByteArray authorization = request.rawHeader("Authorization");
        if (authorization.startsWith("Bearer "))
            tokens.insert(authorization.mid(7));
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

} // namespace

class tst_LoggingSecrets : public QObject
{
    Q_OBJECT

private:
    template <typename Start> bool waitFor(Start start)
    {
        bool done = false;
        start([&done] { done = true; });
        return QTest::qWaitFor([&] { return done; }, 20'000);
    }

private slots:
    void noSecretInAnyLogLine()
    {
        SimFixture sim;
        QVERIFY2(sim.isRunning(), qPrintable(sim.error()));
        // Tokens that expire at once, so that a re-login (which sends the password again) runs too.
        bool faultSet = false;
        sim.runOnSim([&](SimSite &, SimServer &server) {
            faultSet = server.setFaults({{QStringLiteral("token_lifetime_s"), 1.0}}).ok();
        });
        QVERIFY(faultSet); // a QVERIFY inside the lambda would return from the lambda only

        QLoggingCategory::setFilterRules(QStringLiteral("aegis.*=true"));
        g_previous = qInstallMessageHandler(capture);
        const auto restore = qScopeGuard([] {
            qInstallMessageHandler(g_previous);
            QLoggingCategory::setFilterRules(QString());
        });

        TokenWitness network;
        AegisClient::Settings settings;
        settings.baseUrl = sim.baseUrl();
        AegisClient client(&network, settings);
        const QString password = sim.password();

        ApiResult login;
        QVERIFY(waitFor([&](auto done) {
            client.login(sim.user(), password, this, [&, done](const ApiResult &r) {
                login = r;
                done();
            });
        }));
        QVERIFY2(login.ok(), qPrintable(login.error.message()));

        DomainQuery query;
        query.organizationId(client.session().organizationId)
            .domainId(187)
            .fields({u"LoadPower"})
            .start(QueryTimeArg::relative(QStringLiteral("-1h")))
            .timeFunction(QueryTimeFunction::Last);
        ApiResult queried;
        QVERIFY(waitFor([&](auto done) {
            client.get(DomainQuery::path(), query.toQuery(), this, [&, done](const ApiResult &r) {
                queried = r;
                done();
            });
        }));
        QVERIFY2(queried.ok(), qPrintable(queried.error.message()));

        QTest::qWait(1500); // the token expires: the scheduler GET gets a 401 and logs in again
        SchedulerApi scheduler(client);
        ApiError schedulerError(ApiError::Kind::Cancelled);
        QVERIFY(waitFor([&](auto done) {
            scheduler.fetch(this, [&, done](const ApiError &e, const SchedulerState &) {
                schedulerError = e;
                done();
            });
        }));
        QVERIFY2(!schedulerError.isError(), qPrintable(schedulerError.message()));
        QVERIFY2(network.tokens.size() >= 2, "the re-login did not run");

        const QString saved = QStringLiteral("keyring-secret-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const bool keyring = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
        if (keyring) {
            CredentialStore store(QStringLiteral("AEGIS Console tests"));
            const QString account = QStringLiteral("logging-%1").arg(QCoreApplication::applicationPid());
            CredentialResult stored, read;
            QVERIFY(waitFor([&](auto done) {
                store.save(sim.baseUrl(), account, saved, this, [&, done](const CredentialResult &r) {
                    stored = r;
                    done();
                });
            }));
            QVERIFY2(stored.ok(), qPrintable(stored.error));
            QVERIFY(waitFor([&](auto done) {
                store.load(sim.baseUrl(), account, this, [&, done](const CredentialResult &r) {
                    read = r;
                    done();
                });
            }));
            QCOMPARE(read.password, saved);
            QVERIFY(waitFor(
                [&](auto done) { store.remove(sim.baseUrl(), account, this, [done](const CredentialResult &) { done(); }); }));
        }

        const QMutexLocker lock(&g_mutex);
        const auto logged = [&](const QString &category) {
            return std::any_of(g_lines.cbegin(), g_lines.cend(), [&](const QString &l) { return l.startsWith(category + u':'); });
        };
        QVERIFY2(logged(QStringLiteral("aegis.client.http")), qPrintable(g_lines.join(u'\n')));
        if (keyring)
            QVERIFY2(logged(QStringLiteral("aegis.client.keychain")), qPrintable(g_lines.join(u'\n')));
        QStringList secrets = {password, saved};
        for (const QByteArray &token : std::as_const(network.tokens))
            secrets.append(QString::fromLatin1(token));
        for (const QString &line : std::as_const(g_lines)) {
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("a secret in the log: ") + line));
        }
    }
};

QTEST_GUILESS_MAIN(tst_LoggingSecrets)
#include "tst_LoggingSecrets.moc"
