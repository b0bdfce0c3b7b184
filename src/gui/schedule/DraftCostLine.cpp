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
#include "gui/tariff/TariffDayChooser.h"
#include "gui/tariff/TariffPeriodsEditor.h"
#include "gui/tariff/TariffSettingsDialog.h"

#include <QEvent>
#include <cmath>

DraftCostLine::DraftCostLine(SiteConnection &connection, const Clock &clock, ScheduleModel &model, TariffDayChooser &day,
                             QWidget *parent)
    : QLabel(parent)
    , m_connection(connection)
    , m_clock(clock)
    , m_model(model)
    , m_day(day)
    , m_socPercent(TimeSeries::null())
    , m_capacityKWh(TimeSeries::null())
{
    setObjectName(QStringLiteral("draftCost"));
    setWordWrap(true);
    hide();
    connect(&m_model, &ScheduleModel::draftChanged, this, &DraftCostLine::recompute);
    connect(&m_day, &TariffDayChooser::changed, this, &DraftCostLine::recompute);
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

bool DraftCostLine::loadTariff()
{
    // As the Energy page: no plan is assumed until the operator has chosen one.
    const Result<Tariff> tariff = m_connection.settings().hasChosenTariff()
        ? TariffLibrary(TariffSettingsDialog::defaultPlansDirectory()).load(m_connection.settings().tariffId())
        : Result<Tariff>::failure(tr("no tariff plan is chosen yet (Tools → Tariff and grid)."));
    if (!tariff) {
        m_hasTariff = false;
        m_findings.clear();
        m_serverCost.reset();
        m_draftCost.reset();
        m_day.clearTariff();
        setText(tr("No costs: %1").arg(tariff.error()));
        setToolTip(QString());
        show();
        return false;
    }
    if (!m_hasTariff || !(*tariff == m_tariff))
        m_day.followToday(); // another plan: its own seasons, from today
    m_tariff = *tariff;
    m_hasTariff = true;
    m_day.setTariff(m_tariff, m_clock.now().toTimeZone(m_zone).date());
    return true;
}

void DraftCostLine::recompute()
{
    if (!loadTariff()) {
        emit changed();
        return;
    }
    if (!m_history || !m_history->isReady() || !m_server) {
        emit changed(); // the shading needs only the plan
        return;
    }
    const QDate today = m_clock.now().toTimeZone(m_zone).date();
    const TariffDayType type = m_day.dayType();
    m_input = CostInputs::make(m_connection.settings(), m_model.limits(), m_socPercent, m_capacityKWh, type, m_day.season());
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
    m_findings = ScheduleCostCheck::check(m_model.windows(), m_input, m_profiles, m_tariff);
    showFigures();
    emit changed();
}

void DraftCostLine::showFigures()
{
    const double perDay = m_draftCost->netCost() - m_serverCost->netCost();
    //: %1 the kind of day ("weekday"), %2 the season ("Non-summer")
    const QString dayName =
        tr("a usual %1 (%2)")
            .arg(ScheduleCostCheck::dayInSentence(m_input.dayType), TariffPeriodsEditor::seasonName(m_input.season));
    const auto signedMoney = [](double ntd) -> QString {
        return (ntd < 0 ? QStringLiteral("−") : QStringLiteral("+")) + SuggestDialog::money(std::abs(ntd));
    };
    if (m_model.draft().sameWindowsAs(*m_server))
        m_sentence = tr("On %1 the scheduler's windows cost %2.").arg(dayName, SuggestDialog::money(m_serverCost->netCost()));
    else
        m_sentence = tr("On %1: the scheduler's windows %2, the draft %3 — a difference of %4 a day, %5 this month.")
                         .arg(dayName, SuggestDialog::money(m_serverCost->netCost()),
                              SuggestDialog::money(m_draftCost->netCost()), signedMoney(perDay), signedMoney(m_monthDifference));
    // Two findings fit the page's reserved lines; all of them are in the tooltip and the send dialog.
    constexpr int kShown = 2;
    QStringList lines{m_sentence};
    QStringList all;
    for (const CostFinding &f : std::as_const(m_findings)) {
        all << QStringLiteral("⚠ ") + f.text;
        if (lines.size() <= kShown)
            lines << QStringLiteral("⚠ ") + f.text;
    }
    if (m_findings.size() > kShown)
        lines.last() += QLatin1Char(' ') + tr("(%n more: see the tooltip)", nullptr, int(m_findings.size() - kShown));
    setText(lines.join(QLatin1Char('\n')));
    setToolTip(all.join(QLatin1Char('\n')));
    show();
}

QHash<int, QString> DraftCostLine::windowFindings() const
{
    QHash<int, QString> out;
    for (const CostFinding &f : m_findings) {
        if (f.row < 0)
            continue;
        QString &text = out[f.row];
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + f.text;
    }
    return out;
}

QStringList DraftCostLine::dialogLines() const
{
    if (!m_hasTariff || !m_draftCost)
        return {};
    QStringList lines{m_sentence};
    for (const CostFinding &f : m_findings)
        lines << f.text;
    return lines;
}

QList<TariffPeriod> DraftCostLine::periodsShown() const
{
    return m_hasTariff ? m_tariff.periods(m_day.season(), m_day.dayType()) : QList<TariffPeriod>{};
}

void DraftCostLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        recompute();
    QLabel::changeEvent(event);
}
