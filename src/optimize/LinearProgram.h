#pragma once

#include <QList>
#include <QString>
#include <limits>
#include <utility>

// A small linear (or mixed-integer) program to minimise, built column by column and row by
// row: what DayPlanner writes and CbcSolver reads. Nothing here knows a solver.
class LinearProgram final
{
public:
    static constexpr double kInfinity = std::numeric_limits<double>::infinity();

    struct Column
    {
        QString name; // for messages and debugging, e.g. "charge[17]"
        double lower = 0;
        double upper = kInfinity;
        double cost = 0;
        bool integer = false;
    };

    struct Row
    {
        QString name;
        QList<std::pair<int, double>> terms; // (column, coefficient)
        double lower = -kInfinity;
        double upper = kInfinity;
    };

    int addColumn(Column column);
    int addRow(Row row);

    const QList<Column> &columns() const { return m_columns; }
    const QList<Row> &rows() const { return m_rows; }
    Column &column(int index) { return m_columns[index]; }

    // The objective of `x` (one value per column), and whether `x` keeps every bound and row
    // within `tolerance`: what a test and the solver's caller check a solution with.
    double objective(const QList<double> &x) const;
    bool feasible(const QList<double> &x, double tolerance, QString *broken = nullptr) const;

private:
    QList<Column> m_columns;
    QList<Row> m_rows;
};
