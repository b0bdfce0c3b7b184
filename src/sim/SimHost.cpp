#include "sim/SimHost.h"

#include "sim/SimClock.h"
#include "sim/SimServer.h"
#include "sim/SimSite.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMetaObject>
#include <QPointer>
#include <QSemaphore>
#include <QThread>

SimHost::SimHost() = default;

SimHost::~SimHost()
{
    stop();
}

void SimHost::launch(const QStringList &faults, std::function<void(const QString &error)> finished, Qt::ConnectionType type)
{
    QSemaphore ready;
    m_thread = std::thread([this, &ready] { run(ready); });
    ready.acquire(); // m_anchor and m_loop are set
    QMetaObject::invokeMethod(
        m_anchor,
        [this, faults, finished = std::move(finished)] {
            QString error;
            auto *site = new SimSite(m_options);
            if (const Result<bool> started = site->start(); !started)
                error = started.error();
            auto *server = error.isEmpty() ? new SimServer(*site, m_options) : nullptr;
            for (const QString &fault : faults) {
                if (!server || !error.isEmpty())
                    break;
                if (const Result<bool> r = server->setFault(fault); !r)
                    error = r.error();
            }
            if (server && error.isEmpty()) {
                if (const Result<quint16> port = server->listen(); port) {
                    m_port = *port;
                    m_controlToken = server->controlToken();
                } else
                    error = port.error();
            }
            if (error.isEmpty()) {
                m_site = site;
                m_server = server;
            } else {
                delete server;
                delete site;
            }
            finished(error);
        },
        type);
}

Result<bool> SimHost::start(const SimOptions &options, const QStringList &faults)
{
    stop();
    m_options = options;
    QString error;
    launch(
        faults, [&error](const QString &e) { error = e; }, Qt::BlockingQueuedConnection);
    if (!error.isEmpty()) {
        stop();
        return Result<bool>::failure(error);
    }
    return true;
}

void SimHost::startAsync(const SimOptions &options, const QStringList &faults, QObject *context,
                         std::function<void(const Result<bool> &)> done)
{
    stop();
    m_options = options;
    const QPointer<QObject> guard(context);
    launch(
        faults,
        [guard, done = std::move(done)](const QString &error) {
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(), [error, done] { done(error.isEmpty() ? Result<bool>(true) : Result<bool>::failure(error)); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SimHost::run(QSemaphore &ready)
{
    QThread::currentThread()->setObjectName(QStringLiteral("aegis-sim"));
    QEventLoop loop;
    QObject anchor;
    m_simThread = QThread::currentThread();
    m_loop = &loop;
    m_anchor = &anchor;
    ready.release();
    loop.exec();
    // Sockets the HTTP server let go of (deleteLater) die in this thread too, before it ends.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void SimHost::stop()
{
    if (!m_thread.joinable())
        return;
    // Site and server were made in the emulator's thread and die there, sockets and timers too.
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            delete m_server;
            delete m_site;
            m_server = nullptr;
            m_site = nullptr;
            m_loop->quit();
        },
        Qt::BlockingQueuedConnection);
    // Returns once the thread has ended, its thread-local destructors (OpenSSL's) included.
    m_thread.join();
    m_simThread = nullptr;
    m_loop = nullptr;
    m_anchor = nullptr;
    m_port = 0;
    m_controlToken.clear();
}

QUrl SimHost::rootUrl() const
{
    const QString scheme = m_options.tlsCertificatePath.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(m_port));
}

const Clock *SimHost::clock() const
{
    return m_site ? &m_site->clock() : nullptr;
}

QUrl SimHost::baseUrl() const
{
    return QUrl(rootUrl().toString() + QStringLiteral("/api"));
}

void SimHost::runOnSim(const std::function<void(SimSite &, SimServer &)> &work) const
{
    if (!m_site || !m_server)
        qFatal("SimHost::runOnSim: the emulator is not running");
    if (QThread::currentThread() == m_simThread) {
        work(*m_site, *m_server);
        return;
    }
    QMetaObject::invokeMethod(
        m_anchor, [&] { work(*m_site, *m_server); }, Qt::BlockingQueuedConnection);
}
