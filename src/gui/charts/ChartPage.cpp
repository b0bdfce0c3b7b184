#include "gui/charts/ChartPage.h"

#include "gui/charts/ChartPanel.h"
#include "gui/timechart/TimeChart.h"

#include <QScrollArea>
#include <QVBoxLayout>

ChartPage::ChartPage(const QList<ChartDefinition> &charts, SiteConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setCharts(charts);
}

void ChartPage::setCharts(const QList<ChartDefinition> &charts)
{
    qDeleteAll(m_panels);
    m_panels.clear();
    for (const ChartDefinition &definition : charts) {
        auto *panel = new ChartPanel(definition, m_connection, this);
        connect(panel, &ChartPanel::dataArrived, this, &ChartPage::dataArrived);
        connect(panel, &ChartPanel::failed, this, &ChartPage::failed);
        connect(panel, &ChartPanel::exportRequested, this, &ChartPage::exportRequested);
        connect(panel, &ChartPanel::viewChanged, this, [this, panel](TimeInterval view) {
            for (ChartPanel *other : std::as_const(m_panels)) {
                if (other != panel)
                    other->setView(view);
            }
            emit viewChanged(view);
        });
        m_layout->addWidget(panel, 1);
        m_panels.append(panel);
    }
    if (!m_panels.isEmpty()) {
        for (QAction *action : std::as_const(m_pageActions))
            m_panels.constFirst()->addHeaderAction(action);
    }
}

void ChartPage::addPageAction(QAction *action)
{
    m_pageActions.append(action);
    if (!m_panels.isEmpty())
        m_panels.constFirst()->addHeaderAction(action);
}

void ChartPage::insertAbove(ChartPanel *panel, QWidget *widget)
{
    m_layout->insertWidget(std::max<int>(0, m_layout->indexOf(panel)), widget);
}

void ChartPage::load(const TimeRange &range)
{
    for (ChartPanel *panel : m_panels)
        panel->load(range);
}

void ChartPage::showCached(const TimeRange &range)
{
    for (ChartPanel *panel : m_panels)
        panel->showCached(range);
}

void ChartPage::updateStaleness(qint64 staleAfterSeconds, const QDateTime &now)
{
    for (ChartPanel *panel : m_panels)
        panel->updateStaleness(staleAfterSeconds, now);
}

TimeInterval ChartPage::view() const
{
    if (m_panels.isEmpty())
        return {};
    // As drawn, once there is data: held inside the range.
    const TimeChart *chart = m_panels.first()->chart();
    if (!chart->fullRange().isValid())
        return m_panels.first()->view();
    return chart->isZoomed() ? chart->visibleRange() : TimeInterval{};
}

void ChartPage::setView(TimeInterval view)
{
    for (ChartPanel *panel : std::as_const(m_panels))
        panel->setView(view);
}
