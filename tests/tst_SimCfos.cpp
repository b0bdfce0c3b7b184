// The grid operator's stand-in (docs/emulator.md "The grid operator (cFos API)"): cFos Charging
// Manager's variable API over HTTP (set one, set many with clear, get, basic auth, bad input,
// bounds), and the site obeying AVAIL and the export limit, measured from its own meters.
#include "core/UtcTime.h"
#include "sim/CfosApi.h"
#include "sim/CfosVariables.h"
#include "sim/GridEvents.h"
#include "sim/SimClock.h"
#include "sim/SimSite.h"
#include "sim/SiteModel.h"
#include "support/SimFixture.h"
#include "support/SyncHttp.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QtTest>
#include <cmath>
#include <memory>

namespace {

QByteArray basic(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + QByteArray(user + ':' + password).toBase64();
}

// A 01:20 of a working day in Taipei: inside the default 01:00–03:00 +10 kW charge window.
const qint64 kChargeWindow = QDateTime(QDate(2025, 1, 15), QTime(1, 20), QTimeZone("Asia/Taipei")).toMSecsSinceEpoch();

QJsonArray rows(const SimReply &r)
{
    if (r.status != 200)
        qWarning("reply %d: %s", r.status, r.body.constData());
    return QJsonDocument::fromJson(r.body).array();
}

// One field of one device, minute by minute in [from, to): time and value.
QList<QPair<qint64, double>> readings(SimSite &site, const QString &device, const QString &output, const QString &field,
                                      qint64 from, qint64 to)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("organization_id"), QStringLiteral("182"));
    q.addQueryItem(QStringLiteral("device_names"), device);
    q.addQueryItem(QStringLiteral("device_output_name"), output);
    q.addQueryItem(QStringLiteral("fields"), field);
    q.addQueryItem(QStringLiteral("start"), QString::number(from / 1000));
    q.addQueryItem(QStringLiteral("stop"), QString::number(to / 1000));
    QList<QPair<qint64, double>> out;
    for (const QJsonValue &v : rows(site.deviceQuery(q))) {
        const QJsonObject row = v.toObject();
        out.append(
            {*UtcTime::parse(row.value(QStringLiteral("_time")).toString()), row.value(QStringLiteral("_value")).toDouble()});
    }
    return out;
}

// The start of the first minute the site computes after `nowMs`: where a change made now begins.
qint64 nextStep(qint64 nowMs)
{
    return nowMs - nowMs % SiteModel::kStepMs + SiteModel::kStepMs;
}

CfosVariables::Variable variable(const QString &name, double value)
{
    return *CfosVariables::parse(name, value, QStringLiteral("test"));
}

} // namespace

