#include "gui/schedule/DraftCostLine.h"

#include "core/Clock.h"
#include "core/TariffLibrary.h"
#include "core/TimeSeries.h"
#include "gui/schedule/CostInputs.h"
#include "gui/schedule/ScheduleModel.h"
#include "gui/schedule/SuggestDialog.h"
#include "gui/schedule/SuggestHistory.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/tariff/TariffPeriodsEditor.h"
#include "gui/tariff/TariffSettingsDialog.h"

#include <QEvent>
#include <cmath>

DraftCostLine::DraftCostLine(SiteConnection &connection, const Clock &clock, ScheduleModel &model, QWidget *parent)
    : QLabel(parent)
    , m_connection(connection)
    , m_clock(clock)
    , m_model(model)
    , m_socPercent(TimeSeries::null())
    , m_capacityKWh(TimeSeries::null())
{
    setObjectName(QStringLiteral("draftCost"));
    setWordWrap(true);
    hide();
    connect(&m_model, &ScheduleModel::draftChanged, this, &DraftCostLine::recompute);
}

void DraftCostLine::setZone(const QTimeZone &zone)
{
    if (m_zone == zone && m_history)
        return;
    m_zone = zone;
    delete m_history;
    m_history = new SuggestHistory(m_connection, m_zone, this);
    connect(m_history, &SuggestHistory::ready, this, &DraftCostLine::recompute);
    m_fetchedAt = QDateTime();
    refresh();
}

void DraftCostLine::setServer(const Schedule &server)
{
    if (m_server && m_server->sameWindowsAs(server))
        return;
    m_server = server;
    recompute();
}

void DraftCostLine::setBattery(double socPercent, double capacityKWh)
{
    m_socPercent = socPercent;
    m_capacityKWh = capacityKWh;
    recompute();
}

void DraftCostLine::refresh()
{
    if (!m_history)
        return;
    const QDateTime now = m_clock.now();
    if (m_fetchedAt.isValid() && m_fetchedAt.secsTo(now) < 3600)
        return;
    m_fetchedAt = now;
    m_history->fetch(now);
}

void DraftCostLine::recompute()
{
    if (!m_history || !m_history->isReady() || !m_server)
        return;
    const Result<Tariff> tariff =
        TariffLibrary(TariffSettingsDialog::defaultPlansDirectory()).load(m_connection.settings().tariffId());
    if (!tariff) {
        setText(tr("No costs: %1").arg(tariff.error()));
        show();
        return;
    }
    m_tariff = *tariff;
    const QDate today = m_clock.now().toTimeZone(m_zone).date();
    const TariffSeason *season = m_tariff.season(today);
    const TariffDayType type = m_tariff.dayType(today);
    m_input = CostInputs::make(m_connection.settings(), m_model.limits(), m_socPercent, m_capacityKWh, type,
                               season ? season->id : QString());
    for (int d = 0; d < kTariffDayTypes; ++d)
        m_profiles[d] = DayProfile::typical(TariffDayType(d), m_history->loadW(), m_history->solarW(), m_tariff, m_zone, today,
                                            SuggestHistory::kWeeks);
    CostInput server = m_input;
    server.schedule = *m_server;
    CostInput draft = m_input;
    draft.schedule = m_model.draft();
    m_serverCost = ScheduleCost::day(server, m_profiles.at(int(type)), m_tariff);
    m_draftCost = ScheduleCost::day(draft, m_profiles.at(int(type)), m_tariff);
    m_monthDifference = ScheduleCost::month(draft, m_profiles, m_tariff, today).total()
        - ScheduleCost::month(server, m_profiles, m_tariff, today).total();
    const double perDay = m_draftCost->netCost() - m_serverCost->netCost();
    //: %1 is the day type ("Weekday"), %2 the season ("Non-summer")
    const QString dayName = tr("%1, %2").arg(Tariff::dayTypeName(type), TariffPeriodsEditor::seasonName(m_input.season));
    const auto signedMoney = [](double ntd) -> QString {
        return (ntd < 0 ? QStringLiteral("−") : QStringLiteral("+")) + SuggestDialog::money(std::abs(ntd));
    };
    if (m_model.draft().sameWindowsAs(*m_server))
        setText(tr("On a usual day like today (%1) the scheduler's windows cost %2.")
                    .arg(dayName, SuggestDialog::money(m_serverCost->netCost())));
    else
        setText(tr("On a usual day like today (%1): the scheduler's windows %2, the draft %3 — a difference of %4 a day, "
                   "%5 this month.")
                    .arg(dayName, SuggestDialog::money(m_serverCost->netCost()), SuggestDialog::money(m_draftCost->netCost()),
                         signedMoney(perDay), signedMoney(m_monthDifference)));
    show();
}

void DraftCostLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        recompute();
    QLabel::changeEvent(event);
}
