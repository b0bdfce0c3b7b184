#pragma once

#include "client/QueryTimeArg.h"
#include "core/Duration.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrlQuery>
#include <initializer_list>
#include <optional>
#include <type_traits>

// Values of the query parameters shared by DeviceQuery and DomainQuery (docs/aegis-api.md §5–6).
// Prefixed names because the emulator has its own TimeFunction and tests link both.

// time_function: one value per window (or per range without `every`).
enum class QueryTimeFunction { First, Last, Min, Max, Mean, Median, Count, Sum, Spread, Integral };
// group_function: combines the values of several groups that share a `_time`.
enum class QueryGroupFunction { Min, Max, Mean, Median, Count, Sum };
// time_src: which edge of a window becomes its `_time`.
enum class QueryTimeSource { WindowStart, WindowStop };

// One group_by column. `beforeTimeFunctionOnly` is the contract's `!Col`: the column groups
// the points before the time function; afterwards its tables merge through group_function.
struct GroupColumn
{
    // Any string type converts (u"_field", QString, QLatin1StringView), so that a braced list
    // of names is a QList<GroupColumn>.
    template <typename Name, std::enable_if_t<std::is_constructible_v<QAnyStringView, const Name &>, bool> = true>
    GroupColumn(const Name &name, bool beforeTimeFunctionOnly = false) // NOLINT(google-explicit-constructor)
        : name(QAnyStringView(name).toString())
        , beforeTimeFunctionOnly(beforeTimeFunctionOnly)
    {
    }
    static GroupColumn beforeTimeFunction(QAnyStringView name) { return GroupColumn(name, true); }

    QString name;
    bool beforeTimeFunctionOnly = false;

    QString toString() const { return beforeTimeFunctionOnly ? QLatin1Char('!') + name : name; }
    friend bool operator==(const GroupColumn &, const GroupColumn &) = default;
};

namespace QueryParameters {

QString name(QueryTimeFunction function); // "first", ..., "integral"
QString name(QueryGroupFunction function); // "min", ..., "sum"
QString name(QueryTimeSource source); // "_start", "_stop"
std::optional<QueryTimeFunction> timeFunctionFromName(QStringView name);
std::optional<QueryGroupFunction> groupFunctionFromName(QStringView name);

QStringList toList(std::initializer_list<QAnyStringView> items);
// Adds `key=value` so that the server reads back exactly `value`: '%' and '+' are escaped
// (QUrlQuery leaves '+', which the vendor's server would read as a space).
void addItem(QUrlQuery &query, const QString &key, const QString &value);
inline QString boolText(bool on)
{
    return on ? QStringLiteral("true") : QStringLiteral("false");
}
// Why a list parameter cannot be sent as a comma-separated list (an empty item, an item with
// a comma); empty when fine. `parameter` is the contract's name.
QString listProblem(const QString &parameter, const QStringList &items);

} // namespace QueryParameters

// The parameters both queries share, with their checks and their serialisation.
struct CommonQueryParameters
{
    Q_DECLARE_TR_FUNCTIONS(CommonQueryParameters)

public:
    std::optional<int> organizationId;
    std::optional<int> domainId;
    std::optional<QueryTimeArg> start;
    std::optional<QueryTimeArg> stop;
    QStringList fields;
    std::optional<Duration> every;
    std::optional<QTimeZone> timezone;
    std::optional<QueryTimeSource> timeSource;
    std::optional<QueryTimeFunction> timeFunction;
    std::optional<bool> createEmpty;
    QStringList pivotColumns;

    // Checks of what both queries need; the first problem found, translated, or empty.
    QString problem() const;
};
