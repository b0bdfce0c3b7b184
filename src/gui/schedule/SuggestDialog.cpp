#include "gui/schedule/SuggestDialog.h"

#include "core/Clock.h"
#include "core/DailyWindow.h"
#include "core/DayProfile.h"
#include "core/TariffLibrary.h"
#include "gui/common/AppPalette.h"
#include "gui/common/Units.h"
#include "gui/schedule/CostInputs.h"
#include "gui/schedule/ProjectionFeed.h"
#include "gui/schedule/ScheduleModel.h"
#include "gui/schedule/SuggestHistory.h"
#include "gui/schedule/SuggestionChart.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/tariff/TariffPeriodsEditor.h"
#include "gui/tariff/TariffSettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace {

// The SOC at the start of quarter-hour `step` of a costed day.
double socAtStep(const DayCost &cost, int step)
{
    return step <= 0 ? cost.startSocPercent : cost.steps.at(std::min(step, kStepsPerDay) - 1).socPercent;
}

} // namespace

SuggestDialog::SuggestDialog(SiteConnection &connection, const Clock &clock, ScheduleModel &model, const ProjectionInputs &inputs,
                             const std::optional<Schedule> &server, const QTimeZone &zone, QWidget *parent,
                             const QString &plansDirectory)
    : QDialog(parent)
    , m_connection(connection)
    , m_clock(clock)
    , m_model(model)
    , m_zone(zone.isValid() ? zone : connection.siteZone())
    , m_today(clock.now().toTimeZone(m_zone).date())
    , m_startSoc(inputs.hasSoc() ? inputs.socPercent : TimeSeries::null())
    , m_capacityKWh(inputs.hasSoc() ? inputs.capacityKWh : TimeSeries::null())
    , m_server(server)
    , m_history(new SuggestHistory(connection, m_zone, this))
    , m_form(new QFormLayout)
    , m_plan(new QLabel(this))
    , m_dayType(new QComboBox(this))
    , m_season(new QComboBox(this))
    , m_maxWindows(new QSpinBox(this))
    , m_endSoc(new QDoubleSpinBox(this))
    , m_start(new QLabel(this))
    , m_chart(new SuggestionChart(this))
    , m_chartKey(new QLabel(this))
    , m_windows(new QTableWidget(0, 5, this))
    , m_violations(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_use(new QPushButton(this))
{
    setObjectName(QStringLiteral("suggestDialog"));
    m_dayType->setObjectName(QStringLiteral("suggestDayType"));
    m_season->setObjectName(QStringLiteral("suggestSeason"));
    m_maxWindows->setObjectName(QStringLiteral("suggestMaxWindows"));
    m_endSoc->setObjectName(QStringLiteral("suggestEndSoc"));
    m_windows->setObjectName(QStringLiteral("suggestWindows"));
    m_violations->setObjectName(QStringLiteral("suggestViolations"));
    m_status->setObjectName(QStringLiteral("suggestStatus"));
    m_use->setObjectName(QStringLiteral("suggestUseAsDraft"));
    m_plan->setWordWrap(true);
    m_violations->setWordWrap(true);
    m_status->setWordWrap(true);
    m_start->setWordWrap(true);
    m_chartKey->setWordWrap(true);
    QPalette keyPalette = m_chartKey->palette();
    keyPalette.setColor(QPalette::WindowText, AppPalette::secondaryText(keyPalette));
    m_chartKey->setPalette(keyPalette);

    for (TariffDayType type : {TariffDayType::Weekday, TariffDayType::Saturday, TariffDayType::Sunday})
        m_dayType->addItem(QString(), int(type));
    m_maxWindows->setRange(1, 8);
    m_maxWindows->setValue(4);
    // 0 is "no lower than the start", as the suggester does without a figure.
    m_endSoc->setRange(0, 100);
    m_endSoc->setDecimals(0);
    m_endSoc->setValue(0);
    m_windows->verticalHeader()->hide();
    m_windows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_windows->setSelectionMode(QAbstractItemView::NoSelection);
    m_windows->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Room for the most windows K usually is, without a scroll bar.
    m_windows->setMinimumHeight(m_windows->horizontalHeader()->sizeHint().height()
                                + 4 * m_windows->verticalHeader()->defaultSectionSize() + 2 * m_windows->frameWidth());
    m_use->setEnabled(false);
    m_buttons->addButton(m_use, QDialogButtonBox::AcceptRole);

    auto *figures = new QGridLayout;
    for (int i = 0; i < 4; ++i) {
        m_figureNames[i] = new QLabel(this);
        m_figureNames[i]->setObjectName(QStringLiteral("suggestFigureName%1").arg(i));
        m_figures[i] = new QLabel(this);
        m_figures[i]->setObjectName(QStringLiteral("suggestFigure%1").arg(i));
        m_figures[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        figures->addWidget(m_figureNames[i], i, 0);
        figures->addWidget(m_figures[i], i, 1);
    }
    QFont bold = m_figures[0]->font();
    bold.setBold(true);
    m_figures[0]->setFont(bold);
    figures->setColumnStretch(2, 1);

    m_form->addRow(new QLabel(this), m_dayType);
    m_form->addRow(new QLabel(this), m_season);
    m_form->addRow(new QLabel(this), m_maxWindows);
    m_form->addRow(new QLabel(this), m_endSoc);
    auto *choices = new QVBoxLayout;
    choices->addWidget(m_plan);
    choices->addLayout(m_form);
    choices->addWidget(m_start);
    choices->addStretch(1);
    auto *results = new QVBoxLayout;
    results->addWidget(m_chart, 2);
    results->addWidget(m_chartKey);
    results->addWidget(m_windows, 1);
    results->addLayout(figures);
    results->addWidget(m_violations);
    auto *columns = new QHBoxLayout;
    columns->addLayout(choices, 0);
    columns->addLayout(results, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    loadTariff(plansDirectory.isEmpty() ? TariffSettingsDialog::defaultPlansDirectory() : plansDirectory);
    fillSeasons();
    m_dayType->setCurrentIndex(std::max(0, m_dayType->findData(int(m_tariff.dayType(m_today)))));

    connect(m_dayType, &QComboBox::currentIndexChanged, this, &SuggestDialog::suggest);
    connect(m_season, &QComboBox::currentIndexChanged, this, &SuggestDialog::suggest);
    connect(m_maxWindows, &QSpinBox::valueChanged, this, &SuggestDialog::suggest);
    connect(m_endSoc, &QDoubleSpinBox::editingFinished, this, &SuggestDialog::suggest);
    connect(m_use, &QPushButton::clicked, this, &SuggestDialog::useAsDraft);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SuggestDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Suggestion>::finished, this, [this] {
        m_suggestion = m_watcher.result();
        showSuggestion();
        if (std::exchange(m_again, false))
            suggest();
        else
            emit suggested();
    });
    connect(m_history, &SuggestHistory::ready, this, &SuggestDialog::suggest);
    connect(m_history, &SuggestHistory::failed, this, [this](const ApiError &error) {
        showStatus(tr("The last four weeks of load and solar could not be read: %1").arg(error.message()), true);
    });

    retranslate();
    resize(1000, 620);
    if (m_tariffProblem.isEmpty()) {
        showStatus(tr("Reading the last four weeks of load and solar…"), false);
        m_history->fetch(m_clock.now());
    } else {
        showStatus(m_tariffProblem, true);
    }
}

SuggestDialog::~SuggestDialog()
{
    // The solver holds no GUI state; wait so that its result has somewhere to go.
    m_watcher.waitForFinished();
}

void SuggestDialog::loadTariff(const QString &plansDirectory)
{
    const QString id = m_connection.settings().tariffId();
    Result<Tariff> tariff = TariffLibrary(plansDirectory).load(id);
    if (!tariff) {
        m_tariffProblem =
            tr("The tariff plan \"%1\" cannot be used: %2 Choose another in Tools → Tariff and grid.").arg(id, tariff.error());
        tariff = TariffLibrary::builtIn(TariffLibrary::builtInIds().constFirst());
    }
    m_tariff = *tariff;
}

void SuggestDialog::fillSeasons()
{
    m_season->clear();
    for (const TariffSeason &season : m_tariff.seasons)
        m_season->addItem(TariffPeriodsEditor::seasonName(season.id), season.id);
    const TariffSeason *today = m_tariff.season(m_today);
    m_season->setCurrentIndex(today ? std::max(0, m_season->findData(today->id)) : 0);
}

void SuggestDialog::setDayType(TariffDayType type)
{
    m_dayType->setCurrentIndex(m_dayType->findData(int(type)));
}

void SuggestDialog::setMaxWindows(int windows)
{
    m_maxWindows->setValue(windows);
}

SuggestRequest SuggestDialog::makeRequest() const
{
    SuggestRequest request;
    const auto type = TariffDayType(m_dayType->currentData().toInt());
    request.day = CostInputs::make(m_connection.settings(), m_model.limits(), m_startSoc, m_capacityKWh, type,
                                   m_season->currentData().toString());
    if (m_endSoc->value() > 0)
        request.endSocPercent = m_endSoc->value();
    request.maxWindows = m_maxWindows->value();
    request.profile =
        DayProfile::typical(type, m_history->loadW(), m_history->solarW(), m_tariff, m_zone, m_today, SuggestHistory::kWeeks);
    if (const QDate day = forecastDay(request); day.isValid())
        request.profile.applySolarForecast(m_history->solarForecastW(), day, m_zone);
    request.serverSchedule = m_server;
    request.draft = m_model.draft();
    return request;
}

QDate SuggestDialog::forecastDay(const SuggestRequest &request) const
{
    for (int d = 1; d <= SuggestHistory::kForecastDays; ++d) {
        const QDate day = m_today.addDays(d);
        const TariffSeason *season = m_tariff.season(day);
        if (m_tariff.dayType(day) != request.day.dayType || !season || season->id != request.day.season)
            continue;
        DayProfile probe;
        if (probe.applySolarForecast(m_history->solarForecastW(), day, m_zone) == kStepsPerDay)
            return day;
    }
    return {};
}

void SuggestDialog::suggest()
{
    if (!m_history->isReady() || !m_tariffProblem.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_request = makeRequest();
    m_use->setEnabled(false);
    showStatus(tr("Working out a suggestion…"), false);
    const SuggestRequest request = m_request;
    const Tariff tariff = m_tariff;
    m_watcher.setFuture(QtConcurrent::run([request, tariff] { return ScheduleSuggester::suggest(request, tariff); }));
}

QString SuggestDialog::money(double ntd)
{
    return tr("NT$ %1").arg(QLocale().toString(ntd, 'f', 1));
}

void SuggestDialog::showSuggestion()
{
    m_windows->setRowCount(0);
    m_chart->setPeriods(m_tariff.periods(m_request.day.season, m_request.day.dayType));
    for (QLabel *figure : m_figures)
        figure->setText(Units::unknown());
    m_violations->clear();
    if (!m_suggestion || !m_suggestion->ok()) {
        m_chart->clear();
        showStatus(tr("No suggestion: %1").arg(m_suggestion ? m_suggestion->plan.message : QString()), true);
        return;
    }
    m_forecastDay = forecastDay(m_request);
    showFigureNames();
    const Suggestion &s = *m_suggestion;
    m_chart->setSuggestion(s.windows, s.windowsCost,
                           std::max(m_request.day.battery.maxChargeW, m_request.day.battery.maxDischargeW));
    const QList<DailyWindow> windows = DailyWindows::fromSchedule(s.windows);
    for (const DailyWindow &w : windows) {
        const int row = m_windows->rowCount();
        m_windows->insertRow(row);
        const int startStep = w.start / (kStepMinutes * 60);
        // A window past midnight ends in the morning of the same modelled day.
        const int endStep = (w.end() > DailyWindow::kDay ? w.stop() : w.end()) / (kStepMinutes * 60);
        const QStringList cells{TariffPeriodsEditor::minuteText(w.start / 60), TariffPeriodsEditor::minuteText(w.stop() / 60),
                                ScheduleWindow::formatPower(w.powerW), Units::percent(socAtStep(s.windowsCost, startStep)),
                                Units::percent(socAtStep(s.windowsCost, endStep))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setTextAlignment(Qt::AlignCenter);
            m_windows->setItem(row, c, item);
        }
    }
    m_figures[0]->setText(money(s.windowsCost.netCost()));
    m_figures[1]->setText(s.serverCost ? money(s.serverCost->netCost()) : Units::unknown());
    m_figures[2]->setText(s.draftCost ? money(s.draftCost->netCost()) : Units::unknown());
    m_figures[3]->setText(money(s.simplicityCost()));
    QStringList problems;
    for (const PlanViolation &v : s.violations)
        problems << v.describe();
    m_violations->setText(problems.join(QLatin1Char('\n')));
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, AppPalette::color(AppPalette::Role::Critical, pal));
    m_violations->setPalette(pal);
    m_use->setEnabled(!windows.isEmpty() || !m_model.windows().isEmpty());
    QString status = windows.isEmpty()
        ? tr("Under this plan the battery is best left idle on such a day.")
        : tr("Windows suggested: %1. Nothing is sent until you send the draft.").arg(windows.size());
    if (m_forecastDay.isValid())
        status +=
            QLatin1Char(' ') + tr("Solar from the forecast for %1.").arg(QLocale().toString(m_forecastDay, QLocale::LongFormat));
    else
        status += QLatin1Char(' ')
            + tr("Solar from the usual day of the last four weeks: no forecast covers a whole day of this kind yet.");
    if (m_request.profile.daysAveraged == 0)
        status += QLatin1Char(' ') + tr("No load history of this kind of day in the last four weeks: the load is taken as zero.");
    if (!std::isfinite(m_startSoc))
        status += QLatin1Char(' ') + tr("The battery's state of charge is not known: the day starts at 50 %.");
    showStatus(status, false);
}

void SuggestDialog::useAsDraft()
{
    if (!m_suggestion || !m_suggestion->ok())
        return;
    m_model.edit(DailyWindows::fromSchedule(m_suggestion->windows), tr("Load suggested windows"));
    accept();
}

QString SuggestDialog::figureText(Figure figure) const
{
    return m_figures.at(int(figure))->text();
}

QString SuggestDialog::violationsText() const
{
    return m_violations->text();
}

QString SuggestDialog::statusText() const
{
    return m_status->text();
}

void SuggestDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette pal = palette();
    if (problem)
        pal.setColor(QPalette::WindowText, AppPalette::color(AppPalette::Role::Critical, pal));
    m_status->setPalette(pal);
}

void SuggestDialog::retranslate()
{
    setWindowTitle(tr("Suggest windows"));
    m_plan->setText(tr("Priced by: %1").arg(m_tariff.name));
    const QStringList labels{tr("Day type:"), tr("Season:"), tr("Most windows:"), tr("End of day SOC:")};
    const QList<QWidget *> fields{m_dayType, m_season, m_maxWindows, m_endSoc};
    for (int i = 0; i < fields.size(); ++i)
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(fields.at(i))))
            label->setText(labels.at(i));
    for (int i = 0; i < m_dayType->count(); ++i)
        m_dayType->setItemText(i, Tariff::dayTypeName(TariffDayType(m_dayType->itemData(i).toInt())));
    m_endSoc->setSuffix(tr(" %"));
    m_endSoc->setSpecialValueText(tr("no lower than the start"));
    m_start->setText(std::isfinite(m_startSoc)
                         ? tr("The day starts at the battery's state of charge now, %1.").arg(Units::percent(m_startSoc))
                         : tr("The battery's state of charge is not known: the day starts at 50 %."));
    m_windows->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Power"), tr("SOC at start"), tr("SOC at end")});
    showFigureNames();
    m_chartKey->setText(
        tr("Shading: the plan's periods, darker is dearer. Bars: the windows, charge up. Line: the projected SOC."));
    m_use->setText(tr("Use as draft"));
    m_use->setToolTip(tr("Replace the draft with these windows (one undo step); nothing is sent"));
}

void SuggestDialog::showFigureNames()
{
    // The day the costs are of: a date when its forecast gave the solar (the schedule page's
    // costs are of a usual day, so the same windows may cost another figure there).
    const QString day = m_forecastDay.isValid() ? QLocale().toString(m_forecastDay, QLocale::ShortFormat) : QString();
    const QStringList names = day.isEmpty()
        ? QStringList{tr("Suggested windows, on a usual day:"), tr("The server's schedule, on a usual day:"),
                      tr("The current draft, on a usual day:")}
        : QStringList{tr("Suggested windows, on %1:").arg(day), tr("The server's schedule, on %1:").arg(day),
                      tr("The current draft, on %1:").arg(day)};
    for (int i = 0; i < 3; ++i)
        m_figureNames[i]->setText(names.at(i));
    m_figureNames[3]->setText(tr("Cost of simplicity (windows − step plan):"));
}

void SuggestDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
