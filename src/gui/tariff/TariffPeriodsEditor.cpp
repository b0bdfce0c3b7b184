#include "gui/tariff/TariffPeriodsEditor.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace {

// Where a row's period lives in the plan.
constexpr int SeasonRole = Qt::UserRole;
constexpr int DayTypeRole = Qt::UserRole + 1;
constexpr int IndexRole = Qt::UserRole + 2;

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

TariffPeriodsEditor::TariffPeriodsEditor(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("tariffPeriods"));
    setColumnCount(ColumnCount);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == PriceColumn)
            emit priceEdited();
    });
    retranslate();
}

QString TariffPeriodsEditor::seasonName(const QString &id)
{
    if (id == u"summer")
        return tr("Summer");
    if (id == u"nonSummer")
        return tr("Non-summer");
    return id;
}

QString TariffPeriodsEditor::minuteText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

void TariffPeriodsEditor::setTariff(const Tariff &tariff)
{
    m_filling = true;
    setRowCount(0);
    const QLocale locale;
    for (int s = 0; s < tariff.seasons.size(); ++s) {
        const TariffSeason &season = tariff.seasons.at(s);
        for (int d = 0; d < kTariffDayTypes; ++d) {
            const QList<TariffPeriod> &periods = season.days.at(d);
            for (int p = 0; p < periods.size(); ++p) {
                const TariffPeriod &period = periods.at(p);
                const int row = rowCount();
                insertRow(row);
                auto *first = readOnly(seasonName(season.id));
                first->setData(SeasonRole, s);
                first->setData(DayTypeRole, d);
                first->setData(IndexRole, p);
                setItem(row, SeasonColumn, first);
                setItem(row, DayTypeColumn, readOnly(Tariff::dayTypeName(TariffDayType(d))));
                setItem(row, FromColumn, readOnly(minuteText(period.startMinute)));
                setItem(row, ToColumn, readOnly(minuteText(period.endMinute)));
                setItem(row, PeriodColumn, readOnly(Tariff::periodName(period.kind)));
                auto *price = new QTableWidgetItem(locale.toString(period.price, 'f', 2));
                price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                setItem(row, PriceColumn, price);
            }
        }
    }
    m_filling = false;
}

Result<Tariff> TariffPeriodsEditor::edited(const Tariff &base) const
{
    Tariff out = base;
    const QLocale locale;
    for (int row = 0; row < rowCount(); ++row) {
        const QTableWidgetItem *where = item(row, SeasonColumn);
        const int s = where->data(SeasonRole).toInt();
        const int d = where->data(DayTypeRole).toInt();
        const int p = where->data(IndexRole).toInt();
        if (s >= out.seasons.size() || p >= out.seasons.at(s).days.at(d).size())
            return Result<Tariff>::failure(tr("The table no longer matches the plan; choose the plan again."));
        const QString text = item(row, PriceColumn)->text().trimmed();
        bool ok = false;
        double price = locale.toDouble(text, &ok);
        if (!ok)
            price = QLocale::c().toDouble(text, &ok);
        if (!ok)
            return Result<Tariff>::failure(tr("%1, %2, %3–%4: \"%5\" is not a price in NT$/kWh.")
                                               .arg(item(row, SeasonColumn)->text(), item(row, DayTypeColumn)->text(),
                                                    item(row, FromColumn)->text(), item(row, ToColumn)->text(), text));
        out.seasons[s].days[d][p].price = price;
    }
    return out;
}

void TariffPeriodsEditor::retranslate()
{
    setHorizontalHeaderLabels({tr("Season"), tr("Day"), tr("From"), tr("To"), tr("Period"), tr("Price (NT$/kWh)")});
}

void TariffPeriodsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableWidget::changeEvent(event);
}
