// CertificateTrust: the verdicts on TLS errors, the saved approvals, and the whole path over TLS
// on loopback against the emulator with self-signed certificates made at test time.

#include "client/AegisClient.h"
#include "client/CertificateTrust.h"
#include "sim/SimServer.h"
#include "support/SimFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

using Kind = ApiError::Kind;

namespace {

constexpr int kWaitMs = 20'000;
const QString kLoginRoute = QStringLiteral("auth/login");

// A self-signed certificate for 127.0.0.1, its key, and what openssl says its fingerprint is.
struct MadeCertificate
{
    QString certificatePath;
    QString keyPath;
    QSslCertificate certificate;
    QString opensslFingerprint; // "AB:CD:..."
};

// One exchange through a plain QNetworkAccessManager, with what the TLS layer said.
struct Exchange
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QSslError> sslErrors;
    QSslCertificate peer;
    bool finished = false;
};

} // namespace

class TestCertificateTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void certificateInfoAndFingerprint();
    void judgeUntrusted_data();
    void judgeUntrusted();
    void judgeInvalid_data();
    void judgeInvalid();
    void judgeChangedIsPerServer();
    void approveForgetAndPersistence();
    void approveRefusesNothingAndReportsWhy();
    void damagedApprovalTrustsNothing();
    void prepareSetsOnlyTheApprovedCertificate();

    void endToEndOverTls();
    void endToEndThroughAegisClient();

private:
    std::optional<MadeCertificate> makeCertificate(const QString &name);
    Exchange postLogin(QNetworkAccessManager &network, const SimFixture &sim, const CertificateTrust &trust);
    int count(const SimFixture &sim, const QString &route);
    SimOptions tlsOptions(const MadeCertificate &made, quint16 port = 0) const;
    QString freshDirectory(const QString &name) const;

    QTemporaryDir m_dir;
    MadeCertificate m_a;
    MadeCertificate m_b;
};

