#include "gui/cost/GridCostSummary.h"

#include "gui/charts/ChartDefinition.h"
#include "gui/charts/ChartPanel.h"
#include "gui/common/AppPalette.h"
#include "gui/common/DateText.h"
#include "gui/common/Units.h"
#include "gui/cost/GridCostPricing.h"
#include "gui/site/SiteSettings.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// A figure with its title above and a line of detail below, as the Overview's tiles read.
QFrame *tile(QWidget *parent, QLabel *title, QLabel *value, QLabel *detail)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    value->setFont(big);
    detail->setWordWrap(true);
    for (QLabel *label : {title, value, detail}) {
        label->setParent(frame);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    layout->addStretch(1);
    return frame;
}

void colour(QLabel *label, const QColor &color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

} // namespace

GridCostSummary::GridCostSummary(SiteSettings &settings, const QString &plansDirectory, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_pricing(std::make_shared<GridCostPricing>(plansDirectory))
    , m_notice(new QWidget(this))
    , m_noticeText(new QLabel(m_notice))
    , m_choose(new QPushButton(m_notice))
    , m_figures(new QWidget(this))
    , m_heading(new QLabel(m_figures))
    , m_paidTitle(new QLabel)
    , m_paid(new QLabel)
    , m_paidDetail(new QLabel)
    , m_savedTitle(new QLabel)
    , m_saved(new QLabel)
    , m_savedDetail(new QLabel)
    , m_peakTitle(new QLabel)
    , m_peak(new QLabel)
    , m_peakDetail(new QLabel)
    , m_note(new QLabel(m_figures))
{
    setObjectName(QStringLiteral("gridCostSummary"));
    m_notice->setObjectName(QStringLiteral("gridCostNotice"));
    m_noticeText->setObjectName(QStringLiteral("gridCostNoticeText"));
    m_choose->setObjectName(QStringLiteral("chooseTariff"));
    m_heading->setObjectName(QStringLiteral("gridCostHeading"));
    m_paid->setObjectName(QStringLiteral("gridCostPaid"));
    m_paidDetail->setObjectName(QStringLiteral("gridCostPaidDetail"));
    m_saved->setObjectName(QStringLiteral("gridCostSaved"));
    m_savedDetail->setObjectName(QStringLiteral("gridCostSavedDetail"));
    m_peak->setObjectName(QStringLiteral("gridCostPeak"));
    m_peakDetail->setObjectName(QStringLiteral("gridCostPeakDetail"));
    m_note->setObjectName(QStringLiteral("gridCostNote"));

    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    m_noticeText->setWordWrap(true);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(m_choose, 0, Qt::AlignVCenter);
    connect(m_choose, &QPushButton::clicked, this, &GridCostSummary::tariffSettingsRequested);

    auto *tiles = new QHBoxLayout;
    tiles->addWidget(tile(m_figures, m_paidTitle, m_paid, m_paidDetail), 1);
    tiles->addWidget(tile(m_figures, m_savedTitle, m_saved, m_savedDetail), 1);
    tiles->addWidget(tile(m_figures, m_peakTitle, m_peak, m_peakDetail), 1);
    auto *figures = new QVBoxLayout(m_figures);
    figures->setContentsMargins(0, 0, 0, 0);
    m_heading->setWordWrap(true);
    m_note->setWordWrap(true);
    figures->addWidget(m_heading);
    figures->addLayout(tiles);
    figures->addWidget(m_note);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_figures);
    m_pricing->readPlan(m_settings);
    retranslate();
}

GridCostSummary::~GridCostSummary() = default;

ChartDefinition GridCostSummary::chart() const
{
    return GridCostPricing::chart(m_pricing);
}

void GridCostSummary::attach(ChartPanel *panel)
{
    m_panel = panel;
    connect(panel, &ChartPanel::dataArrived, this, &GridCostSummary::showBill);
    showPlanState();
}

void GridCostSummary::readPlan()
{
    m_pricing->readPlan(m_settings);
    showPlanState();
}

void GridCostSummary::showPlanState()
{
    const bool ready = m_pricing->plan() == GridCostPricing::Plan::Ready;
    m_notice->setVisible(!ready);
    m_figures->setVisible(ready);
    if (m_panel)
        m_panel->setVisible(ready);
    switch (m_pricing->plan()) {
    case GridCostPricing::Plan::NotChosen:
        m_noticeText->setText(tr("<b>Grid cost:</b> no tariff plan is chosen, so what the site paid and what the battery "
                                 "saved cannot be priced."));
        break;
    case GridCostPricing::Plan::Unusable:
        m_noticeText->setText(tr("<b>Grid cost:</b> the tariff plan “%1” cannot be used: %2")
                                  .arg(m_pricing->planId().toHtmlEscaped(), m_pricing->problem().toHtmlEscaped()));
        break;
    case GridCostPricing::Plan::Ready:
        break;
    }
    // Figures of another plan never stand under this one's name: they wait for the next pricing.
    if (ready && m_pricing->lastBill().isEmpty())
        showBill();
}

