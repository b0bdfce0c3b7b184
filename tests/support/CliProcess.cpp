#include "support/CliProcess.h"

#include <QJsonDocument>
#include <QProcess>

QJsonObject CliProcess::object() const
{
    return QJsonDocument::fromJson(out).object();
}

QByteArray CliProcess::said() const
{
    return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out.left(2000) + "\nstderr: " + err;
}

CliProcess CliProcess::run(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(qEnvironmentVariable("AEGIS_CLI"), arguments);
    CliProcess r;
    if (!p.waitForStarted(10'000))
        return r;
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QProcessEnvironment CliProcess::environment(const QString &baseUrl, const QString &user, const QString &password,
                                            const QString &dataHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AEGIS_URL"), baseUrl);
    env.insert(QStringLiteral("AEGIS_USER"), user);
    env.insert(QStringLiteral("AEGIS_PASSWORD"), password);
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    return env;
}
