#pragma once

#include "sim/SimHost.h"
#include "sim/SimOptions.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QUrl>
#include <functional>

struct HttpResult;
class QJsonObject;
class SimServer;
class Clock;
class SimSite;

// A running emulator for tests: a SimSite and its SimServer in their own thread, on
// 127.0.0.1 and a free port, so that a test in the main thread may block on its requests.
class SimFixture final
{
public:
    // Test defaults: 7 days of history (quick to start), seed 1, real-time clock, any port.
    static SimOptions testOptions();

    // Starts the emulator; `faults` as the command line's `--fault key=value`. With
    // options.tlsCertificatePath and tlsKeyPath set it serves HTTPS only (SyncHttp then fails
    // verification of a self-signed certificate, login() included).
    explicit SimFixture(const SimOptions &options = testOptions(), const QStringList &faults = {});
    ~SimFixture();
    Q_DISABLE_COPY_MOVE(SimFixture)

    bool isRunning() const { return m_error.isEmpty(); }
    // Why the site or the server did not start (names the file and line of a bad input).
    QString error() const { return m_error; }

    quint16 port() const { return m_host.port(); }
    QUrl rootUrl() const; // http(s)://127.0.0.1:PORT (the /sim/ API is under it)
    QUrl baseUrl() const; // http(s)://127.0.0.1:PORT/api (the client's API base)
    QUrl url(const QString &path) const; // rootUrl + "/api/auth/login?x=1" or "/sim/faults"
    const QString &user() const { return m_host.options().user; }
    const QString &password() const { return m_host.options().password; }
    const SimOptions &options() const { return m_host.options(); }
    // The site's clock: tests that start the site at a fixed instant give it to the app too.
    const Clock &clock() const { return *m_host.clock(); }

    // The run's control token (docs/emulator.md "The control API's safety"): every /sim/
    // request needs it; control() and controlJson() send it.
    QByteArray controlToken() const;
    // A /sim/ control request with the control token, e.g. control("POST", "/sim/faults/reset");
    // a body goes out as application/json.
    HttpResult control(const QByteArray &method, const QString &path, const QByteArray &body = {}) const;
    HttpResult controlJson(const QByteArray &method, const QString &path, const QJsonObject &body) const;

    // Runs `work` in the emulator's thread and waits for it.
    void runOnSim(const std::function<void(SimSite &, SimServer &)> &work) const;
    // Logs in with the fixture's account; the access token, empty on failure.
    QByteArray login() const;

private:
    SimHost m_host;
    QString m_error;
};