void GridCostSummary::showBill()
{
    const GridCostPricing &pricing = *m_pricing;
    if (pricing.plan() != GridCostPricing::Plan::Ready)
        return;
    const QList<BillPeriod> &bill = pricing.lastBill();
    const BillPeriod total = GridBill::total(bill);
    const Tariff &plan = pricing.tariff();
    const QColor normal = palette().color(QPalette::WindowText);
    colour(m_peak, normal);
    colour(m_peakDetail, normal);
    if (bill.isEmpty() || total.steps == 0) {
        m_heading->setText(tr("<b>Grid cost</b>, priced by %1").arg(plan.name.toHtmlEscaped()));
        for (QLabel *figure : {m_paid, m_saved, m_peak})
            figure->setText(Units::unknown());
        for (QLabel *detail : {m_paidDetail, m_savedDetail, m_peakDetail})
            detail->clear();
        m_note->setText(bill.isEmpty() ? QString() : tr("No metered energy in this range."));
        return;
    }
    const QString period = total.first == total.last
        ? DateText::date(total.first)
        : tr("%1 to %2", "a span of dates").arg(DateText::date(total.first), DateText::date(total.last));
    m_heading->setText(tr("<b>Grid cost</b> %1, priced by %2").arg(period, plan.name.toHtmlEscaped()));

    m_paid->setText(Units::money(total.netCost()));
    m_paidDetail->setText(
        tr("import %1 − export credit %2").arg(Units::money(total.importCost), Units::money(total.exportCredit)));
    m_saved->setText(Units::money(total.saved()));
    m_savedDetail->setText(total.saved() < 0
                               ? tr("the battery cost money: without it %1").arg(Units::money(total.netCostWithoutBattery()))
                               : tr("without the battery %1").arg(Units::money(total.netCostWithoutBattery())));

    m_peak->setText(Units::power(total.peakImportKw * 1000));
    const QString when =
        DateText::minutes(QDateTime::fromMSecsSinceEpoch(total.peakStartMs, QTimeZone::utc()), pricing.lastRange().zone);
    if (plan.contractKw <= 0) {
        m_peakDetail->setText(tr("at %1; the plan sets no contract capacity").arg(when));
    } else if (total.peakImportKw > plan.contractKw) {
        m_peakDetail->setText(
            tr("at %1: over the contract of %2 by %3")
                .arg(when, Units::power(plan.contractKw * 1000), Units::power((total.peakImportKw - plan.contractKw) * 1000)));
        const QColor warning = AppPalette::color(AppPalette::Role::Warning, palette());
        colour(m_peak, warning);
        colour(m_peakDetail, warning);
    } else {
        m_peakDetail->setText(
            tr("at %1, within the contract of %2 (%3)")
                .arg(when, Units::power(plan.contractKw * 1000), Units::percent(100.0 * total.peakImportKw / plan.contractKw)));
    }

    QStringList notes;
    if (plan.feedInRate <= 0)
        notes.append(tr("The plan sets no feed-in rate, so export earns nothing here; set one in Tools → Tariff and grid."));
    // The range's first quarter-hour starts at most a step after the range does.
    if (pricing.firstReadingMs() >= pricing.lastRange().start.toMSecsSinceEpoch() + 15 * 60 * 1000)
        notes.append(tr("The range has no readings before %1.")
                         .arg(DateText::minutes(QDateTime::fromMSecsSinceEpoch(pricing.firstReadingMs(), QTimeZone::utc()),
                                                pricing.lastRange().zone)));
    if (total.missingSteps > 0)
        notes.append(tr("%n quarter-hour(s) without a reading are left out.", "", total.missingSteps));
    m_note->setText(notes.join(QLatin1Char(' ')));
}

void GridCostSummary::retranslate()
{
    m_choose->setText(tr("Choose a tariff plan…"));
    m_choose->setToolTip(tr("Open Tools → Tariff and grid"));
    m_paidTitle->setText(tr("Paid for the grid"));
    m_paid->setToolTip(tr("Import at the plan's price of each quarter-hour, less export at its feed-in rate. The basic "
                          "charge on the contract capacity is not included."));
    m_savedTitle->setText(tr("Saved by the battery"));
    m_saved->setToolTip(tr("The same quarter-hours priced as if the battery had neither charged nor discharged, less what "
                           "was paid. Below zero, the battery cost money."));
    m_peakTitle->setText(tr("Peak 15-minute import"));
    m_peak->setToolTip(tr("The largest import of one quarter-hour in the range, as a mean power, against the contract "
                          "capacity the plan's basic charge is billed on."));
    showPlanState();
    showBill();
}

void GridCostSummary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
