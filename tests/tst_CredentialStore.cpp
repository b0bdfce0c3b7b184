// CredentialStore against the real secret service of tests/run-in-session.sh, and, in a child
// process without any keyring, the promise that a password is then not written anywhere.

#include "client/CredentialStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QUuid>
#include <cstdio>
#include <memory>
#include <optional>

namespace {

// The child mode of this binary: saves the password read from stdin, prints the outcome.
constexpr char kSaveHelperArgument[] = "--save-without-keyring";
const QUrl kServer(QStringLiteral("https://aegis.example:20080/api"));
constexpr int kKeyringTimeoutMs = 30'000;

// Runs one store operation and waits for its callback.
CredentialResult await(const std::function<void(QObject *, CredentialStore::Callback)> &operation)
{
    QObject context;
    std::optional<CredentialResult> result;
    operation(&context, [&result](const CredentialResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, kKeyringTimeoutMs)) {
        CredentialResult timedOut;
        timedOut.error = QStringLiteral("no answer from the keyring within %1 ms").arg(kKeyringTimeoutMs);
        return timedOut;
    }
    return *result;
}

QString uniqueAccount()
{
    return QStringLiteral("tst-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

int runSaveHelper(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString password = QTextStream(stdin).readLine();
    CredentialStore store;
    int exitCode = 3; // no callback before the timeout
    store.save(kServer, QStringLiteral("operator"), password, &app, [&exitCode](const CredentialResult &r) {
        std::fputs(qPrintable(QStringLiteral("status=%1\n%2\n").arg(int(r.status)).arg(r.error)), stdout);
        exitCode = r.ok() ? 0 : 1;
        QCoreApplication::quit();
    });
    QTimer::singleShot(kKeyringTimeoutMs, &app, &QCoreApplication::quit);
    app.exec();
    return exitCode;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void keyNamesServerAndAccount();
    void saveLoadRemove();
    void overwriteKeepsTheLatest();
    void missingKeyIsNotFound();
    void goneContextGetsNoCallback();
    void noKeyringWritesNothing_data();
    void noKeyringWritesNothing();

private:
    CredentialStore m_store;
};

// QSKIP returns from the function it is in, so each test says it itself.
#define REQUIRE_SECRET_SERVICE()                                                                                                 \
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))                                                                 \
    QSKIP("no D-Bus session (DBUS_SESSION_BUS_ADDRESS is unset): run the suite through tests/run-in-session.sh")

void TestCredentialStore::keyNamesServerAndAccount()
{
    QCOMPARE(CredentialStore::defaultService(), QStringLiteral("AEGIS Console"));
    QCOMPARE(m_store.service(), QStringLiteral("AEGIS Console"));
    const QString key = CredentialStore::keyFor(kServer, QStringLiteral("admin@gel"));
    QCOMPARE(key, QStringLiteral("admin@gel@https://aegis.example:20080/api"));
    // The same server written with a trailing slash or user info is the same entry.
    QCOMPARE(CredentialStore::keyFor(QUrl(QStringLiteral("https://me:pw@aegis.example:20080/api/")), QStringLiteral("admin@gel")),
             key);
    QVERIFY(CredentialStore::keyFor(kServer, QStringLiteral("other")) != key);
    QVERIFY(CredentialStore::keyFor(QUrl(QStringLiteral("https://127.0.0.1:8443/api")), QStringLiteral("admin@gel")) != key);
}

void TestCredentialStore::saveLoadRemove()
{
    REQUIRE_SECRET_SERVICE();
    const QString account = uniqueAccount();
    const QString password = QStringLiteral("s3cret pässwörd 密碼");

    const CredentialResult saved = await([&](QObject *c, auto done) { m_store.save(kServer, account, password, c, done); });
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QVERIFY(saved.error.isEmpty());

    const CredentialResult loaded = await([&](QObject *c, auto done) { m_store.load(kServer, account, c, done); });
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.password, password);

    // Another server, same account: a different entry.
    const QUrl otherServer(QStringLiteral("https://127.0.0.1:8443/api"));
    const CredentialResult elsewhere = await([&](QObject *c, auto done) { m_store.load(otherServer, account, c, done); });
    QCOMPARE(elsewhere.status, CredentialResult::Status::NotFound);

    const CredentialResult removed = await([&](QObject *c, auto done) { m_store.remove(kServer, account, c, done); });
    QVERIFY2(removed.ok(), qPrintable(removed.error));

    const CredentialResult after = await([&](QObject *c, auto done) { m_store.load(kServer, account, c, done); });
    QCOMPARE(after.status, CredentialResult::Status::NotFound);
    QVERIFY(after.password.isEmpty());
}

