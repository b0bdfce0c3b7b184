#include "gui/schedule/TimelineEditor.h"

#include "core/Clock.h"
#include "gui/common/AppPalette.h"
#include "gui/schedule/DayAxis.h"
#include "gui/schedule/ScheduleModel.h"
#include "gui/tariff/TariffShading.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace {

constexpr double kTopMargin = 26.0; // hour labels
constexpr double kBottomMargin = 8.0;

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
    connect(&m_model, &ScheduleModel::draftChanged, this, [this] {
        updateAccessibleText();
        update();
    });
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
    updateAccessibleText();
}

void TimelineEditor::updateAccessibleText()
{
    // A screen reader hears the windows in words, as the table lists them.
    setAccessibleName(tr("Battery schedule timeline"));
    QStringList windows;
    for (int row = 0; row < m_model.rowCount(); ++row)
        windows << m_model.window(row).describe();
    setAccessibleDescription(windows.isEmpty()
                                 ? tr("No windows: the battery idles all day.")
                                 : tr("%n window(s): %1.", nullptr, int(windows.size())).arg(windows.join(QStringLiteral("; "))));
}

TimelineEditor::~TimelineEditor() = default;

void TimelineEditor::setZone(const QTimeZone &zone)
{
    m_zone = zone;
    update();
}

