#include "cli/CliOptions.h"

#include "cli/AegisCli.h"
#include "cli/CliHelp.h"
#include "client/AegisClient.h"

namespace {

constexpr quint32 kAll = 0xffffffffu;

quint32 bit(CliCommand c)
{
    return quint32(c);
}

constexpr quint32 kQueries = quint32(CliCommand::QueryDevice) | quint32(CliCommand::QueryDomain);
constexpr quint32 kSchedules = quint32(CliCommand::ScheduleGet) | quint32(CliCommand::ScheduleSet)
    | quint32(CliCommand::ScheduleHistory) | quint32(CliCommand::ScheduleCost) | quint32(CliCommand::ScheduleSuggest)
    | quint32(CliCommand::Cost) | quint32(CliCommand::ExportBems);
// The commands that model a day (docs/tariffs.md, docs/suggest.md).
constexpr quint32 kDayModels = quint32(CliCommand::ScheduleCost) | quint32(CliCommand::ScheduleSuggest);
constexpr quint32 kPriced = kDayModels | quint32(CliCommand::Cost);
constexpr quint32 kTariffs = quint32(CliCommand::TariffList) | quint32(CliCommand::TariffShow) | kPriced;

QCommandLineOption flag(const QString &name, const QString &description)
{
    return QCommandLineOption(name, description);
}

QCommandLineOption valued(const QString &name, const QString &description, const QString &valueName,
                          const QString &defaultValue = {})
{
    return QCommandLineOption(name, description, valueName, defaultValue);
}

} // namespace

CliOptions::CliOptions()
{
    addSpecs();
    m_parser.setApplicationDescription(CliHelp::programDescription());
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    QStringList added;
    for (const Spec &spec : std::as_const(m_specs)) {
        if (!added.contains(spec.option.names().constFirst()))
            m_parser.addOption(spec.option);
        added.append(spec.option.names().constFirst());
    }
    m_parser.addPositionalArgument(QStringLiteral("command"), AegisCli::tr("What to do; see the list above."),
                                   QStringLiteral("COMMAND"));
}

QString CliOptions::commandName(CliCommand command)
{
    switch (command) {
    case CliCommand::Login:
        return QStringLiteral("login");
    case CliCommand::Forget:
        return QStringLiteral("forget");
    case CliCommand::QueryDevice:
        return QStringLiteral("query device");
    case CliCommand::QueryDomain:
        return QStringLiteral("query domain");
    case CliCommand::ScheduleGet:
        return QStringLiteral("schedule get");
    case CliCommand::ScheduleSet:
        return QStringLiteral("schedule set");
    case CliCommand::ScheduleHistory:
        return QStringLiteral("schedule history");
    case CliCommand::Trust:
        return QStringLiteral("trust");
    case CliCommand::TariffList:
        return QStringLiteral("tariff list");
    case CliCommand::TariffShow:
        return QStringLiteral("tariff show");
    case CliCommand::ScheduleCost:
        return QStringLiteral("schedule cost");
    case CliCommand::ScheduleSuggest:
        return QStringLiteral("schedule suggest");
    case CliCommand::Cost:
        return QStringLiteral("cost");
    case CliCommand::ExportBems:
        return QStringLiteral("export bems");
    case CliCommand::None:
        break;
    }
    return {};
}

QList<CliFormat> CliOptions::formats(CliCommand command)
{
    switch (command) {
    case CliCommand::TariffList:
    case CliCommand::TariffShow:
    case CliCommand::ScheduleSuggest:
        return {CliFormat::Json, CliFormat::Text};
    case CliCommand::ScheduleCost:
    case CliCommand::Cost:
        return {CliFormat::Json, CliFormat::Csv, CliFormat::Text};
    case CliCommand::ExportBems:
        return {CliFormat::Csv};
    default:
        break;
    }
    return {CliFormat::Json, CliFormat::Csv};
}

QString CliOptions::formatName(CliFormat format)
{
    switch (format) {
    case CliFormat::Csv:
        return QStringLiteral("csv");
    case CliFormat::Text:
        return QStringLiteral("text");
    case CliFormat::Json:
        break;
    }
    return QStringLiteral("json");
}

