#include "gui/overview/PowerFlowWidget.h"

#include "gui/common/AppPalette.h"
#include "gui/common/TimeSpanText.h"
#include "gui/common/Units.h"
#include "gui/overview/OverviewIcons.h"

#include <QEvent>
#include <QPainter>
#include <QVariantAnimation>
#include <algorithm>
#include <array>
#include <cmath>

namespace {

using Node = PowerFlowWidget::Node;
using Direction = PowerFlowWidget::Direction;

constexpr std::array<Node, 5> kNodes = {Node::Solar, Node::Grid, Node::Battery, Node::Load, Node::Generator};

int index(Node node)
{
    return int(node);
}

// Solar and the generator sit at the top with their names above; the rest have names below.
bool nameAbove(Node node)
{
    return node == Node::Solar || node == Node::Generator;
}

OverviewIcons::Icon iconOf(Node node)
{
    switch (node) {
    case Node::Solar:
        return OverviewIcons::Icon::Solar;
    case Node::Grid:
        return OverviewIcons::Icon::Grid;
    case Node::Battery:
        return OverviewIcons::Icon::Battery;
    case Node::Load:
        return OverviewIcons::Icon::Building;
    case Node::Generator:
        return OverviewIcons::Icon::Generator;
    }
    return OverviewIcons::Icon::Building;
}

QFont scaledFont(QFont font, double factor, bool bold = false)
{
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * factor));
    font.setBold(bold);
    return font;
}

// Shrinks `font` until every one of `texts` fits `width`, down to 70 % of its size.
QFont fitted(QFont font, const QStringList &texts, double width)
{
    const auto widest = [&texts](const QFont &f) {
        double w = 0;
        for (const QString &t : texts)
            w = std::max(w, QFontMetricsF(f).horizontalAdvance(t));
        return w;
    };
    for (int i = 0; i < 6 && widest(font) > width; ++i)
        font.setPointSizeF(font.pointSizeF() * 0.94);
    return font;
}

// Half the width of a circle of radius r at dy from its centre.
double halfChord(double r, double dy)
{
    return std::sqrt(std::max(0.0, r * r - dy * dy));
}

} // namespace

struct PowerFlowWidget::Geometry
{
    QPointF bus;
    double busRadius = 0;
    std::array<QPointF, 5> centre{};
    std::array<double, 5> radius{};
    double em = 0; // the widget font's line height
    // One size for every node's value and one for its state, so the nodes read alike.
    QFont valueFont;
    QFont stateFont;
};

PowerFlowWidget::PowerFlowWidget(QWidget *parent)
    : QWidget(parent)
    , m_phase(new QVariantAnimation(this))
{
    m_phase->setStartValue(0.0);
    m_phase->setEndValue(1.0);
    m_phase->setDuration(900);
    m_phase->setLoopCount(-1);
    connect(m_phase, &QVariantAnimation::valueChanged, this, qOverload<>(&PowerFlowWidget::update));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Power flow"));
    refresh();
}

PowerFlowWidget::~PowerFlowWidget() = default;

void PowerFlowWidget::setFlow(const PowerFlow &flow)
{
    m_flow = flow;
    refresh();
}

void PowerFlowWidget::setStale(bool stale, qint64 ageSeconds)
{
    m_stale = stale;
    m_ageSeconds = ageSeconds;
    refresh();
}

void PowerFlowWidget::setFullScale(double watts)
{
    if (watts > 0)
        m_fullScaleW = watts;
    update();
}

double PowerFlowWidget::watts(Node node) const
{
    switch (node) {
    case Node::Solar:
        return m_flow.solarW;
    case Node::Grid:
        return m_flow.gridW;
    case Node::Battery:
        return m_flow.batteryW;
    case Node::Load:
        return m_flow.loadW;
    case Node::Generator:
        return m_flow.generatorW;
    }
    return PowerFlow::kUnknown;
}

PowerFlowWidget::Direction PowerFlowWidget::direction(Node node, double watts)
{
    if (!std::isfinite(watts))
        return Direction::Unknown;
    if (std::abs(watts) < kIdleW)
        return Direction::Idle;
    // Sources feed the bus when positive; the battery (> 0 charges) and the load draw from it.
    const bool positiveFeedsBus = node == Node::Solar || node == Node::Grid || node == Node::Generator;
    return (watts > 0) == positiveFeedsBus ? Direction::IntoBus : Direction::OutOfBus;
}