std::optional<MadeCertificate> TestCertificateTrust::makeCertificate(const QString &name)
{
    MadeCertificate made;
    made.certificatePath = m_dir.filePath(name + QStringLiteral("-cert.pem"));
    made.keyPath = m_dir.filePath(name + QStringLiteral("-key.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), made.keyPath, QStringLiteral("-out"), made.certificatePath});
    if (!openssl.waitForFinished(60'000) || openssl.exitCode() != 0) {
        qWarning("openssl req failed: %s", openssl.readAll().constData());
        return std::nullopt;
    }
    QFile file(made.certificatePath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    made.certificate = QSslCertificate(file.readAll(), QSsl::Pem);

    // The fingerprint as openssl computes it, to check ours against an independent source.
    QProcess fingerprint;
    fingerprint.start(QStringLiteral("openssl"),
                      {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                       QStringLiteral("-sha256"), QStringLiteral("-in"), made.certificatePath});
    if (!fingerprint.waitForFinished(30'000) || fingerprint.exitCode() != 0)
        return std::nullopt;
    made.opensslFingerprint = QString::fromLatin1(fingerprint.readAllStandardOutput()).section(QLatin1Char('='), 1).trimmed();
    if (made.certificate.isNull() || made.opensslFingerprint.isEmpty())
        return std::nullopt;
    return made;
}

SimOptions TestCertificateTrust::tlsOptions(const MadeCertificate &made, quint16 port) const
{
    SimOptions o = SimFixture::testOptions();
    o.historyDays = 1;
    o.port = port;
    o.tlsCertificatePath = made.certificatePath;
    o.tlsKeyPath = made.keyPath;
    return o;
}

QString TestCertificateTrust::freshDirectory(const QString &name) const
{
    // Not created: approve() must create it.
    return m_dir.filePath(QStringLiteral("trust-") + name + QStringLiteral("/nested"));
}

int TestCertificateTrust::count(const SimFixture &sim, const QString &route)
{
    int n = -1;
    sim.runOnSim([&](SimSite &, SimServer &server) { n = server.requestCount(route); });
    return n;
}

Exchange TestCertificateTrust::postLogin(QNetworkAccessManager &network, const SimFixture &sim, const CertificateTrust &trust)
{
    QNetworkRequest request(sim.url(QStringLiteral("/api/auth/login")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    trust.prepare(request);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("user_account"), sim.user()},
                                                      {QStringLiteral("user_password"), sim.password()}})
                                .toJson(QJsonDocument::Compact);
    Exchange ex;
    QNetworkReply *reply = network.post(request, body);
    connect(reply, &QNetworkReply::sslErrors, this, [&ex, reply](const QList<QSslError> &errors) {
        ex.sslErrors = errors;
        ex.peer = reply->sslConfiguration().peerCertificate();
    });
    connect(reply, &QNetworkReply::finished, this, [&ex, reply] {
        ex.finished = true;
        ex.error = reply->error();
        ex.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ex.body = reply->readAll();
    });
    if (!QTest::qWaitFor([&ex] { return ex.finished; }, kWaitMs))
        reply->abort();
    delete reply;
    return ex;
}

void TestCertificateTrust::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
             "openssl is missing (packaging/install-deps.sh installs it)");
    const std::optional<MadeCertificate> a = makeCertificate(QStringLiteral("a"));
    const std::optional<MadeCertificate> b = makeCertificate(QStringLiteral("b"));
    QVERIFY(a && b);
    m_a = *a;
    m_b = *b;
    QVERIFY(m_a.certificate != m_b.certificate);
}

void TestCertificateTrust::certificateInfoAndFingerprint()
{
    const CertificateInfo info = CertificateInfo::from(QUrl(QStringLiteral("https://127.0.0.1:8443/api")), m_a.certificate);
    QCOMPARE(info.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(info.port, 8443);
    QCOMPARE(info.subject, QStringLiteral("CN=127.0.0.1"));
    QCOMPARE(info.issuer, QStringLiteral("CN=127.0.0.1")); // self-signed
    QVERIFY(info.notBefore <= QDateTime::currentDateTimeUtc());
    QVERIFY(info.notAfter > QDateTime::currentDateTimeUtc().addDays(1));
    QCOMPARE(info.sha256.size(), 32);
    QCOMPARE(info.sha256, m_a.certificate.digest(QCryptographicHash::Sha256));
    QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$")).match(info.sha256Hex()).hasMatch());
    QCOMPARE(info.sha256Hex(), m_a.opensslFingerprint);
    QCOMPARE(info.certificate, m_a.certificate);

    // Without a port the URL means the HTTPS default.
    QCOMPARE(CertificateInfo::from(QUrl(QStringLiteral("https://aegis.example/api")), m_a.certificate).port, 443);
    const CertificateInfo none = CertificateInfo::from(QUrl(QStringLiteral("https://aegis.example/api")), QSslCertificate());
    QVERIFY(none.sha256.isEmpty());
    QVERIFY(none.sha256Hex().isEmpty());
}

void TestCertificateTrust::judgeUntrusted_data()
{
    QTest::addColumn<QList<QSslError::SslError>>("errors");
    QTest::newRow("self-signed") << QList<QSslError::SslError>{QSslError::SelfSignedCertificate};
    QTest::newRow("self-signed in chain") << QList<QSslError::SslError>{QSslError::SelfSignedCertificateInChain};
    QTest::newRow("unknown issuer") << QList<QSslError::SslError>{QSslError::UnableToGetLocalIssuerCertificate,
                                                                  QSslError::UnableToVerifyFirstCertificate};
    QTest::newRow("untrusted root") << QList<QSslError::SslError>{QSslError::CertificateUntrusted};
    QTest::newRow("issuer missing") << QList<QSslError::SslError>{QSslError::UnableToGetIssuerCertificate};
}

void TestCertificateTrust::judgeUntrusted()
{
    QFETCH(QList<QSslError::SslError>, errors);
    QList<QSslError> sslErrors;
    for (const QSslError::SslError e : errors)
        sslErrors.append(QSslError(e, m_a.certificate));
    const CertificateTrust trust(freshDirectory(QStringLiteral("untrusted")));
    const QUrl url(QStringLiteral("https://127.0.0.1:8443/api/auth/login"));

    const CertificateTrust::Verdict v = trust.judge(url, sslErrors, m_a.certificate);
    QCOMPARE(v.kind, Kind::CertificateUntrusted);
    QCOMPARE(v.certificate.sha256Hex(), m_a.opensslFingerprint);
    QCOMPARE(v.certificate.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(v.certificate.port, 8443);
    QVERIFY(!v.detail.isEmpty());

    // The peer may come only with the errors.
    QCOMPARE(trust.judge(url, sslErrors, QSslCertificate()).certificate.sha256Hex(), m_a.opensslFingerprint);
}

void TestCertificateTrust::judgeInvalid_data()
{
    QTest::addColumn<QList<QSslError::SslError>>("errors");
    QTest::addColumn<QString>("words");
    // Approval would not cure these, so there is nothing to approve.
    QTest::newRow("expired") << QList<QSslError::SslError>{QSslError::CertificateExpired}
                             << QSslError(QSslError::CertificateExpired).errorString();
    QTest::newRow("not yet valid") << QList<QSslError::SslError>{QSslError::CertificateNotYetValid}
                                   << QSslError(QSslError::CertificateNotYetValid).errorString();
    QTest::newRow("other host") << QList<QSslError::SslError>{QSslError::HostNameMismatch}
                                << QSslError(QSslError::HostNameMismatch).errorString();
    QTest::newRow("self-signed and expired")
        << QList<QSslError::SslError>{QSslError::SelfSignedCertificate, QSslError::CertificateExpired}
        << QSslError(QSslError::CertificateExpired).errorString();
    QTest::newRow("self-signed for another host")
        << QList<QSslError::SslError>{QSslError::SelfSignedCertificate, QSslError::HostNameMismatch}
        << QSslError(QSslError::HostNameMismatch).errorString();
    QTest::newRow("bad signature") << QList<QSslError::SslError>{QSslError::CertificateSignatureFailed}
                                   << QSslError(QSslError::CertificateSignatureFailed).errorString();
    QTest::newRow("no errors at all") << QList<QSslError::SslError>{} << QString();
}

void TestCertificateTrust::judgeInvalid()
{
    QFETCH(QList<QSslError::SslError>, errors);
    QFETCH(QString, words);
    QList<QSslError> sslErrors;
    for (const QSslError::SslError e : errors)
        sslErrors.append(QSslError(e, m_a.certificate));
    const CertificateTrust trust(freshDirectory(QStringLiteral("invalid")));
    const CertificateTrust::Verdict v =
        trust.judge(QUrl(QStringLiteral("https://127.0.0.1:8443/api")), sslErrors, m_a.certificate);
    QCOMPARE(v.kind, Kind::CertificateInvalid);
    QVERIFY2(v.detail.contains(words), qPrintable(v.detail));
    if (!errors.isEmpty())
        QVERIFY(!v.detail.isEmpty());
}

void TestCertificateTrust::judgeChangedIsPerServer()
{
    CertificateTrust trust(freshDirectory(QStringLiteral("changed")));
    const QUrl server(QStringLiteral("https://127.0.0.1:8443/api"));
    QString error;
    QVERIFY2(trust.approve(CertificateInfo::from(server, m_a.certificate), &error), qPrintable(error));

    const QList<QSslError> bSelfSigned{QSslError(QSslError::SelfSignedCertificate, m_b.certificate)};
    const CertificateTrust::Verdict changed =
        trust.judge(QUrl(QStringLiteral("https://127.0.0.1:8443/api/auth/login")), bSelfSigned, m_b.certificate);
    QCOMPARE(changed.kind, Kind::CertificateChanged);
    QCOMPARE(changed.certificate.sha256Hex(), m_b.opensslFingerprint); // what is presented now

    // The approved certificate itself with a real fault: invalid, not changed.
    const QList<QSslError> aExpired{QSslError(QSslError::CertificateExpired, m_a.certificate)};
    QCOMPARE(trust.judge(server, aExpired, m_a.certificate).kind, Kind::CertificateInvalid);

    // The approval belongs to host and port: elsewhere B is merely unknown.
    QCOMPARE(trust.judge(QUrl(QStringLiteral("https://127.0.0.1:9443/api")), bSelfSigned, m_b.certificate).kind,
             Kind::CertificateUntrusted);
    QCOMPARE(trust.judge(QUrl(QStringLiteral("https://localhost:8443/api")), bSelfSigned, m_b.certificate).kind,
             Kind::CertificateUntrusted);
}

void TestCertificateTrust::approveForgetAndPersistence()
{
    const QString directory = freshDirectory(QStringLiteral("persist"));
    QVERIFY(!QDir(directory).exists());
    const QUrl server(QStringLiteral("https://127.0.0.1:8443/api"));
    {
        CertificateTrust trust(directory);
        QVERIFY(!trust.approved(QStringLiteral("127.0.0.1"), 8443));
        QString error;
        QVERIFY2(trust.approve(CertificateInfo::from(server, m_a.certificate), &error), qPrintable(error));
        QVERIFY(error.isEmpty());
    }
    QVERIFY(QDir(directory).exists());
    const QStringList files = QDir(directory).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY2(files.first().contains(QStringLiteral("127.0.0.1")) && files.first().contains(QStringLiteral("8443")),
             qPrintable(files.first()));

    // Another instance (the next start of the app) sees the approval.
    CertificateTrust later(directory);
    const std::optional<QSslCertificate> pinned = later.approved(QStringLiteral("127.0.0.1"), 8443);
    QVERIFY(pinned);
    QCOMPARE(*pinned, m_a.certificate);
    QVERIFY(!later.approved(QStringLiteral("127.0.0.1"), 8444));
    QVERIFY(!later.approved(QStringLiteral("127.0.0.2"), 8443));

    // Approving again replaces it.
    QVERIFY(later.approve(CertificateInfo::from(server, m_b.certificate), nullptr));
    QCOMPARE(*later.approved(QStringLiteral("127.0.0.1"), 8443), m_b.certificate);
    QCOMPARE(QDir(directory).entryList(QDir::Files).size(), 1);

    // IPv6 hosts get a file name without colons, and their own entry.
    QVERIFY(later.approve(CertificateInfo::from(QUrl(QStringLiteral("https://[::1]:8443/api")), m_a.certificate), nullptr));
    QCOMPARE(*later.approved(QStringLiteral("::1"), 8443), m_a.certificate);
    for (const QString &name : QDir(directory).entryList(QDir::Files))
        QVERIFY2(!name.contains(QLatin1Char(':')), qPrintable(name));

    QString error;
    QVERIFY2(later.forget(QStringLiteral("127.0.0.1"), 8443, &error), qPrintable(error));
    QVERIFY(!later.approved(QStringLiteral("127.0.0.1"), 8443));
    QVERIFY(!CertificateTrust(directory).approved(QStringLiteral("127.0.0.1"), 8443));
    QVERIFY(later.approved(QStringLiteral("::1"), 8443));
    // Forgetting what is not there is no error.
    QVERIFY(later.forget(QStringLiteral("127.0.0.1"), 8443, &error));
}

void TestCertificateTrust::approveRefusesNothingAndReportsWhy()
{
    CertificateTrust trust(freshDirectory(QStringLiteral("refuse")));
    QString error;
    QVERIFY(!trust.approve(CertificateInfo::from(QUrl(QStringLiteral("https://127.0.0.1:8443")), QSslCertificate()), &error));
    QVERIFY(!error.isEmpty());

    // A directory that cannot exist: its parent is a file.
    const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    CertificateTrust blocked(blocker + QStringLiteral("/trust"));
    error.clear();
    QVERIFY(!blocked.approve(CertificateInfo::from(QUrl(QStringLiteral("https://127.0.0.1:8443")), m_a.certificate), &error));
    QVERIFY2(error.contains(QStringLiteral("trust")), qPrintable(error));
}

void TestCertificateTrust::damagedApprovalTrustsNothing()
{
    const QString directory = freshDirectory(QStringLiteral("damaged"));
    CertificateTrust trust(directory);
    QVERIFY(trust.approve(CertificateInfo::from(QUrl(QStringLiteral("https://127.0.0.1:8443")), m_a.certificate), nullptr));
    const QString path = QDir(directory).filePath(QDir(directory).entryList(QDir::Files).first());

    // Two certificates in the file: not "exactly the approved one", so none.
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(m_b.certificate.toPem());
    file.close();
    QVERIFY(!trust.approved(QStringLiteral("127.0.0.1"), 8443));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
    file.close();
    QVERIFY(!trust.approved(QStringLiteral("127.0.0.1"), 8443));
}

void TestCertificateTrust::prepareSetsOnlyTheApprovedCertificate()
{
    CertificateTrust trust(freshDirectory(QStringLiteral("prepare")));
    const QUrl url(QStringLiteral("https://127.0.0.1:8443/api/auth/login"));

    QNetworkRequest unknown(url);
    trust.prepare(unknown);
    QCOMPARE(unknown.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);

    QVERIFY(trust.approve(CertificateInfo::from(url, m_a.certificate), nullptr));
    QNetworkRequest pinned(url);
    trust.prepare(pinned);
    QCOMPARE(pinned.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
    QCOMPARE(pinned.sslConfiguration().caCertificates(), QList<QSslCertificate>{m_a.certificate});

    // Another port of the same host is another server.
    QNetworkRequest otherPort(QUrl(QStringLiteral("https://127.0.0.1:9443/api")));
    trust.prepare(otherPort);
    QVERIFY(otherPort.sslConfiguration().caCertificates() != QList<QSslCertificate>{m_a.certificate});

    // Plain HTTP has no TLS to configure.
    QNetworkRequest plain(QUrl(QStringLiteral("http://127.0.0.1:8443/api")));
    const QSslConfiguration before = plain.sslConfiguration();
    trust.prepare(plain);
    QVERIFY(plain.sslConfiguration() == before);
}

void TestCertificateTrust::endToEndOverTls()
{
    CertificateTrust trust(freshDirectory(QStringLiteral("e2e")));
    QNetworkAccessManager network;
    quint16 port = 0;
    {
        SimFixture sim(tlsOptions(m_a));
        QVERIFY2(sim.isRunning(), qPrintable(sim.error()));
        port = sim.port();
        QCOMPARE(sim.rootUrl().scheme(), QStringLiteral("https"));

        // Unknown certificate: the handshake fails, nothing reaches the server.
        const Exchange refused = postLogin(network, sim, trust);
        QVERIFY(refused.finished);
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(!refused.sslErrors.isEmpty());
        const CertificateTrust::Verdict verdict =
            trust.judge(sim.url(QStringLiteral("/api/auth/login")), refused.sslErrors, refused.peer);
        QCOMPARE(verdict.kind, Kind::CertificateUntrusted);
        QCOMPARE(verdict.certificate.sha256Hex(), m_a.opensslFingerprint);
        QCOMPARE(verdict.certificate.port, int(port));
        QCOMPARE(count(sim, kLoginRoute), 0);
        sim.runOnSim([](SimSite &, SimServer &server) { QVERIFY(server.requestCounts().isEmpty()); });

        // Approved: the same request goes through, verification still on.
        QString error;
        QVERIFY2(trust.approve(verdict.certificate, &error), qPrintable(error));
        network.clearConnectionCache(); // the manager keeps a server's first TLS setup (CertificateTrust.h)
        const Exchange accepted = postLogin(network, sim, trust);
        QCOMPARE(accepted.error, QNetworkReply::NoError);
        QVERIFY(accepted.sslErrors.isEmpty());
        QCOMPARE(accepted.status, 200);
        QVERIFY(!QJsonDocument::fromJson(accepted.body).object().value(QStringLiteral("access_token")).toString().isEmpty());
        QCOMPARE(count(sim, kLoginRoute), 1);

        // Forgotten: unknown again.
        QVERIFY2(trust.forget(QStringLiteral("127.0.0.1"), port, &error), qPrintable(error));
        network.clearConnectionCache();
        const Exchange forgotten = postLogin(network, sim, trust);
        QCOMPARE(forgotten.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(trust.judge(sim.url(QStringLiteral("/api/auth/login")), forgotten.sslErrors, forgotten.peer).kind,
                 Kind::CertificateUntrusted);
        QCOMPARE(count(sim, kLoginRoute), 1);
        QVERIFY(trust.approve(verdict.certificate, nullptr));
        network.clearConnectionCache();
    }

    // The same server comes back with another certificate: a hard failure, nothing sent.
    SimFixture swapped(tlsOptions(m_b, port));
    QVERIFY2(swapped.isRunning(), qPrintable(swapped.error()));
    QCOMPARE(swapped.port(), port);
    const Exchange changed = postLogin(network, swapped, trust);
    QCOMPARE(changed.error, QNetworkReply::SslHandshakeFailedError);
    const CertificateTrust::Verdict verdict =
        trust.judge(swapped.url(QStringLiteral("/api/auth/login")), changed.sslErrors, changed.peer);
    QCOMPARE(verdict.kind, Kind::CertificateChanged);
    QCOMPARE(verdict.certificate.sha256Hex(), m_b.opensslFingerprint);
    QCOMPARE(count(swapped, kLoginRoute), 0);
    swapped.runOnSim([](SimSite &, SimServer &server) { QVERIFY(server.requestCounts().isEmpty()); });

    // With no approval at all, B is as unknown as A was: never silently accepted either.
    const CertificateTrust nobody(freshDirectory(QStringLiteral("e2e-none")));
    QNetworkAccessManager fresh;
    const Exchange unpinned = postLogin(fresh, swapped, nobody);
    QCOMPARE(unpinned.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(count(swapped, kLoginRoute), 0);
}

void TestCertificateTrust::endToEndThroughAegisClient()
{
    CertificateTrust trust(freshDirectory(QStringLiteral("client")));
    const auto login = [](AegisClient &client, const SimFixture &sim, QObject *context) {
        std::optional<ApiResult> result;
        client.login(sim.user(), sim.password(), context, [&result](const ApiResult &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs))
            return ApiResult{ApiError(Kind::Cancelled, 0, {}, QStringLiteral("test gave up waiting")), 0, {}, {}, 0};
        return *result;
    };
    const auto settingsFor = [](const SimFixture &sim) {
        AegisClient::Settings settings;
        settings.baseUrl = sim.baseUrl();
        settings.jitterSeed = 7;
        settings.backoffBase = std::chrono::milliseconds(20);
        settings.backoffCap = std::chrono::milliseconds(100);
        return settings;
    };

    quint16 port = 0;
    {
        SimFixture sim(tlsOptions(m_a));
        QVERIFY2(sim.isRunning(), qPrintable(sim.error()));
        port = sim.port();
        QNetworkAccessManager network;
        AegisClient client(&network, settingsFor(sim), &trust);
        QList<CertificateInfo> asked;
        connect(&client, &AegisClient::certificateNeedsApproval, this,
                [&asked](const CertificateInfo &info) { asked.append(info); });

        const ApiResult refused = login(client, sim, this);
        QCOMPARE(refused.error.kind(), Kind::CertificateUntrusted);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().sha256Hex(), m_a.opensslFingerprint);
        QCOMPARE(asked.first().port, int(port));
        QVERIFY(!client.isLoggedIn());
        QCOMPARE(count(sim, kLoginRoute), 0);

        QString error;
        QVERIFY2(client.approveCertificate(asked.first(), &error), qPrintable(error));
        const ApiResult accepted = login(client, sim, this);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error.message()));
        QVERIFY(client.isLoggedIn());
        QCOMPARE(count(sim, kLoginRoute), 1);
    }

    SimFixture swapped(tlsOptions(m_b, port));
    QVERIFY2(swapped.isRunning(), qPrintable(swapped.error()));
    QNetworkAccessManager network;
    AegisClient client(&network, settingsFor(swapped), &trust);
    int asked = 0;
    connect(&client, &AegisClient::certificateNeedsApproval, this, [&asked] { ++asked; });
    const ApiResult changed = login(client, swapped, this);
    QCOMPARE(changed.error.kind(), Kind::CertificateChanged);
    QCOMPARE(asked, 0); // a changed certificate is not offered for approval
    QVERIFY(!client.isLoggedIn());
    QCOMPARE(count(swapped, kLoginRoute), 0);
}

QTEST_GUILESS_MAIN(TestCertificateTrust)

#include "tst_CertificateTrust.moc"
