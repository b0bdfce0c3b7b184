#include "gui/timechart/TimeSeriesTableModel.h"

#include <algorithm>
#include <cmath>
#include <limits>

TimeSeriesTableModel::TimeSeriesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_format(QTimeZone::systemTimeZone())
{
}

TimeSeriesTableModel::~TimeSeriesTableModel() = default;

void TimeSeriesTableModel::setSeries(const QList<ChartSeries> &series)
{
    beginResetModel();
    m_series = series;
    buildRows();
    endResetModel();
}

void TimeSeriesTableModel::setTimeZone(const QTimeZone &zone)
{
    m_format = ZonedTimeFormat(zone);
    emit headerDataChanged(Qt::Horizontal, 0, 0);
    if (!m_times.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

void TimeSeriesTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_times.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void TimeSeriesTableModel::buildRows()
{
    m_times.clear();
    m_pointOfRow.clear();
    if (m_series.isEmpty())
        return;

    const QList<qint64> &firstTimes = m_series.constFirst().data.times();
    const bool strictlyIncreasing =
        std::adjacent_find(firstTimes.cbegin(), firstTimes.cend(), std::greater_equal<>()) == firstTimes.cend();
    const bool aligned = strictlyIncreasing
        && std::all_of(m_series.cbegin(), m_series.cend(), [&](const ChartSeries &s) { return s.data.times() == firstTimes; });
    if (aligned) {
        m_times = firstTimes; // shared, not copied
    } else {
        // Merge the sorted time lists; a time repeated within one series keeps its last point.
        const qsizetype count = m_series.size();
        QList<qsizetype> cursor(count, 0);
        m_pointOfRow.resize(count);
        constexpr qint64 none = std::numeric_limits<qint64>::max();
        for (;;) {
            qint64 t = none;
            for (qsizetype s = 0; s < count; ++s) {
                const TimeSeries &data = m_series.at(s).data;
                if (cursor[s] < data.size())
                    t = std::min(t, data.time(cursor[s]));
            }
            if (t == none)
                break;
            m_times.append(t);
            for (qsizetype s = 0; s < count; ++s) {
                const TimeSeries &data = m_series.at(s).data;
                int point = -1;
                while (cursor[s] < data.size() && data.time(cursor[s]) == t)
                    point = int(cursor[s]++);
                m_pointOfRow[s].append(point);
            }
        }
    }
    m_withSeconds = std::any_of(m_times.cbegin(), m_times.cend(), [](qint64 t) { return t % 60'000 != 0; });
}

double TimeSeriesTableModel::valueAt(int row, int seriesIndex) const
{
    const TimeSeries &data = m_series.at(seriesIndex).data;
    if (m_pointOfRow.isEmpty())
        return data.value(row);
    const int point = m_pointOfRow.at(seriesIndex).at(row);
    return point < 0 ? TimeSeries::null() : data.value(point);
}

int TimeSeriesTableModel::rowAtOrBefore(qint64 ms) const
{
    return int(std::upper_bound(m_times.cbegin(), m_times.cend(), ms) - m_times.cbegin()) - 1;
}

int TimeSeriesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_times.size());
}

int TimeSeriesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.size()) + 1;
}

QString TimeSeriesTableModel::formatValue(double value) const
{
    // Enough digits to read a value at a glance; RawValueRole keeps them all.
    const double magnitude = std::abs(value);
    const int decimals = magnitude < 10 ? 2 : magnitude < 100 ? 1 : 0;
    return m_locale.toString(value, 'f', decimals);
}

QVariant TimeSeriesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const qint64 t = m_times.at(row);
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return m_withSeconds ? m_format.dateTimeSeconds(t) : m_format.dateTimeMinutes(t);
        case Qt::ToolTipRole: // the offset tells apart the repeated hour at the end of DST
            return QString(m_format.format(t, QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                           + ZonedTimeFormat::offsetText(m_format.offsetSeconds(t)));
        case RawValueRole:
            return t;
        default:
            return {};
        }
    }
    const double v = valueAt(row, index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return TimeSeries::isNull(v) ? QString() : formatValue(v);
    case RawValueRole:
        return TimeSeries::isNull(v) ? QVariant() : QVariant(v);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QString TimeSeriesTableModel::columnTitle(const QString &name, const QString &unit)
{
    return unit.isEmpty() ? name : tr("%1 (%2)").arg(name, unit);
}

QVariant TimeSeriesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("Time (%1)").arg(m_format.zoneName());
        return {};
    }
    const ChartSeries &s = m_series.at(section - 1);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(s.name, s.unit);
    case RawValueRole:
        return s.unit;
    case Qt::DecorationRole:
        return s.color.isValid() ? QVariant(s.color) : QVariant();
    default:
        return {};
    }
}