void CliOptions::addSpecs()
{
    const quint32 device = bit(CliCommand::QueryDevice);
    const quint32 history = bit(CliCommand::ScheduleHistory);
    const QString list = AegisCli::tr("list");
    m_specs = {
        // global
        {QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, AegisCli::tr("Show this help.")), kAll},
        {flag(QStringLiteral("version"), AegisCli::tr("Show the version.")), kAll},
        {valued(QStringLiteral("url"),
                AegisCli::tr("API base URL (default: $AEGIS_URL, else %1).").arg(AegisClient::vendorBaseUrl().toString()),
                QStringLiteral("url")),
         kAll},
        {valued(QStringLiteral("user"), AegisCli::tr("Account to log in with (default: $AEGIS_USER)."), AegisCli::tr("account")),
         kAll},
        {valued(QStringLiteral("format"), AegisCli::tr("Output format: json or csv; text where a command's help offers it."),
                QStringLiteral("json|csv|text"), QStringLiteral("json")),
         kAll},
        {valued(QStringLiteral("timeout"), AegisCli::tr("Give up on a request after this many seconds."), AegisCli::tr("seconds"),
                QStringLiteral("60")),
         kAll},
        {valued(QStringLiteral("max-reply-mb"),
                AegisCli::tr("Refuse a reply larger than this many megabytes; ask for a narrower range or a coarser "
                             "resolution instead."),
                AegisCli::tr("megabytes"), QString::number(AegisClient::defaultMaxReplyBytes >> 20)),
         kAll},
        {valued(QStringLiteral("tz"),
                AegisCli::tr("Time zone of the times in CSV output, an IANA name such as Asia/Taipei; the header names "
                             "it (default UTC)."),
                AegisCli::tr("zone"), QStringLiteral("UTC")),
         kAll},
        {flag(QStringLiteral("no-keychain"), AegisCli::tr("Neither read nor save the password in the keyring.")), kAll},
        // login
        {flag(QStringLiteral("remember"), AegisCli::tr("After a successful login, save the password in the keyring.")),
         bit(CliCommand::Login)},
        // queries (docs/aegis-api.md §5–6)
        {valued(QStringLiteral("organization"),
                AegisCli::tr("Organization id [organization_id] (default: the one of the login reply)."), AegisCli::tr("id")),
         kQueries},
        {valued(QStringLiteral("domain"), AegisCli::tr("Domain id: the subtree to query [domain_id]."), AegisCli::tr("id")),
         kQueries},
        {valued(QStringLiteral("output"), AegisCli::tr("Device output, e.g. pomcube_data [device_output_name]."),
                AegisCli::tr("name")),
         device},
        {valued(QStringLiteral("category"), AegisCli::tr("Device categories [device_type_category_name]."), list), device},
        {valued(QStringLiteral("type"), AegisCli::tr("Device types [device_type_name]."), list), device},
        {valued(QStringLiteral("devices"), AegisCli::tr("Device names [device_names]."), list), device},
        {valued(QStringLiteral("places"), AegisCli::tr("Place names [place_names]."), list), device},
        {valued(QStringLiteral("start"),
                AegisCli::tr("Start of the range: ISO-8601 with Z or an offset, unix seconds, relative to now (-30m, "
                             "-6h, -7d, -1mo) or 0 for the beginning of data [start]."),
                AegisCli::tr("time")),
         kQueries | history | bit(CliCommand::Cost) | bit(CliCommand::ExportBems)},
        {valued(QStringLiteral("stop"), AegisCli::tr("End of the range, same forms (default: now) [stop]."),
                AegisCli::tr("time")),
         kQueries | history | bit(CliCommand::Cost) | bit(CliCommand::ExportBems)},
        {valued(QStringLiteral("fields"), AegisCli::tr("Field names, e.g. SolarPower,BatSoC [fields]."), list), kQueries},
        {valued(QStringLiteral("where"),
                AegisCli::tr("Tag filter: a JSON object such as {\"device_name\":[\"d1\",\"d2\"]}, or tag=value "
                             "(tag=v1,v2 for a list); repeatable [where]."),
                AegisCli::tr("filter")),
         device},
        {flag(QStringLiteral("difference-non-negative"),
              AegisCli::tr("Turn cumulative counters into per-interval values before aggregating "
                           "[differenceNonNegativeSource=true].")),
         device},
        {valued(QStringLiteral("every"), AegisCli::tr("Window length: 15m, 1h, 1d, 1w, 1mo, 1y [every]; cost takes 1d or 1mo."),
                AegisCli::tr("length")),
         kQueries | bit(CliCommand::Cost)},
        {valued(QStringLiteral("time-function"),
                AegisCli::tr("first, last, min, max, mean, median, count, sum, spread or integral [time_function]."),
                AegisCli::tr("function")),
         kQueries},
        {flag(QStringLiteral("create-empty"), AegisCli::tr("Windows without points give a null row [create_empty=true].")),
         kQueries},
        {valued(QStringLiteral("time-src"), AegisCli::tr("Window edge that becomes the time: _start or _stop [time_src]."),
                QStringLiteral("_start|_stop")),
         kQueries},
        {valued(QStringLiteral("timezone"),
                AegisCli::tr("Zone whose local midnight starts d, w, mo and y windows [timezone]; for the zone of the "
                             "printed times see --tz."),
                AegisCli::tr("zone")),
         kQueries},
        {flag(QStringLiteral("difference"), AegisCli::tr("Each window minus the previous one [difference=true].")), device},
        {valued(QStringLiteral("group-by"),
                AegisCli::tr("Group columns, e.g. DeviceName,_field; !Col groups only before the time function "
                             "[group_by]."),
                list),
         device},
        {valued(QStringLiteral("group-function"),
                AegisCli::tr("min, max, mean, median, count or sum across groups [group_function]."), AegisCli::tr("function")),
         device},
        {flag(QStringLiteral("pivot"), AegisCli::tr("One row per time with one column per field [pivot_columns=_field].")),
         kQueries},
        {valued(QStringLiteral("limit"), AegisCli::tr("At most this many rows per table [limit]."), AegisCli::tr("rows")),
         device},
        // schedules (docs/aegis-api.md §7)
        {valued(QStringLiteral("scheduler"), AegisCli::tr("Power scheduler id (4 is building K)."), AegisCli::tr("id"),
                QStringLiteral("4")),
         kSchedules},
        {valued(QStringLiteral("expect-update-time"),
                AegisCli::tr("Send only if the server's update_time is still this (as schedule get printed it); "
                             "else exit 5 and send nothing."),
                AegisCli::tr("time")),
         bit(CliCommand::ScheduleSet)},
        {valued(QStringLiteral("unit-limit"), AegisCli::tr("One Pomcube unit's power limit, charge or discharge."),
                AegisCli::tr("kW"), QStringLiteral("10")),
         bit(CliCommand::ScheduleSet)},
        {valued(QStringLiteral("units"),
                AegisCli::tr("How many Pomcube units share the power, instead of counting those online."), AegisCli::tr("count")),
         bit(CliCommand::ScheduleSet)},
        {flag(QStringLiteral("dry-run"), AegisCli::tr("Read and check FILE and print the windows; log in and send nothing.")),
         bit(CliCommand::ScheduleSet)},
        // tariffs and costs (docs/tariffs.md, docs/suggest.md)
        {valued(QStringLiteral("tariff-dir"),
                AegisCli::tr("Folder of the operator's tariff plans, shared with the app (default: %1).")
                    .arg(QStringLiteral("$XDG_DATA_HOME/AEGIS/aegis-console/tariffs")),
                AegisCli::tr("folder")),
         kTariffs},
        {valued(QStringLiteral("tariff"),
                AegisCli::tr("The tariff plan by id, as tariff list prints it (default for schedule suggest: %1).")
                    .arg(QStringLiteral("taipower-hv-three-period")),
                AegisCli::tr("name")),
         kPriced},
        {valued(QStringLiteral("day-type"),
                AegisCli::tr("The kind of day: weekday, saturday or sunday (default: that of --date, else of today)."),
                QStringLiteral("weekday|saturday|sunday")),
         kDayModels},
        {valued(QStringLiteral("date"),
                AegisCli::tr("The day, in the site's zone; its season and, with the forecast, its solar (default: today, "
                             "or the next day of --day-type)."),
                QStringLiteral("YYYY-MM-DD")),
         kDayModels},
        {valued(QStringLiteral("soc-start"),
                AegisCli::tr("The battery's SOC at the start of the day (default: the server's SOC now)."),
                AegisCli::tr("percent")),
         kDayModels},
        {valued(QStringLiteral("soc-end"), AegisCli::tr("The lowest SOC the day may end at (default: the start SOC)."),
                AegisCli::tr("percent")),
         bit(CliCommand::ScheduleSuggest)},
        {valued(QStringLiteral("max-windows"), AegisCli::tr("At most this many daily windows, 1 to %1.").arg(12),
                QStringLiteral("K"), QStringLiteral("4")),
         bit(CliCommand::ScheduleSuggest)},
        {valued(QStringLiteral("out"), AegisCli::tr("Also write the suggested windows to FILE in the form schedule set reads."),
                QStringLiteral("FILE")),
         bit(CliCommand::ScheduleSuggest)},
        // One option, two meanings: each command's help shows its own (the parser knows the first).
        {valued(QStringLiteral("out"), AegisCli::tr("The file to write; - or none writes to stdout."), QStringLiteral("FILE")),
         bit(CliCommand::ExportBems)},
        {valued(QStringLiteral("connection-kw"),
                AegisCli::tr("The grid connection's import capacity (default: none, import is not limited)."),
                AegisCli::tr("kW")),
         kDayModels},
        {valued(QStringLiteral("avail"),
                AegisCli::tr("The grid operator's availability: import cap = --connection-kw × AVAIL / 100."),
                AegisCli::tr("percent"), QStringLiteral("100")),
         kDayModels},
        {valued(QStringLiteral("export-limit-kw"),
                AegisCli::tr("The export (feed-in) limit; 0 is zero feed-in (default: not limited)."), AegisCli::tr("kW")),
         kDayModels},
        // trust
        {valued(QStringLiteral("fingerprint"),
                AegisCli::tr("SHA-256 fingerprint the certificate must have, as AB:CD:... (64 hex digits)."),
                QStringLiteral("AB:CD:...")),
         bit(CliCommand::Trust)},
    };
}

