#include "gui/schedule/TimelineEditor.h"

#include "core/Clock.h"
#include "gui/schedule/DayAxis.h"
#include "gui/common/AppPalette.h"
#include "gui/schedule/ScheduleModel.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QToolTip>

#include <cmath>

namespace {

constexpr double kEdgeGrab = 5.0;   // pixels either side of an edge that grab it
constexpr double kTopMargin = 26.0; // hour labels
constexpr double kBottomMargin = 8.0;
constexpr double kPowerStepW = 500.0;

QColor chargeColor(const QPalette &palette)
{
    return AppPalette::color(AppPalette::Role::Good, palette);
}

// Orange, apart from the green of charging and from the red of warnings.
QColor dischargeColor(const QPalette &palette)
{
    return AppPalette::color(AppPalette::Role::Solar, palette);
}

} // namespace

TimelineEditor::TimelineEditor(ScheduleModel &model, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_clock(clock)
    , m_zone(QTimeZone::utc())
{
    setObjectName(QStringLiteral("scheduleTimeline"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&m_model, &ScheduleModel::draftChanged, this, qOverload<>(&QWidget::update));
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] { setSelectedRow(-1); });
    connect(&m_model, &ScheduleModel::windowFocused, this, [this](int row) {
        if (row >= 0)
            setSelectedRow(row);
        else if (m_selected >= m_model.rowCount())
            setSelectedRow(-1);
    });
    // The "now" marker and the running window move with the clock.
    auto *timer = new QTimer(this);
    timer->setInterval(15000);
    connect(timer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    timer->start();
}

TimelineEditor::~TimelineEditor() = default;

void TimelineEditor::setZone(const QTimeZone &zone)
{
    m_zone = zone;
    update();
}

void TimelineEditor::setSnapMinutes(int minutes)
{
    m_snapMinutes = std::clamp(minutes, 1, 60);
}

void TimelineEditor::setSelectedRow(int row)
{
    if (row >= m_model.rowCount())
        row = -1;
    if (row == m_selected)
        return;
    m_selected = row;
    update();
    emit selectedRowChanged(row);
}

void TimelineEditor::setWindowWarnings(const QHash<int, QString> &warnings)
{
    m_warnings = warnings;
    update();
}

QSize TimelineEditor::sizeHint() const
{
    return {900, 300};
}

QSize TimelineEditor::minimumSizeHint() const
{
    return {480, 200};
}

DayAxis TimelineEditor::axis() const
{
    return DayAxis(DayAxis::plotArea(QRectF(rect()), DayAxis::labelWidth(fontMetrics()), kTopMargin, kBottomMargin));
}

double TimelineEditor::zeroY() const
{
    const QRectF plot = axis().plot();
    const ScheduleLimits &l = m_model.limits();
    const double total = std::max(1.0, l.maxChargeW + l.maxDischargeW);
    return plot.top() + plot.height() * (l.maxChargeW / total);
}

double TimelineEditor::yOf(double powerW) const
{
    const QRectF plot = axis().plot();
    const ScheduleLimits &l = m_model.limits();
    const double total = std::max(1.0, l.maxChargeW + l.maxDischargeW);
    return zeroY() - powerW / total * plot.height();
}

double TimelineEditor::powerAt(double y) const
{
    const QRectF plot = axis().plot();
    const ScheduleLimits &l = m_model.limits();
    const double total = std::max(1.0, l.maxChargeW + l.maxDischargeW);
    return (zeroY() - y) / plot.height() * total;
}

QPointF TimelineEditor::pointAt(int secondOfDay, double powerW) const
{
    return {axis().x(secondOfDay), yOf(powerW)};
}

int TimelineEditor::pressSecondFor(double second) const
{
    // Snapped, unless snapping would carry the press into a window or onto the end of the day:
    // then the step below, then the exact point.
    const int step = m_snapMinutes * 60;
    const int raw = std::clamp(int(std::lround(second)), 0, DayAxis::kDay - 1);
    const auto free = [this](int s) {
        if (s < 0 || s >= DayAxis::kDay)
            return false;
        for (const DailyWindow &w : m_model.windows()) {
            if (w.contains(s))
                return false;
        }
        return true;
    };
    for (int candidate : {snap(second), raw / step * step})
        if (free(candidate))
            return candidate;
    return raw;
}

int TimelineEditor::snap(double second) const
{
    const int step = m_snapMinutes * 60;
    return int(std::lround(second / step)) * step;
}

double TimelineEditor::snapPower(double watts) const
{
    return std::round(watts / kPowerStepW) * kPowerStepW;
}

QList<QRectF> TimelineEditor::rectsOf(int row) const
{
    const DailyWindow &w = m_model.window(row);
    const DayAxis a = axis();
    const double y0 = zeroY();
    const double y1 = yOf(w.powerW);
    const double top = std::min(y0, y1);
    const double height = std::max(2.0, std::abs(y1 - y0));
    QList<QRectF> rects;
    const int firstEnd = std::min(w.end(), DayAxis::kDay);
    rects << QRectF(QPointF(a.x(w.start), top), QSizeF(std::max(2.0, a.x(firstEnd) - a.x(w.start)), height));
    if (w.crossesMidnight())
        rects << QRectF(QPointF(a.x(0), top), QSizeF(std::max(2.0, a.x(w.end() - DayAxis::kDay) - a.x(0)), height));
    return rects;
}

TimelineEditor::Handle TimelineEditor::handleAt(const QPointF &pos, int *row) const
{
    const QRectF plot = axis().plot().adjusted(-kEdgeGrab, -kEdgeGrab, kEdgeGrab, kEdgeGrab);
    if (!plot.contains(pos))
        return Handle::None;
    for (int r = 0; r < m_model.rowCount(); ++r) {
        const DailyWindow &w = m_model.window(r);
        const QList<QRectF> rects = rectsOf(r);
        for (int piece = 0; piece < rects.size(); ++piece) {
            const QRectF &rc = rects.at(piece);
            const QRectF grab = rc.adjusted(-kEdgeGrab, -kEdgeGrab, kEdgeGrab, kEdgeGrab);
            if (!grab.contains(pos))
                continue;
            if (row)
                *row = r;
            // The edges at midnight of a window past it are not edges: it goes on there.
            const bool startEdge = piece == 0;
            const bool endEdge = piece == rects.size() - 1;
            const bool wide = rc.width() > 3 * kEdgeGrab;
            const double powerEdgeY = w.charges() ? rc.top() : rc.bottom();
            if (std::abs(pos.y() - powerEdgeY) <= kEdgeGrab && pos.x() > rc.left() + kEdgeGrab / 2
                && pos.x() < rc.right() - kEdgeGrab / 2)
                return Handle::Power;
            if (wide && startEdge && std::abs(pos.x() - rc.left()) <= kEdgeGrab)
                return Handle::Start;
            if (wide && endEdge && std::abs(pos.x() - rc.right()) <= kEdgeGrab)
                return Handle::End;
            if (rc.contains(pos))
                return Handle::Move;
        }
    }
    if (row)
        *row = -1;
    return axis().plot().contains(pos) ? Handle::Create : Handle::None;
}

int TimelineEditor::nowSecond() const
{
    const QDateTime local = m_clock.now().toTimeZone(m_zone);
    return local.time().msecsSinceStartOfDay() / 1000;
}

QString TimelineEditor::dragReadout() const
{
    return m_drag.started ? m_drag.readout : QString();
}

// --- mouse and keys ----------------------------------------------------------------------

void TimelineEditor::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPointF pos = event->position();
    int row = -1;
    const Handle handle = handleAt(pos, &row);
    m_drag = Drag{};
    if (handle == Handle::None)
        return;
    setSelectedRow(row);
    m_drag.handle = handle;
    m_drag.row = row;
    m_drag.pressPos = pos;
    m_drag.edits.emplace(m_model.windows(), m_model.limits());
    if (row >= 0)
        m_drag.original = m_model.window(row);
    m_drag.pressSecond = pressSecondFor(axis().secondAt(pos.x()));
    double power = snapPower(powerAt(pos.y()));
    if (std::abs(power) < kPowerStepW)
        power = pos.y() <= zeroY() ? kPowerStepW : -kPowerStepW;
    m_drag.pressPowerW = power;
    if (handle == Handle::Move)
        setCursor(Qt::ClosedHandCursor);
}

