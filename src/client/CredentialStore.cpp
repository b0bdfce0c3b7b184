#include "client/CredentialStore.h"

#include "client/ClientLogging.h"

#include <QObject>
#include <qt6keychain/keychain.h>

namespace {

// Why the keyring said no, in words an operator can act on.
QString reason(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return CredentialStore::tr("no system keyring (Secret Service or KWallet) is available in this session");
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::tr("access to the system keyring was refused");
    case QKeychain::AccessDenied:
        return CredentialStore::tr("the system keyring is locked or refused access");
    default:
        // QtKeychain's own text names the cause (no D-Bus session, no keyring daemon, ...).
        return CredentialStore::tr("the system keyring could not be reached (%1); a keyring such as "
                                   "GNOME Keyring or KWallet must be running in this desktop session")
            .arg(job.errorString());
    }
}

template <typename Job> Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setKey(key);
    job->setAutoDelete(true);
    // Never a plain-text file instead of the keyring (QtKeychain's QSettings fallback).
    job->setInsecureFallback(false);
    return job;
}

// Delivers the job's outcome to `done` in the context's thread; the job deletes itself after.
void finishInto(QKeychain::Job *job, QObject *context, CredentialStore::Callback done,
                std::function<CredentialResult(const QKeychain::Job &)> interpret)
{
    const char *what = qobject_cast<QKeychain::WritePasswordJob *>(job) ? "save"
        : qobject_cast<QKeychain::ReadPasswordJob *>(job)               ? "load"
                                                                        : "remove";
    QObject::connect(job, &QKeychain::Job::finished, context ? context : job,
                     [what, done = std::move(done), interpret = std::move(interpret)](QKeychain::Job *finished) {
                         // The outcome only: never the job's data.
                         qCDebug(lcKeychain)
                             << what << finished->key() << "in" << finished->service() << "->"
                             << (finished->error() == QKeychain::NoError ? QStringLiteral("ok") : finished->errorString())
                             << "error code" << int(finished->error());
                         if (done)
                             done(interpret(*finished));
                     });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(QString service)
    : m_service(std::move(service))
{
}

QString CredentialStore::defaultService()
{
    return QStringLiteral("AEGIS Console");
}

QString CredentialStore::keyFor(const QUrl &baseUrl, const QString &account)
{
    const QUrl server =
        baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    return account + QLatin1Char('@') + server.toString();
}

void CredentialStore::save(const QUrl &baseUrl, const QString &account, const QString &password, QObject *context,
                           Callback done) const
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, keyFor(baseUrl, account));
    job->setTextData(password);
    finishInto(job, context, std::move(done), [](const QKeychain::Job &finished) {
        CredentialResult r;
        if (finished.error() == QKeychain::NoError) {
            r.status = CredentialResult::Status::Ok;
            return r;
        }
        r.error = tr("The password was not saved, and it was not written anywhere else either: %1.").arg(reason(finished));
        return r;
    });
}

void CredentialStore::load(const QUrl &baseUrl, const QString &account, QObject *context, Callback done) const
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, keyFor(baseUrl, account));
    finishInto(job, context, std::move(done), [account, server = baseUrl.toDisplayString()](const QKeychain::Job &finished) {
        CredentialResult r;
        switch (finished.error()) {
        case QKeychain::NoError:
            r.status = CredentialResult::Status::Ok;
            r.password = static_cast<const QKeychain::ReadPasswordJob &>(finished).textData();
            break;
        case QKeychain::EntryNotFound:
            r.status = CredentialResult::Status::NotFound;
            r.error = tr("No password is saved for %1 on %2.").arg(account, server);
            break;
        default:
            r.error = tr("The saved password could not be read: %1.").arg(reason(finished));
            break;
        }
        return r;
    });
}

void CredentialStore::remove(const QUrl &baseUrl, const QString &account, QObject *context, Callback done) const
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, keyFor(baseUrl, account));
    finishInto(job, context, std::move(done), [account, server = baseUrl.toDisplayString()](const QKeychain::Job &finished) {
        CredentialResult r;
        switch (finished.error()) {
        case QKeychain::NoError:
            r.status = CredentialResult::Status::Ok;
            break;
        case QKeychain::EntryNotFound:
            r.status = CredentialResult::Status::NotFound;
            r.error = tr("No password is saved for %1 on %2.").arg(account, server);
            break;
        default:
            r.error = tr("The saved password could not be removed: %1.").arg(reason(finished));
            break;
        }
        return r;
    });
}
