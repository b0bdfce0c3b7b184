#include "gui/tariff/TariffDayChooser.h"

#include "gui/tariff/TariffPeriodsEditor.h"
#include "gui/tariff/TariffShading.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHash>
#include <QLabel>

TariffDayChooser::TariffDayChooser(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_day(new QComboBox(this))
    , m_legend(new QLabel(this))
{
    setObjectName(QStringLiteral("tariffDay"));
    m_day->setObjectName(QStringLiteral("tariffDayType"));
    m_day->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_legend->setObjectName(QStringLiteral("tariffLegend"));
    m_legend->setTextFormat(Qt::RichText);
    // The choice, and under it the day's periods with their prices.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 0, 0);
    layout->addWidget(m_day, 0, 1, Qt::AlignLeft);
    layout->addWidget(m_legend, 1, 1);
    layout->setRowStretch(2, 1);
    const auto picked = [this] {
        if (m_filling)
            return;
        m_picked = true;
        showLegend();
        emit changed();
    };
    connect(m_day, &QComboBox::activated, this, picked);
    hide(); // until there is a plan
    retranslate();
}

void TariffDayChooser::clearTariff()
{
    m_hasTariff = false;
    m_picked = false;
    m_day->clear();
    hide();
}

void TariffDayChooser::setTariff(const Tariff &tariff, const QDate &today)
{
    // One list of every kind of day in every season: "Weekday · Summer".
    const bool samePlan = m_hasTariff && tariff == m_tariff;
    const QString keptSeason = season();
    const TariffDayType keptDay = dayType();
    m_tariff = tariff;
    m_hasTariff = true;
    show();
    m_filling = true;
    if (!samePlan) {
        m_day->clear();
        for (const TariffSeason &s : m_tariff.seasons) {
            for (int d = 0; d < kTariffDayTypes; ++d)
                m_day->addItem(QString(), QVariantList{d, s.id});
        }
        retranslate();
    }
    const auto select = [this](TariffDayType type, const QString &seasonId) {
        const int at = m_day->findData(QVariantList{int(type), seasonId});
        if (at >= 0)
            m_day->setCurrentIndex(at);
        return at >= 0;
    };
    const TariffSeason *todaysSeason = m_tariff.season(today);
    if (m_picked && !select(keptDay, keptSeason))
        m_picked = false; // that season is gone from the plan
    if (!m_picked && todaysSeason)
        select(m_tariff.dayType(today), todaysSeason->id);
    m_filling = false;
    showLegend();
}

void TariffDayChooser::followToday()
{
    m_picked = false;
}

TariffDayType TariffDayChooser::dayType() const
{
    return TariffDayType(m_day->currentData().toList().value(0).toInt());
}

QString TariffDayChooser::season() const
{
    return m_day->currentData().toList().value(1).toString();
}

void TariffDayChooser::showLegend()
{
    if (!m_hasTariff) {
        m_legend->clear();
        return;
    }
    // Each kind of period once, with its prices on this day (a kind may come at two rates).
    QStringList parts;
    QList<QString> kinds;
    QHash<QString, QStringList> prices;
    for (const TariffPeriod &p : m_tariff.periods(season(), dayType())) {
        if (!kinds.contains(p.kind))
            kinds.append(p.kind);
        const QString price = QString::number(p.price, 'f', 2);
        if (!prices[p.kind].contains(price))
            prices[p.kind].append(price);
    }
    for (const QString &kind : std::as_const(kinds)) {
        parts << QStringLiteral("<span style=\"color:%1\">■</span> %2 %3")
                     .arg(TariffShading::color(kind, palette()).name(), TariffShading::title(kind).toHtmlEscaped(),
                          prices.value(kind).join(QStringLiteral("/")));
    }
    //: after the periods and their prices: "■ Peak 9.39 ■ Off-peak 2.53 NT$/kWh"
    m_legend->setText(parts.join(QStringLiteral("&nbsp;&nbsp;")) + QStringLiteral(" ") + tr("NT$/kWh").toHtmlEscaped());
}

void TariffDayChooser::retranslate()
{
    m_label->setText(tr("Prices of:"));
    m_day->setToolTip(tr("The kind of day the costs and the shading behind the windows are for. The scheduler runs the "
                         "same windows on every kind of day."));
    for (int i = 0; i < m_day->count(); ++i) {
        const QVariantList day = m_day->itemData(i).toList();
        //: a kind of day and a season of the tariff: "Weekday · Summer"
        m_day->setItemText(i,
                           tr("%1 · %2").arg(Tariff::dayTypeName(TariffDayType(day.value(0).toInt())),
                                             TariffPeriodsEditor::seasonName(day.value(1).toString())));
    }
    showLegend();
}

void TariffDayChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
