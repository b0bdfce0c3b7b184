#pragma once

#include "core/Schedule.h"
#include "core/ScheduleCost.h"
#include "core/Tariff.h"

#include <QWidget>
#include <optional>

// The suggested day at a glance: the tariff's periods shaded behind (darker is dearer), the
// windows as bars (charge up, discharge down) and the projected SOC as a line.
class SuggestionChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestionChart)

public:
    explicit SuggestionChart(QWidget *parent = nullptr);

    void setPeriods(const QList<TariffPeriod> &periods);
    void setSuggestion(const Schedule &windows, const DayCost &cost, double maxPowerW);
    void clear();

    QSize sizeHint() const override { return {640, 180}; }

private:
    void paintEvent(QPaintEvent *event) override;

    QList<TariffPeriod> m_periods;
    Schedule m_windows;
    std::optional<DayCost> m_cost;
    double m_maxPowerW = 1;
};