void TimelineEditor::setTariffPeriods(const QList<TariffPeriod> &periods)
{
    if (periods == m_periods)
        return;
    m_periods = periods;
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

TimelineGeometry TimelineEditor::plotGeometry() const
{
    const QRectF plot = DayAxis::plotArea(QRectF(rect()), DayAxis::labelWidth(fontMetrics()), kTopMargin, kBottomMargin);
    return TimelineGeometry(plot, m_model.limits(), m_snapMinutes);
}

QPointF TimelineEditor::pointAt(int secondOfDay, double powerW) const
{
    return plotGeometry().pointAt(secondOfDay, powerW);
}

TimelineEditor::Handle TimelineEditor::handleAt(const QPointF &pos, int *row) const
{
    return plotGeometry().handleAt(pos, m_model.windows(), row);
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
    const TimelineGeometry g = plotGeometry();
    m_drag.pressSecond = g.pressSecondFor(g.secondAt(pos.x()), m_model.windows());
    m_drag.pressPowerW = g.pressPowerAt(pos.y());
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
    else if (handle == Handle::Create) {
        const TimelineGeometry g = plotGeometry();
        emit createRequested(g.snap(g.secondAt(event->position().x())), g.snapPower(g.powerAt(event->position().y())));
    }
}

void TimelineEditor::dragTo(const QPointF &pos)
{
    const WindowEdits &edits = *m_drag.edits;
    const int row = m_drag.row;
    const TimelineGeometry g = plotGeometry();
    const double second = g.secondAt(pos.x());
    const int minimum = g.snapSeconds();
    switch (m_drag.handle) {
    case Handle::Create: {
        const std::optional<WindowEdit> e = edits.create(m_drag.pressSecond, g.snap(second), m_drag.pressPowerW, minimum);
        if (!e)
            return;
        const QString kind = e->window.charges() ? tr("Add charge window") : tr("Add discharge window");
        applyEdit(*e, -1, kind);
        break;
    }
    case Handle::Move: {
        const int delta = g.snap(second - g.secondAt(m_drag.pressPos.x()));
        applyEdit(edits.move(row, m_drag.original.start + delta), row, tr("Move %1").arg(m_drag.original.describe()));
        break;
    }
    case Handle::Start:
        applyEdit(edits.moveStart(row, g.snap(second), minimum), row, tr("Change start of %1").arg(m_drag.original.describe()));
        break;
    case Handle::End: {
        // The end of a window past midnight is on the next morning.
        const int end = g.snap(second) + (m_drag.original.crossesMidnight() ? DayAxis::kDay : 0);
        applyEdit(edits.moveEnd(row, end, minimum), row, tr("Change stop of %1").arg(m_drag.original.describe()));
        break;
    }
    case Handle::Power:
        applyEdit(edits.dragPower(row, g.snapPower(g.powerAt(pos.y()))), row,
                  tr("Set power of %1").arg(m_drag.original.describe()));
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
    const WindowEdits edits(m_model.windows(), m_model.limits());
    const DailyWindow &w = m_model.window(m_selected);
    if (resizeEnd)
        applyKeyEdit(edits.moveEnd(m_selected, w.end() + seconds, m_snapMinutes * 60), tr("Change stop of %1").arg(w.describe()));
    else
        applyKeyEdit(edits.move(m_selected, w.start + seconds), tr("Move %1").arg(w.describe()));
}

void TimelineEditor::nudgePower(double watts)
{
    const WindowEdits edits(m_model.windows(), m_model.limits());
    const DailyWindow &w = m_model.window(m_selected);
    // Up raises the power of a charge window and lowers the magnitude of a discharge window's.
    applyKeyEdit(edits.dragPower(m_selected, w.powerW + watts), tr("Set power of %1").arg(w.describe()));
}

void TimelineEditor::applyKeyEdit(const WindowEdit &edit, const QString &text)
{
    QList<DailyWindow> after = m_model.windows();
    after[m_selected] = edit.window;
    m_model.edit(after, text, m_selected);
    m_lastStop = edit.stoppedBy;
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
        const TimelineGeometry g = plotGeometry();
        const QString at = ScheduleWindow::formatSecondOfDay(g.snap(g.secondAt(pos.x())) % DayAxis::kDay);
        text = g.chargesAt(pos.y()) ? tr("Drag right or left to add a charge window from %1.").arg(at)
                                    : tr("Drag right or left to add a discharge window from %1.").arg(at);
        break;
    }
    case Handle::None:
        break;
    }
    if (row >= 0 && m_warnings.contains(row))
        text += QLatin1Char('\n') + m_warnings.value(row);
    if (const QString price = TariffShading::describeAt(m_periods, int(plotGeometry().secondAt(pos.x())) % DayAxis::kDay);
        !price.isEmpty() && !text.isEmpty())
        text += QLatin1Char('\n') + price;
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
    if (event->type() == QEvent::LanguageChange)
        updateAccessibleText();
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
    const TimelineGeometry g = plotGeometry();
    const DayAxis &a = g.axis();
    const int now = nowSecond();
    TariffShading::paint(p, a, m_periods, palette());
    paintScale(p, g);
    paintPast(p, g, now);
    a.paintHourGrid(p, palette(), true);
    for (int row = 0; row < m_model.rowCount(); ++row)
        paintWindow(p, g, row, now);
    if (m_model.rowCount() == 0)
        paintEmptyHint(p, a);
    paintNow(p, g, now);
    paintReadout(p);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelineEditor::paintScale(QPainter &p, const TimelineGeometry &g) const
{
    const QRectF plot = g.plot();
    const QColor text = AppPalette::secondaryText(palette(), true);
    const QFontMetrics metrics(p.font());
    // Faint bands: what charges above, what discharges below.
    p.fillRect(QRectF(plot.topLeft(), QPointF(plot.right(), g.zeroY())), AppPalette::faded(chargeColor(palette()), 0.04));
    p.fillRect(QRectF(QPointF(plot.left(), g.zeroY()), plot.bottomRight()), AppPalette::faded(dischargeColor(palette()), 0.04));
    for (const double w : g.scaleLinesW()) {
        const double y = g.yOf(w);
        p.setPen(QPen(w == 0 ? AppPalette::faded(palette().color(QPalette::Text), 0.7)
                             : AppPalette::faded(palette().color(QPalette::Text), 0.08),
                      w == 0 ? 1.5 : 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(text);
        // kW without the unit (it heads the axis), signed like the windows' powers.
        const QString label = w == 0
            ? QStringLiteral("0")
            : (w > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + QString::number(std::abs(w) / 1000.0, 'g', 4);
        p.drawText(QRectF(0, y - metrics.height() / 2.0, plot.left() - 6, metrics.height()), Qt::AlignRight | Qt::AlignVCenter,
                   label);
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

void TimelineEditor::paintWindow(QPainter &p, const TimelineGeometry &g, int row, int now) const
{
    const DailyWindow &w = m_model.window(row);
    const QColor base = w.charges() ? chargeColor(palette()) : dischargeColor(palette());
    const bool running = w.contains(now);
    const bool selected = row == m_selected;
    const bool warned = m_warnings.contains(row) || m_model.exceedsUnitLimit(row);
    const TimelineGeometry::WindowShape shape = g.shapeOf(w);
    for (qsizetype piece = 0; piece < shape.pieces.size(); ++piece) {
        const QRectF rc = shape.pieces.at(piece);
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
        p.setPen(shape.hasStartEdge(piece) ? outline : continues);
        p.drawLine(rc.topLeft(), rc.bottomLeft());
        p.setPen(shape.hasEndEdge(piece) ? outline : continues);
        p.drawLine(rc.topRight(), rc.bottomRight());
        if (selected) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(rc.adjusted(-3, -3, 3, 3));
            p.setBrush(palette().color(QPalette::Highlight));
            p.setPen(Qt::NoPen);
            p.drawRect(shape.powerGrip(piece));
        }
    }
    const WindowLabel label = labelOf(g, row, QFontMetrics(p.font()));
    if (label.lines.isEmpty())
        return;
    p.setPen(label.inside ? (AppPalette::isDark(palette()) ? QColor(Qt::white) : base.darker(220))
                          : palette().color(QPalette::Text));
    p.drawText(label.box, Qt::AlignCenter, label.lines.join(QLatin1Char('\n')));
}

TimelineEditor::WindowLabel TimelineEditor::labelOf(const TimelineGeometry &g, int row, const QFontMetrics &metrics) const
{
    const DailyWindow &w = m_model.window(row);
    const bool warned = m_warnings.contains(row) || m_model.exceedsUnitLimit(row);
    const TimelineGeometry::WindowShape shape = g.shapeOf(w);
    const QRectF widest = shape.widest();
    // The power first: it is what tells a window apart at a glance, and the time stands on the axis.
    const QString power = ScheduleWindow::formatPower(w.powerW);
    QStringList lines{
        power,
        QStringLiteral("%1–%2").arg(ScheduleWindow::formatSecondOfDay(w.start), ScheduleWindow::formatSecondOfDay(w.stop()))};
    if (w.contains(nowSecond()))
        lines << tr("running now");
    if (warned)
        lines.first().prepend(QStringLiteral("⚠ "));
    const QRectF room = widest.adjusted(4, 2, -4, -2);
    for (const QStringList &candidate : {lines, QStringList{power}}) {
        const qsizetype fit = TimelineGeometry::labelLinesThatFit(candidate, metrics, widest);
        if (fit > 0)
            return {candidate.mid(0, fit), room, true};
    }
    // Too small a window for its label: the power beside it, above a charge and below a discharge.
    const double width = metrics.horizontalAdvance(lines.first()) + 8;
    const double height = metrics.height() + 2;
    const QRectF all = g.plot();
    QRectF box(widest.center().x() - width / 2, w.charges() ? widest.top() - height : widest.bottom(), width, height);
    box.moveLeft(std::clamp(box.left(), all.left(), all.right() - width));
    box.moveTop(std::clamp(box.top(), all.top(), all.bottom() - height));
    return {{lines.first()}, box, false};
}

QStringList TimelineEditor::windowLabel(int row) const
{
    return row >= 0 && row < m_model.rowCount() ? labelOf(plotGeometry(), row, fontMetrics()).lines : QStringList();
}

QRectF TimelineEditor::windowLabelBox(int row) const
{
    return row >= 0 && row < m_model.rowCount() ? labelOf(plotGeometry(), row, fontMetrics()).box : QRectF();
}

void TimelineEditor::paintPast(QPainter &p, const TimelineGeometry &g, int now) const
{
    // Left of "now" the day has gone by: what stands there runs next tomorrow. Shaded and said, so
    // the 24-hour axis does not read as today only.
    const QRectF plot = g.plot();
    const QRectF past(plot.topLeft(), QPointF(g.axis().x(now), plot.bottom()));
    if (past.width() < 1)
        return;
    p.fillRect(past, AppPalette::faded(palette().color(QPalette::Text), 0.07));
    QFont small = p.font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p.save();
    p.setFont(small);
    const QFontMetrics metrics(small);
    const QRectF room = past.adjusted(6, metrics.height() + 6, -6, 0); // under "Charge ↑"
    for (const QString &text : {pastLabel(), tr("Tomorrow")}) {
        if (metrics.horizontalAdvance(text) <= room.width()) {
            p.setPen(AppPalette::secondaryText(palette(), true));
            p.drawText(room, Qt::AlignRight | Qt::AlignTop, text);
            break;
        }
    }
    p.restore();
}

QString TimelineEditor::pastLabel() const
{
    return tr("Past today: runs next tomorrow");
}

void TimelineEditor::paintNow(QPainter &p, const TimelineGeometry &g, int now) const
{
    const QColor red = AppPalette::color(AppPalette::Role::Critical, palette());
    const double x = g.axis().x(now);
    p.setPen(QPen(red, 1.5));
    p.drawLine(QPointF(x, g.plot().top() - 4), QPointF(x, g.plot().bottom()));
    p.setBrush(red);
    p.setPen(Qt::NoPen);
    p.drawPath(g.nowTip(now));
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
    const QRectF box =
        TimelineGeometry::readoutBox(m_cursor, QSizeF(w + 16, metrics.height() * lines.size() + 10), QSizeF(size()));
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
