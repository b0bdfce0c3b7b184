// The emulator's logging (aegis.sim.http, .scheduler, .faults): quiet by default, and when enabled
// it tells what happened without ever writing a password or an access token.

#include "sim/SimLogging.h"
#include "support/SimFixture.h"
#include "support/SyncHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QtTest>
#include <memory>

namespace {

// Passwords no other text of the emulator could contain.
const QString kPassword = QStringLiteral("Kx7-correct-horse-91q");
const QString kWrongPassword = QStringLiteral("Zq4-wrong-battery-58w");

QMutex captureMutex;
QStringList captured; // "category: message", from any thread

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&captureMutex);
    captured.append(QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") + message);
}

QStringList takeCaptured()
{
    const QMutexLocker lock(&captureMutex);
    return std::exchange(captured, {});
}

QStringList matching(const QStringList &lines, const QString &text)
{
    return lines.filter(text);
}

QByteArray cronsBody(const QString &crons)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("crons"), crons}}).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_SimLogging : public QObject
{
    Q_OBJECT

private:
    QtMessageHandler m_previous = nullptr;
    bool m_capturing = false;

    void startCapture()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("aegis.sim.*=true"));
        QVERIFY(lcSimHttp().isDebugEnabled());
        QVERIFY(lcSimScheduler().isInfoEnabled());
        QVERIFY(lcSimFaults().isInfoEnabled());
        takeCaptured();
        m_previous = qInstallMessageHandler(capture);
        m_capturing = true;
    }

private slots:
    void quietByDefault()
    {
        for (const QLoggingCategory *category : {&lcSimHttp(), &lcSimScheduler(), &lcSimFaults()}) {
            QVERIFY2(!category->isDebugEnabled(), category->categoryName());
            QVERIFY2(!category->isInfoEnabled(), category->categoryName());
            QVERIFY2(category->isWarningEnabled(), category->categoryName());
        }
    }

    void requestsAndPatchesAreLoggedWithoutSecrets()
    {
        SimOptions options = SimFixture::testOptions();
        options.historyDays = 1;
        options.password = kPassword;
        startCapture();
        auto sim = std::make_unique<SimFixture>(options);
        QVERIFY2(sim->isRunning(), qPrintable(sim->error()));
        takeCaptured(); // the backfilled day's runs

        SyncHttp http;
        const HttpResult refused =
            http.sendJson("POST", sim->url(QStringLiteral("/api/auth/login")),
                          {{QStringLiteral("user_account"), sim->user()}, {QStringLiteral("user_password"), kWrongPassword}});
        QCOMPARE(refused.status, 401);
        const QByteArray token = sim->login();
        QVERIFY(!token.isEmpty());
        const HttpResult query = http.get(sim->url(QStringLiteral("/api/domain_datas/query?organization_id=182&domain_id=187"
                                                                  "&start=-1h&fields=SolarPower&time_function=last")),
                                          token);
        QCOMPARE(query.status, 200);
        const QString crons = QStringLiteral("[{\"start_time\":3600,\"stop_time\":7200,\"power\":8000}]");
        const HttpResult patched =
            http.send("PATCH", sim->url(QStringLiteral("/api/power_schedulers/4")), cronsBody(crons), token);
        QCOMPARE(patched.status, 200);
        const HttpResult bad = http.send("PATCH", sim->url(QStringLiteral("/api/power_schedulers/4")), "{\"crons\":5}", token);
        QCOMPARE(bad.status, 400);
        sim.reset(); // the emulator's thread has written all it will
        const QStringList lines = takeCaptured();

        QVERIFY(!lines.isEmpty());
        const QString all = lines.join(u'\n');
        QVERIFY2(matching(lines, QStringLiteral("aegis.sim.http: POST /api/auth/login 401")).size() == 1, qPrintable(all));
        QVERIFY2(matching(lines, QStringLiteral("aegis.sim.http: POST /api/auth/login 200")).size() == 1, qPrintable(all));
        QVERIFY2(matching(lines, QStringLiteral("aegis.sim.http: GET /api/domain_datas/query 200")).size() == 1, qPrintable(all));
        QVERIFY2(matching(lines, QStringLiteral("aegis.sim.http: PATCH /api/power_schedulers/4 200")).size() == 1,
                 qPrintable(all));
        QVERIFY2(matching(lines, QStringLiteral("aegis.sim.scheduler: PATCH accepted")).size() == 1, qPrintable(all));
        QVERIFY2(matching(lines, QStringLiteral("aegis.sim.scheduler: PATCH refused: crons must be a string")).size() == 1,
                 qPrintable(all));
        QVERIFY2(!all.contains(kPassword), "the password was logged");
        QVERIFY2(!all.contains(kWrongPassword), "a refused password was logged");
        QVERIFY2(!all.contains(QString::fromLatin1(token)), "the access token was logged");
        QVERIFY2(!all.contains(QString::fromLatin1(token.split('.').last())), "the access token's signature was logged");
        QVERIFY2(!all.contains(QStringLiteral("Bearer"), Qt::CaseInsensitive), "an Authorization header was logged");
    }

    void injectedFaultsAreLogged()
    {
        startCapture();
        auto sim =
            std::make_unique<SimFixture>(SimFixture::testOptions(),
                                         QStringList{QStringLiteral("error_500_share=1"), QStringLiteral("routes=device_datas"),
                                                     QStringLiteral("patch_not_applied=true")});
        QVERIFY2(sim->isRunning(), qPrintable(sim->error()));
        const QByteArray token = sim->login();
        QVERIFY(!token.isEmpty());
        takeCaptured();
        SyncHttp http;
        const HttpResult r = http.get(sim->url(QStringLiteral("/api/device_datas/query?organization_id=182&device_output_name="
                                                              "hermes_pv_inverter_data&fields=SolarPower&start=-10m")),
                                      token);
        QCOMPARE(r.status, 500);
        const QString crons = QStringLiteral("[{\"start_time\":3600,\"stop_time\":7200,\"power\":8000}]");
        QCOMPARE(http.send("PATCH", sim->url(QStringLiteral("/api/power_schedulers/4")), cronsBody(crons), token).status, 200);
        sim.reset();
        const QStringList lines = takeCaptured();
        QVERIFY2(matching(lines, QStringLiteral("aegis.sim.faults: GET /api/device_datas/query fault: error 500")).size() == 1,
                 qPrintable(lines.join(u'\n')));
        QVERIFY2(matching(lines, QStringLiteral("aegis.sim.http: GET /api/device_datas/query 500")).size() == 1,
                 qPrintable(lines.join(u'\n')));
        QVERIFY2(matching(lines, QStringLiteral("aegis.sim.faults: PATCH of the scheduler answered but not applied")).size() == 1,
                 qPrintable(lines.join(u'\n')));
    }

    void cleanup()
    {
        if (m_capturing)
            qInstallMessageHandler(m_previous);
        m_capturing = false;
        QLoggingCategory::setFilterRules(QString());
    }
};

QTEST_GUILESS_MAIN(tst_SimLogging)
#include "tst_SimLogging.moc"