QString PowerFlowWidget::nodeName(Node node)
{
    switch (node) {
    case Node::Solar:
        return tr("Solar");
    case Node::Grid:
        return tr("Grid");
    case Node::Battery:
        return tr("Battery");
    case Node::Load:
        return tr("Load");
    case Node::Generator:
        return tr("Generator");
    }
    return {};
}

QString PowerFlowWidget::directionText(Node node, Direction direction)
{
    switch (direction) {
    case Direction::Unknown:
        return {};
    case Direction::Idle:
        return tr("idle");
    case Direction::IntoBus:
        switch (node) {
        case Node::Grid:
            return tr("importing");
        case Node::Battery:
            return tr("discharging");
        case Node::Load:
            return tr("feeding back");
        case Node::Solar:
        case Node::Generator:
            return tr("producing");
        }
        break;
    case Direction::OutOfBus:
        switch (node) {
        case Node::Grid:
            return tr("exporting");
        case Node::Battery:
            return tr("charging");
        case Node::Load:
        case Node::Solar:
        case Node::Generator:
            return tr("consuming");
        }
        break;
    }
    return {};
}

bool PowerFlowWidget::showsGenerator() const
{
    // Building K has no generator in normal operation; its node appears only while it runs.
    const Direction d = direction(Node::Generator, m_flow.generatorW);
    return d == Direction::IntoBus || d == Direction::OutOfBus;
}

QString PowerFlowWidget::describe() const
{
    QStringList parts;
    for (const Node node : kNodes) {
        if (node == Node::Generator && !showsGenerator())
            continue;
        const double w = watts(node);
        const Direction d = direction(node, w);
        if (d == Direction::Unknown)
            parts.append(tr("%1: no data.").arg(nodeName(node)));
        else
            parts.append(tr("%1: %2, %3.").arg(nodeName(node), Units::power(std::abs(w)), directionText(node, d)));
    }
    if (m_stale)
        parts.prepend(tr("Not current, last update %1.").arg(TimeSpanText::ago(m_ageSeconds)));
    return parts.join(QLatin1Char(' '));
}

bool PowerFlowWidget::isAnimating() const
{
    return m_phase->state() == QAbstractAnimation::Running;
}

void PowerFlowWidget::refresh()
{
    bool moving = false;
    for (const Node node : kNodes) {
        const Direction d = direction(node, watts(node));
        moving = moving || d == Direction::IntoBus || d == Direction::OutOfBus;
    }
    // Motion says "this is live": none for stale data, and no work while nobody sees it.
    const bool run = moving && !m_stale && isVisible();
    if (run && !isAnimating())
        m_phase->start();
    else if (!run && isAnimating())
        m_phase->stop();
    setAccessibleDescription(describe());
    update();
}

void PowerFlowWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void PowerFlowWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_phase->stop();
}

void PowerFlowWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        updateGeometry();
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Power flow"));
        refresh();
    }
}

QSize PowerFlowWidget::minimumSizeHint() const
{
    const int em = fontMetrics().height();
    return {18 * em, 18 * em};
}

QSize PowerFlowWidget::sizeHint() const
{
    const int em = fontMetrics().height();
    return {26 * em, 22 * em};
}

