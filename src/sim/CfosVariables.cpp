#include "sim/CfosVariables.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace {

// The two variables the emulated site acts on (cFos's own examples).
constexpr QStringView kAvail = u"AVAIL";
constexpr QStringView kTarif = u"TARIF";

std::optional<double> numericLiteral(const QString &text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral(R"([+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)")));
    const QString trimmed = text.trimmed();
    if (!pattern.match(trimmed).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

Result<CfosVariables::Variable> CfosVariables::parse(const QJsonValue &name, const QJsonValue &expression, const QString &where)
{
    using R = Result<Variable>;
    static const QRegularExpression namePattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z_][A-Za-z0-9_.]*")));
    if (!name.isString())
        return R::failure(QStringLiteral("%1: name must be a string").arg(where));
    Variable v;
    v.name = name.toString();
    if (v.name.isEmpty() || v.name.size() > kMaxNameLength || !namePattern.match(v.name).hasMatch())
        return R::failure(QStringLiteral("%1: name must be 1 to %2 letters, digits, \"_\" or \".\", starting with a letter "
                                         "or \"_\"")
                              .arg(where)
                              .arg(kMaxNameLength));
    if (expression.isDouble()) {
        if (!std::isfinite(expression.toDouble()))
            return R::failure(QStringLiteral("%1: %2 is not a finite number").arg(where, v.name));
        v.value = expression.toDouble();
    } else if (expression.isString()) {
        const QString text = expression.toString();
        if (text.size() > kMaxExpressionLength)
            return R::failure(QStringLiteral("%1: the expression of %2 is longer than %3 characters")
                                  .arg(where, v.name)
                                  .arg(kMaxExpressionLength));
        const std::optional<double> number = numericLiteral(text);
        if (!number)
            return R::failure(QStringLiteral("%1: \"%2\" is not a number: this emulator evaluates numeric literals only, "
                                             "not formulas or other variables")
                                  .arg(where, text));
        v.value = *number;
    } else if (expression.isUndefined()) {
        return R::failure(QStringLiteral("%1: %2 has no expression").arg(where, v.name));
    } else {
        return R::failure(QStringLiteral("%1: the expression of %2 must be a number").arg(where, v.name));
    }
    v.expression = expression;
    if (v.name.compare(kAvail, Qt::CaseInsensitive) == 0 && (v.value < 0 || v.value > 100))
        return R::failure(
            QStringLiteral("%1: AVAIL is a percentage of the connection's capacity, 0 to 100, not %2").arg(where).arg(v.value));
    if (v.name.compare(kTarif, Qt::CaseInsensitive) == 0 && v.value != 0 && v.value != 1)
        return R::failure(QStringLiteral("%1: TARIF is 0 (normal tariff) or 1 (reduced tariff), not %2").arg(where).arg(v.value));
    return v;
}

Result<bool> CfosVariables::set(const QList<Variable> &variables, bool clear)
{
    QSet<QString> seen;
    for (const Variable &v : variables) {
        const QString key = v.name.toUpper();
        if (seen.contains(key))
            return Result<bool>::failure(QStringLiteral("%1 is set twice in one request").arg(v.name));
        seen.insert(key);
    }
    QList<Variable> next = clear ? QList<Variable>() : m_variables;
    for (const Variable &v : variables) {
        const auto it = std::find_if(next.begin(), next.end(),
                                     [&](const Variable &old) { return old.name.compare(v.name, Qt::CaseInsensitive) == 0; });
        if (it != next.end())
            *it = v;
        else
            next.append(v);
    }
    if (next.size() > kMaxVariables)
        return Result<bool>::failure(
            QStringLiteral("at most %1 variables can be set; this would make %2 (clear=1 removes the others first)")
                .arg(kMaxVariables)
                .arg(next.size()));
    m_variables = std::move(next);
    return true;
}

std::optional<double> CfosVariables::value(QStringView name) const
{
    for (const Variable &v : m_variables) {
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            return v.value;
    }
    return std::nullopt;
}

QJsonObject CfosVariables::toJson() const
{
    QJsonArray vars;
    for (const Variable &v : m_variables)
        vars.append(QJsonObject{
            {QStringLiteral("name"), v.name}, {QStringLiteral("expr"), v.expression}, {QStringLiteral("val"), v.value}});
    return {{QStringLiteral("vars"), vars}};
}
