#include "gui/overview/TariffGridTile.h"

#include "core/Clock.h"
#include "gui/common/AppPalette.h"
#include "gui/common/TimeSpanText.h"
#include "gui/common/Units.h"
#include "gui/overview/ImportCapBar.h"
#include "gui/tariff/TariffPeriodsEditor.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <limits>

namespace {

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString kw(double value)
{
    return Units::power(value * 1000.0);
}

// A period's kind as the start of a line: "Peak", "Semi-peak".
QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

TariffGridTile::TariffGridTile(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_rows(new QFormLayout)
    , m_periodKey(new QLabel(this))
    , m_period(valueLabel(this, QStringLiteral("tariffPeriod")))
    , m_noPlan(new QLabel(this))
    , m_capKey(new QLabel(this))
    , m_cap(valueLabel(this, QStringLiteral("importCapNow")))
    , m_capSource(valueLabel(this, QStringLiteral("importCapSource")))
    , m_importKey(new QLabel(this))
    , m_bar(new ImportCapBar(this))
    , m_import(valueLabel(this, QStringLiteral("importNow")))
    , m_error(valueLabel(this, QStringLiteral("gridOperatorError")))
{
    setObjectName(QStringLiteral("tariffGrid"));
    m_bar->setObjectName(QStringLiteral("importCapBar"));
    m_noPlan->setObjectName(QStringLiteral("noTariff"));
    m_noPlan->setTextFormat(Qt::RichText);
    m_noPlan->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_noPlan, &QLabel::linkActivated, this, &TariffGridTile::tariffSettingsRequested);
    QFont bold = m_cap->font();
    bold.setBold(true);
    m_cap->setFont(bold);
    m_period->setFont(bold);
    // No word wrap (a wrapped label's height-for-width makes the whole page scroll at 1280×800):
    // the long lines may be cut at the column's edge instead, and say all in their tooltips.
    for (QLabel *label : {m_capSource, m_error}) {
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setMinimumWidth(0);
    }

    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setVerticalSpacing(2);
    m_rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_rows->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_rows->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_rows->addRow(m_periodKey, m_period);
    m_rows->addRow(m_capKey, m_cap);
    m_rows->addRow(QString(), m_capSource);
    // The bar and the figures on one row: the column beside the power curve is short.
    auto *importRow = new QHBoxLayout;
    importRow->setContentsMargins(0, 0, 0, 0);
    importRow->addWidget(m_bar, 1);
    importRow->addWidget(m_import);
    m_rows->addRow(m_importKey, importRow);

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    // A rule, not a title, sets the block apart from the schedule's status above: less room.
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    column->addWidget(rule);
    column->addWidget(m_noPlan);
    column->addLayout(m_rows);
    column->addWidget(m_error);
    m_noPlan->hide();
    m_error->hide();
    retranslate();
}

void TariffGridTile::setZone(const QTimeZone &zone)
{
    m_zone = zone;
    showAll();
}

void TariffGridTile::setPlan(const std::optional<Tariff> &plan, const QString &problem)
{
    m_plan = plan;
    m_problem = plan ? QString() : problem;
    retranslate();
}

void TariffGridTile::setLimits(const GridLimits &limits, double fallbackConnectionKw)
{
    m_limits = limits;
    m_fallbackConnectionKw = fallbackConnectionKw;
    showAll();
}

void TariffGridTile::setGridOperator(const GridOperatorState &state)
{
    m_operator = state;
    showAll();
}

void TariffGridTile::setGridPower(double gridW)
{
    m_gridW = gridW;
    showAll();
}

void TariffGridTile::updateStaleness(qint64 staleAfterSeconds, bool powerStale)
{
    const bool stale = m_operator.hasReading() && staleAfterSeconds > 0
        && m_operator.fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) > staleAfterSeconds;
    if (stale == m_operatorStale && powerStale == m_powerStale)
        return;
    m_operatorStale = stale;
    m_powerStale = powerStale;
    showAll();
}

void TariffGridTile::showNow()
{
    showAll();
}

TariffPrice TariffGridTile::tariffNow() const
{
    if (!m_plan)
        return {};
    const TariffFlag flag = m_operator.source != GridOperatorState::Source::None
        ? m_operator.tariffFlag.value_or(TariffFlag::Calendar)
        : TariffFlag::Calendar;
    return m_plan->priceAt(m_clock.now(), m_zone.isValid() ? m_zone : QTimeZone::utc(), flag);
}

