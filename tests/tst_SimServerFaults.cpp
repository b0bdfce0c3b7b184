// Each fault of docs/emulator.md "Fault injection", switched on through /sim/faults and observed
// by a client over real HTTP.

#include "sim/SimServer.h"
#include "support/SimFixture.h"
#include "support/SyncHttp.h"

#include <QJsonArray>
#include <QtTest>
#include <memory>

class tst_SimServerFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    SyncHttp m_http;
    QByteArray m_token;

    QUrl url(const QString &path) const { return m_sim->url(path); }
    QUrl scheduler() const { return url(QStringLiteral("/api/power_schedulers/4")); }

    bool setFaults(const QJsonObject &faults)
    {
        const HttpResult r = m_sim->controlJson("PUT", QStringLiteral("/sim/faults"), faults);
        if (r.status != 200)
            qWarning() << r.status << r.body;
        return r.status == 200;
    }

    QJsonObject schedulerObject()
    {
        const HttpResult r = m_http.get(scheduler(), m_token);
        return r.json().array().first().toObject();
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
        m_token = m_sim->login();
        QVERIFY(!m_token.isEmpty());
    }

    void init() { QCOMPARE(m_sim->control("POST", QStringLiteral("/sim/faults/reset")).status, 200); }

    void cleanupTestCase() { m_sim.reset(); }

    void error500()
    {
        QVERIFY(setFaults({{QStringLiteral("error_500_share"), 1}}));
        const HttpResult r = m_http.get(scheduler(), m_token);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.object().value(QStringLiteral("statusCode")).toInt(), 500);
        QCOMPARE(r.object().value(QStringLiteral("error")).toString(), QStringLiteral("Internal Server Error"));
        // The control API never suffers faults.
        QCOMPARE(m_sim->control("GET", QStringLiteral("/sim/state")).status, 200);
    }

    void error503WithRetryAfter()
    {
        QVERIFY(setFaults({{QStringLiteral("error_503_share"), 1}, {QStringLiteral("retry_after_s"), 7}}));
        const HttpResult r = m_http.get(scheduler(), m_token);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        QCOMPARE(r.object().value(QStringLiteral("statusCode")).toInt(), 503);
    }

    void aShareOfRequestsFails()
    {
        QVERIFY(setFaults({{QStringLiteral("error_500_share"), 0.5}, {QStringLiteral("seed"), 11}}));
        int failed = 0;
        for (int i = 0; i < 40; ++i)
            failed += m_http.get(scheduler(), m_token).status == 500 ? 1 : 0;
        QVERIFY2(failed > 8 && failed < 32, qPrintable(QString::number(failed)));
    }

    void htmlErrorPage()
    {
        QVERIFY(setFaults({{QStringLiteral("html_error_share"), 1}}));
        const HttpResult r = m_http.get(scheduler(), m_token);
        QCOMPARE(r.status, 502);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.contains("<h1>502 Bad Gateway</h1>"));
        QVERIFY(r.json().isNull());
    }

    void cutMidBody()
    {
        QVERIFY(setFaults({{QStringLiteral("cut_share"), 1}}));
        const HttpResult r = m_http.get(scheduler(), m_token);
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(r.errorString));
        QVERIFY(r.json().isNull());
    }

    void malformedJson()
    {
        QVERIFY(setFaults({{QStringLiteral("malformed_json_share"), 1}}));
        const HttpResult r = m_http.get(scheduler(), m_token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QVERIFY(!r.body.isEmpty());
        QCOMPARE(r.header("Content-Length").toInt(), r.body.size());
        QJsonParseError error;
        r.json(&error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void latency()
    {
        QVERIFY(setFaults({{QStringLiteral("latency_ms"), 300}}));
        const HttpResult r = m_http.get(scheduler(), m_token);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 300, qPrintable(QString::number(r.elapsedMs)));

        QVERIFY(setFaults({{QStringLiteral("latency_ms"), 0}, {QStringLiteral("latency_jitter_ms"), 200}}));
        for (int i = 0; i < 3; ++i) {
            const HttpResult j = m_http.get(scheduler(), m_token);
            QCOMPARE(j.status, 200);
            QVERIFY(j.elapsedMs < 2000);
        }
    }

    void trickle()
    {
        QVERIFY(setFaults({{QStringLiteral("trickle_bytes_per_s"), 500}}));
        const HttpResult r = m_http.get(scheduler(), m_token);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().isArray());
        const qint64 expectedMs = r.body.size() * 1000 / 500;
        QVERIFY2(r.elapsedMs >= expectedMs * 8 / 10,
                 qPrintable(QStringLiteral("%1 bytes in %2 ms").arg(r.body.size()).arg(r.elapsedMs)));

        // One byte a second: the head arrives, the body never completes within a client's timeout.
        QVERIFY(setFaults({{QStringLiteral("trickle_bytes_per_s"), 1}}));
        const HttpResult slow = m_http.get(scheduler(), m_token, 1500);
        QVERIFY(slow.timedOut);
        QVERIFY(slow.body.size() <= 2);
    }

    void hang()
    {
        QVERIFY(setFaults({{QStringLiteral("hang"), true}}));
        const HttpResult r = m_http.get(scheduler(), m_token, 800);
        QVERIFY(r.timedOut);
        QCOMPARE(r.status, 0);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(m_sim->control("GET", QStringLiteral("/sim/faults")).status, 200);
        QVERIFY(setFaults({{QStringLiteral("hang"), false}}));
        QCOMPARE(m_http.get(scheduler(), m_token).status, 200);
    }

    void loginFails()
    {
        QVERIFY(setFaults({{QStringLiteral("login_fails"), true}}));
        QVERIFY(m_sim->login().isEmpty());
        QVERIFY(setFaults({{QStringLiteral("login_fails"), false}}));
        QVERIFY(!m_sim->login().isEmpty());
    }

    void patchAcceptedButNotApplied()
    {
        const QString before = schedulerObject().value(QStringLiteral("crons")).toString();
        QVERIFY(!before.isEmpty());
        QVERIFY(setFaults({{QStringLiteral("patch_not_applied"), true}}));
        const QString crons = QStringLiteral("[{\"start_time\":3600,\"stop_time\":7200,\"power\":5000}]");
        const HttpResult patch = m_http.sendJson("PATCH", scheduler(), {{QStringLiteral("crons"), crons}}, m_token);
        QVERIFY2(patch.status == 200, patch.body.constData());
        QCOMPARE(schedulerObject().value(QStringLiteral("crons")).toString(), before);

        // And without the fault the same PATCH is applied.
        QVERIFY(setFaults({{QStringLiteral("patch_not_applied"), false}}));
        QCOMPARE(m_http.sendJson("PATCH", scheduler(), {{QStringLiteral("crons"), crons}}, m_token).status, 200);
        const QJsonArray after =
            QJsonDocument::fromJson(schedulerObject().value(QStringLiteral("crons")).toString().toUtf8()).array();
        QCOMPARE(after, QJsonDocument::fromJson(crons.toUtf8()).array());
        QCOMPARE(m_http.sendJson("PATCH", scheduler(), {{QStringLiteral("crons"), before}}, m_token).status, 200);
    }

    void concurrentEdit()
    {
        const QJsonObject before = schedulerObject();
        QTest::qWait(5); // update_time has millisecond resolution
        const HttpResult r = m_sim->control("POST", QStringLiteral("/sim/faults/concurrent-edit"));
        QCOMPARE(r.status, 200);
        const QJsonObject after = schedulerObject();
        QVERIFY(!after.value(QStringLiteral("update_time")).toString().isEmpty());
        QVERIFY(after.value(QStringLiteral("update_time")) != before.value(QStringLiteral("update_time")));
    }

    void faultsCanBeLimitedToRoutes()
    {
        QVERIFY(setFaults(
            {{QStringLiteral("error_500_share"), 1}, {QStringLiteral("routes"), QJsonArray{QStringLiteral("device_datas")}}}));
        QCOMPARE(m_http.get(scheduler(), m_token).status, 200);
        QVERIFY(!m_sim->login().isEmpty());
        const HttpResult r = m_http.get(url(QStringLiteral("/api/device_datas/query?organization_id=182"
                                                           "&device_output_name=hermes_pv_inverter_data&fields=SolarPower")),
                                        m_token);
        QCOMPARE(r.status, 500);
    }

    void resetSwitchesEverythingOff()
    {
        QVERIFY(setFaults({{QStringLiteral("error_503_share"), 1}, {QStringLiteral("hang"), true}}));
        QCOMPARE(m_sim->control("POST", QStringLiteral("/sim/faults/reset")).status, 200);
        QCOMPARE(m_http.get(scheduler(), m_token).status, 200);
    }

    void faultsFromTheStartOptions()
    {
        SimOptions options = SimFixture::testOptions();
        options.historyDays = 1;
        SimFixture sim(options, {QStringLiteral("error_503_share=1"), QStringLiteral("retry_after_s=3")});
        QVERIFY2(sim.isRunning(), qPrintable(sim.error()));
        const HttpResult r =
            m_http.sendJson("POST", sim.url(QStringLiteral("/api/auth/login")),
                            {{QStringLiteral("user_account"), sim.user()}, {QStringLiteral("user_password"), sim.password()}});
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("3"));

        SimFixture broken(options, {QStringLiteral("no_such_fault=1")});
        QVERIFY(!broken.isRunning());
        QVERIFY(broken.error().contains(QStringLiteral("no_such_fault")));
    }
};

QTEST_GUILESS_MAIN(tst_SimServerFaults)
#include "tst_SimServerFaults.moc"
