#include "gui/schedule/ProjectionStrip.h"

#include "gui/common/AppPalette.h"
#include "gui/common/DateText.h"
#include "gui/schedule/DayAxis.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr double kTop = 22;
constexpr double kBottom = 6;
} // namespace

ProjectionStrip::ProjectionStrip(QWidget *parent)
    : QWidget(parent)
    , m_zone(QTimeZone::utc())
{
    setObjectName(QStringLiteral("projectionStrip"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ProjectionStrip::setProjection(const SocProjectionResult &projection, const BatteryModel &battery, const QTimeZone &zone)
{
    m_projection = projection;
    m_battery = battery;
    m_zone = zone;
    m_unavailable.clear();
    update();
}

void ProjectionStrip::setHourLabels(bool on)
{
    m_hourLabels = on;
    update();
}

void ProjectionStrip::setUnavailable(const QString &reason)
{
    m_projection = {};
    m_unavailable = reason;
    update();
}

QSize ProjectionStrip::sizeHint() const
{
    return {900, 130};
}

QSize ProjectionStrip::minimumSizeHint() const
{
    return {480, 90};
}

QString ProjectionStrip::caption() const
{
    return tr("Projected state of charge, next 24 h");
}

QStringList ProjectionStrip::dayLabels() const
{
    if (!m_projection.isValid())
        return {};
    const QDate today =
        QDateTime::fromMSecsSinceEpoch(m_projection.socPercent.firstTime(), QTimeZone::utc()).toTimeZone(m_zone).date();
    return {tr("Tomorrow, %1").arg(DateText::date(today.addDays(1))), tr("Today, %1").arg(DateText::date(today))};
}

void ProjectionStrip::paintDays(QPainter &p, const DayAxis &axis, qint64 nowMs) const
{
    // The 24 hours from now wrap around the day axis: right of the red line is the rest of
    // today, left of it tomorrow up to the same time. The tomorrow part is shaded, and each says so.
    const QRectF plot = axis.plot();
    const double xNow = axis.x(secondOfDay(nowMs));
    p.fillRect(QRectF(plot.topLeft(), QPointF(xNow, plot.bottom())), AppPalette::faded(palette().color(QPalette::Text), 0.07));
    const QStringList labels = dayLabels();
    QFont small = p.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.save();
    p.setFont(small);
    const QFontMetrics metrics(small);
    p.setPen(AppPalette::secondaryText(palette(), true));
    const QRectF tomorrow = QRectF(plot.left(), plot.top(), xNow - plot.left(), metrics.height() + 4).adjusted(4, 2, -4, 0);
    const QRectF today = QRectF(xNow, plot.top(), plot.right() - xNow, metrics.height() + 4).adjusted(4, 2, -4, 0);
    if (metrics.horizontalAdvance(labels.at(0)) <= tomorrow.width())
        p.drawText(tomorrow, Qt::AlignRight | Qt::AlignTop, labels.at(0));
    if (metrics.horizontalAdvance(labels.at(1)) <= today.width())
        p.drawText(today, Qt::AlignLeft | Qt::AlignTop, labels.at(1));
    p.restore();
}

double ProjectionStrip::secondOfDay(qint64 ms) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toTimeZone(m_zone);
    return local.time().msecsSinceStartOfDay() / 1000.0;
}

void ProjectionStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void ProjectionStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const double labels = m_hourLabels ? fontMetrics().height() + 2 : 0;
    const DayAxis axis(DayAxis::plotArea(QRectF(rect()), DayAxis::labelWidth(fontMetrics()), kTop + labels, kBottom));
    const QRectF plot = axis.plot();
    const QColor text = AppPalette::secondaryText(palette(), true);
    const QFontMetrics metrics(p.font());
    p.setPen(text);
    p.drawText(QRectF(plot.left(), 0, plot.width(), kTop - 4), Qt::AlignLeft | Qt::AlignVCenter, caption());
    axis.paintHourGrid(p, palette(), m_hourLabels);
    auto yOf = [&](double percent) { return plot.bottom() - percent / 100.0 * plot.height(); };
    for (int percent : {0, 50, 100}) {
        p.setPen(text);
        p.drawText(QRectF(0, yOf(percent) - metrics.height() / 2.0, plot.left() - 6, metrics.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 %").arg(percent));
    }
    // The SOC limits: below the minimum and above the maximum the units do not go.
    const QColor limit = AppPalette::color(AppPalette::Role::Warning, palette());
    p.fillRect(QRectF(QPointF(plot.left(), yOf(m_battery.socMinPercent)), plot.bottomRight()), AppPalette::faded(limit, 0.10));
    p.fillRect(QRectF(plot.topLeft(), QPointF(plot.right(), yOf(m_battery.socMaxPercent))), AppPalette::faded(limit, 0.10));
    p.setPen(QPen(AppPalette::faded(palette().color(QPalette::Text), 0.3), 1));
    p.drawRect(plot);

    if (!m_projection.isValid()) {
        p.setPen(text);
        p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap,
                   m_unavailable.isEmpty() ? tr("No projection yet: waiting for the battery's state of charge.") : m_unavailable);
        return;
    }
    const TimeSeries &soc = m_projection.socPercent;
    paintDays(p, axis, soc.firstTime());
    // Where the projection wraps from today to tomorrow the line restarts at the left edge.
    const QColor critical = AppPalette::color(AppPalette::Role::Critical, palette());
    for (const ProjectionWarning &w : m_projection.warnings) {
        const qint64 from = w.from.toMSecsSinceEpoch();
        const qint64 to = std::min(w.windowStop.toMSecsSinceEpoch(), soc.lastTime());
        double x0 = axis.x(secondOfDay(from));
        double x1 = axis.x(secondOfDay(to));
        if (to - from >= 24 * 3600 * 1000LL)
            x1 = x0 + plot.width();
        const QColor shade = AppPalette::faded(critical, 0.18);
        if (x1 >= x0) {
            p.fillRect(QRectF(QPointF(x0, plot.top()), QPointF(x1, plot.bottom())), shade);
        } else {
            p.fillRect(QRectF(QPointF(x0, plot.top()), plot.bottomRight()), shade);
            p.fillRect(QRectF(plot.topLeft(), QPointF(x1, plot.bottom())), shade);
        }
    }
    QPainterPath path;
    // At local midnight the line ends at the right edge and goes on from the left one. The
    // date tells midnight apart from the hour a fall-back day repeats.
    double lastSecond = -1;
    QDate lastDate;
    for (qsizetype i = 0; i < soc.size(); ++i) {
        if (soc.isNullAt(i))
            continue;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(soc.time(i), QTimeZone::utc()).toTimeZone(m_zone);
        const double s = local.time().msecsSinceStartOfDay() / 1000.0;
        const double y = yOf(soc.value(i));
        const bool newDay = lastDate.isValid() && local.date() != lastDate;
        lastDate = local.date();
        if (lastSecond < 0) {
            path.moveTo(axis.x(s), y);
        } else if (newDay) {
            const QPointF last = path.currentPosition();
            // Where the segment crosses midnight, by its share of the time on each side.
            const double before = DayAxis::kDay - lastSecond;
            const double share = before / (before + s);
            const double yMidnight = last.y() + (y - last.y()) * share;
            path.lineTo(plot.right(), yMidnight);
            path.moveTo(plot.left(), yMidnight);
            path.lineTo(axis.x(s), y);
        } else {
            path.lineTo(axis.x(s), y);
        }
        lastSecond = s;
    }
    p.setPen(QPen(AppPalette::color(AppPalette::Role::Battery, palette()), 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    // The marker at now, where the projection starts.
    const double xNow = axis.x(secondOfDay(soc.firstTime()));
    p.setPen(QPen(critical, 1.5));
    p.drawLine(QPointF(xNow, plot.top()), QPointF(xNow, plot.bottom()));
    for (const ProjectionWarning &w : m_projection.warnings) {
        const QPointF at(axis.x(secondOfDay(w.from.toMSecsSinceEpoch())),
                         yOf(w.kind == ProjectionWarning::Kind::Empty ? m_battery.socMinPercent : m_battery.socMaxPercent));
        p.setBrush(critical);
        p.setPen(Qt::NoPen);
        p.drawEllipse(at, 4, 4);
    }
}
