#include "core/Clock.h"
#include "sim/AccessTokens.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class tst_AccessTokens : public QObject
{
    Q_OBJECT

private slots:
    void tokensLookLikeJwtsAndDiffer()
    {
        TestClock clock(1'700'000'000'000);
        AccessTokens tokens(clock);
        const QByteArray a = tokens.issue(51, 3600);
        const QByteArray b = tokens.issue(51, 3600);
        QVERIFY(a != b);
        const QList<QByteArray> parts = a.split('.');
        QCOMPARE(parts.size(), 3);
        const QJsonObject payload =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
        QCOMPARE(payload.value(QStringLiteral("sub")).toInt(), 51);
        QCOMPARE(payload.value(QStringLiteral("exp")).toInteger(), 1'700'000'000 + 3600);
    }

    void expiresAfterItsLifetimeInClockTime()
    {
        TestClock clock(1'700'000'000'000);
        AccessTokens tokens(clock);
        const QByteArray token = tokens.issue(51, 2);
        QCOMPARE(tokens.check(token), AccessTokens::Check::Valid);
        clock.advanceMs(1999);
        QCOMPARE(tokens.check(token), AccessTokens::Check::Valid);
        clock.advanceMs(1);
        QCOMPARE(tokens.check(token), AccessTokens::Check::Expired);
        QCOMPARE(tokens.check("abc.def.ghi"), AccessTokens::Check::Unknown);
    }

    void forgetsLongExpiredTokens()
    {
        TestClock clock(1'700'000'000'000);
        AccessTokens tokens(clock);
        const QByteArray old = tokens.issue(51, 1);
        clock.advanceMs(2LL * 24 * 3600 * 1000);
        tokens.issue(51, 1); // issuing prunes
        QCOMPARE(tokens.check(old), AccessTokens::Check::Unknown);
        QCOMPARE(tokens.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_AccessTokens)
#include "tst_AccessTokens.moc"
