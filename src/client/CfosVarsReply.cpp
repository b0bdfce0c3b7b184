#include "client/CfosVarsReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <cmath>

namespace {

// A variable's current value: a JSON number, or a string holding one (cFos writes both).
std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double v = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return v;
    }
    return std::nullopt;
}

} // namespace

Result<CfosVarsReply> CfosVarsReply::decode(const QByteArray &body)
{
    using R = Result<CfosVarsReply>;
    if (body.size() > kMaxBytes)
        return R::failure(
            tr("the reply is %1 bytes, more than the %2 a list of variables may take").arg(body.size()).arg(kMaxBytes));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(tr("the reply is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    QJsonArray vars;
    if (doc.isArray())
        vars = doc.array();
    else if (doc.isObject() && doc.object().value(QStringLiteral("vars")).isArray())
        vars = doc.object().value(QStringLiteral("vars")).toArray();
    else
        return R::failure(tr("the reply is not a list of variables ({\"vars\": [...]})"));
    if (vars.size() > kMaxVariables)
        return R::failure(tr("the reply lists %1 variables, more than %2").arg(vars.size()).arg(kMaxVariables));

    CfosVarsReply reply;
    reply.variableCount = int(vars.size());
    for (qsizetype i = 0; i < vars.size(); ++i) {
        if (!vars.at(i).isObject())
            return R::failure(tr("variable %1 of the reply is not an object").arg(i + 1));
        const QJsonObject item = vars.at(i).toObject();
        const QString name = item.value(QStringLiteral("name")).toString();
        const bool isAvail = name.compare(u"AVAIL", Qt::CaseInsensitive) == 0;
        const bool isTarif = name.compare(u"TARIF", Qt::CaseInsensitive) == 0;
        if (!isAvail && !isTarif)
            continue;
        const QString shown = isAvail ? QStringLiteral("AVAIL") : QStringLiteral("TARIF");
        if ((isAvail && reply.availPercent) || (isTarif && reply.tariffFlag))
            return R::failure(tr("%1 is listed twice").arg(shown));
        const std::optional<double> value = number(item.value(QStringLiteral("val")));
        if (!value || !std::isfinite(*value))
            return R::failure(tr("%1 has no numeric value").arg(shown));
        const QLocale c = QLocale::c();
        if (isAvail) {
            if (*value < 0 || *value > 100)
                return R::failure(
                    tr("AVAIL is %1; a share of the connection from 0 to 100 was expected").arg(c.toString(*value)));
            reply.availPercent = *value;
        } else {
            if (*value != 0 && *value != 1)
                return R::failure(tr("TARIF is %1; 0 (normal) or 1 (reduced) was expected").arg(c.toString(*value)));
            reply.tariffFlag = *value == 1 ? TariffFlag::Reduced : TariffFlag::Calendar;
        }
    }
    return reply;
}
