#include "cli/CliHelp.h"

#include "cli/AegisCli.h"
#include "cli/CliExit.h"
#include "client/BemsExport.h"
#include "client/CertificateTrust.h"

#include <QCommandLineParser>

namespace {

QString programDescriptionText()
{
    return AegisCli::tr("Command-line front of the AEGIS server for operators' scripts.\n"
                        "\n"
                        "Commands:\n"
                        "  login              check the account and password and print who is logged in\n"
                        "  forget             remove the password of --user on --url from the keyring\n"
                        "  query device       time series of single devices (aegis-api.md section 5)\n"
                        "  query domain       site statistics of a domain (aegis-api.md section 6)\n"
                        "  schedule get       the battery schedule's daily windows\n"
                        "  schedule set FILE  send new windows: checked first, confirmed by reading them back\n"
                        "  schedule history   the scheduler's events and energy totals\n"
                        "  trust              approve the server's self-signed certificate by its fingerprint\n"
                        "  tariff list        the tariff plans: built in, and the operator's files\n"
                        "  tariff show NAME   one plan: seasons, day types, periods and prices\n"
                        "  schedule cost [FILE]  what FILE's windows (or the server's) cost on a usual day\n"
                        "  schedule suggest   a few daily windows that cost least, from the tariff and the usual day\n"
                        "  cost               what the site paid per day or month, and what the battery saved\n"
                        "  export bems        the site's 15-minute load, PV and net load as the trading platform's CSV\n"
                        "\n"
                        "Run aegis-cli COMMAND --help for the options of one command.");
}

QString commandDescription(CliCommand command)
{
    switch (command) {
    case CliCommand::Login:
        return AegisCli::tr("Logs in and prints who is logged in: user, role, domain and organization (never the token).\n"
                            "Output: JSON, or CSV with a header line.");
    case CliCommand::Forget:
        return AegisCli::tr("Removes the saved password of --user on --url from the keyring.");
    case CliCommand::QueryDevice:
    case CliCommand::QueryDomain:
        return AegisCli::tr(
                   "%1\n"
                   "Each option is one parameter of the query (its contract name in brackets); lists are comma-separated "
                   "and list options may be repeated. --start and --fields are required.\n"
                   "Output: JSON is the server's reply as it came (checked to be readable). CSV starts with a header line "
                   "naming each column with its unit and the time zone of the times (UTC unless --tz), e.g.\n"
                   "  time (UTC),DeviceName,field,value (W)\n"
                   "When the fields have different units, the value column is followed by a unit column. With --pivot "
                   "there is one column per field: time (UTC),DeviceName,LoadPower (W),BatSoC (%). An empty cell is a null.")
            .arg(command == CliCommand::QueryDevice
                     ? AegisCli::tr("Queries time series of single devices (GET device_datas/query, aegis-api.md section 5).")
                     : AegisCli::tr("Queries site statistics of a domain subtree (GET domain_datas/query, aegis-api.md "
                                    "section 6); without --time-function each field uses its default aggregation."));
    case CliCommand::ScheduleGet:
        return AegisCli::tr(
            "Prints the battery schedule (GET power_schedulers/ID).\n"
            "Output: JSON {\"scheduler_id\", \"timezone\", \"update_time\", \"enabled\", \"running\", \"start_time\", "
            "\"stop_time\", \"windows\": [{\"start\": \"17:00\", \"stop\": \"19:00\", \"start_time\": 61200, "
            "\"stop_time\": 68400, \"power_w\": -20000}], \"crons\"}, the form schedule set reads; or CSV: one line "
            "per window, start and stop in the scheduler's time zone, power in W (> 0 charges, < 0 discharges).");
    case CliCommand::ScheduleSet:
        return AegisCli::tr(
                   "Replaces the battery schedule's windows with those in FILE (- reads stdin).\n"
                   "FILE holds the scheduler's crons array [{\"start_time\": 61200, \"stop_time\": 68400, \"power\": -20000}], "
                   "an object {\"crons\": \"...\"}, or what schedule get prints: {\"windows\": [{\"start\": \"17:00\", "
                   "\"stop\": \"19:00\", \"power_w\": -20000}]} (times in the scheduler's zone, 24:00 = end of day).\n"
                   "The windows are checked against the scheduler's rules first (inside the day, no overlap, power "
                   "limits); a schedule that breaks them is refused with the reasons (exit 2) and nothing is sent. Then the "
                   "windows are sent once and read back: exit 0 only when the server holds exactly them (the schedule is "
                   "printed as by schedule get), exit 5 with the difference when it does not.")
            + QLatin1Char('\n')
            + AegisCli::tr("Each window's power is split across the Pomcube units online (those whose SOC reached the "
                           "server in the last 15 minutes, or --units); a window that would ask a unit for more than "
                           "--unit-limit is refused the same way (exit 2), as the editor warns of it. With --dry-run the "
                           "share is checked only when --units is given.");
    case CliCommand::ScheduleHistory:
        return AegisCli::tr(
            "Prints the scheduler's events and energy totals (GET power_schedulers/ID/history; default the last 7 days).\n"
            "Output: JSON {\"running\", \"complete_count\", \"purchase_energy\", \"sell_energy\", \"records\": "
            "[{\"_time\", \"type\", \"data\", \"message\", \"purchase_energy\", \"sell_energy\"}]} with data decoded "
            "from its JSON text; or CSV, one line per record. Energies in kWh.");
    case CliCommand::Trust:
        return AegisCli::tr("Approves the self-signed certificate of the server at --url (https): connects, and saves the "
                            "certificate as trusted only when its SHA-256 fingerprint equals --fingerprint (ask your "
                            "administrator for it; any command prints the fingerprint the server shows). Nothing is sent "
                            "but the TLS handshake. Approved certificates are kept in %1.")
            .arg(CertificateTrust::defaultDirectory());
    case CliCommand::TariffList:
        return AegisCli::tr("Lists the tariff plans: Taipower's built in, then the operator's JSON files in --tariff-dir (the "
                            "folder the app saves its plans in). A file that cannot be read is listed with the reason.\n"
                            "Output: JSON [{\"id\", \"name\", \"source\": \"built-in\" or \"file\", \"path\", "
                            "\"error\"}], or text, one plan per line.");
    case CliCommand::TariffShow:
        return AegisCli::tr("Shows one plan by the id tariff list prints: its seasons, the periods of each day type with "
                            "their prices (NT$/kWh), the feed-in rate, the contract capacity, the basic charge "
                            "(NT$/kW/month) and the years whose off-peak days are known (docs/tariffs.md).\n"
                            "Output: JSON (the figures named with their units), or text.");
    case CliCommand::ScheduleCost:
        return AegisCli::tr("What the windows of FILE (any form schedule set reads), or the server's schedule without FILE, "
                            "cost on one day: the usual day of --day-type (the mean load of that kind of day over the last "
                            "four weeks, the mean solar; for --date the forecast where the server has one), the battery from "
                            "its current SOC, the grid limits of --connection-kw, --avail and --export-limit-kw, priced by "
                            "--tariff in the season of the day (docs/tariffs.md \"The cost of a schedule\").\n"
                            "Output: JSON with the day's import and export (kWh), cost (NT$), peak (kW), cap cuts and "
                            "overrun (kWh), SOC (%) and the month's estimate, each key naming its unit; CSV: the 96 "
                            "quarter-hours; text: a summary.");
    case CliCommand::ScheduleSuggest:
        return AegisCli::tr("Suggests at most --max-windows daily windows that cost least on the usual day of --day-type "
                            "(docs/suggest.md): a linear program over the 96 quarter-hours, cut into windows, costed by the "
                            "same model as schedule cost, beside the server's schedule. Nothing is sent; --out writes the "
                            "windows for schedule set.\n"
                            "Output: JSON {\"steps\": 96 × {\"start\", \"import_price\", \"feedin_price\" (NT$/kWh), "
                            "\"pv_w\", \"load_w\", \"import_cap_w\", \"export_cap_w\" (null: none), \"plan_battery_w\" "
                            "(> 0 charges), \"soc_pct\"}, \"windows\", \"cost\": {\"plan_ntd\", \"windows_ntd\", "
                            "\"server_schedule_ntd\"}, \"battery\", \"violations\": [{\"key\", \"amount\", \"unit\"}]}; "
                            "or text.");
    case CliCommand::Cost:
        return AegisCli::tr("What the site paid, per local day (--every 1d, the default) or month (1mo) of [--start, "
                            "--stop): the 15-minute grid import (GridEnergy) and export (the grid meter's OutputEnergy) "
                            "priced by --tariff, and what the battery saved: the same quarter-hours priced without its "
                            "charge and discharge. The basic charge is not included.\n"
                            "Output: JSON {\"periods\": [{\"first\", \"last\", \"import_kwh\", \"export_kwh\", "
                            "\"charge_kwh\", \"discharge_kwh\", \"net_cost_ntd\", \"peak_import_kw\", "
                            "\"without_battery_net_cost_ntd\", \"battery_saved_ntd\", ...}], \"total\"}, or CSV, one "
                            "line per period, or text.");
    case CliCommand::ExportBems:
        return AegisCli::tr("Writes the site's quarter-hours of [--start, --stop) (default stop: now) in the energy-trading "
                            "platform's ABRI_BEMS form (docs/tariffs.md \"BEMS export\"), to --out or stdout: the total "
                            "load and the PV generation (15-minute means of LoadPower and SolarPower) and the net load, "
                            "grid import minus export over the quarter-hour (GridEnergy and the grid meter's OutputEnergy), "
                            "in kW to the watt. TIME is the start of the quarter-hour on the site's wall clock (the "
                            "scheduler's zone; --tz does not apply), written as the platform's sample writes it:\n"
                            "  total_load(kW),PV_generate(kW),net_load(kW),TIME\n"
                            "  21.96,0,21.96,2020/5/2 00:15\n"
                            "The range is cut to whole quarter-hours that are over, at most %1 days. A range that is "
                            "empty or too long is refused (exit 2); quarter-hours without data at its ends are left out, "
                            "a gap inside it is refused (exit 4). aegis-sim reads the file back as the site's load.")
            .arg(BemsExport::kMaxDays);
    case CliCommand::None:
        break;
    }
    return programDescriptionText();
}

QString commandSyntax(CliCommand command)
{
    switch (command) {
    case CliCommand::ScheduleSet:
        return QStringLiteral("schedule set FILE");
    case CliCommand::ScheduleCost:
        return QStringLiteral("schedule cost [FILE]");
    case CliCommand::TariffShow:
        return QStringLiteral("tariff show NAME");
    default:
        break;
    }
    return CliOptions::commandName(command);
}

QString passwordText()
{
    return AegisCli::tr("Password: from the environment variable AEGIS_PASSWORD, else from the keyring (saved by "
                        "login --remember; --no-keychain skips it), else asked for on the terminal when stdin is "
                        "one. There is no password option: other users can read command lines.\n");
}

} // namespace

QString CliHelp::programDescription()
{
    return programDescriptionText();
}

QString CliHelp::text(CliCommand command, const QList<QCommandLineOption> &options)
{
    QCommandLineParser help;
    help.setApplicationDescription(commandDescription(command));
    for (const QCommandLineOption &option : options)
        help.addOption(option);
    if (command == CliCommand::None)
        help.addPositionalArgument(QStringLiteral("command"), AegisCli::tr("What to do; see the list above."),
                                   QStringLiteral("COMMAND"));
    else
        help.addPositionalArgument(commandSyntax(command), AegisCli::tr("The command."), commandSyntax(command));
    QString text = help.helpText();
    // Qt's usage line names the executable by the path it was started with.
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    text.replace(0, firstLineEnd,
                 AegisCli::tr("Usage: aegis-cli [options] %1")
                     .arg(command == CliCommand::None ? QStringLiteral("COMMAND") : commandSyntax(command)));
    if (command != CliCommand::Trust && command != CliCommand::Forget && command != CliCommand::TariffList
        && command != CliCommand::TariffShow)
        text += QLatin1Char('\n') + passwordText();
    text += QLatin1Char('\n') + CliExit::describeCodes();
    return text;
}
