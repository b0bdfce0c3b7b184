// aegis-cli: the AEGIS server from the command line, for operators' scripts (README.md "aegis-cli").

#include "cli/AegisCli.h"
#include "cli/CliCommands.h"
#include "cli/CliExit.h"
#include "cli/CliOptions.h"
#include "cli/CliTerminal.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMetaObject>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aegis-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AEGIS_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("aegis"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    CliOptions options;
    switch (options.parse(QCoreApplication::arguments())) {
    case CliOptions::Outcome::Help:
        return CliTerminal::writeData(options.helpText().toUtf8()) ? CliExit::Ok : CliExit::Failure;
    case CliOptions::Outcome::Version:
        return CliTerminal::writeData(QStringLiteral("aegis-cli %1\n").arg(QCoreApplication::applicationVersion()).toUtf8())
            ? CliExit::Ok
            : CliExit::Failure;
    case CliOptions::Outcome::UsageError:
        CliTerminal::printError(options.error());
        CliTerminal::printText(AegisCli::tr("Try aegis-cli --help."));
        return CliExit::Usage;
    case CliOptions::Outcome::Run:
        break;
    }

    CliCommands commands(options);
    QObject::connect(&commands, &CliCommands::finished, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });
    // Run inside the event loop, so that finished() always finds it running.
    QMetaObject::invokeMethod(&commands, &CliCommands::run, Qt::QueuedConnection);
    return app.exec();
}
