#pragma once

#include "client/ApiError.h"

#include <QString>

// The exit codes of aegis-cli, one per kind of trouble a script may want to tell apart. They
// are part of the command line's contract: `aegis-cli --help` and README.md list them.
namespace CliExit {

enum Code : int {
    Ok = 0,
    Failure = 1, // something local: the keyring could not save, stdout could not be written
    Usage = 2, // a bad option, argument, input file or tariff plan (a schedule that breaks the rules too)
    Authentication = 3, // bad credentials, an expired session, no password available
    Server = 4, // HTTP 4xx other than 401, 5xx, an unreadable reply, a schedule the server refused
    ScheduleNotApplied = 5, // the server does not hold the windows sent, or the schedule changed meanwhile
    Network = 6, // unreachable, timed out, connection lost
    Certificate = 7, // the server's TLS certificate is untrusted, changed or invalid
};

// The code for a request that failed this way.
Code forError(const ApiError &error);

// The table of codes for --help.
QString describeCodes();

} // namespace CliExit