CliOptions::Outcome CliOptions::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return Outcome::UsageError;
    }
    const bool help = m_parser.isSet(QStringLiteral("help"));
    if (!readCommand(m_parser.positionalArguments())) {
        // Help for a command that does not exist is the program's help (m_command is None).
        if (help)
            return Outcome::Help;
        return Outcome::UsageError;
    }
    if (help)
        return Outcome::Help;
    if (m_parser.isSet(QStringLiteral("version")))
        return Outcome::Version;
    if (m_command == CliCommand::None) {
        m_error = AegisCli::tr("no command given");
        return Outcome::UsageError;
    }
    if (!checkOptionsBelongToCommand() || !readSettings())
        return Outcome::UsageError;
    return Outcome::Run;
}

bool CliOptions::readCommand(const QStringList &positional)
{
    m_command = CliCommand::None;
    if (positional.isEmpty())
        return true;
    const QString first = positional.at(0);
    const QString second = positional.value(1);
    qsizetype words = 1;
    if (first == u"login") {
        m_command = CliCommand::Login;
    } else if (first == u"forget") {
        m_command = CliCommand::Forget;
    } else if (first == u"trust") {
        m_command = CliCommand::Trust;
    } else if (first == u"cost") {
        m_command = CliCommand::Cost;
    } else if (first == u"export") {
        words = 2;
        if (second == u"bems")
            m_command = CliCommand::ExportBems;
        else
            m_error = AegisCli::tr("export needs bems: aegis-cli export bems --start ... --out FILE");
    } else if (first == u"tariff") {
        words = 2;
        if (second == u"list")
            m_command = CliCommand::TariffList;
        else if (second == u"show")
            m_command = CliCommand::TariffShow;
        else
            m_error = AegisCli::tr("tariff needs list or show NAME");
    } else if (first == u"query") {
        words = 2;
        if (second == u"device")
            m_command = CliCommand::QueryDevice;
        else if (second == u"domain")
            m_command = CliCommand::QueryDomain;
        else
            m_error = AegisCli::tr("query needs device or domain: aegis-cli query device ..., aegis-cli query domain ...");
    } else if (first == u"schedule") {
        words = 2;
        if (second == u"get")
            m_command = CliCommand::ScheduleGet;
        else if (second == u"set")
            m_command = CliCommand::ScheduleSet;
        else if (second == u"history")
            m_command = CliCommand::ScheduleHistory;
        else if (second == u"cost")
            m_command = CliCommand::ScheduleCost;
        else if (second == u"suggest")
            m_command = CliCommand::ScheduleSuggest;
        else
            m_error = AegisCli::tr("schedule needs get, set FILE, history, cost [FILE] or suggest");
    } else {
        m_error = AegisCli::tr("unknown command \"%1\"").arg(first);
    }
    if (m_command == CliCommand::None)
        return false;

    m_arguments = positional.mid(words);
    const qsizetype wanted = m_command == CliCommand::ScheduleSet || m_command == CliCommand::TariffShow ? 1 : 0;
    const qsizetype allowed = m_command == CliCommand::ScheduleCost ? 1 : wanted;
    if (m_arguments.size() < wanted) {
        m_error = m_command == CliCommand::TariffShow
            ? AegisCli::tr("tariff show needs the NAME of a plan, as tariff list prints it")
            : AegisCli::tr("schedule set needs the FILE that holds the windows (- for stdin)");
        return false;
    }
    if (m_arguments.size() > allowed) {
        m_error = AegisCli::tr("unexpected argument \"%1\" after %2").arg(m_arguments.at(allowed), commandName(m_command));
        return false;
    }
    return true;
}

