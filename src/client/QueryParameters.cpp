#include "client/QueryParameters.h"

#include <array>

namespace {

constexpr std::array<const char16_t *, 10> kTimeFunctions = {u"first",  u"last",  u"min", u"max",    u"mean",
                                                             u"median", u"count", u"sum", u"spread", u"integral"};
constexpr std::array<const char16_t *, 6> kGroupFunctions = {u"min", u"max", u"mean", u"median", u"count", u"sum"};

} // namespace

namespace QueryParameters {

QString name(QueryTimeFunction function)
{
    return QString::fromUtf16(kTimeFunctions.at(size_t(function)));
}

QString name(QueryGroupFunction function)
{
    return QString::fromUtf16(kGroupFunctions.at(size_t(function)));
}

QString name(QueryTimeSource source)
{
    return source == QueryTimeSource::WindowStart ? QStringLiteral("_start") : QStringLiteral("_stop");
}

std::optional<QueryTimeFunction> timeFunctionFromName(QStringView name)
{
    for (size_t i = 0; i < kTimeFunctions.size(); ++i) {
        if (name == QStringView(kTimeFunctions[i]))
            return QueryTimeFunction(i);
    }
    return std::nullopt;
}

std::optional<QueryGroupFunction> groupFunctionFromName(QStringView name)
{
    for (size_t i = 0; i < kGroupFunctions.size(); ++i) {
        if (name == QStringView(kGroupFunctions[i]))
            return QueryGroupFunction(i);
    }
    return std::nullopt;
}

QStringList toList(std::initializer_list<QAnyStringView> items)
{
    QStringList out;
    out.reserve(qsizetype(items.size()));
    for (const QAnyStringView &item : items)
        out.append(item.toString());
    return out;
}

void addItem(QUrlQuery &query, const QString &key, const QString &value)
{
    // QUrlQuery takes "%XX" in a value as already encoded, so a literal '%' must become %25
    // first; '+' becomes %2B because form-style decoders read a bare '+' as a space.
    QString encoded = value;
    encoded.replace(QLatin1Char('%'), QStringLiteral("%25"));
    encoded.replace(QLatin1Char('+'), QStringLiteral("%2B"));
    query.addQueryItem(key, encoded);
}

QString listProblem(const QString &parameter, const QStringList &items)
{
    for (const QString &item : items) {
        if (item.trimmed().isEmpty())
            return QCoreApplication::translate("QueryParameters", "%1 holds an empty name.").arg(parameter);
        if (item.contains(QLatin1Char(',')))
            return QCoreApplication::translate("QueryParameters", "%1: \"%2\" contains a comma, which the list cannot carry.")
                .arg(parameter, item);
    }
    return {};
}

} // namespace QueryParameters

QString CommonQueryParameters::problem() const
{
    if (!organizationId)
        return tr("organization_id is missing: queries must name the organization from the login reply.");
    if (!start)
        return tr("start is missing: the server needs the beginning of the time range.");
    if (const QString p = start->problem(); !p.isEmpty())
        return tr("start: %1").arg(p);
    if (stop) {
        if (const QString p = stop->problem(); !p.isEmpty())
            return tr("stop: %1").arg(p);
        if (start->isAbsolute() && stop->isAbsolute() && start->absoluteMs() >= stop->absoluteMs())
            return tr("The time range is empty: start must be before stop.");
    }
    if (fields.isEmpty())
        return tr("fields is empty: name at least one field to query.");
    if (const QString p = QueryParameters::listProblem(QStringLiteral("fields"), fields); !p.isEmpty())
        return p;
    if (every && every->count() <= 0)
        return tr("every must be a positive window length such as 15m, 1h or 1d.");
    if (timezone && !timezone->isValid())
        return tr("timezone is not a valid time zone.");
    if (const QString p = QueryParameters::listProblem(QStringLiteral("pivot_columns"), pivotColumns); !p.isEmpty())
        return p;
    return {};
}
