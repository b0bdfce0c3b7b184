#include "core/CronsCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <cmath>
#include <limits>

namespace {

const QString kStart = QStringLiteral("start_time");
const QString kStop = QStringLiteral("stop_time");
const QString kPower = QStringLiteral("power");

// Integral doubles are written without a fraction, as the vendor writes them.
QString formatNumber(double v)
{
    if (std::isfinite(v) && v == std::trunc(v) && std::abs(v) < 9.0e15)
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'g', 17);
}

QString formatJsonValue(const QJsonValue &v)
{
    // QJsonDocument only writes arrays and objects; wrap the value and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

} // namespace

Result<Schedule> CronsCodec::decode(const QString &crons)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(crons.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Result<Schedule>::failure(
            tr("The schedule is not valid JSON: %1 at character %2.").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!doc.isArray())
        return Result<Schedule>::failure(tr("The schedule must be a JSON array of windows, but it is an object."));

    Schedule schedule;
    const QJsonArray array = doc.array();
    if (array.size() > Schedule::kMaxWindows)
        return Result<Schedule>::failure(tooManyWindows(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int number = int(i) + 1;
        const QJsonValue item = array.at(i);
        if (!item.isObject())
            return Result<Schedule>::failure(tr("Window %1 must be an object, but it is %2.").arg(number).arg(typeName(item)));
        QJsonObject object = item.toObject();

        ScheduleWindow window;
        for (const QString &key : {kStart, kStop}) {
            if (!object.contains(key))
                return Result<Schedule>::failure(tr("Window %1 has no \"%2\".").arg(number).arg(key));
            const QJsonValue v = object.value(key);
            if (!v.isDouble())
                return Result<Schedule>::failure(
                    tr("Window %1: \"%2\" must be a number of seconds, but it is %3.").arg(number).arg(key, typeName(v)));
            const double seconds = v.toDouble();
            if (seconds != std::trunc(seconds) || std::abs(seconds) > std::numeric_limits<int>::max())
                return Result<Schedule>::failure(tr("Window %1: \"%2\" must be a whole number of seconds, but it is %3.")
                                                     .arg(number)
                                                     .arg(key, formatNumber(seconds)));
            (key == kStart ? window.startSecond : window.stopSecond) = static_cast<int>(seconds);
            object.remove(key);
        }
        if (!object.contains(kPower))
            return Result<Schedule>::failure(tr("Window %1 has no \"%2\".").arg(number).arg(kPower));
        const QJsonValue power = object.value(kPower);
        if (!power.isDouble())
            return Result<Schedule>::failure(
                tr("Window %1: \"power\" must be a number of watts, but it is %2.").arg(number).arg(typeName(power)));
        window.powerW = power.toDouble();
        object.remove(kPower);
        window.extra = object;
        schedule.append(window);
    }
    return schedule;
}

QString CronsCodec::encode(const Schedule &schedule)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < schedule.size(); ++i) {
        const ScheduleWindow &w = schedule.at(i);
        if (i > 0)
            out += QLatin1Char(',');
        out += QStringLiteral("{\"start_time\":") + QString::number(w.startSecond) + QStringLiteral(",\"stop_time\":")
            + QString::number(w.stopSecond) + QStringLiteral(",\"power\":") + formatNumber(w.powerW);
        for (auto it = w.extra.constBegin(); it != w.extra.constEnd(); ++it)
            out += QLatin1Char(',') + formatJsonValue(QJsonValue(it.key())) + QLatin1Char(':') + formatJsonValue(it.value());
        out += QLatin1Char('}');
    }
    out += QLatin1Char(']');
    return out;
}

QString CronsCodec::tooManyWindows(qsizetype count)
{
    return tr("The schedule has %1 windows, more than the %2 a schedule may hold.").arg(count).arg(Schedule::kMaxWindows);
}

QString CronsCodec::typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("true or false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("missing");
}