PowerFlowWidget::Geometry PowerFlowWidget::layout() const
{
    Geometry g;
    const QFontMetricsF fm(font());
    g.em = fm.height();
    const QRectF area = QRectF(rect()).adjusted(g.em * 0.4, g.em * 0.4, -g.em * 0.4, -g.em * 0.4);
    const double nameH = g.em * 1.3;
    double nameW = 0;
    for (const Node node : kNodes)
        nameW = std::max(nameW, fm.horizontalAdvance(nodeName(node)));

    // The largest circles that leave room for the names and for lines to the bus of at least
    // one and a half radii: shorter lines make the diagram a cluster of circles.
    const double height = area.height() - 2 * nameH;
    const double width = area.width() - std::max(0.0, nameW - 2 * g.em);
    double r = std::min(height, width) / 7;
    // Small widgets trade line length (down to half a radius) for nodes that can hold their text.
    if (r < g.em * 2.4)
        r = std::min(g.em * 2.4, std::min(height, width) / 5);
    if (showsGenerator())
        r = std::min(r, (height - g.em) / 7.4);
    r = std::clamp(r, g.em * 1.8, g.em * 4.4);
    // Text inside the nodes grows with them, and shrinks to fit the widest.
    const double scale = std::clamp(r / (g.em * 2.6), 0.92, 1.45);
    QStringList values;
    QStringList states;
    for (const Node node : kNodes) {
        const double w = watts(node);
        values.append(Units::power(std::isfinite(w) ? std::abs(w) : w));
        states.append(directionText(node, direction(node, w)));
    }
    g.valueFont = fitted(scaledFont(font(), 1.15 * scale, true), values, 2 * halfChord(r, r * 0.25) * 0.78);
    g.stateFont = fitted(scaledFont(font(), 0.92 * scale), states, 2 * halfChord(r, r * 0.62) * 0.9);
    g.busRadius = std::max(4.0, r * 0.13);

    const double side = std::max(r, nameW / 2);
    const QPointF c = area.center();
    g.bus = c;
    g.centre[index(Node::Solar)] = QPointF(c.x(), area.top() + nameH + r);
    g.centre[index(Node::Battery)] = QPointF(c.x(), area.bottom() - nameH - r);
    g.centre[index(Node::Grid)] = QPointF(area.left() + side, c.y());
    g.centre[index(Node::Load)] = QPointF(area.right() - side, c.y());
    g.centre[index(Node::Generator)] = QPointF(area.left() + side, area.top() + nameH + r * 0.7);
    g.radius.fill(r);
    g.radius[index(Node::Generator)] = r * 0.7;
    return g;
}

QColor PowerFlowWidget::accent(Node node) const
{
    if (m_stale || direction(node, watts(node)) == Direction::Unknown)
        return AppPalette::muted(palette());
    using Role = AppPalette::Role;
    switch (node) {
    case Node::Solar:
        return AppPalette::color(Role::Solar, palette());
    case Node::Grid:
        return AppPalette::color(Role::Grid, palette());
    case Node::Battery:
        return AppPalette::color(Role::Battery, palette());
    case Node::Load:
        return AppPalette::color(Role::Load, palette());
    case Node::Generator:
        return AppPalette::color(Role::Generator, palette());
    }
    return palette().color(QPalette::Text);
}

double PowerFlowWidget::strength(double w) const
{
    // Square root so that a few kW still reads as a real flow next to 50 kW.
    return std::sqrt(std::clamp(std::abs(w) / m_fullScaleW, 0.0, 1.0));
}

void PowerFlowWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Geometry g = layout();

    for (const Node node : kNodes) {
        if (node != Node::Generator || showsGenerator())
            paintLine(p, g, node);
    }
    p.setPen(Qt::NoPen);
    p.setBrush(AppPalette::mix(palette().color(QPalette::Window), palette().color(QPalette::WindowText), 0.55));
    p.drawEllipse(g.bus, g.busRadius, g.busRadius);
    for (const Node node : kNodes) {
        if (node != Node::Generator || showsGenerator())
            paintNode(p, g, node);
    }

    if (m_stale) {
        const QString note = tr("Last update %1").arg(TimeSpanText::ago(m_ageSeconds));
        // Bottom left is free: the battery's name is centred below it, the grid's well above.
        const QRectF box(g.em * 0.4, height() - g.em * 1.4,
                         g.centre[index(Node::Battery)].x() - g.radius[index(Node::Battery)] - g.em, g.em);
        QFont f = font();
        f.setItalic(true);
        p.setFont(f);
        p.setPen(AppPalette::color(AppPalette::Role::Warning, palette()));
        p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(f).elidedText(note, Qt::ElideRight, box.width()));
    }
}

