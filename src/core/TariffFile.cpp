#include "core/TariffFile.h"

#include "core/JsonLines.h"
#include "core/NumberText.h"
#include "core/ScheduleFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace {

constexpr QLatin1StringView kFormat{"aegis-tariff"};
const char *const kDayKeys[kTariffDayTypes] = {"weekday", "saturday", "sunday"};

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

// Reads the checked tariff out of the document; the first problem found stops it, with the
// path of the value at fault so that the caller can name its line.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(TariffFile)

public:
    QString errorPath;
    QString error;

    bool fail(const QString &path, const QString &reason)
    {
        if (error.isEmpty()) {
            errorPath = path;
            error = reason;
        }
        return false;
    }

    bool keysKnown(const QJsonObject &o, const QString &path, std::initializer_list<const char *> known)
    {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const bool ok = std::any_of(known.begin(), known.end(), [&](const char *k) { return it.key() == QLatin1String(k); });
            if (!ok)
                return fail(join(path, it.key()), tr("unknown key \"%1\"").arg(it.key()));
        }
        return true;
    }

    static QString join(const QString &path, const QString &child)
    {
        return path.isEmpty() ? child : path + QLatin1Char('/') + child;
    }

    bool string(const QJsonObject &o, const QString &path, const char *key, QString &out, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                return fail(path, tr("\"%1\" is missing").arg(QLatin1String(key)));
            return true;
        }
        if (!v.isString())
            return fail(join(path, QLatin1String(key)), tr("\"%1\" must be text").arg(QLatin1String(key)));
        out = v.toString();
        if (out.size() > 500)
            return fail(join(path, QLatin1String(key)), tr("\"%1\" is longer than 500 characters").arg(QLatin1String(key)));
        return true;
    }

    bool number(const QJsonObject &o, const QString &path, const char *key, double max, double &out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString at = join(path, QLatin1String(key));
        if (v.isUndefined())
            return fail(path, tr("\"%1\" is missing").arg(QLatin1String(key)));
        if (!v.isDouble())
            return fail(at, tr("\"%1\" must be a number").arg(QLatin1String(key)));
        out = v.toDouble();
        if (!std::isfinite(out) || out < 0 || out > max)
            return fail(at, tr("\"%1\" must lie between 0 and %2").arg(QLatin1String(key), NumberText::shortest(max)));
        return true;
    }

    // "HH:MM" with 24:00 allowed as a period's end.
    bool clock(const QJsonObject &o, const QString &path, const char *key, int &minute)
    {
        QString text;
        if (!string(o, path, key, text))
            return false;
        static const QRegularExpression form(QStringLiteral("^(\\d\\d):(\\d\\d)$"));
        const QRegularExpressionMatch m = form.match(text);
        const int h = m.hasMatch() ? m.captured(1).toInt() : -1;
        const int min = m.hasMatch() ? m.captured(2).toInt() : -1;
        if (h < 0 || min < 0 || min > 59 || h > 24 || (h == 24 && min != 0))
            return fail(join(path, QLatin1String(key)),
                        tr("\"%1\" must be a time of day from 00:00 to 24:00, not \"%2\"").arg(QLatin1String(key), text));
        minute = h * 60 + min;
        return true;
    }

    // "MM-DD"; 02-29 is a day of the year too.
    bool monthDay(const QJsonObject &o, const QString &path, const char *key, int &month, int &day)
    {
        QString text;
        if (!string(o, path, key, text))
            return false;
        static const QRegularExpression form(QStringLiteral("^(\\d\\d)-(\\d\\d)$"));
        const QRegularExpressionMatch m = form.match(text);
        month = m.hasMatch() ? m.captured(1).toInt() : 0;
        day = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (!QDate(2000, month, day).isValid()) // 2000 is a leap year
            return fail(join(path, QLatin1String(key)),
                        tr("\"%1\" must be a day of the year as MM-DD, not \"%2\"").arg(QLatin1String(key), text));
        return true;
    }

    bool periods(const QJsonValue &value, const QString &path, QList<TariffPeriod> &out)
    {
        if (!value.isArray())
            return fail(path, tr("the periods of a day must be a list"));
        const QJsonArray list = value.toArray();
        if (list.isEmpty() || list.size() > TariffFile::kMaxPeriodsPerDay)
            return fail(path, tr("a day needs between 1 and %1 periods").arg(TariffFile::kMaxPeriodsPerDay));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = join(path, QString::number(i));
            if (!list.at(i).isObject())
                return fail(at, tr("a period must be an object"));
            const QJsonObject o = list.at(i).toObject();
            TariffPeriod p;
            if (!keysKnown(o, at, {"period", "from", "to", "price"}) || !string(o, at, "period", p.kind)
                || !clock(o, at, "from", p.startMinute) || !clock(o, at, "to", p.endMinute)
                || !number(o, at, "price", TariffFile::kMaxPrice, p.price))
                return false;
            if (p.kind.trimmed().isEmpty())
                return fail(join(at, QStringLiteral("period")), tr("a period needs a name"));
            if (p.endMinute <= p.startMinute)
                return fail(at,
                            tr("the period %1–%2 ends before it starts").arg(minuteText(p.startMinute), minuteText(p.endMinute)));
            out.append(p);
        }
        std::stable_sort(out.begin(), out.end(),
                         [](const TariffPeriod &a, const TariffPeriod &b) { return a.startMinute < b.startMinute; });
        int covered = 0;
        for (const TariffPeriod &p : std::as_const(out)) {
            if (p.startMinute > covered)
                return fail(path, tr("no price from %1 to %2").arg(minuteText(covered), minuteText(p.startMinute)));
            if (p.startMinute < covered)
                return fail(path, tr("two periods both price %1–%2").arg(minuteText(p.startMinute), minuteText(covered)));
            covered = p.endMinute;
        }
        if (covered < 24 * 60)
            return fail(path, tr("no price from %1 to 24:00").arg(minuteText(covered)));
        return true;
    }

    bool season(const QJsonValue &value, const QString &path, TariffSeason &out)
    {
        if (!value.isObject())
            return fail(path, tr("a season must be an object"));
        const QJsonObject o = value.toObject();
        if (!keysKnown(o, path, {"id", "from", "to", "basicCharge", "weekday", "saturday", "sunday"})
            || !string(o, path, "id", out.id) || !monthDay(o, path, "from", out.fromMonth, out.fromDay)
            || !monthDay(o, path, "to", out.toMonth, out.toDay)
            || !number(o, path, "basicCharge", TariffFile::kMaxPrice * 10, out.basicChargePerKwMonth))
            return false;
        if (out.id.trimmed().isEmpty())
            return fail(join(path, QStringLiteral("id")), tr("a season needs an id"));
        for (int d = 0; d < kTariffDayTypes; ++d) {
            const QString key = QLatin1String(kDayKeys[d]);
            if (!o.contains(key))
                return fail(path, tr("\"%1\" is missing").arg(key));
            if (!periods(o.value(key), join(path, key), out.days[d]))
                return false;
        }
        return true;
    }

    // Every day of a leap year lies in exactly one season.
    bool seasonsCoverTheYear(const QList<TariffSeason> &seasons)
    {
        for (QDate d(2000, 1, 1); d.year() == 2000; d = d.addDays(1)) {
            int count = 0;
            for (const TariffSeason &s : seasons)
                count += s.contains(d) ? 1 : 0;
            if (count != 1) {
                const QString day = d.toString(QStringLiteral("MM-dd"));
                return fail(QStringLiteral("seasons"),
                            count == 0 ? tr("no season covers %1").arg(day) : tr("%1 lies in more than one season").arg(day));
            }
        }
        return true;
    }

    bool offPeakDays(const QJsonValue &value, OffPeakCalendar &out)
    {
        const QString path = QStringLiteral("offPeakDays");
        if (value.isUndefined())
            return true;
        if (!value.isObject())
            return fail(path, tr("\"offPeakDays\" must map years to lists of dates"));
        const QJsonObject years = value.toObject();
        for (auto it = years.constBegin(); it != years.constEnd(); ++it) {
            const QString at = join(path, it.key());
            bool isYear = false;
            const int year = it.key().toInt(&isYear);
            if (!isYear || year < 1900 || year > 2200 || it.key().size() != 4)
                return fail(at, tr("\"%1\" is not a year").arg(it.key()));
            if (!it.value().isArray() || it.value().toArray().size() > TariffFile::kMaxOffPeakDaysPerYear)
                return fail(
                    at,
                    tr("the off-peak days of a year must be a list of at most %1 dates").arg(TariffFile::kMaxOffPeakDaysPerYear));
            const QJsonArray list = it.value().toArray();
            QList<QDate> days;
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QDate day = QDate::fromString(list.at(i).toString(), Qt::ISODate);
                if (!day.isValid() || day.year() != year || list.at(i).toString().size() != 10)
                    return fail(join(at, QString::number(i)),
                                tr("\"%1\" is not a date (YYYY-MM-DD) in %2").arg(list.at(i).toString()).arg(year));
                days.append(day);
            }
            out.setDays(year, days);
        }
        return true;
    }

    std::optional<Tariff> read(const QJsonObject &root)
    {
        Tariff t;
        QString format;
        if (!string(root, {}, "format", format))
            return std::nullopt;
        if (format != kFormat) {
            fail(QStringLiteral("format"), tr("this is not a tariff file (\"format\" is \"%1\")").arg(format));
            return std::nullopt;
        }
        double version = 0;
        if (!number(root, {}, "version", 1e9, version))
            return std::nullopt;
        if (version != TariffFile::kVersion) {
            fail(QStringLiteral("version"),
                 tr("version %1 is not one this program reads (it reads %2)").arg(version).arg(TariffFile::kVersion));
            return std::nullopt;
        }
        QString effective;
        if (!keysKnown(root, {},
                       {"format", "version", "name", "source", "effective", "feedInRate", "contractKw", "seasons", "offPeakDays"})
            || !string(root, {}, "name", t.name) || !string(root, {}, "source", t.source, false)
            || !string(root, {}, "effective", effective) || !number(root, {}, "feedInRate", TariffFile::kMaxPrice, t.feedInRate)
            || !number(root, {}, "contractKw", TariffFile::kMaxKw, t.contractKw))
            return std::nullopt;
        if (t.name.trimmed().isEmpty()) {
            fail(QStringLiteral("name"), tr("the plan needs a name"));
            return std::nullopt;
        }
        t.effective = QDate::fromString(effective, Qt::ISODate);
        if (!t.effective.isValid() || effective.size() != 10) {
            fail(QStringLiteral("effective"), tr("\"effective\" must be a date (YYYY-MM-DD), not \"%1\"").arg(effective));
            return std::nullopt;
        }
        const QJsonValue seasons = root.value(QLatin1String("seasons"));
        if (!seasons.isArray() || seasons.toArray().isEmpty() || seasons.toArray().size() > TariffFile::kMaxSeasons) {
            fail(seasons.isUndefined() ? QString() : QStringLiteral("seasons"),
                 tr("\"seasons\" must be a list of 1 to %1 seasons").arg(TariffFile::kMaxSeasons));
            return std::nullopt;
        }
        const QJsonArray list = seasons.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            TariffSeason s;
            if (!season(list.at(i), QStringLiteral("seasons/%1").arg(i), s))
                return std::nullopt;
            for (const TariffSeason &earlier : std::as_const(t.seasons)) {
                if (earlier.id == s.id) {
                    fail(QStringLiteral("seasons/%1/id").arg(i), tr("two seasons are called \"%1\"").arg(s.id));
                    return std::nullopt;
                }
            }
            t.seasons.append(s);
        }
        if (!seasonsCoverTheYear(t.seasons) || !offPeakDays(root.value(QLatin1String("offPeakDays")), t.offPeakDays))
            return std::nullopt;
        return t;
    }
};

