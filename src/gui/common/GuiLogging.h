#pragma once

#include <QLoggingCategory>

// The app's logging categories, quiet below warnings unless QT_LOGGING_RULES enables them
// (e.g. QT_LOGGING_RULES="aegis.gui.*=true"). No line ever carries a token or a password.
Q_DECLARE_LOGGING_CATEGORY(lcQuery) // aegis.gui.query: a view's queries, decoding and the view cache
Q_DECLARE_LOGGING_CATEGORY(lcSchedule) // aegis.gui.schedule: how sending windows ended
Q_DECLARE_LOGGING_CATEGORY(lcStartup) // aegis.gui.startup: demo site, login, saved password
