#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <functional>

class QObject;

// What one keyring operation gave. The password is never logged.
struct CredentialResult
{
    enum class Status {
        Ok,
        NotFound, // nothing is saved under this key
        Failed, // the keyring could not do it; `error` says why
    };
    Status status = Status::Failed;
    QString password; // load() only
    QString error; // for the operator, translated; empty when ok

    bool ok() const { return status == Status::Ok; }
};

// Saved passwords of AEGIS accounts, in the desktop's keyring (Secret Service or KWallet,
// through QtKeychain) and nowhere else: without a keyring, saving fails with a clear message and
// nothing is written, because QtKeychain's plain-text fallback is switched off.
// Use it from the GUI thread: the keyring's replies arrive through that thread's event loop.
class CredentialStore final
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)

public:
    using Callback = std::function<void(const CredentialResult &)>;

    explicit CredentialStore(QString service = defaultService());

    static QString defaultService(); // "AEGIS Console"
    // The keyring entry of `account` on the server with this API base URL.
    static QString keyFor(const QUrl &baseUrl, const QString &account);

    // Each calls `done` once, in the thread of `context`; not at all if `context` is gone by then.
    void save(const QUrl &baseUrl, const QString &account, const QString &password, QObject *context, Callback done) const;
    void load(const QUrl &baseUrl, const QString &account, QObject *context, Callback done) const;
    void remove(const QUrl &baseUrl, const QString &account, QObject *context, Callback done) const;

    const QString &service() const { return m_service; }

private:
    QString m_service;
};