void TimelineEditor::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    m_cursor = pos;
    if (m_drag.handle == Handle::None || !(event->buttons() & Qt::LeftButton)) {
        updateCursor(pos);
        return;
    }
    if (!m_drag.started) {
        if ((pos - m_drag.pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag.started = true;
        m_drag.dragId = m_model.beginDrag();
    }
    dragTo(pos);
}

void TimelineEditor::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_drag.started)
        dragTo(event->position());
    m_drag = Drag{};
    updateCursor(event->position());
    update();
}

void TimelineEditor::mouseDoubleClickEvent(QMouseEvent *event)
{
    int row = -1;
    const Handle handle = handleAt(event->position(), &row);
    m_drag = Drag{};
    if (row >= 0)
        emit editRequested(row);
    else if (handle == Handle::Create)
        emit createRequested(snap(axis().secondAt(event->position().x())), snapPower(powerAt(event->position().y())));
}

void TimelineEditor::dragTo(const QPointF &pos)
{
    const WindowEdits &edits = *m_drag.edits;
    const int row = m_drag.row;
    const double second = axis().secondAt(pos.x());
    const int minimum = m_snapMinutes * 60;
    switch (m_drag.handle) {
    case Handle::Create: {
        const std::optional<WindowEdit> e = edits.create(m_drag.pressSecond, snap(second), m_drag.pressPowerW, minimum);
        if (!e)
            return;
        const QString kind = e->window.charges() ? tr("Add charge window") : tr("Add discharge window");
        applyEdit(*e, -1, kind);
        break;
    }
    case Handle::Move: {
        const int delta = snap(second - axis().secondAt(m_drag.pressPos.x()));
        applyEdit(edits.move(row, m_drag.original.start + delta), row, tr("Move %1").arg(m_drag.original.describe()));
        break;
    }
    case Handle::Start:
        applyEdit(edits.moveStart(row, snap(second), minimum), row, tr("Change start of %1").arg(m_drag.original.describe()));
        break;
    case Handle::End: {
        // The end of a window past midnight is on the next morning.
        const int end = snap(second) + (m_drag.original.crossesMidnight() ? DayAxis::kDay : 0);
        applyEdit(edits.moveEnd(row, end, minimum), row, tr("Change stop of %1").arg(m_drag.original.describe()));
        break;
    }
    case Handle::Power:
        applyEdit(edits.dragPower(row, snapPower(powerAt(pos.y()))), row, tr("Set power of %1").arg(m_drag.original.describe()));
        break;
    case Handle::None:
        break;
    }
    update();
}