void PowerFlowWidget::paintLine(QPainter &p, const Geometry &g, Node node) const
{
    const QPointF centre = g.centre[index(node)];
    const QLineF full(g.bus, centre);
    if (full.length() < 1)
        return;
    const QPointF unit = (centre - g.bus) / full.length();
    const QPointF busEnd = g.bus + unit * g.busRadius;
    const QPointF nodeEnd = centre - unit * g.radius[index(node)];
    const double length = QLineF(busEnd, nodeEnd).length();
    if (length < 2)
        return;

    const double w = watts(node);
    const Direction d = direction(node, w);
    const QColor color = accent(node);
    if (d == Direction::Unknown || d == Direction::Idle) {
        QPen pen(AppPalette::faded(AppPalette::muted(palette()), 0.6), 1.5, Qt::SolidLine, Qt::RoundCap);
        if (d == Direction::Unknown)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.drawLine(busEnd, nodeEnd);
        return;
    }

    const double s = strength(w);
    p.setPen(QPen(AppPalette::faded(color, 0.25 + 0.3 * s), 2 + 5 * s, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(busEnd, nodeEnd);

    // Chevrons pointing and moving the way the power goes.
    const QPointF from = d == Direction::IntoBus ? nodeEnd : busEnd;
    const QPointF along = d == Direction::IntoBus ? -unit : unit;
    const QPointF across(-along.y(), along.x());
    const double size = 4 + 3 * s;
    const double spacing = std::max(g.em * 2, size * 4);
    const double phase = m_stale ? 0.0 : m_phase->currentValue().toDouble();
    p.setPen(QPen(color, 1.6 + 1.2 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    for (double at = phase * spacing; at < length; at += spacing) {
        if (at < size * 1.5 || at > length - size * 0.5)
            continue;
        const QPointF tip = from + along * at;
        const QPointF back = tip - along * size;
        const QPointF arms[3] = {back + across * size, tip, back - across * size};
        p.drawPolyline(arms, 3);
    }
}

void PowerFlowWidget::paintNode(QPainter &p, const Geometry &g, Node node) const
{
    const QPointF c = g.centre[index(node)];
    const double r = g.radius[index(node)];
    const QColor color = accent(node);
    const QColor base = palette().color(QPalette::Base);
    const bool muted = m_stale || direction(node, watts(node)) == Direction::Unknown;

    p.setPen(QPen(color, std::max(2.0, r * 0.06)));
    p.setBrush(AppPalette::mix(base, color, muted ? 0.03 : 0.09));
    p.drawEllipse(c, r, r);

    // The generator's smaller node gets proportionally smaller text.
    const double shrink = r / g.radius[index(Node::Solar)];
    const double iconSide = r * 0.5;
    OverviewIcons::paint(p, iconOf(node), QRectF(c.x() - iconSide / 2, c.y() - r * 0.68, iconSide, iconSide), color);

    const double w = watts(node);
    const Direction d = direction(node, w);
    const QColor text = muted ? AppPalette::muted(palette()) : palette().color(QPalette::Text);

    const QString value = Units::power(std::isfinite(w) ? std::abs(w) : w);
    const QFont valueFont = scaledFont(g.valueFont, shrink, true);
    const QFontMetricsF vm(valueFont);
    const QRectF valueBox(c.x() - r, c.y() - r * 0.12, 2 * r, vm.height());
    p.setFont(valueFont);
    p.setPen(text);
    p.drawText(valueBox, Qt::AlignHCenter | Qt::AlignTop, value);

    const QString state = directionText(node, d);
    if (!state.isEmpty()) {
        const QFont stateFont = scaledFont(g.stateFont, shrink);
        p.setFont(stateFont);
        p.setPen(d == Direction::Idle || muted ? AppPalette::muted(palette()) : color);
        p.drawText(QRectF(c.x() - r, valueBox.bottom(), 2 * r, QFontMetricsF(stateFont).height()),
                   Qt::AlignHCenter | Qt::AlignTop, state);
    }

    // The name outside the circle, on the side away from the bus.
    const QString name = nodeName(node);
    const double nameW = QFontMetricsF(font()).horizontalAdvance(name) + g.em;
    const QRectF nameBox = nameAbove(node) ? QRectF(c.x() - nameW / 2, c.y() - r - g.em * 1.25, nameW, g.em)
                                           : QRectF(c.x() - nameW / 2, c.y() + r + g.em * 0.25, nameW, g.em);
    p.setFont(font());
    p.setPen(muted ? AppPalette::muted(palette()) : palette().color(QPalette::WindowText));
    p.drawText(nameBox, Qt::AlignCenter, name);
}
