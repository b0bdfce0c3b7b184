#pragma once

#include "core/Schedule.h"
#include "core/ScheduleCost.h"
#include "core/Tariff.h"

#include <QDateTime>
#include <QLabel>
#include <QTimeZone>
#include <optional>

class Clock;
class ScheduleModel;
class SiteConnection;
class SuggestHistory;

// The schedule page's line on money (docs/tariffs.md "The cost of a schedule"): what the
// server's schedule and the draft cost on today's kind of day under the chosen plan, and the
// difference per day and over this month, each costed by ScheduleCost with the inputs
// "Suggest" uses (the usual day of the last four weeks, the battery now, the grid limits).
class DraftCostLine final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftCostLine)

public:
    DraftCostLine(SiteConnection &connection, const Clock &clock, ScheduleModel &model, QWidget *parent = nullptr);

    void setZone(const QTimeZone &zone);
    void setServer(const Schedule &server);
    void setBattery(double socPercent, double capacityKWh);
    // Reads the four weeks of history again when they are more than an hour old.
    void refresh();

    // What the figures shown were made from, and the figures (none until the history is read).
    const CostInput &input() const { return m_input; }
    const std::array<DayProfile, kTariffDayTypes> &profiles() const { return m_profiles; }
    const Tariff &tariff() const { return m_tariff; }
    const std::optional<DayCost> &serverCost() const { return m_serverCost; }
    const std::optional<DayCost> &draftCost() const { return m_draftCost; }
    double monthDifference() const { return m_monthDifference; }

private:
    void recompute();
    void changeEvent(QEvent *event) override;

    SiteConnection &m_connection;
    const Clock &m_clock;
    ScheduleModel &m_model;
    QTimeZone m_zone;
    SuggestHistory *m_history = nullptr;
    QDateTime m_fetchedAt;
    std::optional<Schedule> m_server;
    double m_socPercent;
    double m_capacityKWh;
    Tariff m_tariff;
    CostInput m_input;
    std::array<DayProfile, kTariffDayTypes> m_profiles{};
    std::optional<DayCost> m_serverCost;
    std::optional<DayCost> m_draftCost;
    double m_monthDifference = 0;
};
