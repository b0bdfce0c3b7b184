#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

// The variables a grid operator sets through cFos Charging Manager's HTTP API
// (docs/emulator.md "The grid operator (cFos API)"): names with an expression and its value.
// Only numeric literals are evaluated; a formula is refused with a reason, not stored. AVAIL
// (0–100, % of the connection's import capacity) and TARIF (0 normal, 1 reduced) are checked
// against their ranges; any other name is stored and echoed. Bounded in count and length.
class CfosVariables final
{
public:
    static constexpr int kMaxVariables = 64;
    static constexpr int kMaxNameLength = 64;
    static constexpr int kMaxExpressionLength = 256;

    struct Variable
    {
        QString name; // as the grid operator wrote it
        QJsonValue expression; // as sent: a JSON number, or the text of a numeric literal
        double value = 0;
    };

    // One variable from a request, checked: a name of letters, digits, "_" or "." starting
    // with a letter or "_", and an expression that is a numeric literal (a JSON number or a
    // string holding one). `where` starts the reason ("vars[2]", "val").
    static Result<Variable> parse(const QJsonValue &name, const QJsonValue &expression, const QString &where);

    // Sets all of `variables` (a name already present is replaced, names compare without
    // regard to case), after removing every other variable when `clear`. Nothing changes
    // when the result would hold more than kMaxVariables or a name appears twice.
    Result<bool> set(const QList<Variable> &variables, bool clear);

    const QList<Variable> &all() const { return m_variables; }
    // The value of a variable, by name in any case; none when it is not set.
    std::optional<double> value(QStringView name) const;
    // {"vars": [{"name": "AVAIL", "expr": 50, "val": 50}, ...]}
    QJsonObject toJson() const;

private:
    QList<Variable> m_variables;
};
