#include "core/ScheduleTemplates.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

ScheduleWindow window(int startHour, int stopHour, double powerW, QJsonObject extra = {})
{
    return ScheduleWindow{startHour * 3600, stopHour * 3600, powerW, std::move(extra)};
}

Schedule weekday()
{
    return Schedule(
        {window(17, 19, -20000), window(1, 3, 10000, QJsonObject{{QStringLiteral("note"), QStringLiteral("cheap")}})});
}

Schedule night()
{
    return Schedule({window(23, 24, -8000), window(0, 2, -8000)});
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

} // namespace

class tst_ScheduleTemplates : public QObject
{
    Q_OBJECT

private slots:
    void noFileIsAnEmptySet()
    {
        QTemporaryDir dir;
        ScheduleTemplates templates(dir.filePath(QStringLiteral("not/yet/made")));
        const Result<bool> loaded = templates.load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QVERIFY(templates.names().isEmpty());
        QCOMPARE(templates.schedule(QStringLiteral("Weekday")), std::nullopt);
        QCOMPARE(templates.path(), dir.filePath(QStringLiteral("not/yet/made/templates.json")));
        QVERIFY(!QFile::exists(templates.path()));
    }

    void saveWritesAtOnceAndLoadsBack()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("aegis"));
        {
            ScheduleTemplates templates(folder);
            QVERIFY(templates.load().ok());
            QVERIFY(templates.save(QStringLiteral("Weekday"), weekday()).ok());
            QVERIFY(QFile::exists(templates.path())); // the folder is made, the file written
            QVERIFY(templates.save(QStringLiteral("  night  "), night()).ok());
            QVERIFY(templates.save(QStringLiteral("Alpha"), Schedule()).ok());
            QCOMPARE(templates.names(),
                     (QStringList{QStringLiteral("Alpha"), QStringLiteral("night"), QStringLiteral("Weekday")}));
        }
        ScheduleTemplates again(folder);
        QVERIFY(again.load().ok());
        QCOMPARE(again.names(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("night"), QStringLiteral("Weekday")}));
        QCOMPARE(again.schedule(QStringLiteral("Weekday")), std::optional<Schedule>(weekday())); // extra keys kept
        QCOMPARE(again.schedule(QStringLiteral("night ")), std::optional<Schedule>(night()));
        QCOMPARE(again.schedule(QStringLiteral("Alpha")), std::optional<Schedule>(Schedule()));

        // Windows are stored with the crons keys.
        const QJsonObject root = QJsonDocument::fromJson(readAll(again.path())).object();
        QCOMPARE(root.value(u"format").toInt(), 1);
        const QJsonObject first = root.value(u"templates").toObject().value(u"Weekday").toArray().at(0).toObject();
        QCOMPARE(first.value(u"start_time").toInt(), 61200);
        QCOMPARE(first.value(u"stop_time").toInt(), 68400);
        QCOMPARE(first.value(u"power").toDouble(), -20000.0);
    }

    void saveOverwrites()
    {
        QTemporaryDir dir;
        ScheduleTemplates templates(dir.path());
        QVERIFY(templates.save(QStringLiteral("Weekday"), weekday()).ok());
        QVERIFY(templates.save(QStringLiteral("Weekday"), night()).ok());
        QCOMPARE(templates.names(), QStringList{QStringLiteral("Weekday")});
        ScheduleTemplates again(dir.path());
        QVERIFY(again.load().ok());
        QCOMPARE(again.schedule(QStringLiteral("Weekday")), std::optional<Schedule>(night()));
    }

    void renameAndRemove()
    {
        QTemporaryDir dir;
        ScheduleTemplates templates(dir.path());
        QVERIFY(templates.save(QStringLiteral("Weekday"), weekday()).ok());
        QVERIFY(templates.save(QStringLiteral("Night"), night()).ok());

        const Result<bool> renamed = templates.rename(QStringLiteral("Weekday"), QStringLiteral("Workday"));
        QVERIFY2(renamed.ok(), qPrintable(renamed.error()));
        QCOMPARE(templates.names(), (QStringList{QStringLiteral("Night"), QStringLiteral("Workday")}));
        QCOMPARE(templates.schedule(QStringLiteral("Workday")), std::optional<Schedule>(weekday()));

        const Result<bool> taken = templates.rename(QStringLiteral("Workday"), QStringLiteral("Night"));
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error(), QStringLiteral("A template named \"Night\" already exists."));
        const Result<bool> unknown = templates.rename(QStringLiteral("Holiday"), QStringLiteral("Feast"));
        QCOMPARE(unknown.error(), QStringLiteral("There is no template named \"Holiday\"."));
        QCOMPARE(templates.rename(QStringLiteral("Night"), QStringLiteral(" ")).error(),
                 QStringLiteral("A template needs a name."));
        QVERIFY(templates.rename(QStringLiteral("Night"), QStringLiteral("Night")).ok());

        QVERIFY(templates.remove(QStringLiteral("Night")).ok());
        QCOMPARE(templates.remove(QStringLiteral("Night")).error(), QStringLiteral("There is no template named \"Night\"."));
        QCOMPARE(templates.save(QString(), weekday()).error(), QStringLiteral("A template needs a name."));

        ScheduleTemplates again(dir.path());
        QVERIFY(again.load().ok());
        QCOMPARE(again.names(), QStringList{QStringLiteral("Workday")});
        QCOMPARE(again.schedule(QStringLiteral("Workday")), std::optional<Schedule>(weekday()));
    }

    void aFailedWriteChangesNothing()
    {
        QTemporaryDir dir;
        // A file where the folder should be: the folder cannot be made.
        const QString blocked = dir.filePath(QStringLiteral("blocked"));
        QVERIFY(writeAll(blocked, "x"));
        ScheduleTemplates templates(blocked);
        QVERIFY(templates.load().ok());
        const Result<bool> saved = templates.save(QStringLiteral("Weekday"), weekday());
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(blocked), qPrintable(saved.error()));
        QVERIFY(templates.names().isEmpty());
    }

    void corruptFileIsReportedAndKept_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");

        QTest::newRow("cut short") << QByteArray("{\"format\": 1, \"templates\": {\"Weekday\": [{\"start_t")
                                   << QStringLiteral("it is not valid JSON (");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("it holds no JSON object");
        QTest::newRow("no format") << QByteArray("{\"templates\": {}}") << QStringLiteral("it has no \"format\" number");
        QTest::newRow("newer format") << QByteArray("{\"format\": 2, \"templates\": {}}")
                                      << QStringLiteral("it is in format 2, and this version reads format 1");
        QTest::newRow("no templates") << QByteArray("{\"format\": 1}") << QStringLiteral("it has no \"templates\" object");
        QTest::newRow("template not an array") << QByteArray("{\"format\": 1, \"templates\": {\"Weekday\": 5}}")
                                               << QStringLiteral("the template \"Weekday\" is not an array of windows");
        QTest::newRow("bad window") << QByteArray("{\"format\": 1, \"templates\": {\"Weekday\": [{\"start_time\": 0}]}}")
                                    << QStringLiteral("the template \"Weekday\": Window 1 has no \"stop_time\"");
    }

    void corruptFileIsReportedAndKept()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);

        QTemporaryDir dir;
        const TestClock clock(QDateTime(QDate(2024, 12, 9), QTime(10, 15, 30), Qt::UTC));
        ScheduleTemplates templates(dir.path(), clock);
        QVERIFY(writeAll(templates.path(), content));

        const QString aside = templates.path() + QStringLiteral(".corrupt-20241209-101530");
        const Result<bool> loaded = templates.load();
        QVERIFY(!loaded.ok());
        const QString expectedStart =
            QStringLiteral("The templates file ") + templates.path() + QStringLiteral(" is damaged: ") + reason;
        const QString expectedEnd =
            QStringLiteral(". It has been left as it is; before a template is next saved it will be moved to ") + aside + u'.';
        QVERIFY2(loaded.error().startsWith(expectedStart), qPrintable(loaded.error()));
        QVERIFY2(loaded.error().endsWith(expectedEnd), qPrintable(loaded.error()));
        QVERIFY(templates.names().isEmpty());
        QCOMPARE(readAll(templates.path()), content); // untouched by load

        QVERIFY(templates.save(QStringLiteral("Night"), night()).ok());
        QCOMPARE(templates.movedAsidePath(), aside);
        QCOMPARE(readAll(aside), content);
        ScheduleTemplates again(dir.path());
        QVERIFY(again.load().ok());
        QCOMPARE(again.names(), QStringList{QStringLiteral("Night")});

        // Only the first write moves a file aside.
        QVERIFY(templates.save(QStringLiteral("Weekday"), weekday()).ok());
        QCOMPARE(templates.movedAsidePath(), QString());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 (QStringList{QStringLiteral("templates.json"), QStringLiteral("templates.json.corrupt-20241209-101530")}));
    }

    void corruptFileIsKeptEvenWithoutLoad()
    {
        QTemporaryDir dir;
        const TestClock clock(QDateTime(QDate(2024, 12, 9), QTime(10, 15, 30), Qt::UTC));
        ScheduleTemplates templates(dir.path(), clock);
        QVERIFY(writeAll(templates.path(), "garbage"));
        // An earlier damaged file of the same second is not overwritten either.
        QVERIFY(writeAll(templates.path() + QStringLiteral(".corrupt-20241209-101530"), "older garbage"));

        QVERIFY(templates.save(QStringLiteral("Night"), night()).ok());
        QCOMPARE(templates.movedAsidePath(), templates.path() + QStringLiteral(".corrupt-20241209-101530-2"));
        QCOMPARE(readAll(templates.movedAsidePath()), QByteArray("garbage"));
        QCOMPARE(readAll(templates.path() + QStringLiteral(".corrupt-20241209-101530")), QByteArray("older garbage"));
        QCOMPARE(templates.names(), QStringList{QStringLiteral("Night")});
    }

    void aGoodFileIsNeverMovedAside()
    {
        QTemporaryDir dir;
        {
            ScheduleTemplates templates(dir.path());
            QVERIFY(templates.save(QStringLiteral("Weekday"), weekday()).ok());
        }
        // A second instance that did not call load() must not drop what is on disk.
        ScheduleTemplates templates(dir.path());
        QVERIFY(templates.save(QStringLiteral("Night"), night()).ok());
        QCOMPARE(templates.movedAsidePath(), QString());
        QCOMPARE(templates.names(), (QStringList{QStringLiteral("Night"), QStringLiteral("Weekday")}));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("templates.json")});
    }
};

QTEST_GUILESS_MAIN(tst_ScheduleTemplates)
#include "tst_ScheduleTemplates.moc"
