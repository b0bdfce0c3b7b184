#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; // "", "unfinished", "vanished", "obsolete"
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context")
                context.clear();
            else if (name == u"name" && context.isEmpty())
                context = xml.readElementText();
            else if (name == u"message")
                current = Message{context, {}, {}, {}};
            else if (name == u"source")
                current.source = xml.readElementText();
            else if (name == u"translation") {
                current.type = xml.attributes().value(QStringLiteral("type")).toString();
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(current);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString tsPath(const QString &name)
{
    return QDir(TestData::sourceDir()).filePath(QStringLiteral("translations/") + name);
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void traditionalChineseIsComplete()
    {
        const QList<Message> messages = readTs(tsPath(QStringLiteral("aegis_zh_TW.ts")));
        QVERIFY(!messages.isEmpty());
        QStringList missing;
        for (const Message &m : messages) {
            if (m.type == u"vanished" || m.type == u"obsolete")
                continue;
            if (m.type == u"unfinished" || m.translation.trimmed().isEmpty())
                missing.append(m.context + QStringLiteral(": ") + m.source);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("untranslated zh_TW entries:\n") + missing.join(QLatin1Char('\n'))));
    }

    void translationsKeepThePlaceholders()
    {
        // A translation that drops %1 would show the operator a message without its facts.
        static const QRegularExpression placeholder(QStringLiteral("%L?\\d"));
        for (const Message &m : readTs(tsPath(QStringLiteral("aegis_zh_TW.ts")))) {
            if (m.translation.isEmpty() || m.source.contains(QStringLiteral("<numerusform>")))
                continue;
            QSet<QString> inSource, inTranslation;
            for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
                inSource.insert(it.next().captured());
            for (auto it = placeholder.globalMatch(m.translation); it.hasNext();)
                inTranslation.insert(it.next().captured());
            QVERIFY2(inSource == inTranslation, qPrintable(m.source + QStringLiteral(" -> ") + m.translation));
        }
    }

    void catalogueHoldsEveryStringOfTheSources()
    {
        const QString lupdate = qEnvironmentVariable("AEGIS_LUPDATE");
        if (lupdate.isEmpty())
            QSKIP("AEGIS_LUPDATE is not set (run through ctest)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess p;
        p.setWorkingDirectory(TestData::sourceDir());
        p.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("src"), QStringLiteral("ui"), QStringLiteral("-ts"), fresh});
        QVERIFY(p.waitForFinished(120'000));
        QCOMPARE(p.exitCode(), 0);

        QSet<QString> committed;
        for (const Message &m : readTs(tsPath(QStringLiteral("aegis_zh_TW.ts"))))
            committed.insert(m.context + QLatin1Char('|') + m.source);
        QStringList absent;
        for (const Message &m : readTs(fresh)) {
            if (!committed.contains(m.context + QLatin1Char('|') + m.source))
                absent.append(m.context + QStringLiteral(": ") + m.source);
        }
        QVERIFY2(absent.isEmpty(),
                 qPrintable(QStringLiteral("strings missing from translations/aegis_zh_TW.ts "
                                           "(build the update_translations target):\n")
                            + absent.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_Translations.moc"
