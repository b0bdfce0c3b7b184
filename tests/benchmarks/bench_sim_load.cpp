// Load on the emulator (README.md "Benchmarks"): N concurrent keep-alive clients on loopback, each
// alternating the Overview's live-values query (OverviewFeed::fetchLatest: a domain query, last
// value of each field since the beginning of the data) and the scheduler GET, for T seconds;
// prints requests/s, latency percentiles and errors. Starts an emulator in this process (in its
// own thread, as SimHost always runs it) or loads the one at --url.
//
// The clients are raw QTcpSockets in one event loop (no pipelining: one request in flight per
// connection), so that the client costs little next to the server; its CPU time is printed
// beside the process's. `--client qnam` uses one QNetworkAccessManager per client instead.
#include "client/DomainQuery.h"
#include "sim/SimHost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <vector>

namespace {

constexpr int kMaxClients = 1000;
constexpr int kMaxSeconds = 600;

struct Totals
{
    std::vector<double> latenciesMs; // of the requests answered after the warm-up
    qint64 liveValues = 0;
    qint64 scheduler = 0;
    qint64 errors = 0; // a status other than 200, a broken connection, an unreadable reply
    QByteArray firstError;
};

// The two paths the clients alternate, with the access token each sends.
struct Requests
{
    QString liveValuesPath; // path and query, under the root URL
    QString schedulerPath;
    QByteArray token;
};

// Seconds of CPU time: of the calling thread (RUSAGE_THREAD) or of the whole process.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// One keep-alive connection sending its next request as soon as a whole reply is in.
class RawClient final : public QObject
{
public:
    RawClient(const QUrl &root, const Requests &requests, int index, Totals &totals, const QElapsedTimer &run, qint64 warmupMs,
              qint64 endMs)
        : m_root(root)
        , m_totals(totals)
        , m_run(run)
        , m_warmupMs(warmupMs)
        , m_endMs(endMs)
        , m_liveFirst(index % 2 == 0)
    {
        const QByteArray host = "Host: " + root.host().toLatin1() + ':' + QByteArray::number(root.port()) + "\r\n";
        const QByteArray auth = "Authorization: Bearer " + requests.token + "\r\n";
        m_live = "GET " + requests.liveValuesPath.toLatin1() + " HTTP/1.1\r\n" + host + auth + "\r\n";
        m_scheduler = "GET " + requests.schedulerPath.toLatin1() + " HTTP/1.1\r\n" + host + auth + "\r\n";
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(&m_socket, &QTcpSocket::connected, this, &RawClient::sendNext);
        connect(&m_socket, &QTcpSocket::readyRead, this, &RawClient::readReply);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { fail(m_socket.errorString().toUtf8()); });
    }

    void start() { m_socket.connectToHost(m_root.host(), quint16(m_root.port())); }
    bool busy() const { return m_inFlight; }

private:
    void sendNext()
    {
        if (m_run.elapsed() >= m_endMs) {
            m_socket.disconnectFromHost();
            return;
        }
        m_sentLive = (m_sent++ % 2 == 0) == m_liveFirst;
        m_buffer.clear();
        m_expected = -1;
        m_inFlight = true;
        m_clock.start();
        m_socket.write(m_sentLive ? m_live : m_scheduler);
    }

    void readReply()
    {
        m_buffer += m_socket.readAll();
        if (m_expected < 0) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const qsizetype at = m_buffer.indexOf("Content-Length: ");
            if (at < 0 || at > headEnd) {
                fail("a reply without Content-Length");
                return;
            }
            m_status = m_buffer.mid(9, 3).toInt();
            m_expected = headEnd + 4 + m_buffer.mid(at + 16, m_buffer.indexOf('\r', at) - at - 16).toLongLong();
        }
        if (m_buffer.size() < m_expected)
            return;
        const double ms = double(m_clock.nsecsElapsed()) / 1e6;
        m_inFlight = false;
        if (m_status != 200) {
            fail("HTTP " + QByteArray::number(m_status) + ": " + m_buffer.mid(m_buffer.indexOf("\r\n\r\n") + 4, 200));
            return;
        }
        if (m_run.elapsed() >= m_warmupMs) {
            m_totals.latenciesMs.push_back(ms);
            ++(m_sentLive ? m_totals.liveValues : m_totals.scheduler);
        }
        sendNext();
    }

    void fail(const QByteArray &why)
    {
        if (!m_inFlight && m_run.elapsed() >= m_endMs)
            return; // the server closing an idle connection after the run is no error
        ++m_totals.errors;
        if (m_totals.firstError.isEmpty())
            m_totals.firstError = why;
        m_inFlight = false;
        // Start over on a new connection.
        m_socket.abort();
        if (m_run.elapsed() < m_endMs)
            QTimer::singleShot(10, this, &RawClient::start);
    }

    QUrl m_root;
    Totals &m_totals;
    const QElapsedTimer &m_run;
    qint64 m_warmupMs;
    qint64 m_endMs;
    bool m_liveFirst;
    QByteArray m_live;
    QByteArray m_scheduler;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_clock;
    qint64 m_expected = -1;
    qint64 m_sent = 0;
    int m_status = 0;
    bool m_sentLive = false;
    bool m_inFlight = false;
};