void TimelineEditor::applyEdit(const WindowEdit &edit, int row, const QString &text)
{
    const WindowEdits &edits = *m_drag.edits;
    QList<DailyWindow> after = edits.windows();
    if (row >= 0)
        after[row] = edit.window;
    else
        after.append(edit.window);
    m_model.edit(after, text, row >= 0 ? row : int(after.size() - 1), m_drag.dragId);
    m_drag.readout = edit.window.describe();
    if (edit.stoppedBy != m_lastStop) {
        m_lastStop = edit.stoppedBy;
        emit ruleStopped(m_lastStop);
    }
}

void TimelineEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_drag.started) {
        // Cancel the drag: its one merged step, if it made one, is taken back.
        const int dragId = m_drag.dragId;
        m_drag = Drag{};
        m_model.cancelDrag(dragId);
        update();
        return;
    }
    if (m_selected < 0 || m_drag.started) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int step = m_snapMinutes * 60;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Left:
        nudge(-step, shift);
        break;
    case Qt::Key_Right:
        nudge(step, shift);
        break;
    case Qt::Key_Up:
        nudgePower(shift ? 100 : 1000);
        break;
    case Qt::Key_Down:
        nudgePower(shift ? -100 : -1000);
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        m_model.removeWindow(m_selected);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineEditor::nudge(int seconds, bool resizeEnd)
{
    const int row = m_selected;
    const WindowEdits edits(m_model.windows(), m_model.limits());
    const DailyWindow &w = m_model.window(row);
    const WindowEdit e = resizeEnd ? edits.moveEnd(row, w.end() + seconds, m_snapMinutes * 60) : edits.move(row, w.start + seconds);
    QList<DailyWindow> after = m_model.windows();
    after[row] = e.window;
    m_model.edit(after, resizeEnd ? tr("Change stop of %1").arg(w.describe()) : tr("Move %1").arg(w.describe()), row);
    m_lastStop = e.stoppedBy;
    emit ruleStopped(m_lastStop);
}

