#include "support/SimFixture.h"

#include "sim/SimServer.h"
#include "sim/SimSite.h"
#include "support/SyncHttp.h"

#include <QJsonDocument>
#include <QJsonObject>

SimOptions SimFixture::testOptions()
{
    SimOptions o;
    o.host = QHostAddress::LocalHost;
    o.port = 0;
    o.historyDays = 7;
    o.seed = 1;
    return o;
}

SimFixture::SimFixture(const SimOptions &options, const QStringList &faults)
{
    if (const Result<bool> started = m_host.start(options, faults); !started)
        m_error = started.error();
}

SimFixture::~SimFixture() = default;

QUrl SimFixture::rootUrl() const
{
    return m_host.rootUrl();
}

QUrl SimFixture::baseUrl() const
{
    return m_host.baseUrl();
}

QUrl SimFixture::url(const QString &path) const
{
    return QUrl(rootUrl().toString() + path);
}

QByteArray SimFixture::controlToken() const
{
    return m_host.controlToken();
}

HttpResult SimFixture::control(const QByteArray &method, const QString &path, const QByteArray &body) const
{
    SyncHttp http;
    return http.send(method, url(path), body, {}, -1, {{QByteArrayLiteral("X-Sim-Control-Token"), controlToken()}});
}

HttpResult SimFixture::controlJson(const QByteArray &method, const QString &path, const QJsonObject &body) const
{
    return control(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void SimFixture::runOnSim(const std::function<void(SimSite &, SimServer &)> &work) const
{
    if (!m_host.isRunning())
        qFatal("SimFixture::runOnSim: the emulator did not start: %s", qPrintable(m_error));
    m_host.runOnSim(work);
}

QByteArray SimFixture::login() const
{
    SyncHttp http;
    const HttpResult r = http.sendJson("POST", url(QStringLiteral("/api/auth/login")),
                                       {{QStringLiteral("user_account"), user()}, {QStringLiteral("user_password"), password()}});
    if (r.status != 200)
        return {};
    return r.object().value(QStringLiteral("access_token")).toString().toLatin1();
}