double TariffGridTile::price() const
{
    return m_plan ? tariffNow().price() : std::nan("");
}

QDateTime TariffGridTile::periodEnd(const TariffPrice &now) const
{
    // The calendar's period runs on while the next one has the same kind and price (a peak
    // from 16:00 to 22:00 split at midnight in a custom plan, say); three days at most.
    const QTimeZone zone = m_zone.isValid() ? m_zone : QTimeZone::utc();
    QDate date = m_clock.now().toTimeZone(zone).date();
    int minute = now.period.endMinute;
    for (int guard = 0; guard < 3 * 48; ++guard) {
        if (minute >= 24 * 60) {
            date = date.addDays(1);
            minute = 0;
        }
        const QList<TariffPeriod> day = m_plan->periods(date);
        const auto next = std::find_if(day.cbegin(), day.cend(), [minute](const TariffPeriod &p) { return p.contains(minute); });
        if (next == day.cend() || next->kind != now.period.kind || next->price != now.period.price)
            break;
        minute = next->endMinute;
    }
    return minute >= 24 * 60 ? date.addDays(1).startOfDay(zone) : QDateTime(date, QTime(minute / 60, minute % 60), zone);
}

QString TariffGridTile::periodText() const
{
    if (!m_plan)
        return {};
    const TariffPrice now = tariffNow();
    if (now.reducedByFlag)
        return tr("Reduced (grid operator)");
    const QTimeZone zone = m_zone.isValid() ? m_zone : QTimeZone::utc();
    const QDateTime end = periodEnd(now).toTimeZone(zone);
    const QDate today = m_clock.now().toTimeZone(zone).date();
    const bool midnight = end.time() == QTime(0, 0) && end.date() == today.addDays(1);
    const QString until = midnight       ? QStringLiteral("24:00")
        : end.date() == today            ? end.toString(QStringLiteral("HH:mm"))
        : end.date() == today.addDays(1) ? tr("%1 tomorrow").arg(end.toString(QStringLiteral("HH:mm")))
                                         : end.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return tr("%1 until %2").arg(capitalised(Tariff::periodName(now.period.kind)), until);
}

QString TariffGridTile::priceText() const
{
    if (!m_plan)
        return {};
    const TariffPrice now = tariffNow();
    return tr("NT$ %1/kWh (%2, %3)")
        .arg(QLocale().toString(now.price(), 'f', 2), Tariff::dayTypeName(now.dayType),
             TariffPeriodsEditor::seasonName(now.season));
}

std::optional<TariffGridTile::CapBase> TariffGridTile::capBase() const
{
    if (m_limits.connectionKw && *m_limits.connectionKw > 0)
        return CapBase{*m_limits.connectionKw, tr("connection")};
    if (m_plan && m_plan->contractKw > 0)
        return CapBase{m_plan->contractKw, tr("contract")};
    if (m_fallbackConnectionKw > 0)
        return CapBase{m_fallbackConnectionKw, tr("connection")}; // the demo site's
    return std::nullopt;
}

double TariffGridTile::availNow() const
{
    // With an endpoint, the grid operator's word; an AVAIL it does not set leaves the whole
    // connection. Without one, what the operator entered in Tariff and grid.
    if (m_operator.source != GridOperatorState::Source::None)
        return m_operator.availPercent.value_or(100.0);
    return m_limits.availPercent;
}

double TariffGridTile::importCapKw() const
{
    const std::optional<CapBase> base = capBase();
    if (!base)
        return std::numeric_limits<double>::infinity();
    return base->kw * availNow() / 100.0;
}

QString TariffGridTile::capText() const
{
    const double cap = importCapKw();
    return std::isfinite(cap) ? kw(cap) : tr("not known");
}

QString TariffGridTile::capSourceText() const
{
    const std::optional<CapBase> base = capBase();
    if (!base)
        return tr("Set the connection capacity in Tools → Tariff and grid.");
    const QString percent = Units::percent(availNow());
    QString text;
    switch (m_operator.source) {
    case GridOperatorState::Source::None:
        text = m_limits.availPercent < 100.0 ? tr("%1 %2 × AVAIL %3 set by hand").arg(kw(base->kw), base->what, percent)
                                             : tr("the %2: no grid operator endpoint").arg(base->what);
        break;
    case GridOperatorState::Source::Settings:
    case GridOperatorState::Source::Demo:
        if (!m_operator.hasReading())
            text = tr("%1 %2, AVAIL not read yet").arg(kw(base->kw), base->what);
        else if (m_operator.availPercent)
            text = tr("%1 %2 × AVAIL %3").arg(kw(base->kw), base->what, percent); // AVAIL: the grid operator's word
        else
            text = tr("the whole %2: no AVAIL set").arg(base->what);
        if (m_operatorStale) {
            const qint64 age = m_operator.fetchedAt.secsTo(QDateTime::currentDateTimeUtc());
            text += QLatin1Char(' ') + tr("(stale: read %1)").arg(TimeSpanText::ago(age));
        }
        break;
    }
    return text;
}

