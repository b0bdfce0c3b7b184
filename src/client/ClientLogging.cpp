#include "client/ClientLogging.h"

Q_LOGGING_CATEGORY(lcHttp, "aegis.client.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTls, "aegis.client.tls", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "aegis.client.keychain", QtWarningMsg)
