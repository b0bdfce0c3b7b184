#include <QTest>
class TestCertificateTrust : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestCertificateTrust)
#include "tst_CertificateTrust.moc"
