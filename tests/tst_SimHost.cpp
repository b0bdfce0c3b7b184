// SimHost's thread: what `aegis-console --demo` and the tests run the emulator in. Stopping it
// ends the thread completely, thread-local destructors included, before stop() returns.

#include "sim/SimHost.h"
#include "sim/SimServer.h"
#include "sim/SimSite.h"
#include "support/SimFixture.h"

#include <QProcess>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <pthread.h>

namespace {

std::atomic<int> g_destructorsRun{0};

// A thread-local destructor that takes its time, as OpenSSL's (which frees the thread's error
// queue and random generator) may: a process that went on to exit while it still ran would free
// OpenSSL's global state under it.
void slowThreadLocalDestructor(void *)
{
    QThread::msleep(100);
    g_destructorsRun.fetch_add(1);
}

} // namespace

class tst_SimHost : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void stopReturnsOnlyOnceTheThreadHasEnded_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http") << false;
        QTest::newRow("https") << true;
    }

    void stopReturnsOnlyOnceTheThreadHasEnded()
    {
        QFETCH(bool, tls);
        SimOptions options = SimFixture::testOptions();
        options.historyDays = 1;
        if (tls) {
            QVERIFY(m_dir.isValid());
            options.tlsCertificatePath = m_dir.filePath(QStringLiteral("cert.pem"));
            options.tlsKeyPath = m_dir.filePath(QStringLiteral("key.pem"));
            QProcess openssl;
            openssl.setProcessChannelMode(QProcess::MergedChannels);
            openssl.start(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                           QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                           QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                           QStringLiteral("-keyout"), options.tlsKeyPath, QStringLiteral("-out"), options.tlsCertificatePath});
            QVERIFY2(openssl.waitForFinished(60'000) && openssl.exitCode() == 0, openssl.readAll().constData());
        }

        pthread_key_t key;
        QCOMPARE(pthread_key_create(&key, slowThreadLocalDestructor), 0);
        const int before = g_destructorsRun.load();
        {
            SimHost host;
            const Result<bool> started = host.start(options);
            QVERIFY2(started, qPrintable(started.error()));
            if (tls) {
                // A handshake gives the emulator's thread OpenSSL state of its own.
                QSslSocket client;
                client.setPeerVerifyMode(QSslSocket::VerifyNone);
                client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), host.port());
                QVERIFY2(client.waitForEncrypted(30'000), qPrintable(client.errorString()));
                client.write("GET /api/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
                QVERIFY(client.waitForReadyRead(30'000));
                QVERIFY(client.readAll().startsWith("HTTP/1.1 "));
            }
            host.runOnSim([key](SimSite &, SimServer &) { pthread_setspecific(key, &g_destructorsRun); });
        } // ~SimHost stops the emulator
        const int after = g_destructorsRun.load();
        pthread_key_delete(key);
        QCOMPARE(after, before + 1);
    }

    void aHostStartsAgainAfterStopping()
    {
        SimOptions options = SimFixture::testOptions();
        options.historyDays = 1;
        SimHost host;
        for (int i = 0; i < 3; ++i) {
            const Result<bool> started = host.start(options);
            QVERIFY2(started, qPrintable(started.error()));
            QVERIFY(host.isRunning());
            QVERIFY(host.port() != 0);
            bool inThread = false;
            host.runOnSim([&inThread](SimSite &, SimServer &) { inThread = QThread::currentThread() != qApp->thread(); });
            QVERIFY(inThread);
        }
    }
};

QTEST_GUILESS_MAIN(tst_SimHost)
#include "tst_SimHost.moc"