class tst_SimCfos : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    SyncHttp m_http;
    const QByteArray m_auth = basic("admin", "1234abcd");

    QUrl cnf(const QString &query) const
    {
        QUrl u = m_sim->url(QStringLiteral("/cnf"));
        u.setQuery(query);
        return u;
    }
    HttpResult get(const QString &query, const QByteArray &auth)
    {
        return m_http.send("GET", cnf(query), {}, {}, -1, {{"Authorization", auth}});
    }
    HttpResult post(const QString &query, const QByteArray &body, const QByteArray &auth)
    {
        return m_http.send("POST", cnf(query), body, {}, -1, {{"Authorization", auth}, {"Content-Type", "application/json"}});
    }
    // The variables get_cm_vars answers, by name: {expr, val}.
    QMap<QString, QJsonObject> variables()
    {
        const HttpResult r = get(QStringLiteral("cmd=get_cm_vars"), m_auth);
        QMap<QString, QJsonObject> out;
        for (const QJsonValue &v : r.object().value(QStringLiteral("vars")).toArray())
            out.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        return out;
    }
    static void verifyError(const HttpResult &r, int status, const char *mentions = nullptr)
    {
        QCOMPARE(r.status, status);
        QVERIFY2(r.header("Content-Type").startsWith("application/json"), r.body.constData());
        const QString message = r.object().value(QStringLiteral("message")).toString();
        QVERIFY2(!message.isEmpty(), r.body.constData());
        QCOMPARE(r.object().value(QStringLiteral("statusCode")).toInt(), status);
        if (mentions)
            QVERIFY2(message.contains(QLatin1String(mentions), Qt::CaseInsensitive), qPrintable(message));
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
    }

    void init() { QCOMPARE(post(QStringLiteral("cmd=set_cm_vars&clear=1"), R"({"vars": []})", m_auth).status, 200); }

    void cleanupTestCase() { m_sim.reset(); }

    void needsBasicAuthentication_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("wrong password") << basic("admin", "1234abce");
        QTest::newRow("wrong user") << basic("root", "1234abcd");
        QTest::newRow("bearer") << QByteArray("Bearer 1234abcd");
        QTest::newRow("not base64") << QByteArray("Basic ***");
        QTest::newRow("no colon") << QByteArray("Basic ") + QByteArray("admin1234abcd").toBase64();
    }

    void needsBasicAuthentication()
    {
        QFETCH(QByteArray, authorization);
        for (const QString &query : {QStringLiteral("cmd=get_cm_vars"), QStringLiteral("cmd=set_cm_vars&name=AVAIL&val=5")}) {
            const HttpResult r = get(query, authorization);
            verifyError(r, 401, "basic");
            QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Basic realm=\"cFos Charging Manager\""));
        }
        QVERIFY(!variables().contains(QStringLiteral("AVAIL")));
    }

    void theAccountIsSettable()
    {
        SimOptions options = SimFixture::testOptions();
        options.historyDays = 0;
        options.cfosUser = QStringLiteral("grid");
        options.cfosPassword = QStringLiteral("s3cret:with colon");
        SimFixture other(options);
        QVERIFY2(other.isRunning(), qPrintable(other.error()));
        QUrl u = other.url(QStringLiteral("/cnf"));
        u.setQuery(QStringLiteral("cmd=get_cm_vars"));
        QCOMPARE(m_http.send("GET", u, {}, {}, -1, {{"Authorization", m_auth}}).status, 401);
        QCOMPARE(m_http.send("GET", u, {}, {}, -1, {{"Authorization", basic("grid", "s3cret:with colon")}}).status, 200);
    }

    void setsOneVariableByGetAndReadsItBack()
    {
        const HttpResult set = get(QStringLiteral("cmd=set_cm_vars&name=var3&val=123"), m_auth);
        QCOMPARE(set.status, 200);
        QCOMPARE(get(QStringLiteral("cmd=set_cm_vars&name=AVAIL&val=42.5"), m_auth).status, 200);
        const HttpResult r = get(QStringLiteral("cmd=get_cm_vars"), m_auth);
        QCOMPARE(r.status, 200);
        const QJsonArray vars = r.object().value(QStringLiteral("vars")).toArray();
        QCOMPARE(vars.size(), 2);
        const QJsonObject var3 = vars.at(0).toObject();
        QCOMPARE(var3.value(QStringLiteral("name")).toString(), QStringLiteral("var3"));
        QCOMPARE(var3.value(QStringLiteral("expr")).toString(), QStringLiteral("123"));
        QCOMPARE(var3.value(QStringLiteral("val")).toDouble(), 123.0);
        QCOMPARE(vars.at(1).toObject().value(QStringLiteral("val")).toDouble(), 42.5);
        // Setting again replaces, in any case of the name.
        QCOMPARE(get(QStringLiteral("cmd=set_cm_vars&name=avail&val=60"), m_auth).status, 200);
        const auto now = variables();
        QCOMPARE(now.size(), 2);
        QCOMPARE(now.value(QStringLiteral("avail")).value(QStringLiteral("val")).toDouble(), 60.0);
    }

    void setsManyByPostWithAndWithoutClear()
    {
        QCOMPARE(get(QStringLiteral("cmd=set_cm_vars&name=var3&val=123"), m_auth).status, 200);
        // cFos's own example body.
        const QByteArray body = R"({ "vars": [{ "name": "tarif", "expr": 1 }, { "name": "PWR", "expr": 70 }] })";
        QCOMPARE(post(QStringLiteral("cmd=set_cm_vars"), body, m_auth).status, 200);
        auto vars = variables();
        QCOMPARE(vars.keys(), (QStringList{QStringLiteral("PWR"), QStringLiteral("tarif"), QStringLiteral("var3")}));
        QCOMPARE(vars.value(QStringLiteral("tarif")).value(QStringLiteral("expr")).toDouble(), 1.0);
        QCOMPARE(vars.value(QStringLiteral("PWR")).value(QStringLiteral("val")).toDouble(), 70.0);

        const HttpResult cleared = post(QStringLiteral("cmd=set_cm_vars&clear=1"),
                                        R"({"vars": [{"name": "var1", "expr": 1.5}, {"name": "var2", "expr": "2"}]})", m_auth);
        QCOMPARE(cleared.status, 200);
        vars = variables();
        QCOMPARE(vars.keys(), (QStringList{QStringLiteral("var1"), QStringLiteral("var2")}));
        QCOMPARE(vars.value(QStringLiteral("var1")).value(QStringLiteral("val")).toDouble(), 1.5);
        QCOMPARE(vars.value(QStringLiteral("var2")).value(QStringLiteral("val")).toDouble(), 2.0);
        // The reply to a set is the new list.
        QCOMPARE(cleared.object().value(QStringLiteral("vars")).toArray().size(), 2);

        // clear=1 by GET too.
        QCOMPARE(get(QStringLiteral("cmd=set_cm_vars&name=AVAIL&val=80&clear=1"), m_auth).status, 200);
        QCOMPARE(variables().keys(), QStringList{QStringLiteral("AVAIL")});
    }

    void tarifIsPublished()
    {
        QCOMPARE(get(QStringLiteral("cmd=set_cm_vars&name=TARIF&val=1"), m_auth).status, 200);
        QCOMPARE(variables().value(QStringLiteral("TARIF")).value(QStringLiteral("val")).toDouble(), 1.0);
        const HttpResult grid = m_sim->control("GET", QStringLiteral("/sim/grid"));
        QCOMPARE(grid.status, 200);
        QCOMPARE(grid.object().value(QStringLiteral("tarif")).toDouble(), 1.0);
        QCOMPARE(grid.object().value(QStringLiteral("connection_kw")).toDouble(), 60.0);
    }

    void refusesBadInputWithAReason_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        const QString set = QStringLiteral("cmd=set_cm_vars");
        QTest::newRow("formula") << QByteArray("GET") << set + QStringLiteral("&name=AVAIL&val=AVAIL%2A2") << QByteArray() << 400
                                 << QStringLiteral("numeric literals");
        QTest::newRow("formula in POST") << QByteArray("POST") << set
                                         << QByteArray(R"json({"vars":[{"name":"x","expr":"min(1,2)"}]})json") << 400
                                         << QStringLiteral("numeric literals");
        QTest::newRow("AVAIL above 100") << QByteArray("GET") << set + QStringLiteral("&name=AVAIL&val=150") << QByteArray()
                                         << 400 << QStringLiteral("0 to 100");
        QTest::newRow("AVAIL below 0") << QByteArray("GET") << set + QStringLiteral("&name=AVAIL&val=-1") << QByteArray() << 400
                                       << QStringLiteral("0 to 100");
        QTest::newRow("TARIF 2") << QByteArray("GET") << set + QStringLiteral("&name=TARIF&val=2") << QByteArray() << 400
                                 << QStringLiteral("TARIF");
        QTest::newRow("no val") << QByteArray("GET") << set + QStringLiteral("&name=AVAIL") << QByteArray() << 400
                                << QStringLiteral("name and val");
        QTest::newRow("empty val") << QByteArray("GET") << set + QStringLiteral("&name=AVAIL&val=") << QByteArray() << 400
                                   << QStringLiteral("not a number");
        QTest::newRow("bad name") << QByteArray("GET") << set + QStringLiteral("&name=1abc&val=1") << QByteArray() << 400
                                  << QStringLiteral("name");
        QTest::newRow("name ending in a newline")
            << QByteArray("GET") << set + QStringLiteral("&name=AVAIL%0A&val=1") << QByteArray() << 400 << QStringLiteral("name");
        QTest::newRow("long name") << QByteArray("GET")
                                   << set + QStringLiteral("&name=%1&val=1").arg(QString(65, QLatin1Char('a'))) << QByteArray()
                                   << 400 << QStringLiteral("name");
        QTest::newRow("long expr") << QByteArray("GET")
                                   << set + QStringLiteral("&name=x&val=%1").arg(QString(257, QLatin1Char('1'))) << QByteArray()
                                   << 400 << QStringLiteral("longer than 256");
        QTest::newRow("name twice") << QByteArray("GET") << set + QStringLiteral("&name=a&name=b&val=1") << QByteArray() << 400
                                    << QStringLiteral("once");
        QTest::newRow("no cmd") << QByteArray("GET") << QString() << QByteArray() << 400 << QStringLiteral("cmd");
        QTest::newRow("unknown cmd") << QByteArray("GET") << QStringLiteral("cmd=get_vars") << QByteArray() << 400
                                     << QStringLiteral("get_vars");
        QTest::newRow("clear=2") << QByteArray("GET") << set + QStringLiteral("&name=a&val=1&clear=2") << QByteArray() << 400
                                 << QStringLiteral("clear");
        QTest::newRow("not JSON") << QByteArray("POST") << set << QByteArray("{vars") << 400 << QStringLiteral("JSON");
        QTest::newRow("vars not a list") << QByteArray("POST") << set << QByteArray(R"({"vars":{"name":"a","expr":1}})") << 400
                                         << QStringLiteral("vars");
        QTest::newRow("val instead of expr") << QByteArray("POST") << set << QByteArray(R"({"vars":[{"name":"a","val":1}]})")
                                             << 400 << QStringLiteral("unknown key \"val\"");
        QTest::newRow("no expr") << QByteArray("POST") << set << QByteArray(R"({"vars":[{"name":"a"}]})") << 400
                                 << QStringLiteral("no expression");
        QTest::newRow("expr is a list") << QByteArray("POST") << set << QByteArray(R"({"vars":[{"name":"a","expr":[1]}]})") << 400
                                        << QStringLiteral("must be a number");
        QTest::newRow("item not an object") << QByteArray("POST") << set << QByteArray(R"({"vars":[1]})") << 400
                                            << QStringLiteral("vars[0]");
        QTest::newRow("unknown top key") << QByteArray("POST") << set << QByteArray(R"({"vars":[],"clear":1})") << 400
                                         << QStringLiteral("unknown key");
        QTest::newRow("same name twice") << QByteArray("POST") << set
                                         << QByteArray(R"({"vars":[{"name":"a","expr":1},{"name":"A","expr":2}]})") << 400
                                         << QStringLiteral("twice");
        QByteArray many = "{\"vars\":[";
        for (int i = 0; i <= CfosVariables::kMaxVariables; ++i)
            many += (i ? "," : "") + QByteArray("{\"name\":\"v") + QByteArray::number(i) + "\",\"expr\":1}";
        many += "]}";
        QTest::newRow("too many variables") << QByteArray("POST") << set << many << 400 << QStringLiteral("at most 64");
        QTest::newRow("body too large") << QByteArray("POST") << set << QByteArray(CfosApi::kMaxBodyBytes + 1, ' ') << 413
                                        << QStringLiteral("bytes");
        QTest::newRow("get_cm_vars by POST")
            << QByteArray("POST") << QStringLiteral("cmd=get_cm_vars") << QByteArray() << 405 << QStringLiteral("GET");
        QTest::newRow("PUT") << QByteArray("PUT") << set << QByteArray() << 405 << QStringLiteral("GET, POST");
    }

    void refusesBadInputWithAReason()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, query);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        QCOMPARE(get(QStringLiteral("cmd=set_cm_vars&name=kept&val=7"), m_auth).status, 200);
        const HttpResult r = method == "POST" ? post(query, body, m_auth)
                                              : m_http.send(method, cnf(query), body, {}, -1, {{"Authorization", m_auth}});
        verifyError(r, status, qPrintable(mentions));
        if (status == 405)
            QVERIFY(!r.header("Allow").isEmpty());
        // Nothing changed: a refused request is all or nothing.
        QCOMPARE(variables().keys(), QStringList{QStringLiteral("kept")});
    }

    void otherPathsAreNotFound()
    {
        QUrl u = m_sim->url(QStringLiteral("/cnf/vars"));
        u.setQuery(QStringLiteral("cmd=get_cm_vars"));
        verifyError(m_http.send("GET", u, {}, {}, -1, {{"Authorization", m_auth}}), 404);
        QCOMPARE(m_http.send("GET", m_sim->url(QStringLiteral("/api/cnf")), {}, {}, -1, {{"Authorization", m_auth}}).status, 404);
    }

    void holdsTheVariableCountBounded()
    {
        for (int i = 0; i < CfosVariables::kMaxVariables; ++i)
            QCOMPARE(get(QStringLiteral("cmd=set_cm_vars&name=v%1&val=%1").arg(i), m_auth).status, 200);
        verifyError(get(QStringLiteral("cmd=set_cm_vars&name=one_more&val=1"), m_auth), 400, "at most 64");
        QCOMPARE(get(QStringLiteral("cmd=set_cm_vars&name=v0&val=100"), m_auth).status, 200); // replacing is fine
        QCOMPARE(variables().size(), CfosVariables::kMaxVariables);
        QCOMPARE(get(QStringLiteral("cmd=set_cm_vars&name=one_more&val=1&clear=1"), m_auth).status, 200);
        QCOMPARE(variables().size(), 1);
    }

    void isCountedAsItsOwnRoute()
    {
        const int before = m_sim->control("GET", QStringLiteral("/sim/requests")).object().value(QStringLiteral("cnf")).toInt();
        QCOMPARE(get(QStringLiteral("cmd=get_cm_vars"), m_auth).status, 200);
        QCOMPARE(m_sim->control("GET", QStringLiteral("/sim/requests")).object().value(QStringLiteral("cnf")).toInt(),
                 before + 1);
    }

    // The site holds import under connection × AVAIL / 100 during a charge window, cutting the
    // battery's charge, as its own grid and battery meters show.
    void theSiteHoldsImportUnderAvailDuringACharge()
    {
        SimOptions options;
        options.startMs = kChargeWindow;
        options.historyDays = 1;
        options.gridEvents = false;
        SimSite site(options);
        QVERIFY(site.start().ok());
        const qint64 before = kChargeWindow - 15 * 60'000;
        const auto gridBefore = readings(site, QStringLiteral("HERMES_SM000001"), QStringLiteral("hermes_smartmeter_data"),
                                         QStringLiteral("Power"), before, kChargeWindow);
        const auto batteryBefore = readings(site, QStringLiteral("HERMES_SM000003"), QStringLiteral("hermes_smartmeter_data"),
                                            QStringLiteral("Power"), before, kChargeWindow);
        QCOMPARE(gridBefore.size(), 15);
        double loadMax = 0;
        for (int i = 0; i < gridBefore.size(); ++i) {
            QVERIFY2(std::abs(batteryBefore.at(i).second - 10'000) < 1, "the window charges at 10 kW before any cap");
            loadMax = std::max(loadMax, gridBefore.at(i).second - batteryBefore.at(i).second);
        }
        // A cap 3 kW above the night load: the charge must shrink to about 3 kW, not stop.
        const double avail = std::ceil((loadMax + 3'000) / 60'000 * 100);
        const double capW = 60'000 * avail / 100;
        QVERIFY2(capW < loadMax + 10'000 - 1'000, "the cap bites");
        QVERIFY(site.setGridVariables({variable(QStringLiteral("AVAIL"), avail)}, false).ok());

        const qint64 from = nextStep(site.nowMs());
        site.clock().jumpTo(kChargeWindow + 40 * 60'000);
        site.catchUp();
        const qint64 to = site.nowMs();
        const auto grid = readings(site, QStringLiteral("HERMES_SM000001"), QStringLiteral("hermes_smartmeter_data"),
                                   QStringLiteral("Power"), from, to);
        const auto battery = readings(site, QStringLiteral("HERMES_SM000003"), QStringLiteral("hermes_smartmeter_data"),
                                      QStringLiteral("Power"), from, to);
        QVERIFY(grid.size() >= 35);
        QCOMPARE(battery.size(), grid.size());
        for (int i = 0; i < grid.size(); ++i) {
            QVERIFY2(grid.at(i).second <= capW + 0.5,
                     qPrintable(QStringLiteral("import %1 W above the cap %2 W at %3")
                                    .arg(grid.at(i).second)
                                    .arg(capW)
                                    .arg(UtcTime::format(grid.at(i).first))));
            QVERIFY2(battery.at(i).second > 0 && battery.at(i).second < 10'000 - 500,
                     qPrintable(QString::number(battery.at(i).second)));
            QVERIFY2(std::abs(grid.at(i).second - capW) < 1, "the charge takes exactly what the cap leaves");
        }
        QVERIFY(site.gridStatus().body.contains("\"overruns\":[]"));

        // Without AVAIL the charge is whole again.
        QVERIFY(site.setGridVariables({}, true).ok());
        const qint64 again = nextStep(site.nowMs());
        site.clock().jumpTo(site.nowMs() + 10 * 60'000);
        site.catchUp();
        for (const auto &[t, w] : readings(site, QStringLiteral("HERMES_SM000003"), QStringLiteral("hermes_smartmeter_data"),
                                           QStringLiteral("Power"), again, site.nowMs()))
            QVERIFY2(std::abs(w - 10'000) < 1, qPrintable(UtcTime::format(t)));
    }

    // When the load alone exceeds the cap, the battery does not charge and the overrun is
    // recorded: the grid meter shows import above the cap and /sim/grid lists it.
    void anOverrunByTheLoadIsRecorded()
    {
        SimOptions options;
        options.startMs = kChargeWindow;
        options.historyDays = 1;
        options.gridEvents = false;
        SimSite site(options);
        QVERIFY(site.start().ok());
        QVERIFY(site.setGridVariables({variable(QStringLiteral("AVAIL"), 1)}, false).ok()); // 0.6 kW
        const qint64 from = nextStep(site.nowMs());
        site.clock().jumpTo(kChargeWindow + 20 * 60'000);
        site.catchUp();
        const auto battery = readings(site, QStringLiteral("HERMES_SM000003"), QStringLiteral("hermes_smartmeter_data"),
                                      QStringLiteral("Power"), from, site.nowMs());
        QVERIFY(!battery.isEmpty());
        for (const auto &[t, w] : battery)
            QCOMPARE(w, 0.0);
        const QJsonObject status = QJsonDocument::fromJson(site.gridStatus().body).object();
        QCOMPARE(status.value(QStringLiteral("avail")).toDouble(), 1.0);
        QCOMPARE(status.value(QStringLiteral("import_cap_kw_now")).toDouble(), 0.6);
        const QJsonArray overruns = status.value(QStringLiteral("overruns")).toArray();
        QCOMPARE(overruns.size(), 1);
        const QJsonObject o = overruns.first().toObject();
        QCOMPARE(*UtcTime::parse(o.value(QStringLiteral("start")).toString()), from);
        QCOMPARE(o.value(QStringLiteral("import_cap_kw")).toDouble(), 0.6);
        QVERIFY(o.value(QStringLiteral("peak_import_kw")).toDouble() > 0.6);
        QVERIFY(o.value(QStringLiteral("energy_above_cap_kwh")).toDouble() > 0);
    }

    // Zero feed-in (--export-limit-kw 0) curtails PV above what the site uses, at noon.
    void theExportLimitCurtailsPv()
    {
        SimOptions options;
        options.startMs = QDateTime(QDate(2025, 5, 4), QTime(14, 0), QTimeZone("Asia/Taipei")).toMSecsSinceEpoch(); // a Sunday
        options.historyDays = 1;
        options.gridEvents = false;
        options.exportLimitKw = 0;
        SimSite site(options);
        QVERIFY(site.start().ok());
        const qint64 from = options.startMs.value() - 3 * 3'600'000;
        const auto grid = readings(site, QStringLiteral("HERMES_SM000001"), QStringLiteral("hermes_smartmeter_data"),
                                   QStringLiteral("Power"), from, *options.startMs);
        QCOMPARE(grid.size(), 180);
        for (const auto &[t, w] : grid)
            QVERIFY2(w >= -0.5, qPrintable(QStringLiteral("export %1 W at %2").arg(-w).arg(UtcTime::format(t))));
        QUrlQuery q;
        for (const auto &[k, v] : {std::pair{"organization_id", "182"},
                                   {"domain_id", "187"},
                                   {"fields", "CurtailmentRatio"},
                                   {"every", "1d"},
                                   {"timezone", "Asia/Taipei"},
                                   {"start", "-14h"}})
            q.addQueryItem(QString::fromLatin1(k), QString::fromLatin1(v));
        const QJsonArray days = rows(site.domainQuery(q));
        QVERIFY(!days.isEmpty());
        QVERIFY2(days.last().toObject().value(QStringLiteral("_value")).toDouble() > 0, "PV is curtailed");
    }

    // The grid operator's calendar: each block of days holds a night import cap, an afternoon
    // import cap on a working day and a weekend export cap, so any 30 days hold several of each.
    void everyThirtyDaysHoldSomeEventsOfEachKind()
    {
        for (qint64 first = 19'000; first < 19'000 + 400; first += 7) {
            int imports = 0, exports = 0;
            for (qint64 day = first; day < first + 30; ++day) {
                for (const GridEvents::Event &e : GridEvents::onDay(day)) {
                    QCOMPARE(e.localDay, day);
                    (e.kind == GridEvents::Kind::ImportCap ? imports : exports) += 1;
                    if (e.kind == GridEvents::Kind::ExportCap)
                        QVERIFY(QDate(1970, 1, 1).addDays(day).dayOfWeek() >= 6);
                }
            }
            QVERIFY2(imports >= 4 && exports >= 2,
                     qPrintable(QStringLiteral("%1: %2 and %3").arg(first).arg(imports).arg(exports)));
            QVERIFY(imports <= 8 && exports <= 4);
        }
    }

    // With the default history, the last 30 days show curtailment and limit hits in every
    // season, December included.
    void theDefaultHistoryShowsLimitHitsAndCurtailmentInEverySeason_data()
    {
        QTest::addColumn<QDate>("today");
        for (const QDate date : {QDate(2025, 12, 20), QDate(2026, 3, 9), QDate(2025, 7, 1), QDate(2025, 10, 14)})
            QTest::newRow(qPrintable(date.toString(Qt::ISODate))) << date;
    }

    void theDefaultHistoryShowsLimitHitsAndCurtailmentInEverySeason()
    {
        QFETCH(QDate, today);
        SimOptions options;
        options.startMs = QDateTime(today, QTime(15, 0), QTimeZone("Asia/Taipei")).toMSecsSinceEpoch();
        options.historyDays = 30;
        SimSite site(options);
        QVERIFY(site.start().ok());
        QUrlQuery q;
        for (const auto &[k, v] : {std::pair{"organization_id", "182"},
                                   {"domain_id", "187"},
                                   {"fields", "CurtailmentRatio"},
                                   {"every", "1d"},
                                   {"timezone", "Asia/Taipei"},
                                   {"start", "-30d"}})
            q.addQueryItem(QString::fromLatin1(k), QString::fromLatin1(v));
        int curtailedDays = 0;
        for (const QJsonValue &v : rows(site.domainQuery(q)))
            curtailedDays += v.toObject().value(QStringLiteral("_value")).toDouble() > 0.01;
        QVERIFY2(curtailedDays >= 2, qPrintable(QString::number(curtailedDays)));

        // Limit hits: minutes at a night cap when the battery charged less than the window asks.
        const QJsonObject status = QJsonDocument::fromJson(site.gridStatus().body).object();
        int nightCaps = 0, cut = 0;
        for (const QJsonValue &v : status.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            const qint64 from = *UtcTime::parse(e.value(QStringLiteral("start")).toString());
            if (e.value(QStringLiteral("kind")).toString() != u"import_cap" || from >= site.nowMs()
                || QDateTime::fromMSecsSinceEpoch(from, QTimeZone("Asia/Taipei")).time() != QTime(0, 0))
                continue;
            ++nightCaps;
            const auto battery = readings(site, QStringLiteral("HERMES_SM000003"), QStringLiteral("hermes_smartmeter_data"),
                                          QStringLiteral("Power"), from + 3'600'000, from + 3 * 3'600'000);
            const auto grid = readings(site, QStringLiteral("HERMES_SM000001"), QStringLiteral("hermes_smartmeter_data"),
                                       QStringLiteral("Power"), from + 3'600'000, from + 3 * 3'600'000);
            const double capW = e.value(QStringLiteral("import_cap_kw")).toDouble() * 1000;
            for (int i = 0; i < std::min(battery.size(), grid.size()); ++i) {
                QVERIFY(grid.at(i).second <= capW + 0.5 || battery.at(i).second == 0);
                cut += battery.at(i).second < 9'999;
            }
        }
        QVERIFY2(nightCaps >= 2, qPrintable(QString::number(nightCaps)));
        QVERIFY2(cut > 0, "a night cap cuts the charge");
        QVERIFY2(!status.value(QStringLiteral("overruns")).toArray().isEmpty(), "an afternoon cap is overrun");
    }
};

QTEST_GUILESS_MAIN(tst_SimCfos)
#include "tst_SimCfos.moc"