int lineOfOffset(const QByteArray &json, qsizetype offset)
{
    const qsizetype end = std::clamp<qsizetype>(offset, 0, json.size());
    return 1 + int(std::count(json.cbegin(), json.cbegin() + end, '\n'));
}

// JSON text of a string or a number, as QJsonDocument writes it.
QString jsonScalar(const QJsonValue &v)
{
    const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

Result<Tariff> TariffFile::fromJson(const QByteArray &json, const QString &name)
{
    using R = Result<Tariff>;
    if (json.size() > kMaxFileBytes)
        return R::failure(tr("%1: too large to be a tariff file (%2 bytes).").arg(name).arg(json.size()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(
            tr("%1:%2: not valid JSON: %3.").arg(name).arg(lineOfOffset(json, parseError.offset)).arg(parseError.errorString()));
    if (!doc.isObject())
        return R::failure(tr("%1:1: a tariff file holds one JSON object.").arg(name));
    Reader reader;
    std::optional<Tariff> tariff = reader.read(doc.object());
    if (!tariff)
        return R::failure(QStringLiteral("%1:%2: %3.").arg(name).arg(JsonLines(json).line(reader.errorPath)).arg(reader.error));
    return std::move(*tariff);
}

QByteArray TariffFile::toJson(const Tariff &t)
{
    // Written by hand rather than by QJsonDocument, which sorts keys: the file reads in the
    // order an operator thinks of a plan, one period per line.
    QStringList out;
    const auto field = [](const char *key, const QJsonValue &v) {
        return QStringLiteral("\"%1\": %2").arg(QLatin1String(key), jsonScalar(v));
    };
    out << QStringLiteral("{");
    out << QStringLiteral("  %1,").arg(field("format", QString(kFormat)));
    out << QStringLiteral("  %1,").arg(field("version", kVersion));
    out << QStringLiteral("  %1,").arg(field("name", t.name));
    out << QStringLiteral("  %1,").arg(field("source", t.source));
    out << QStringLiteral("  %1,").arg(field("effective", t.effective.toString(Qt::ISODate)));
    out << QStringLiteral("  %1,").arg(field("feedInRate", t.feedInRate));
    out << QStringLiteral("  %1,").arg(field("contractKw", t.contractKw));
    out << QStringLiteral("  \"seasons\": [");
    for (qsizetype s = 0; s < t.seasons.size(); ++s) {
        const TariffSeason &season = t.seasons.at(s);
        out << QStringLiteral("    {");
        out << QStringLiteral("      %1,").arg(field("id", season.id));
        out << QStringLiteral("      %1,")
                   .arg(field("from",
                              QStringLiteral("%1-%2")
                                  .arg(season.fromMonth, 2, 10, QLatin1Char('0'))
                                  .arg(season.fromDay, 2, 10, QLatin1Char('0'))));
        out << QStringLiteral("      %1,")
                   .arg(field("to",
                              QStringLiteral("%1-%2")
                                  .arg(season.toMonth, 2, 10, QLatin1Char('0'))
                                  .arg(season.toDay, 2, 10, QLatin1Char('0'))));
        out << QStringLiteral("      %1,").arg(field("basicCharge", season.basicChargePerKwMonth));
        for (int d = 0; d < kTariffDayTypes; ++d) {
            out << QStringLiteral("      \"%1\": [").arg(QLatin1String(kDayKeys[d]));
            const QList<TariffPeriod> &periods = season.days.at(d);
            for (qsizetype p = 0; p < periods.size(); ++p) {
                const TariffPeriod &period = periods.at(p);
                out << QStringLiteral("        {%1, %2, %3, %4}%5")
                           .arg(field("period", period.kind), field("from", minuteText(period.startMinute)),
                                field("to", minuteText(period.endMinute)), field("price", period.price),
                                p + 1 < periods.size() ? QStringLiteral(",") : QString());
            }
            out << QStringLiteral("      ]%1").arg(d + 1 < kTariffDayTypes ? QStringLiteral(",") : QString());
        }
        out << QStringLiteral("    }%1").arg(s + 1 < t.seasons.size() ? QStringLiteral(",") : QString());
    }
    out << QStringLiteral("  ],");
    out << QStringLiteral("  \"offPeakDays\": {");
    const QList<int> years = t.offPeakDays.years();
    for (qsizetype y = 0; y < years.size(); ++y) {
        QStringList days;
        for (const QDate &d : t.offPeakDays.days(years.at(y)))
            days << jsonScalar(d.toString(Qt::ISODate));
        out << QStringLiteral("    \"%1\": [%2]%3")
                   .arg(years.at(y))
                   .arg(days.join(QStringLiteral(", ")), y + 1 < years.size() ? QStringLiteral(",") : QString());
    }
    out << QStringLiteral("  }");
    out << QStringLiteral("}");
    return out.join(QLatin1Char('\n')).toUtf8() + '\n';
}

Result<Tariff> TariffFile::readFile(const QString &path)
{
    using R = Result<Tariff>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot open %1: %2.").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return R::failure(tr("%1: too large to be a tariff file (%2 bytes).").arg(path).arg(file.size()));
    const QByteArray json = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return R::failure(tr("Cannot read %1: %2.").arg(path, file.errorString()));
    return fromJson(json, path);
}

Result<bool> TariffFile::writeFile(const QString &path, const Tariff &tariff)
{
    // The one all-or-nothing file write of core (QSaveFile), the schedule files' too.
    return ScheduleFile::writeFile(path, toJson(tariff));
}
