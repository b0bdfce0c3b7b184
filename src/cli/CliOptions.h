#pragma once

#include "client/AegisClient.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>
#include <chrono>

// What aegis-cli was asked to do.
enum class CliCommand : quint32 {
    None = 0,
    Login = 1u << 0,
    Forget = 1u << 1,
    QueryDevice = 1u << 2,
    QueryDomain = 1u << 3,
    ScheduleGet = 1u << 4,
    ScheduleSet = 1u << 5,
    ScheduleHistory = 1u << 6,
    Trust = 1u << 7,
    TariffList = 1u << 8,
    TariffShow = 1u << 9,
    ScheduleCost = 1u << 10,
    ScheduleSuggest = 1u << 11,
    Cost = 1u << 12,
    ExportBems = 1u << 13,
};

enum class CliFormat { Json, Csv, Text };

// The options every command shares, read and checked.
struct CliSettings
{
    QUrl baseUrl;
    QString user;
    CliFormat format = CliFormat::Json;
    std::chrono::milliseconds timeout{60'000};
    qint64 maxReplyBytes = AegisClient::defaultMaxReplyBytes;
    QTimeZone displayZone = QTimeZone::utc(); // times in CSV output
    bool useKeychain = true;
};

// The command line of aegis-cli: every option is known to one parser (so that option values
// are never mistaken for command words), and each option names the commands it belongs to.
// Help is per command: `aegis-cli query device --help` lists only that command's options.
class CliOptions final
{
public:
    enum class Outcome { Run, Help, Version, UsageError };

    CliOptions();

    Outcome parse(const QStringList &arguments);
    // Why parse() gave UsageError, translated.
    const QString &error() const { return m_error; }
    // The help of the command given (or of the whole program), with the output formats and exit codes.
    QString helpText() const;

    CliCommand command() const { return m_command; }
    const CliSettings &settings() const { return m_settings; }
    // Positional arguments after the command words (the FILE of `schedule set`, the NAME of `tariff show`).
    const QStringList &arguments() const { return m_arguments; }

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    // Every value of a repeatable list option, split at commas, items trimmed, empty ones dropped.
    QStringList listValue(const QString &name) const;
    QStringList values(const QString &name) const { return m_parser.values(name); }

    static QString commandName(CliCommand command);
    // The output formats a command writes, the first its default.
    static QList<CliFormat> formats(CliCommand command);
    static QString formatName(CliFormat format);

private:
    struct Spec
    {
        QCommandLineOption option;
        quint32 commands; // CliCommand bits; all bits = a global option
    };

    void addSpecs();
    bool readCommand(const QStringList &positional);
    bool checkOptionsBelongToCommand();
    bool readSettings();

    QList<Spec> m_specs;
    QCommandLineParser m_parser;
    CliCommand m_command = CliCommand::None;
    QStringList m_arguments;
    CliSettings m_settings;
    QString m_error;
};
