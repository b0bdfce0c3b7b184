#include "optimize/LinearProgram.h"

#include <cmath>

int LinearProgram::addColumn(Column column)
{
    m_columns.append(std::move(column));
    return int(m_columns.size()) - 1;
}

int LinearProgram::addRow(Row row)
{
    m_rows.append(std::move(row));
    return int(m_rows.size()) - 1;
}

double LinearProgram::objective(const QList<double> &x) const
{
    double sum = 0;
    for (qsizetype i = 0; i < m_columns.size() && i < x.size(); ++i)
        sum += m_columns.at(i).cost * x.at(i);
    return sum;
}

bool LinearProgram::feasible(const QList<double> &x, double tolerance, QString *broken) const
{
    const auto fail = [&](const QString &what) {
        if (broken)
            *broken = what;
        return false;
    };
    if (x.size() != m_columns.size())
        return fail(QStringLiteral("size"));
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const Column &c = m_columns.at(i);
        if (!std::isfinite(x.at(i)) || x.at(i) < c.lower - tolerance || x.at(i) > c.upper + tolerance)
            return fail(c.name);
        if (c.integer && std::abs(x.at(i) - std::round(x.at(i))) > tolerance)
            return fail(c.name);
    }
    for (const Row &r : m_rows) {
        double sum = 0;
        for (const auto &[column, coefficient] : r.terms)
            sum += coefficient * x.at(column);
        if (sum < r.lower - tolerance || sum > r.upper + tolerance)
            return fail(r.name);
    }
    return true;
}
