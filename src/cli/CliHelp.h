#pragma once

#include "cli/CliOptions.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

// The help aegis-cli prints: what the program or one command does, its options, where the
// password comes from and the exit codes. The strings keep AegisCli's translation context.
class CliHelp final
{
public:
    // The command list of `aegis-cli --help`.
    static QString programDescription();
    // The help of `command` (None: the program) listing `options`, the ones that apply to it.
    static QString text(CliCommand command, const QList<QCommandLineOption> &options);
};
