#pragma once

#include <QHostAddress>
#include <QString>
#include <QtGlobal>
#include <optional>

// How an emulator starts: the command line of aegis-sim (docs/emulator.md "Steering it"), or what
// `aegis-console --demo` and the tests choose.
struct SimOptions
{
    QHostAddress host = QHostAddress::LocalHost; // loopback unless asked otherwise
    quint16 port = 0; // 0 = any free port
    double acceleration = 1.0; // sim seconds per real second
    quint64 seed = 1;
    int historyDays = 35;
    std::optional<qint64> startMs; // sim "now" at start; default the real now
    QString solarCsv; // apis-emulator solar file; empty = clear-sky model
    QString loadCsv; // apis-emulator load or BEMS file; empty = office profile
    QString statePath; // load this saved state at start (the operator's own file)
    // Where POST /sim/state/save and load keep states by name; empty = SimOptions::defaultStateDir().
    QString stateDir;
    // What every /sim/ request must carry (docs/emulator.md "The control API's safety"); empty =
    // a random one per run.
    QByteArray controlToken;
    QString user = QStringLiteral("admin@gel");
    QString password = QStringLiteral("admingel");
    int tokenLifetimeSeconds = 3600;
    // The account of the grid operator's cFos-compatible API (/cnf), as in cFos's own examples.
    QString cfosUser = QStringLiteral("admin");
    QString cfosPassword = QStringLiteral("1234abcd");
    // The grid connection (docs/emulator.md "Grid"): import capacity that AVAIL scales, and the
    // export (feed-in) limit beyond which PV is curtailed.
    double connectionKw = 60.0;
    double exportLimitKw = 25.0;
    // The grid operator's deterministic import and export caps in history and ahead.
    bool gridEvents = true;
    // The solar forecast is the PV the site will make (SiteModel::setExactForecast), for runs
    // that check a plan against its day; off, the forecast errs by 10–20 % a day as real ones do.
    bool exactForecast = false;
    // PEM files of the server's certificate and private key; both set = HTTPS only (for the
    // client's certificate-approval path), neither = plain HTTP.
    QString tlsCertificatePath;
    QString tlsKeyPath;
    // Per-connection deadlines and the connection cap (docs/emulator.md "Connections"): a request's
    // line and headers must arrive within headerTimeoutMs (of the connection, or of the first byte of
    // a later request), its body within bodyTimeoutMs of the headers' end; a kept-alive connection
    // may stay silent, or leave a reply unread, for idleTimeoutMs. Beyond maxConnections open at
    // once a new connection gets a 503 and is closed.
    int headerTimeoutMs = 10'000;
    int bodyTimeoutMs = 30'000;
    int idleTimeoutMs = 60'000;
    int maxConnections = 256;
    // The replies written and not yet taken by their clients, over all connections: beyond it a
    // data query gets a 503 with Retry-After, so that clients that ask for large replies and do
    // not read them cannot add up the emulator's memory (each reply has its own limit too).
    qint64 maxUnsentReplyBytes = qint64(256) << 20;
};
