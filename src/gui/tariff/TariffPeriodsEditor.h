#pragma once

#include "core/Result.h"
#include "core/Tariff.h"

#include <QTableWidget>

// Every priced period of a plan in one table — season, day type, from, to, kind — with the
// price the operator may type over. Reading it back refuses a price that is not a number; the
// library's own checks (TariffFile) judge the rest when the plan is saved.
class TariffPeriodsEditor final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TariffPeriodsEditor)

public:
    enum Column { SeasonColumn, DayTypeColumn, FromColumn, ToColumn, PeriodColumn, PriceColumn, ColumnCount };

    explicit TariffPeriodsEditor(QWidget *parent = nullptr);

    void setTariff(const Tariff &tariff);
    // `base` with the prices as typed; a failure names the row's period and the bad text.
    Result<Tariff> edited(const Tariff &base) const;

    // "Summer", "Non-summer", or a custom plan's own id.
    static QString seasonName(const QString &id);
    // "09:00", "24:00".
    static QString minuteText(int minute);

signals:
    void priceEdited();

private:
    void retranslate();
    void changeEvent(QEvent *event) override;

    bool m_filling = false;
};
