// `aegis-console --report` for scripts and cron (docs/product.md "The report"): the real program,
// run with no display at all, writes a multi-page PDF and exits 0; wrong options exit 2 and a
// report it cannot make exits 1, each with a message on standard error.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class tst_HeadlessReport_Env
{
public:
    // No display, and settings of its own: the developer's saved site plays no part.
    static QProcessEnvironment headless(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }
};

} // namespace

class tst_HeadlessReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Run console(const QStringList &arguments)
    {
        QProcess p;
        p.setProcessEnvironment(tst_HeadlessReport_Env::headless(m_dir.path()));
        p.setWorkingDirectory(m_dir.path());
        p.start(qEnvironmentVariable("AEGIS_CONSOLE"), arguments);
        Run r;
        if (!p.waitForFinished(180'000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariable("AEGIS_CONSOLE").isEmpty(), "AEGIS_CONSOLE is not set: run the tests through ctest");
    }

    void theDemoReportIsWrittenWithNoDisplay()
    {
        const Run run = console({QStringLiteral("--demo"), QStringLiteral("--report"), QStringLiteral("r.pdf"),
                                 QStringLiteral("--range"), QStringLiteral("30d")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString path = m_dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY2(run.out.contains(QDir::toNativeSeparators(path)), qPrintable(run.out));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));

        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdfinfo.isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed");
        QProcess info;
        info.start(pdfinfo, {path});
        QVERIFY(info.waitForFinished(30'000));
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
        const QRegularExpressionMatch m = pages.match(out);
        QVERIFY2(m.hasMatch() && m.captured(1).toInt() >= 4, qPrintable(out)); // totals, then two charts a page
        QVERIFY2(out.contains(QStringLiteral("A4")) && out.contains(QStringLiteral("842 x 595")), qPrintable(out)); // landscape
    }

    void wrongOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("said");
        QTest::newRow("unknown range") << QStringList{QStringLiteral("--report"), QStringLiteral("x.pdf"),
                                                      QStringLiteral("--range"), QStringLiteral("31d")}
                                       << QStringLiteral("31d");
        QTest::newRow("range and days") << QStringList{QStringLiteral("--report"), QStringLiteral("x.pdf"),
                                                       QStringLiteral("--range"),  QStringLiteral("7d"),
                                                       QStringLiteral("--from"),   QStringLiteral("2026-11-01"),
                                                       QStringLiteral("--to"),     QStringLiteral("2026-11-30")}
                                        << QStringLiteral("--range");
        QTest::newRow("from without to") << QStringList{QStringLiteral("--report"), QStringLiteral("x.pdf"),
                                                        QStringLiteral("--from"), QStringLiteral("2026-11-01")}
                                         << QStringLiteral("--to");
        QTest::newRow("to before from") << QStringList{QStringLiteral("--report"), QStringLiteral("x.pdf"),
                                                       QStringLiteral("--from"),   QStringLiteral("2026-11-30"),
                                                       QStringLiteral("--to"),     QStringLiteral("2026-11-01")}
                                        << QStringLiteral("before");
        QTest::newRow("range without report")
            << QStringList{QStringLiteral("--range"), QStringLiteral("7d")} << QStringLiteral("--report");
    }

    void wrongOptionsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, said);
        const Run run = console(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }

    void withoutASavedSiteItSaysSo()
    {
        const Run run = console({QStringLiteral("--report"), QStringLiteral("x.pdf")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--demo")), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }
};

QTEST_MAIN(tst_HeadlessReport)
#include "tst_HeadlessReport.moc"
