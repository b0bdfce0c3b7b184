// aegis-sim: the building K emulator on loopback (docs/emulator.md "Steering it").

#include "core/UtcTime.h"
#include "sim/SimOptions.h"
#include "sim/SimRoutes.h"
#include "sim/SimServer.h"
#include "sim/SimSite.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>
#include <cstdio>
#include <optional>
#include <utility>

namespace {

// The translation context of this executable's messages.
struct SimMain
{
    Q_DECLARE_TR_FUNCTIONS(SimMain)
};

// Exit codes: 2 for what the user gave (options, input files), 1 when the port cannot be bound.
constexpr int kExitBadInput = 2;
constexpr int kExitCannotListen = 1;

void printError(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("aegis-sim: ") + message + QLatin1Char('\n')), stderr);
    std::fflush(stderr);
}

struct Parsed
{
    SimOptions options;
    QStringList faults;
};

// The options, or the message that says which one is wrong.
std::optional<Parsed> parse(const QCommandLineParser &parser, QString &error)
{
    Parsed p;
    SimOptions &o = p.options;
    bool ok = true;

    const QString host = parser.value(QStringLiteral("host"));
    o.host = host == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (o.host.isNull()) {
        error = SimMain::tr("--host needs an IP address, not \"%1\"").arg(host);
        return std::nullopt;
    }
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535) {
        error = SimMain::tr("--port needs a number from 0 to 65535");
        return std::nullopt;
    }
    o.port = quint16(port);
    o.acceleration = parser.value(QStringLiteral("accel")).toDouble(&ok);
    if (!ok || o.acceleration <= 0 || o.acceleration > 1e6) {
        error = SimMain::tr("--accel needs a number above 0 and at most 1000000");
        return std::nullopt;
    }
    o.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        error = SimMain::tr("--seed needs a non-negative integer");
        return std::nullopt;
    }
    o.historyDays = parser.value(QStringLiteral("history-days")).toInt(&ok);
    if (!ok || o.historyDays < 0 || o.historyDays > 3660) {
        error = SimMain::tr("--history-days needs a number of days from 0 to 3660");
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("start"))) {
        o.startMs = UtcTime::parse(parser.value(QStringLiteral("start")));
        if (!o.startMs) {
            error = SimMain::tr("--start needs an ISO-8601 time with a zone, such as 2024-07-03T08:00:00+08:00");
            return std::nullopt;
        }
    }
    o.tokenLifetimeSeconds = parser.value(QStringLiteral("token-lifetime")).toInt(&ok);
    if (!ok || o.tokenLifetimeSeconds < 1) {
        error = SimMain::tr("--token-lifetime needs a number of seconds of at least 1");
        return std::nullopt;
    }
    // Connection deadlines in seconds, and the connection cap (docs/emulator.md "Connections").
    for (const auto &[name, target] : {std::pair{QStringLiteral("header-timeout"), &o.headerTimeoutMs},
                                       std::pair{QStringLiteral("body-timeout"), &o.bodyTimeoutMs},
                                       std::pair{QStringLiteral("idle-timeout"), &o.idleTimeoutMs}}) {
        const double seconds = parser.value(name).toDouble(&ok);
        if (!ok || seconds < 0.1 || seconds > 3600) {
            error = QStringLiteral("--%1 needs a number of seconds from 0.1 to 3600").arg(name);
            return std::nullopt;
        }
        *target = int(seconds * 1000);
    }
    o.maxConnections = parser.value(QStringLiteral("max-connections")).toInt(&ok);
    if (!ok || o.maxConnections < 1 || o.maxConnections > 10000) {
        error = QStringLiteral("--max-connections needs a number from 1 to 10000");
        return std::nullopt;
    }
    o.solarCsv = parser.value(QStringLiteral("solar-csv"));
    o.loadCsv = parser.value(QStringLiteral("load-csv"));
    o.statePath = parser.value(QStringLiteral("state"));
    o.stateDir = parser.value(QStringLiteral("state-dir"));
    if (parser.isSet(QStringLiteral("control-token"))) {
        static const QRegularExpression tokenPattern(QStringLiteral("^[A-Za-z0-9._~-]{16,128}$"));
        const QString token = parser.value(QStringLiteral("control-token"));
        if (!tokenPattern.match(token).hasMatch()) {
            error = QStringLiteral("--control-token needs 16 to 128 letters, digits or \"._~-\"");
            return std::nullopt;
        }
        o.controlToken = token.toLatin1();
    }
    if (parser.isSet(QStringLiteral("user")))
        o.user = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("password")))
        o.password = parser.value(QStringLiteral("password"));
    if (parser.isSet(QStringLiteral("cfos-user")))
        o.cfosUser = parser.value(QStringLiteral("cfos-user"));
    if (parser.isSet(QStringLiteral("cfos-password")))
        o.cfosPassword = parser.value(QStringLiteral("cfos-password"));
    if (o.cfosUser.isEmpty() || o.cfosUser.contains(QLatin1Char(':'))) {
        error = SimMain::tr("--cfos-user needs a name without \":\"");
        return std::nullopt;
    }
    o.connectionKw = parser.value(QStringLiteral("connection-kw")).toDouble(&ok);
    if (!ok || !(o.connectionKw > 0) || o.connectionKw > 100'000) {
        error = SimMain::tr("--connection-kw needs a power in kW above 0 and at most 100000");
        return std::nullopt;
    }
    o.exportLimitKw = parser.value(QStringLiteral("export-limit-kw")).toDouble(&ok);
    if (!ok || !(o.exportLimitKw >= 0) || o.exportLimitKw > 100'000) {
        error = SimMain::tr("--export-limit-kw needs a power in kW from 0 to 100000");
        return std::nullopt;
    }
    o.gridEvents = !parser.isSet(QStringLiteral("no-grid-events"));
    o.exactForecast = parser.isSet(QStringLiteral("exact-forecast"));
    o.tlsCertificatePath = parser.value(QStringLiteral("tls-cert"));
    o.tlsKeyPath = parser.value(QStringLiteral("tls-key"));
    if (o.tlsCertificatePath.isEmpty() != o.tlsKeyPath.isEmpty()) {
        error = SimMain::tr("--tls-cert and --tls-key go together: give both files or neither");
        return std::nullopt;
    }
    for (const QString &file : {o.tlsCertificatePath, o.tlsKeyPath}) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable()) {
            error = SimMain::tr("cannot read %1").arg(file);
            return std::nullopt;
        }
    }
    p.faults = parser.values(QStringLiteral("fault"));
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aegis-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AEGIS_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("aegis"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    const SimOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SimMain::tr("Emulates the AEGIS server of building K on loopback. The first line of output is "
                    "the base URL it listens on; the /sim/ control API lives under the same URL.")
        // Emulator messages added since are not translated.
        + QStringLiteral(" The second line is \"control-token: <hex>\": every /sim/ request needs that token."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("port"), SimMain::tr("TCP port to listen on; 0 picks a free one."), SimMain::tr("port"),
         QStringLiteral("0")},
        {QStringLiteral("host"), SimMain::tr("Address to listen on. Anything but loopback must be asked for."),
         SimMain::tr("address"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("accel"), SimMain::tr("Sim seconds per real second."), SimMain::tr("factor"), QStringLiteral("1")},
        {QStringLiteral("seed"), SimMain::tr("Seed of the weather noise; equal seeds give equal sites."), SimMain::tr("number"),
         QString::number(defaults.seed)},
        {QStringLiteral("history-days"), SimMain::tr("Days of history behind the start time."), SimMain::tr("days"),
         QString::number(defaults.historyDays)},
        {QStringLiteral("start"), SimMain::tr("Sim time at start, ISO-8601 (default: now)."), SimMain::tr("time")},
        {QStringLiteral("solar-csv"), SimMain::tr("Hourly irradiance profile in apis-emulator's format."), SimMain::tr("file")},
        {QStringLiteral("load-csv"), SimMain::tr("Load profile in apis-emulator's or the BEMS format."), SimMain::tr("file")},
        {QStringLiteral("state"), SimMain::tr("Saved state to resume from."), SimMain::tr("file")},
        {QStringLiteral("state-dir"),
         QStringLiteral("Folder of the states /sim/state/save and load keep by name (default: %1).")
             .arg(SimRoutes::defaultStateDir()),
         QStringLiteral("folder")},
        {QStringLiteral("control-token"),
         SimMain::tr("Fixed control token for the /sim/ API, for scripts (default: a random one per run)."),
         SimMain::tr("token")},
        {QStringLiteral("user"), SimMain::tr("Account that may log in."), SimMain::tr("account")},
        {QStringLiteral("password"), SimMain::tr("Password of that account."), SimMain::tr("password")},
        {QStringLiteral("token-lifetime"), SimMain::tr("Seconds an access token stays valid."), SimMain::tr("seconds"),
         QString::number(defaults.tokenLifetimeSeconds)},
        {QStringLiteral("header-timeout"),
         SimMain::tr("Seconds a request's line and headers may take to arrive; a later request's from its "
                     "first byte."),
         SimMain::tr("seconds"), QString::number(defaults.headerTimeoutMs / 1000.0)},
        {QStringLiteral("body-timeout"), SimMain::tr("Seconds a request's body may take after its headers."),
         SimMain::tr("seconds"), QString::number(defaults.bodyTimeoutMs / 1000.0)},
        {QStringLiteral("idle-timeout"),
         SimMain::tr("Seconds a kept-alive connection may stay silent or leave a reply unread before it is closed."),
         SimMain::tr("seconds"), QString::number(defaults.idleTimeoutMs / 1000.0)},
        {QStringLiteral("max-connections"),
         SimMain::tr("Connections open at once; beyond them a new one gets a 503 and is closed."), SimMain::tr("number"),
         QString::number(defaults.maxConnections)},
        {QStringLiteral("cfos-user"),
         SimMain::tr("Account of the grid operator's cFos-compatible API at /cnf (default: %1).").arg(defaults.cfosUser),
         SimMain::tr("account")},
        {QStringLiteral("cfos-password"),
         SimMain::tr("Password of that account (default: %1, as in cFos's examples).").arg(defaults.cfosPassword),
         SimMain::tr("password")},
        {QStringLiteral("connection-kw"), SimMain::tr("Import capacity of the grid connection in kW; AVAIL is a share of it."),
         SimMain::tr("kW"), QString::number(defaults.connectionKw)},
        {QStringLiteral("export-limit-kw"), SimMain::tr("Export (feed-in) limit in kW; PV beyond it is curtailed."),
         SimMain::tr("kW"), QString::number(defaults.exportLimitKw)},
        {QStringLiteral("no-grid-events"), SimMain::tr("No grid-operator import or export caps in the history and ahead.")},
        {QStringLiteral("exact-forecast"),
         SimMain::tr("The solar forecast is the PV the site will make, without a forecast's error.")},
        {QStringLiteral("fault"),
         SimMain::tr("Fault to inject, as in /sim/faults (repeatable), e.g. latency_ms=500 or error_503_share=0.2."),
         SimMain::tr("key=value")},
        {QStringLiteral("tls-cert"),
         SimMain::tr("Serve HTTPS with this PEM certificate (needs --tls-key); the URL then starts with https."),
         SimMain::tr("file")},
        {QStringLiteral("tls-key"), SimMain::tr("Unencrypted PEM private key of the --tls-cert certificate."),
         SimMain::tr("file")},
    });
    parser.process(app);

    QString error;
    const std::optional<Parsed> parsed = parse(parser, error);
    if (!parsed) {
        printError(error);
        return kExitBadInput;
    }
    const SimOptions &options = parsed->options;

    SimSite site(options);
    if (const Result<bool> started = site.start(); !started) {
        printError(started.error());
        return kExitBadInput;
    }
    SimServer server(site, options);
    for (const QString &fault : parsed->faults) {
        if (const Result<bool> r = server.setFault(fault); !r) {
            printError(SimMain::tr("--fault %1: %2").arg(fault, r.error()));
            return kExitBadInput;
        }
    }
    if (const Result<quint16> port = server.listen(); !port) {
        printError(port.error());
        return kExitCannotListen;
    }

    // Scripts and tests read this first line to find the port, and the second for the token
    // every /sim/ request needs.
    std::fputs(qPrintable(server.rootUrl().toString() + QLatin1Char('\n')), stdout);
    std::fputs(QByteArray("control-token: " + server.controlToken() + '\n').constData(), stdout);
    std::fflush(stdout);
    if (!options.host.isLoopback())
        printError(SimMain::tr("listening beyond loopback; the /sim/ control API still answers loopback clients only"));
    return app.exec();
}
