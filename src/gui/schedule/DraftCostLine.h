#pragma once

#include "core/Schedule.h"
#include "core/ScheduleCost.h"
#include "core/ScheduleCostCheck.h"
#include "core/Tariff.h"

#include <QDateTime>
#include <QLabel>
#include <QTimeZone>
#include <optional>

class Clock;
class ScheduleModel;
class SiteConnection;
class SuggestHistory;
class TariffDayChooser;

// The schedule page's line on money (docs/tariffs.md "The cost of a schedule"): what the
// server's schedule and the draft cost on the kind of day the chooser shows (today's unless
// the operator picked another) under the chosen plan, and the difference per day and over this
// month, each costed by ScheduleCost with the inputs "Suggest" uses (the usual day of the last
// four weeks, the battery now, the grid limits); then what the draft runs into on the grid and
// the bill (ScheduleCostCheck), which the timeline and the send dialog show too.
class DraftCostLine final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftCostLine)

public:
    DraftCostLine(SiteConnection &connection, const Clock &clock, ScheduleModel &model, TariffDayChooser &day,
                  QWidget *parent = nullptr);

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
    const QList<CostFinding> &findings() const { return m_findings; }
    // The findings that name a window, by the window's row, for the timeline.
    QHash<int, QString> windowFindings() const;
    // The costs and findings as the send dialog shows them: the sentence, then each finding.
    QStringList dialogLines() const;
    // The plan's periods of the kind of day shown (empty until a plan is loaded).
    QList<TariffPeriod> periodsShown() const;

signals:
    // New figures, findings or a new kind of day.
    void changed();

private:
    void recompute();
    bool loadTariff();
    void showFigures();
    void changeEvent(QEvent *event) override;

    SiteConnection &m_connection;
    const Clock &m_clock;
    ScheduleModel &m_model;
    TariffDayChooser &m_day;
    QTimeZone m_zone;
    SuggestHistory *m_history = nullptr;
    QDateTime m_fetchedAt;
    std::optional<Schedule> m_server;
    double m_socPercent;
    double m_capacityKWh;
    Tariff m_tariff;
    bool m_hasTariff = false;
    QString m_sentence; // the cost sentence alone, without the findings
    QList<CostFinding> m_findings;
    CostInput m_input;
    std::array<DayProfile, kTariffDayTypes> m_profiles{};
    std::optional<DayCost> m_serverCost;
    std::optional<DayCost> m_draftCost;
    double m_monthDifference = 0;
};
