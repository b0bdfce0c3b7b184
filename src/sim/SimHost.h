#pragma once

#include "core/Result.h"
#include "sim/SimOptions.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <thread>

class SimServer;
class Clock;
class QEventLoop;
class QSemaphore;
class QThread;
class SimSite;

// A running emulator in its own thread: what `aegis-console --demo` embeds and what tests use,
// so that neither a GUI thread nor a blocking test ever runs the simulation.
class SimHost final
{
public:
    SimHost();
    ~SimHost(); // stops the emulator in its thread, then the thread, and waits for its end
    Q_DISABLE_COPY_MOVE(SimHost)

    // Builds the site (history included) and listens; `faults` as `--fault key=value`.
    // Blocks until the emulator answers or failed; the error names a bad file and line.
    Result<bool> start(const SimOptions &options, const QStringList &faults = {});
    // The same without waiting: `done` runs in the thread of `context` once the emulator listens
    // (or failed), so a window can paint while the site's history is computed.
    void startAsync(const SimOptions &options, const QStringList &faults, QObject *context,
                    std::function<void(const Result<bool> &)> done);
    bool isRunning() const { return m_server != nullptr; }

    quint16 port() const { return m_port; }
    QUrl rootUrl() const; // http(s)://127.0.0.1:PORT: the /sim/ control API is under it
    QUrl baseUrl() const; // rootUrl + /api: the client's API base URL
    const SimOptions &options() const { return m_options; }
    // The /sim/ API's control token, for a client that steers this emulator over HTTP; the
    // demo itself steers it directly through runOnSim().
    QByteArray controlToken() const { return m_controlToken; }
    // Sim time, safe to read from any thread; null until the emulator runs.
    const Clock *clock() const;

    // Runs `work` in the emulator's thread and waits for it.
    void runOnSim(const std::function<void(SimSite &, SimServer &)> &work) const;

private:
    void launch(const QStringList &faults, std::function<void(const QString &error)> finished, Qt::ConnectionType type);
    void run(QSemaphore &ready); // the emulator thread's whole life: an event loop
    void stop();

    SimOptions m_options;
    // A joinable thread rather than a QThread: QThread::wait() returns before the thread has
    // run its thread-local destructors (OpenSSL frees its per-thread state in one), so a process
    // that exits right after would free that state in OPENSSL_cleanup() at the same time.
    // join() returns only once the thread is gone.
    std::thread m_thread;
    QThread *m_simThread = nullptr; // m_thread as Qt knows it
    QEventLoop *m_loop = nullptr; // m_thread's event loop
    QObject *m_anchor = nullptr; // lives in m_thread: where work is sent
    SimSite *m_site = nullptr;
    SimServer *m_server = nullptr;
    quint16 m_port = 0;
    QByteArray m_controlToken;
};