bool CliOptions::checkOptionsBelongToCommand()
{
    for (const QString &name : m_parser.optionNames()) {
        bool known = false;
        bool applies = false;
        for (const Spec &spec : std::as_const(m_specs)) {
            if (!spec.option.names().contains(name))
                continue;
            known = true;
            applies = applies || (spec.commands & bit(m_command)) != 0;
        }
        if (known && !applies) {
            m_error = AegisCli::tr("--%1 does not apply to %2").arg(name, commandName(m_command));
            return false;
        }
    }
    return true;
}

bool CliOptions::readSettings()
{
    CliSettings &s = m_settings;

    QString url = m_parser.value(QStringLiteral("url"));
    if (!m_parser.isSet(QStringLiteral("url")))
        url = qEnvironmentVariable("AEGIS_URL");
    s.baseUrl = url.isEmpty() ? AegisClient::vendorBaseUrl() : QUrl(url, QUrl::StrictMode);
    if (!s.baseUrl.isValid() || s.baseUrl.host().isEmpty() || (s.baseUrl.scheme() != u"https" && s.baseUrl.scheme() != u"http")) {
        m_error = AegisCli::tr("--url needs an http or https URL such as https://host:20080/api, not \"%1\"").arg(url);
        return false;
    }

    s.user = m_parser.isSet(QStringLiteral("user")) ? m_parser.value(QStringLiteral("user")) : qEnvironmentVariable("AEGIS_USER");
    const bool local =
        m_command == CliCommand::Trust || m_command == CliCommand::TariffList || m_command == CliCommand::TariffShow;
    const bool needsUser = !local && !(m_command == CliCommand::ScheduleSet && m_parser.isSet(QStringLiteral("dry-run")));
    if (needsUser && s.user.trimmed().isEmpty()) {
        m_error = AegisCli::tr("no account: give --user or set AEGIS_USER");
        return false;
    }

    const QList<CliFormat> formats = CliOptions::formats(m_command);
    const QString format =
        m_parser.isSet(QStringLiteral("format")) ? m_parser.value(QStringLiteral("format")) : formatName(formats.constFirst());
    QStringList names;
    for (const CliFormat f : formats)
        names.append(formatName(f));
    if (!names.contains(format)) {
        m_error = names.size() == 2 ? AegisCli::tr("--format needs %1 or %2, not \"%3\"").arg(names.at(0), names.at(1), format)
                                    : AegisCli::tr("--format needs %1, not \"%2\"").arg(names.join(QStringLiteral(", ")), format);
        return false;
    }
    s.format = formats.at(names.indexOf(format));

    bool ok = false;
    const double seconds = m_parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 86'400) {
        m_error = AegisCli::tr("--timeout needs a number of seconds above 0 and at most 86400");
        return false;
    }
    s.timeout = std::chrono::milliseconds(qint64(seconds * 1000.0));

    const double megabytes = m_parser.value(QStringLiteral("max-reply-mb")).toDouble(&ok);
    if (!ok || megabytes <= 0 || megabytes > 4096) {
        m_error = AegisCli::tr("--max-reply-mb needs a number of megabytes above 0 and at most 4096");
        return false;
    }
    s.maxReplyBytes = qRound64(megabytes * double(1 << 20));

    const QString zone = m_parser.value(QStringLiteral("tz"));
    s.displayZone = zone == u"UTC" ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
    if (!s.displayZone.isValid()) {
        m_error = AegisCli::tr("--tz needs an IANA time zone such as Asia/Taipei or UTC, not \"%1\"").arg(zone);
        return false;
    }
    s.useKeychain = !m_parser.isSet(QStringLiteral("no-keychain"));
    return true;
}

QStringList CliOptions::listValue(const QString &name) const
{
    QStringList items;
    for (const QString &value : m_parser.values(name)) {
        for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (const QString trimmed = item.trimmed(); !trimmed.isEmpty())
                items.append(trimmed);
        }
    }
    return items;
}

QString CliOptions::helpText() const
{
    QList<QCommandLineOption> options;
    for (const Spec &spec : m_specs) {
        const bool global = spec.commands == kAll;
        if (m_command == CliCommand::None ? global : (spec.commands & bit(m_command)) != 0)
            options.append(spec.option);
    }
    return CliHelp::text(m_command, options);
}
