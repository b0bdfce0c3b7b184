#include "gui/common/GuiLogging.h"

Q_LOGGING_CATEGORY(lcQuery, "aegis.gui.query", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSchedule, "aegis.gui.schedule", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStartup, "aegis.gui.startup", QtWarningMsg)
