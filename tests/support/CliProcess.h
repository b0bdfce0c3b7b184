#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

// aegis-cli run as the operator's scripts run it (the executable named by $AEGIS_CLI), with the
// server's address and account in its environment; what it printed and its exit code.
struct CliProcess
{
    int exitCode = -1; // -1: it did not start, crashed or was killed at the timeout
    QByteArray out;
    QByteArray err;

    QJsonObject object() const;
    // For QVERIFY2: what the process said.
    QByteArray said() const;

    static CliProcess run(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs = 120'000);
    // The environment for a server at `baseUrl` (…/api) with that account; XDG_DATA_HOME in `dataHome`.
    static QProcessEnvironment environment(const QString &baseUrl, const QString &user, const QString &password,
                                           const QString &dataHome);
};
