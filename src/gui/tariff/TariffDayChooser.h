#pragma once

#include "core/Tariff.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;

// Which kind of day the schedule page prices and shades (docs/tariffs.md "On the schedule
// page"): a day type in a season of the chosen plan, with the day's periods and prices as a
// legend. It follows today until the operator picks another day; the scheduler runs the same
// windows on every kind of day, so the operator looks at each in turn.
class TariffDayChooser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TariffDayChooser)

public:
    explicit TariffDayChooser(QWidget *parent = nullptr);

    // The plan whose seasons are offered; today's kind of day is shown unless one was picked.
    void setTariff(const Tariff &tariff, const QDate &today);
    // No plan to price by: nothing to choose, so nothing is shown.
    void clearTariff();
    bool hasTariff() const { return m_hasTariff; }
    TariffDayType dayType() const;
    QString season() const;
    // Back to following today (a new plan, another site).
    void followToday();

signals:
    void changed();

private:
    void showLegend();
    void retranslate();
    void changeEvent(QEvent *event) override;

    QLabel *m_label;
    QComboBox *m_day; // a kind of day in a season
    QLabel *m_legend;
    Tariff m_tariff;
    bool m_hasTariff = false;
    bool m_picked = false; // the operator chose a day: today no longer moves it
    bool m_filling = false;
};