double TariffGridTile::importShare() const
{
    const double cap = importCapKw();
    if (!std::isfinite(m_gridW) || !std::isfinite(cap))
        return std::nan("");
    const double importKw = std::max(0.0, m_gridW / 1000.0);
    if (cap <= 0)
        return importKw > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    return 100.0 * importKw / cap;
}

QString TariffGridTile::importText() const
{
    if (!std::isfinite(m_gridW))
        return Units::unknown();
    if (m_gridW < 0)
        return tr("exporting %1").arg(Units::power(-m_gridW));
    const double share = importShare();
    if (!std::isfinite(share))
        return std::isfinite(importCapKw()) ? tr("%1, above a cap of 0 kW").arg(Units::power(m_gridW)) : Units::power(m_gridW);
    if (share > 100.0)
        return tr("%1, %2: over the cap").arg(Units::power(m_gridW), Units::percent(share));
    return tr("%1, %2").arg(Units::power(m_gridW), Units::percent(share));
}

void TariffGridTile::showAll()
{
    const bool plan = m_plan.has_value();
    m_noPlan->setVisible(!plan);
    for (QWidget *w : std::initializer_list<QWidget *>{m_periodKey, m_period})
        w->setVisible(plan);
    // The period and its price on one line (the column is short); the day type and season in
    // the tooltip.
    m_period->setText(plan ? tr("%1 · NT$ %2/kWh").arg(periodText(), QLocale().toString(price(), 'f', 2)) : QString());
    m_period->setToolTip(priceText());

    m_cap->setText(capText());
    m_capSource->setText(capSourceText());
    m_import->setText(importText());
    m_bar->setShare(importShare());
    m_bar->setStale(m_powerStale || m_operatorStale);

    const QColor muted = AppPalette::muted(palette());
    const QColor text = palette().color(QPalette::WindowText);
    QPalette capPalette = m_cap->palette();
    capPalette.setColor(QPalette::WindowText, m_operatorStale ? muted : text);
    m_cap->setPalette(capPalette);
    QPalette importPalette = m_import->palette();
    const ImportCapBar::Level level = m_bar->level();
    importPalette.setColor(QPalette::WindowText,
                           m_powerStale                             ? muted
                               : level == ImportCapBar::Level::Over ? AppPalette::color(AppPalette::Role::Critical, palette())
                                                                    : text);
    m_import->setPalette(importPalette);

    m_capSource->setToolTip(m_operator.source == GridOperatorState::Source::None
                                ? capSourceText()
                                : tr("%1. AVAIL and TARIF are read from %2").arg(capSourceText(), m_operator.url.toString()));
    const QString error = m_operator.error();
    m_error->setToolTip(error);
    m_bar->setToolTip(tr("Grid import now against the import cap"));
    m_error->setVisible(!error.isEmpty());
    m_error->setText(error);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, AppPalette::color(AppPalette::Role::Critical, palette()));
    m_error->setPalette(errorPalette);

    setAccessibleDescription(
        QStringList{periodText(), priceText(), tr("Import cap now: %1").arg(capText()), capSourceText(), importText()}.join(
            QStringLiteral("; ")));
}

void TariffGridTile::retranslate()
{
    m_periodKey->setText(tr("Tariff now"));
    m_capKey->setText(tr("Import cap"));
    m_importKey->setText(tr("Import now"));
    m_noPlan->setText(m_problem.isEmpty()
                          ? tr("No tariff chosen. <a href=\"tariff\">Choose one in Tools → Tariff and grid…</a>")
                          : tr("The tariff plan cannot be used: %1 <a href=\"tariff\">Choose another in Tools → Tariff and "
                               "grid…</a>")
                                .arg(m_problem.toHtmlEscaped()));
    showAll();
}

void TariffGridTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
