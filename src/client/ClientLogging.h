#pragma once

#include <QLoggingCategory>

// The client's logging categories, quiet below warnings unless QT_LOGGING_RULES enables them
// (e.g. QT_LOGGING_RULES="aegis.client.*=true"). No line ever carries a token or a password.
Q_DECLARE_LOGGING_CATEGORY(lcHttp) // aegis.client.http: method, path, status, duration, retries
Q_DECLARE_LOGGING_CATEGORY(lcTls) // aegis.client.tls: certificate judgments and pins
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // aegis.client.keychain: keyring job outcomes
