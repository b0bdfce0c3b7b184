#include "sim/SimHost.h"

#include "sim/SimServer.h"
#include "sim/SimSite.h"

#include <QMetaObject>

SimHost::SimHost()
{
    m_thread.setObjectName(QStringLiteral("aegis-sim"));
}

SimHost::~SimHost()
{
    stop();
}

Result<bool> SimHost::start(const SimOptions &options, const QStringList &faults)
{
    stop();
    m_options = options;
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread.start();

    QString error;
    QMetaObject::invokeMethod(
        m_anchor,
        [&] {
            auto *site = new SimSite(m_options);
            if (const Result<bool> started = site->start(); !started) {
                error = started.error();
                delete site;
                return;
            }
            auto *server = new SimServer(*site, m_options);
            for (const QString &fault : faults) {
                if (const Result<bool> r = server->setFault(fault); !r) {
                    error = r.error();
                    break;
                }
            }
            const Result<quint16> port = error.isEmpty() ? server->listen() : Result<quint16>::failure(error);
            if (!port) {
                error = port.error();
                delete server;
                delete site;
                return;
            }
            m_port = *port;
            m_site = site;
            m_server = server;
        },
        Qt::BlockingQueuedConnection);
    if (!error.isEmpty()) {
        stop();
        return Result<bool>::failure(error);
    }
    return true;
}

void SimHost::stop()
{
    if (!m_thread.isRunning())
        return;
    // Site and server were made in the emulator's thread and die there, sockets and timers too.
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            delete m_server;
            delete m_site;
            m_server = nullptr;
            m_site = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_anchor = nullptr;
    m_port = 0;
}

QUrl SimHost::rootUrl() const
{
    const QString scheme = m_options.tlsCertificatePath.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(m_port));
}

QUrl SimHost::baseUrl() const
{
    return QUrl(rootUrl().toString() + QStringLiteral("/api"));
}

void SimHost::runOnSim(const std::function<void(SimSite &, SimServer &)> &work) const
{
    if (!m_site || !m_server)
        qFatal("SimHost::runOnSim: the emulator is not running");
    if (QThread::currentThread() == &m_thread) {
        work(*m_site, *m_server);
        return;
    }
    QMetaObject::invokeMethod(m_anchor, [&] { work(*m_site, *m_server); }, Qt::BlockingQueuedConnection);
}