void TimelineEditor::nudgePower(double watts)
{
    const int row = m_selected;
    const WindowEdits edits(m_model.windows(), m_model.limits());
    const DailyWindow &w = m_model.window(row);
    // Up raises the power of a charge window and lowers the magnitude of a discharge window's.
    const WindowEdit e = edits.dragPower(row, w.powerW + watts);
    QList<DailyWindow> after = m_model.windows();
    after[row] = e.window;
    m_model.edit(after, tr("Set power of %1").arg(w.describe()), row);
    m_lastStop = e.stoppedBy;
    emit ruleStopped(m_lastStop);
}

void TimelineEditor::updateCursor(const QPointF &pos)
{
    switch (handleAt(pos)) {
    case Handle::Move:
        setCursor(Qt::OpenHandCursor);
        break;
    case Handle::Start:
    case Handle::End:
        setCursor(Qt::SizeHorCursor);
        break;
    case Handle::Power:
        setCursor(Qt::SizeVerCursor);
        break;
    case Handle::Create:
        setCursor(Qt::CrossCursor);
        break;
    case Handle::None:
        unsetCursor();
        break;
    }
}

QString TimelineEditor::toolTipAt(const QPointF &pos) const
{
    int row = -1;
    const Handle handle = handleAt(pos, &row);
    QString text;
    switch (handle) {
    case Handle::Move:
        text = tr("%1\nDrag to move it; double-click to edit it exactly.").arg(m_model.window(row).describe());
        break;
    case Handle::Start:
        text = tr("Drag to change when %1 starts.").arg(m_model.window(row).describe());
        break;
    case Handle::End:
        text = tr("Drag to change when %1 stops.").arg(m_model.window(row).describe());
        break;
    case Handle::Power:
        text = tr("Drag to set the power of %1.").arg(m_model.window(row).describe());
        break;
    case Handle::Create: {
        const QString at = ScheduleWindow::formatSecondOfDay(snap(axis().secondAt(pos.x())) % DayAxis::kDay);
        text = pos.y() <= zeroY() ? tr("Drag right or left to add a charge window from %1.").arg(at)
                                  : tr("Drag right or left to add a discharge window from %1.").arg(at);
        break;
    }
    case Handle::None:
        break;
    }
    if (row >= 0 && m_warnings.contains(row))
        text += QLatin1Char('\n') + m_warnings.value(row);
    if (row >= 0 && m_model.exceedsUnitLimit(row))
        text += QLatin1Char('\n') + m_model.data(m_model.index(row, ScheduleModel::PerUnitColumn), Qt::ToolTipRole).toString();
    return text;
}

bool TimelineEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_drag.started ? QString() : toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineEditor::leaveEvent(QEvent *event)
{
    m_cursor = {};
    QWidget::leaveEvent(event);
}

void TimelineEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

// --- painting ----------------------------------------------------------------------------

