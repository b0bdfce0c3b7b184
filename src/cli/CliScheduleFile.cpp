#include "cli/CliScheduleFile.h"

#include "cli/AegisCli.h"
#include "core/CronsCodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>
#include <optional>

namespace {

// "17:00", "07:30:15", "24:00" (the end of the day) as seconds after midnight.
std::optional<int> secondOfDay(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    const int s = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (min > 59 || s > 59 || h > 24 || (h == 24 && (min != 0 || s != 0)))
        return std::nullopt;
    return h * 3600 + min * 60 + s;
}

// One edge of a window of the "windows" form: "start" as text, or "start_time" in seconds, or
// both when they agree (an edited export must not keep a stale twin).
Result<int> edge(const QJsonObject &window, int number, const QString &textKey, const QString &secondsKey)
{
    std::optional<int> fromText;
    std::optional<int> fromSeconds;
    if (window.contains(textKey)) {
        const QJsonValue v = window.value(textKey);
        fromText = v.isString() ? secondOfDay(v.toString()) : std::nullopt;
        if (!fromText)
            return Result<int>::failure(
                AegisCli::tr("window %1: \"%2\" needs a time of day such as \"17:00\" or \"24:00\"").arg(number).arg(textKey));
    }
    if (window.contains(secondsKey)) {
        const QJsonValue v = window.value(secondsKey);
        const double seconds = v.toDouble(std::nan(""));
        if (!v.isDouble() || seconds != std::trunc(seconds) || std::abs(seconds) > 1e9)
            return Result<int>::failure(
                AegisCli::tr("window %1: \"%2\" needs a whole number of seconds after midnight").arg(number).arg(secondsKey));
        fromSeconds = int(seconds);
    }
    if (fromText && fromSeconds && *fromText != *fromSeconds)
        return Result<int>::failure(
            AegisCli::tr("window %1: \"%2\" and \"%3\" disagree; give one of them").arg(number).arg(textKey, secondsKey));
    if (fromText)
        return *fromText;
    if (fromSeconds)
        return *fromSeconds;
    return Result<int>::failure(AegisCli::tr("window %1 has no \"%2\"").arg(number).arg(textKey));
}

Result<double> power(const QJsonObject &window, int number)
{
    std::optional<double> found;
    for (const QString &key : {QStringLiteral("power_w"), QStringLiteral("power")}) {
        if (!window.contains(key))
            continue;
        const QJsonValue v = window.value(key);
        if (!v.isDouble())
            return Result<double>::failure(AegisCli::tr("window %1: \"%2\" needs a number of watts").arg(number).arg(key));
        if (found && *found != v.toDouble())
            return Result<double>::failure(
                AegisCli::tr("window %1: \"power_w\" and \"power\" disagree; give one of them").arg(number));
        found = v.toDouble();
    }
    if (!found)
        return Result<double>::failure(AegisCli::tr("window %1 has no \"power_w\"").arg(number));
    return *found;
}

Result<Schedule> fromWindows(const QJsonArray &windows)
{
    if (windows.size() > Schedule::kMaxWindows)
        return Result<Schedule>::failure(CronsCodec::tooManyWindows(windows.size()));
    Schedule schedule;
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const int number = int(i) + 1;
        if (!windows.at(i).isObject())
            return Result<Schedule>::failure(AegisCli::tr("window %1 is not an object").arg(number));
        const QJsonObject w = windows.at(i).toObject();
        const Result<int> start = edge(w, number, QStringLiteral("start"), QStringLiteral("start_time"));
        if (!start)
            return Result<Schedule>::failure(start.error());
        const Result<int> stop = edge(w, number, QStringLiteral("stop"), QStringLiteral("stop_time"));
        if (!stop)
            return Result<Schedule>::failure(stop.error());
        const Result<double> watts = power(w, number);
        if (!watts)
            return Result<Schedule>::failure(watts.error());
        schedule.append(ScheduleWindow{*start, *stop, *watts, {}});
    }
    return schedule;
}

Result<Schedule> fromObject(const QJsonObject &object)
{
    if (object.contains(QStringLiteral("windows"))) {
        const QJsonValue windows = object.value(QStringLiteral("windows"));
        if (!windows.isArray())
            return Result<Schedule>::failure(AegisCli::tr("\"windows\" must be an array"));
        return fromWindows(windows.toArray());
    }
    const QJsonValue crons = object.value(QStringLiteral("crons"));
    if (crons.isString())
        return CronsCodec::decode(crons.toString());
    if (crons.isArray())
        return CronsCodec::decode(QString::fromUtf8(QJsonDocument(crons.toArray()).toJson(QJsonDocument::Compact)));
    return Result<Schedule>::failure(AegisCli::tr("the object holds neither \"windows\" nor \"crons\""));
}

} // namespace

Result<Schedule> CliScheduleFile::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return Result<Schedule>::failure(AegisCli::tr("not JSON: %1 at character %2").arg(error.errorString()).arg(error.offset));
    if (doc.isObject())
        return fromObject(doc.object());
    const QJsonArray array = doc.array();
    // The GET reply of docs/aegis-api.md §7 wraps the scheduler object in an array.
    if (array.size() == 1 && array.at(0).isObject() && array.at(0).toObject().contains(QStringLiteral("crons")))
        return fromObject(array.at(0).toObject());
    return CronsCodec::decode(QString::fromUtf8(json));
}

Result<Schedule> CliScheduleFile::read(const QString &path)
{
    QFile file;
    const bool isStdin = path == u"-";
    const bool opened =
        isStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Result<Schedule>::failure(AegisCli::tr("cannot read %1: %2").arg(path, file.errorString()));
    // A schedule is a few hundred bytes; anything huge is the wrong file.
    const QByteArray json = file.read(1 << 20);
    const Result<Schedule> schedule = parse(json);
    if (!schedule)
        return Result<Schedule>::failure(QStringLiteral("%1: %2").arg(isStdin ? AegisCli::tr("stdin") : path, schedule.error()));
    return schedule;
}
