#include "core/ScheduleDraftFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <cstdio>
#include <cstdlib>

namespace {

const QString kServerA = QStringLiteral("https://ems-a.example/api");
const QString kServerB = QStringLiteral("https://ems-b.example/api");
// The child process of interruptedWriteKeepsTheOldDraft() writes half a draft here and dies.
const char *const kCrashEnv = "AEGIS_TEST_DRAFT_CRASH_PATH";
// The child process of aKillDuringSavesLeavesAWholeDraft() saves drafts in this folder until killed.
const char *const kSaveLoopEnv = "AEGIS_TEST_DRAFT_SAVE_LOOP_DIR";

ScheduleWindow window(int startHour, int stopHour, double powerW, QJsonObject extra = {})
{
    return ScheduleWindow{startHour * 3600, stopHour * 3600, powerW, std::move(extra)};
}

ScheduleDraft sampleDraft(const QString &server = kServerA, int schedulerId = 4)
{
    ScheduleDraft d;
    d.schedulerId = schedulerId;
    d.serverUrl = server;
    d.draft = Schedule(
        {window(17, 19, -15000, QJsonObject{{QStringLiteral("note"), QStringLiteral("peak")}, {QStringLiteral("id"), 12}}),
         window(23, 24, -8000), window(0, 2, -8000)});
    d.base = Schedule({window(17, 19, -20000), window(1, 3, 10000)});
    d.baseUpdateTime = QDateTime(QDate(2024, 12, 6), QTime(10, 25, 38, 178), Qt::UTC);
    d.savedAt = QDateTime(QDate(2024, 12, 9), QTime(6, 46, 1, 5), Qt::UTC);
    return d;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Dies halfway through writing a new draft the way ScheduleDraftFile::save() writes one: no
// destructor, no commit, as if the process were killed.
int crashDuringWrite(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    const QByteArray next =
        QByteArrayLiteral("{\"format\": 1, \"server_url\": \"https://ems-a.example/api\", \"scheduler_id\": 4, \"draft\": [");
    file.write(next);
    file.flush();
    std::_Exit(3);
}

// Two drafts the save loop alternates between, each large enough that a save takes a while.
ScheduleDraft loopDraft(bool second)
{
    ScheduleDraft d = sampleDraft();
    QList<ScheduleWindow> windows;
    for (int i = 0; i < 80; ++i) {
        QJsonObject extra{{QStringLiteral("note"), QString(400, second ? QLatin1Char('b') : QLatin1Char('a'))}};
        windows.append(ScheduleWindow{i * 900, i * 900 + 600, second ? -1000.0 - i : 1000.0 + i, extra});
    }
    d.draft = Schedule(windows);
    return d;
}

// Saves with the app's own code, again and again, until the parent kills the process.
int saveUntilKilled(const QString &dir)
{
    const ScheduleDraftFile file(dir, kServerA, 4);
    const ScheduleDraft drafts[] = {loopDraft(false), loopDraft(true)};
    if (!file.save(drafts[0]).ok())
        return 2;
    std::fputs("saving\n", stdout);
    std::fflush(stdout);
    for (unsigned i = 1;; ++i) {
        if (!file.save(drafts[i % 2]).ok())
            return 2;
    }
}

} // namespace

class tst_ScheduleDraftFile : public QObject
{
    Q_OBJECT

private slots:
    void saveAndLoad()
    {
        QTemporaryDir dir;
        const ScheduleDraftFile file(dir.filePath(QStringLiteral("drafts")), kServerA, 4);
        const ScheduleDraft draft = sampleDraft();
        const Result<bool> saved = file.save(draft);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));