void TimelineEditor::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const DayAxis a = axis();
    paintScale(p, a);
    a.paintHourGrid(p, palette(), true);
    const int now = nowSecond();
    for (int row = 0; row < m_model.rowCount(); ++row)
        paintWindow(p, row, now);
    if (m_model.rowCount() == 0)
        paintEmptyHint(p, a);
    paintNow(p, a, now);
    paintReadout(p);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelineEditor::paintScale(QPainter &p, const DayAxis &a) const
{
    const QRectF plot = a.plot();
    const ScheduleLimits &l = m_model.limits();
    const QColor text = AppPalette::secondaryText(palette(), true);
    const QFontMetrics metrics(p.font());
    // Faint bands: what charges above, what discharges below.
    p.fillRect(QRectF(plot.topLeft(), QPointF(plot.right(), zeroY())), AppPalette::faded(chargeColor(palette()), 0.04));
    p.fillRect(QRectF(QPointF(plot.left(), zeroY()), plot.bottomRight()), AppPalette::faded(dischargeColor(palette()), 0.04));
    const double stepW = std::max(l.maxChargeW, l.maxDischargeW) > 20000 ? 10000 : 5000;
    for (double w = -std::floor(l.maxDischargeW / stepW) * stepW; w <= l.maxChargeW + 1; w += stepW) {
        const double y = yOf(w);
        p.setPen(QPen(w == 0 ? AppPalette::faded(palette().color(QPalette::Text), 0.7)
                             : AppPalette::faded(palette().color(QPalette::Text), 0.08),
                      w == 0 ? 1.5 : 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(text);
        // kW without the unit (it heads the axis), signed like the windows' powers.
        const QString label = w == 0 ? QStringLiteral("0")
                                     : (w > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + QString::number(std::abs(w) / 1000.0, 'g', 4);
        p.drawText(QRectF(0, y - metrics.height() / 2.0, plot.left() - 6, metrics.height()), Qt::AlignRight | Qt::AlignVCenter, label);
    }
    p.setPen(text);
    // Left of where the first hour label may reach.
    p.drawText(QRectF(4, 0, plot.left() - metrics.horizontalAdvance(QStringLiteral("00:00")) / 2.0 - 8, kTopMargin - 6),
               Qt::AlignLeft | Qt::AlignBottom, tr("kW"));
    QFont small = p.font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p.save();
    p.setFont(small);
    p.setPen(AppPalette::faded(palette().color(QPalette::Text), 0.45));
    p.drawText(plot.adjusted(6, 4, -6, 0), Qt::AlignLeft | Qt::AlignTop, tr("Charge ↑"));
    p.drawText(plot.adjusted(6, 0, -6, -4), Qt::AlignLeft | Qt::AlignBottom, tr("Discharge ↓"));
    p.drawText(plot.adjusted(6, 0, -6, -4), Qt::AlignRight | Qt::AlignBottom,
               tr("Times in %1").arg(QString::fromUtf8(m_zone.id())));
    p.restore();
}

void TimelineEditor::paintWindow(QPainter &p, int row, int now) const
{
    const DailyWindow &w = m_model.window(row);
    const QColor base = w.charges() ? chargeColor(palette()) : dischargeColor(palette());
    const bool running = w.contains(now);
    const bool selected = row == m_selected;
    const bool warned = m_warnings.contains(row) || m_model.exceedsUnitLimit(row);
    const QList<QRectF> rects = rectsOf(row);
    for (int piece = 0; piece < rects.size(); ++piece) {
        const QRectF rc = rects.at(piece);
        p.setPen(Qt::NoPen);
        p.setBrush(AppPalette::faded(base, running ? 0.75 : 0.5));
        p.drawRect(rc);
        if (running) {
            p.setBrush(QBrush(AppPalette::faded(palette().color(QPalette::Base), 0.35), Qt::BDiagPattern));
            p.drawRect(rc);
        }
        // Outline; at midnight the window goes on, so that edge is dashed.
        QPen outline(warned ? AppPalette::color(AppPalette::Role::Critical, palette()) : base.darker(130),
                     selected || running ? 2.5 : 1.2);
        p.setPen(outline);
        p.drawLine(rc.topLeft(), rc.topRight());
        p.drawLine(rc.bottomLeft(), rc.bottomRight());
        QPen continues = outline;
        continues.setStyle(Qt::DashLine);
        p.setPen(piece == 0 ? outline : continues);
        p.drawLine(rc.topLeft(), rc.bottomLeft());
        p.setPen(piece == rects.size() - 1 ? outline : continues);
        p.drawLine(rc.topRight(), rc.bottomRight());
        if (selected) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(rc.adjusted(-3, -3, 3, 3));
            p.setBrush(palette().color(QPalette::Highlight));
            p.setPen(Qt::NoPen);
            const double handleY = w.charges() ? rc.top() : rc.bottom();
            p.drawRect(QRectF(rc.center().x() - 6, handleY - 2, 12, 4));
        }
    }
    // The label in the widest piece, when it fits.
    const QRectF &widest = rects.size() > 1 && rects.at(1).width() > rects.at(0).width() ? rects.at(1) : rects.at(0);
    const QFontMetrics metrics(p.font());
    QStringList lines{QStringLiteral("%1–%2").arg(ScheduleWindow::formatSecondOfDay(w.start), ScheduleWindow::formatSecondOfDay(w.stop())),
                      ScheduleWindow::formatPower(w.powerW)};
    if (running)
        lines << tr("running now");
    if (warned)
        lines.first().prepend(QStringLiteral("⚠ "));
    int fit = 0;
    double width = 0;
    while (fit < lines.size() && metrics.height() * (fit + 1) + 4 <= std::max(widest.height(), 0.0)) {
        width = std::max(width, double(metrics.horizontalAdvance(lines.at(fit))));
        ++fit;
    }
    if (fit == 0 || width + 8 > widest.width())
        return;
    p.setPen(AppPalette::isDark(palette()) ? QColor(Qt::white) : base.darker(220));
    p.drawText(widest.adjusted(4, 2, -4, -2), Qt::AlignCenter, lines.mid(0, fit).join(QLatin1Char('\n')));
}

void TimelineEditor::paintNow(QPainter &p, const DayAxis &a, int now) const
{
    const QColor red = AppPalette::color(AppPalette::Role::Critical, palette());
    const double x = a.x(now);
    p.setPen(QPen(red, 1.5));
    p.drawLine(QPointF(x, a.plot().top() - 4), QPointF(x, a.plot().bottom()));
    p.setBrush(red);
    p.setPen(Qt::NoPen);
    QPainterPath tip;
    tip.moveTo(x - 5, a.plot().top() - 9);
    tip.lineTo(x + 5, a.plot().top() - 9);
    tip.lineTo(x, a.plot().top() - 3);
    tip.closeSubpath();
    p.drawPath(tip);
}

void TimelineEditor::paintReadout(QPainter &p) const
{
    if (!m_drag.started || m_drag.readout.isEmpty())
        return;
    QStringList lines{m_drag.readout};
    if (!m_lastStop.isEmpty())
        lines << m_lastStop;
    const QFontMetrics metrics(p.font());
    QFont bold = p.font();
    bold.setBold(true);
    // The first line is drawn bold, so it is measured bold.
    double w = QFontMetrics(bold).horizontalAdvance(lines.first());
    for (const QString &l : lines)
        w = std::max(w, double(metrics.horizontalAdvance(l)));
    QRectF box(m_cursor + QPointF(14, 14), QSizeF(w + 16, metrics.height() * lines.size() + 10));
    if (box.right() > width() - 2)
        box.moveRight(m_cursor.x() - 14);
    if (box.bottom() > height() - 2)
        box.moveBottom(m_cursor.y() - 14);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(palette().color(QPalette::ToolTipBase));
    p.drawRoundedRect(box, 4, 4);
    p.setPen(palette().color(QPalette::ToolTipText));
    p.save();
    p.setFont(bold);
    p.drawText(box.adjusted(8, 5, -8, 0), Qt::AlignLeft | Qt::AlignTop, lines.first());
    p.restore();
    if (lines.size() > 1) {
        p.setPen(AppPalette::color(AppPalette::Role::Critical, palette()));
        p.drawText(box.adjusted(8, 5 + metrics.height(), -8, 0), Qt::AlignLeft | Qt::AlignTop, lines.at(1));
    }
}

void TimelineEditor::paintEmptyHint(QPainter &p, const DayAxis &a) const
{
    p.setPen(AppPalette::secondaryText(palette(), true));
    p.drawText(a.plot().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
               tr("No windows: the batteries idle all day.\nDrag on the timeline to add one: above the zero line to "
                  "charge, below it to discharge."));
}
