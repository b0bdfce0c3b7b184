#pragma once

#include <QLoggingCategory>

// The emulator's logging, quiet unless enabled (QT_LOGGING_RULES="aegis.sim.*=true"). None of it
// ever holds a password, an access token or an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcSimHttp) // aegis.sim.http: method, path, status, duration of each request
Q_DECLARE_LOGGING_CATEGORY(lcSimScheduler) // aegis.sim.scheduler: runs starting and stopping, PATCH accepted or refused
Q_DECLARE_LOGGING_CATEGORY(lcSimFaults) // aegis.sim.faults: each fault injected, and the fault settings