// The same through a QNetworkAccessManager of its own (one connection, keep-alive).
class QnamClient final : public QObject
{
public:
    QnamClient(const QUrl &root, const Requests &requests, int index, Totals &totals, const QElapsedTimer &run, qint64 warmupMs,
               qint64 endMs)
        : m_totals(totals)
        , m_run(run)
        , m_warmupMs(warmupMs)
        , m_endMs(endMs)
        , m_liveFirst(index % 2 == 0)
    {
        for (const QString &path : {requests.liveValuesPath, requests.schedulerPath}) {
            QNetworkRequest r(QUrl(root.toString() + path));
            r.setRawHeader("Authorization", "Bearer " + requests.token);
            m_requests.append(r);
        }
    }

    void start() { sendNext(); }
    bool busy() const { return m_inFlight; }

private:
    void sendNext()
    {
        if (m_run.elapsed() >= m_endMs)
            return;
        const bool live = (m_sent++ % 2 == 0) == m_liveFirst;
        m_inFlight = true;
        m_clock.start();
        QNetworkReply *reply = m_manager.get(m_requests.at(live ? 0 : 1));
        connect(reply, &QNetworkReply::finished, this, [this, reply, live] {
            const double ms = double(m_clock.nsecsElapsed()) / 1e6;
            reply->deleteLater();
            reply->readAll();
            m_inFlight = false;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError || status != 200) {
                ++m_totals.errors;
                if (m_totals.firstError.isEmpty())
                    m_totals.firstError = reply->errorString().toUtf8();
            } else if (m_run.elapsed() >= m_warmupMs) {
                m_totals.latenciesMs.push_back(ms);
                ++(live ? m_totals.liveValues : m_totals.scheduler);
            }
            sendNext();
        });
    }

    QNetworkAccessManager m_manager;
    QList<QNetworkRequest> m_requests;
    Totals &m_totals;
    const QElapsedTimer &m_run;
    qint64 m_warmupMs;
    qint64 m_endMs;
    bool m_liveFirst;
    QElapsedTimer m_clock;
    qint64 m_sent = 0;
    bool m_inFlight = false;
};

// POST /api/auth/login; the access token, empty on failure.
QByteArray logIn(const QUrl &root, const QString &user, const QString &password)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(root.toString() + QStringLiteral("/api/auth/login")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("user_account"), user}, {QStringLiteral("user_password"), password}})
            .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = manager.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray token =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString().toLatin1();
    delete reply;
    return token;
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t i = std::min(sorted.size() - 1, size_t(p * double(sorted.size())));
    return sorted[i];
}

