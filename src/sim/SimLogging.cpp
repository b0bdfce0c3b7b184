#include "sim/SimLogging.h"

// QtWarningMsg: debug and info stay off until a logging rule enables them.
Q_LOGGING_CATEGORY(lcSimHttp, "aegis.sim.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSimScheduler, "aegis.sim.scheduler", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSimFaults, "aegis.sim.faults", QtWarningMsg)