void TestCredentialStore::overwriteKeepsTheLatest()
{
    REQUIRE_SECRET_SERVICE();
    const QString account = uniqueAccount();
    for (const QString &password : {QStringLiteral("first"), QStringLiteral("second")}) {
        const CredentialResult saved = await([&](QObject *c, auto done) { m_store.save(kServer, account, password, c, done); });
        QVERIFY2(saved.ok(), qPrintable(saved.error));
    }
    const CredentialResult loaded = await([&](QObject *c, auto done) { m_store.load(kServer, account, c, done); });
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.password, QStringLiteral("second"));

    const CredentialResult removed = await([&](QObject *c, auto done) { m_store.remove(kServer, account, c, done); });
    QVERIFY2(removed.ok(), qPrintable(removed.error));
}

void TestCredentialStore::missingKeyIsNotFound()
{
    REQUIRE_SECRET_SERVICE();
    const QString account = uniqueAccount();
    const CredentialResult loaded = await([&](QObject *c, auto done) { m_store.load(kServer, account, c, done); });
    QCOMPARE(loaded.status, CredentialResult::Status::NotFound);
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.password.isEmpty());
    QVERIFY2(loaded.error.contains(QStringLiteral("No password is saved")), qPrintable(loaded.error));
    QVERIFY2(loaded.error.contains(account), qPrintable(loaded.error));
}

void TestCredentialStore::goneContextGetsNoCallback()
{
    REQUIRE_SECRET_SERVICE();
    bool called = false;
    auto gone = std::make_unique<QObject>();
    m_store.load(kServer, uniqueAccount(), gone.get(), [&called](const CredentialResult &) { called = true; });
    gone.reset();
    // QtKeychain runs its jobs one after another: when this one is answered, so was the first.
    const CredentialResult later = await([&](QObject *c, auto done) { m_store.load(kServer, uniqueAccount(), c, done); });
    QCOMPARE(later.status, CredentialResult::Status::NotFound);
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void TestCredentialStore::noKeyringWritesNothing_data()
{
    QTest::addColumn<QString>("desktop");
    QTest::addColumn<QString>("kdeVersion");
    // The default path goes through libsecret; KDE 4 goes straight to KWallet over D-Bus, the
    // path where QtKeychain's plain-text fallback would otherwise write a settings file.
    QTest::newRow("secret-service") << QString() << QString();
    QTest::newRow("kwallet") << QStringLiteral("KDE") << QStringLiteral("4");
}

void TestCredentialStore::noKeyringWritesNothing()
{
    QFETCH(QString, desktop);
    QFETCH(QString, kdeVersion);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QDir dir(home.path());
    for (const QString &sub : {QStringLiteral("config"), QStringLiteral("data"), QStringLiteral("cache"),
                               QStringLiteral("runtime"), QStringLiteral("tmp")})
        QVERIFY(dir.mkpath(sub));
    QFile::setPermissions(dir.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK", "XDG_CURRENT_DESKTOP",
                             "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-such-bus-socket")));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("TMPDIR"), dir.filePath(QStringLiteral("tmp")));
    if (!desktop.isEmpty())
        env.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), desktop);
    if (!kdeVersion.isEmpty())
        env.insert(QStringLiteral("KDE_SESSION_VERSION"), kdeVersion);

    const QByteArray password = QStringLiteral("canary-%1").arg(QUuid::createUuid().toString(QUuid::Id128)).toUtf8();
    QProcess child;
    child.setProcessEnvironment(env);
    child.setWorkingDirectory(home.path());
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kSaveHelperArgument)});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    child.write(password + '\n');
    child.closeWriteChannel();
    QVERIFY2(child.waitForFinished(kKeyringTimeoutMs + 10'000), "the helper did not finish");
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const QString err = QString::fromUtf8(child.readAllStandardError());
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() == 1, qPrintable(QStringLiteral("exit %1\n%2%3").arg(child.exitCode()).arg(out, err)));
    QVERIFY2(out.startsWith(QStringLiteral("status=%1\n").arg(int(CredentialResult::Status::Failed))), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("The password was not saved")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("system keyring")), qPrintable(out));
    QVERIFY(!out.contains(QString::fromUtf8(password)));
    QVERIFY(!err.contains(QString::fromUtf8(password)));
    qDebug("%s", qPrintable(out.section(QLatin1Char('\n'), 1).trimmed()));

    // Nothing under the fake home holds the password, as text or in QtKeychain's base64.
    int files = 0;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(password), qPrintable(path));
        QVERIFY2(!content.contains(password.toBase64()), qPrintable(path));
        ++files;
    }
    qDebug("%d file(s) under the fake home, none with the password", files);
}

int main(int argc, char *argv[])
{
    if (argc == 2 && qstrcmp(argv[1], kSaveHelperArgument) == 0)
        return runSaveHelper(argc, argv);
    QCoreApplication app(argc, argv);
    TestCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_CredentialStore.moc"