template <typename Client>
void runClients(int count, const QUrl &root, const Requests &requests, Totals &totals, qint64 warmupMs, qint64 endMs)
{
    QElapsedTimer run;
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < count; ++i)
        clients.push_back(std::make_unique<Client>(root, requests, i, totals, run, warmupMs, endMs));
    run.start();
    for (const auto &c : clients)
        c->start();
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        // Done when the time is up and every last request is answered (or 10 s later).
        const bool busy = std::any_of(clients.begin(), clients.end(), [](const auto &c) { return c->busy(); });
        if (run.elapsed() >= endMs && (!busy || run.elapsed() >= endMs + 10'000))
            loop.quit();
    });
    check.start(20);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Loads the AEGIS emulator with concurrent keep-alive clients."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("url"), QStringLiteral("Root URL of a running aegis-sim (default: start one in this process)."),
         QStringLiteral("url")},
        {QStringLiteral("user"), QStringLiteral("Account to log in with."), QStringLiteral("account"),
         QStringLiteral("admin@gel")},
        {QStringLiteral("password"), QStringLiteral("Its password."), QStringLiteral("password"), QStringLiteral("admingel")},
        {QStringLiteral("clients"), QStringLiteral("Concurrent connections, 1-%1.").arg(kMaxClients), QStringLiteral("n"),
         QStringLiteral("20")},
        {QStringLiteral("seconds"), QStringLiteral("Length of the run, 1-%1.").arg(kMaxSeconds), QStringLiteral("s"),
         QStringLiteral("30")},
        {QStringLiteral("warmup-ms"), QStringLiteral("Time at the start whose requests are not counted."), QStringLiteral("ms"),
         QStringLiteral("1000")},
        {QStringLiteral("client"), QStringLiteral("raw (QTcpSocket) or qnam (a QNetworkAccessManager per client)."),
         QStringLiteral("kind"), QStringLiteral("raw")},
        {QStringLiteral("history-days"), QStringLiteral("History of the in-process emulator."), QStringLiteral("days"),
         QStringLiteral("35")},
    });
    parser.process(app);

    bool ok = false;
    const int clients = parser.value(QStringLiteral("clients")).toInt(&ok);
    if (!ok || clients < 1 || clients > kMaxClients) {
        std::fprintf(stderr, "bench_sim_load: --clients needs 1 to %d\n", kMaxClients);
        return 2;
    }
    const int seconds = parser.value(QStringLiteral("seconds")).toInt(&ok);
    if (!ok || seconds < 1 || seconds > kMaxSeconds) {
        std::fprintf(stderr, "bench_sim_load: --seconds needs 1 to %d\n", kMaxSeconds);
        return 2;
    }
    const qint64 warmupMs = std::clamp<qint64>(parser.value(QStringLiteral("warmup-ms")).toLongLong(), 0, seconds * 500);
    const QString clientKind = parser.value(QStringLiteral("client"));
    if (clientKind != u"raw" && clientKind != u"qnam") {
        std::fprintf(stderr, "bench_sim_load: --client is raw or qnam\n");
        return 2;
    }

    SimHost host;
    QUrl root(parser.value(QStringLiteral("url")));
    if (root.isEmpty()) {
        SimOptions options;
        options.historyDays = std::clamp(parser.value(QStringLiteral("history-days")).toInt(), 0, 3660);
        if (const Result<bool> started = host.start(options); !started) {
            std::fprintf(stderr, "bench_sim_load: the emulator did not start: %s\n", qPrintable(started.error()));
            return 1;
        }
        root = host.rootUrl();
    }
    if (root.scheme() != u"http") {
        std::fprintf(stderr, "bench_sim_load: only http:// URLs\n");
        return 2;
    }

    Requests requests;
    requests.token = logIn(root, parser.value(QStringLiteral("user")), parser.value(QStringLiteral("password")));
    if (requests.token.isEmpty()) {
        std::fprintf(stderr, "bench_sim_load: cannot log in at %s\n", qPrintable(root.toString()));
        return 1;
    }
    // The Overview's live values, as OverviewFeed::fetchLatest asks them of building K.
    DomainQuery live;
    live.organizationId(182)
        .domainId(187)
        .start(QueryTimeArg::beginningOfData())
        .fields({u"SolarPower", u"LoadPower", u"GridPower", u"GenPower", u"BatSoC", u"BatRemainEnergy", u"BatCapacity"})
        .timezone(QTimeZone("Asia/Taipei"))
        .timeFunction(QueryTimeFunction::Last);
    requests.liveValuesPath =
        QStringLiteral("/api/") + DomainQuery::path() + QLatin1Char('?') + live.toQuery().query(QUrl::FullyEncoded);
    requests.schedulerPath = QStringLiteral("/api/power_schedulers/4");

    std::printf("emulator: %s (%s)\n", qPrintable(root.toString()),
                host.isRunning()
                    ? qPrintable(QStringLiteral("in this process, %1 days of history").arg(host.options().historyDays))
                    : "another process");
    std::printf("client: %s, %d connections, keep-alive, one request in flight per connection, one thread\n",
                clientKind == u"raw" ? "raw QTcpSocket" : "a QNetworkAccessManager per connection", clients);
    std::printf("requests: GET %s and GET %s, alternating\n", qPrintable(requests.liveValuesPath),
                qPrintable(requests.schedulerPath));
    std::fflush(stdout);

    Totals totals;
    const qint64 endMs = qint64(seconds) * 1000;
    const double clientCpuBefore = cpuSeconds(RUSAGE_THREAD);
    const double processCpuBefore = cpuSeconds(RUSAGE_SELF);
    if (clientKind == u"raw")
        runClients<RawClient>(clients, root, requests, totals, warmupMs, endMs);
    else
        runClients<QnamClient>(clients, root, requests, totals, warmupMs, endMs);
    const double clientCpu = cpuSeconds(RUSAGE_THREAD) - clientCpuBefore;
    const double processCpu = cpuSeconds(RUSAGE_SELF) - processCpuBefore;

    std::sort(totals.latenciesMs.begin(), totals.latenciesMs.end());
    const double measuredSeconds = double(endMs - warmupMs) / 1000.0;
    const qint64 answered = qint64(totals.latenciesMs.size());
    std::printf("answered: %lld in %.1f s after a %lld ms warm-up (%lld live values, %lld scheduler)\n", answered,
                measuredSeconds, warmupMs, totals.liveValues, totals.scheduler);
    std::printf("throughput: %.0f requests/s\n", double(answered) / measuredSeconds);
    std::printf("latency: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", percentile(totals.latenciesMs, 0.50),
                percentile(totals.latenciesMs, 0.99), totals.latenciesMs.empty() ? 0.0 : totals.latenciesMs.back());
    std::printf("errors: %lld%s%s\n", totals.errors,
                totals.firstError.isEmpty() ? "" : ", first: ", totals.firstError.constData());
    // On 2 cores the client's own share shows whether it, not the server, set the pace.
    std::printf("CPU over the run: client thread %.1f s (%.0f %% of a core), whole process %.1f s%s%s\n", clientCpu,
                100.0 * clientCpu / (double(endMs) / 1000.0), processCpu,
                host.isRunning() ? " (the emulator's thread included)" : "",
                clientKind == u"qnam" ? "; the managers' HTTP threads count only in the process" : "");
    return totals.errors == 0 && answered > 0 ? 0 : 1;
}
