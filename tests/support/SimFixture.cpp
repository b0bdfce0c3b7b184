#include "support/SimFixture.h"

#include "sim/SimServer.h"
#include "sim/SimSite.h"
#include "support/SyncHttp.h"

#include <QJsonObject>
#include <QMetaObject>

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
    : m_options(options)
    , m_anchor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("aegis-sim"));
    m_anchor->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread.start();

    QMetaObject::invokeMethod(
        m_anchor,
        [this, &faults] {
            m_site = new SimSite(m_options);
            if (const Result<bool> started = m_site->start(); !started) {
                m_error = started.error();
                return;
            }
            m_server = new SimServer(*m_site, m_options);
            for (const QString &fault : faults) {
                if (const Result<bool> r = m_server->setFault(fault); !r) {
                    m_error = r.error();
                    return;
                }
            }
            if (const Result<quint16> port = m_server->listen(); port)
                m_port = *port;
            else
                m_error = port.error();
        },
        Qt::BlockingQueuedConnection);
}

SimFixture::~SimFixture()
{
    // Both were made in the emulator's thread and die there, sockets and timers with them.
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            delete m_server;
            delete m_site;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QUrl SimFixture::rootUrl() const
{
    const QString scheme = m_options.tlsCertificatePath.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(m_port));
}

QUrl SimFixture::baseUrl() const
{
    return url(QStringLiteral("/api"));
}

QUrl SimFixture::url(const QString &path) const
{
    return QUrl(rootUrl().toString() + path);
}

void SimFixture::runOnSim(const std::function<void(SimSite &, SimServer &)> &work) const
{
    if (!m_site || !m_server)
        qFatal("SimFixture::runOnSim: the emulator did not start: %s", qPrintable(m_error));
    if (QThread::currentThread() == &m_thread) {
        work(*m_site, *m_server);
        return;
    }
    QMetaObject::invokeMethod(m_anchor, [&] { work(*m_site, *m_server); }, Qt::BlockingQueuedConnection);
}

QByteArray SimFixture::login() const
{
    SyncHttp http;
    const HttpResult r = http.sendJson("POST", url(QStringLiteral("/api/auth/login")),
                                       {{QStringLiteral("user_account"), user()},
                                        {QStringLiteral("user_password"), password()}});
    if (r.status != 200)
        return {};
    return r.object().value(QStringLiteral("access_token")).toString().toLatin1();
}