        QString error = QStringLiteral("stale");
        const std::optional<ScheduleDraft> loaded = file.load(&error);
        QVERIFY2(loaded.has_value(), qPrintable(error));
        QCOMPARE(error, QString());
        QCOMPARE(loaded->draft, draft.draft); // extra keys too
        QCOMPARE(loaded->base, draft.base);
        QCOMPARE(loaded->baseUpdateTime, draft.baseUpdateTime);
        QCOMPARE(loaded->baseUpdateTime.timeSpec(), Qt::UTC);
        QCOMPARE(loaded->savedAt, draft.savedAt);
        QCOMPARE(loaded->serverUrl, kServerA);
        QCOMPARE(loaded->schedulerId, 4);
        QVERIFY(*loaded == draft);
        // Only the draft itself is left in the folder: QSaveFile's temporary file is gone.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("drafts"))).entryList(QDir::Files),
                 QStringList{QFileInfo(file.path()).fileName()});
    }

    void unknownBaseTimeStaysInvalid()
    {
        QTemporaryDir dir;
        const ScheduleDraftFile file(dir.path(), kServerA, 4);
        ScheduleDraft draft = sampleDraft();
        draft.baseUpdateTime = QDateTime();
        draft.base = Schedule();
        QVERIFY(file.save(draft).ok());
        const std::optional<ScheduleDraft> loaded = file.load();
        QVERIFY(loaded.has_value());
        QVERIFY(!loaded->baseUpdateTime.isValid());
        QVERIFY(*loaded == draft);
        QCOMPARE(QJsonDocument::fromJson(readAll(file.path())).object().value(u"base_update_time"), QJsonValue(QJsonValue::Null));
    }

    void windowsUseTheCronsKeys()
    {
        QTemporaryDir dir;
        const ScheduleDraftFile file(dir.path(), kServerA, 4);
        QVERIFY(file.save(sampleDraft()).ok());
        const QJsonObject root = QJsonDocument::fromJson(readAll(file.path())).object();
        const QJsonObject first = root.value(u"draft").toArray().at(0).toObject();
        QCOMPARE(first,
                 (QJsonObject{{QStringLiteral("start_time"), 61200},
                              {QStringLiteral("stop_time"), 68400},
                              {QStringLiteral("power"), -15000},
                              {QStringLiteral("note"), QStringLiteral("peak")},
                              {QStringLiteral("id"), 12}}));
        QCOMPARE(root.value(u"base_update_time").toString(), QStringLiteral("2024-12-06T10:25:38.178Z"));
    }

    void noDraftIsNotAnError()
    {
        QTemporaryDir dir;
        const ScheduleDraftFile file(dir.filePath(QStringLiteral("never/made")), kServerA, 4);
        QString error = QStringLiteral("stale");
        QCOMPARE(file.load(&error), std::nullopt);
        QCOMPARE(error, QString());
        QVERIFY(file.discard().ok());
    }

    void discardRemovesTheDraft()
    {
        QTemporaryDir dir;
        const ScheduleDraftFile file(dir.path(), kServerA, 4);
        QVERIFY(file.save(sampleDraft()).ok());
        QVERIFY(QFile::exists(file.path()));
        QVERIFY(file.discard().ok());
        QVERIFY(!QFile::exists(file.path()));
        QCOMPARE(file.load(), std::nullopt);
        QVERIFY(file.discard().ok());
    }

    void twoServersDoNotClash()
    {
        QTemporaryDir dir;
        const ScheduleDraftFile a4(dir.path(), kServerA, 4);
        const ScheduleDraftFile b4(dir.path(), kServerB, 4);
        const ScheduleDraftFile a5(dir.path(), kServerA, 5);
        QVERIFY(a4.path() != b4.path());
        QVERIFY(a4.path() != a5.path());
        QVERIFY(b4.path() != a5.path());

        ScheduleDraft onB = sampleDraft(kServerB, 4);
        onB.draft = Schedule({window(9, 10, 3000)});
        ScheduleDraft fifth = sampleDraft(kServerA, 5);
        fifth.draft = Schedule();
        QVERIFY(a4.save(sampleDraft()).ok());
        QVERIFY(b4.save(onB).ok());
        QVERIFY(a5.save(fifth).ok());

        QCOMPARE(a4.load(), std::optional<ScheduleDraft>(sampleDraft()));
        QCOMPARE(b4.load(), std::optional<ScheduleDraft>(onB));
        QCOMPARE(a5.load(), std::optional<ScheduleDraft>(fifth));
        QVERIFY(b4.discard().ok());
        QCOMPARE(a4.load(), std::optional<ScheduleDraft>(sampleDraft()));
        QCOMPARE(a5.load(), std::optional<ScheduleDraft>(fifth));
    }

    void fileNameIsAShortHash()
    {
        const QString name = ScheduleDraftFile::fileName(kServerA, 4);
        QVERIFY2(QRegularExpression(QStringLiteral("^draft-[0-9a-f]{16}\\.json$")).match(name).hasMatch(), qPrintable(name));
        // One server however it is spelled; credentials do not count.
        QCOMPARE(ScheduleDraftFile::fileName(QStringLiteral("https://EMS-A.example/api/"), 4), name);
        QCOMPARE(ScheduleDraftFile::fileName(QStringLiteral("https://operator:secret@ems-a.example/api"), 4), name);
        QVERIFY(ScheduleDraftFile::fileName(QStringLiteral("http://ems-a.example/api"), 4) != name);
        QVERIFY(ScheduleDraftFile::fileName(QStringLiteral("https://ems-a.example/api2"), 4) != name);
    }

    void aDraftOfAnotherSchedulerIsRefused()
    {
        QTemporaryDir dir;
        const ScheduleDraftFile a4(dir.path(), kServerA, 4);
        const Result<bool> saved = a4.save(sampleDraft(kServerB, 4));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error(),
                 QStringLiteral("The draft of scheduler 4 on https://ems-b.example/api cannot be saved as "
                                "the draft of scheduler 4 on https://ems-a.example/api."));
        QVERIFY(!QFile::exists(a4.path()));

        // A file that belongs to another scheduler (a hash clash, a copied file) is not loaded.
        const ScheduleDraftFile b4(dir.path(), kServerB, 4);
        QVERIFY(b4.save(sampleDraft(kServerB, 4)).ok());
        QVERIFY(QFile::copy(b4.path(), a4.path()));
        QString error;
        QCOMPARE(a4.load(&error), std::nullopt);
        QCOMPARE(error,
                 QStringLiteral("The saved draft %1 cannot be used: it is the draft of scheduler 4 on "
                                "https://ems-b.example/api.")
                     .arg(a4.path()));
    }

    void damagedDraftSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");

        const QByteArray head =
            QByteArrayLiteral("{\"format\": 1, \"server_url\": \"https://ems-a.example/api\", \"scheduler_id\": 4, ");
        QTest::newRow("cut short") << QByteArray("{\"format\": 1, \"draft\": [") << QStringLiteral("it is not valid JSON (");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("it holds no JSON object");
        QTest::newRow("other format") << QByteArray("{\"format\": 7}") << QStringLiteral("it is not in format 1");
        QTest::newRow("whose draft") << QByteArray("{\"format\": 1, \"draft\": [], \"base\": []}")
                                     << QStringLiteral("it does not say which scheduler it belongs to");
        QTest::newRow("bad time") << QByteArray(head + "\"saved_at\": \"yesterday\", \"draft\": [], \"base\": []}")
                                  << QStringLiteral("\"saved_at\" is not a time");
        QTest::newRow("no base") << QByteArray(head + "\"draft\": []}") << QStringLiteral("\"base\" is not an array of windows");
        QTest::newRow("bad window") << QByteArray(head + "\"draft\": [{\"start_time\": 0, \"stop_time\": 60}], \"base\": []}")
                                    << QStringLiteral("\"draft\": Window 1 has no \"power\"");
    }

    void damagedDraftSaysWhy()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);

        QTemporaryDir dir;
        const ScheduleDraftFile file(dir.path(), kServerA, 4);
        QVERIFY(writeAll(file.path(), content));
        QString error;
        QCOMPARE(file.load(&error), std::nullopt);
        const QString start = QStringLiteral("The saved draft ") + file.path() + QStringLiteral(" cannot be used: ") + reason;
        QVERIFY2(error.startsWith(start), qPrintable(error));
        QVERIFY2(error.endsWith(u'.') && !error.endsWith(QStringLiteral("..")), qPrintable(error));
        // The next autosave replaces it.
        QVERIFY(file.save(sampleDraft()).ok());
        QCOMPARE(file.load(), std::optional<ScheduleDraft>(sampleDraft()));
    }

    void interruptedWriteKeepsTheOldDraft()
    {
        QTemporaryDir dir;
        const ScheduleDraftFile file(dir.path(), kServerA, 4);
        QVERIFY(file.save(sampleDraft()).ok());
        const QByteArray before = readAll(file.path());

        // A real process dies in the middle of writing the next draft.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kCrashEnv), file.path());
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 3);

        QCOMPARE(readAll(file.path()), before);
        QString error;
        QCOMPARE(file.load(&error), std::optional<ScheduleDraft>(sampleDraft()));
        QCOMPARE(error, QString());

        // Linux writes to an unnamed file (O_TMPFILE) that dies with the process; elsewhere, or
        // on file systems without it, a named temporary file stays behind. Leave one as it would.
        const QString stale = file.path() + QStringLiteral(".Xq3fZa");
        if (!QFile::exists(stale))
            QVERIFY(writeAll(stale, "{\"format\": 1, \"server_url\": \"https://ems-a.example/api\", \"draft\": ["));
        QCOMPARE(file.load(&error), std::optional<ScheduleDraft>(sampleDraft()));
        QCOMPARE(error, QString());

        // The stale temporary file does not stop the next save, nor is it read.
        ScheduleDraft next = sampleDraft();
        next.draft = Schedule({window(8, 9, 5000)});
        QVERIFY(file.save(next).ok());
        QCOMPARE(file.load(), std::optional<ScheduleDraft>(next));
        QVERIFY(QFile::exists(stale));
    }

    void aKillDuringSavesLeavesAWholeDraft()
    {
        // SIGKILL at moments that fall inside ScheduleDraftFile::save itself, many times over:
        // what is on disk is always one whole draft, the one before or the one after.
        QTemporaryDir dir;
        const ScheduleDraftFile file(dir.path(), kServerA, 4);
        const ScheduleDraft a = loopDraft(false), b = loopDraft(true);
        QRandomGenerator rng(20261207);
        for (int round = 0; round < 12; ++round) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kSaveLoopEnv), dir.path());
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForReadyRead(30000));
            QCOMPARE(child.readLine().trimmed(), QByteArray("saving"));
            QThread::usleep(rng.bounded(1000, 60000));
            child.kill();
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            QString error;
            const std::optional<ScheduleDraft> onDisk = file.load(&error);
            QVERIFY2(onDisk, qPrintable(error));
            QVERIFY(*onDisk == a || *onDisk == b);
        }
    }
};

int main(int argc, char *argv[])
{
    const QString crashPath = qEnvironmentVariable(kCrashEnv);
    if (!crashPath.isEmpty())
        return crashDuringWrite(crashPath);
    const QString loopDir = qEnvironmentVariable(kSaveLoopEnv);
    if (!loopDir.isEmpty())
        return saveUntilKilled(loopDir);
    QCoreApplication app(argc, argv);
    tst_ScheduleDraftFile test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ScheduleDraftFile.moc"
