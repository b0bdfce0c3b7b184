#include "gui/timechart/TimeZoom.h"

#include <cmath>

bool TimeZoom::setFull(TimeInterval full)
{
    m_full = full;
    if (m_atFull || !full.isValid() || m_visible.toMs <= full.fromMs || m_visible.fromMs >= full.toMs)
        return reset();
    return apply(m_visible);
}

bool TimeZoom::zoom(double factor, qint64 anchorMs)
{
    if (!m_full.isValid() || !(factor > 0))
        return false;
    anchorMs = std::clamp(anchorMs, m_visible.fromMs, m_visible.toMs);
    const auto scaled = [factor](qint64 length) { return qint64(std::llround(double(length) * factor)); };
    qint64 left = scaled(anchorMs - m_visible.fromMs);
    qint64 right = scaled(m_visible.toMs - anchorMs);
    const qint64 span = left + right;
    const qint64 narrowest = std::min(m_minimumSpan, m_full.span());
    if (span < narrowest) { // keep the anchor's relative place at the narrowest span
        const double share = m_visible.span() > 0 ? double(anchorMs - m_visible.fromMs) / double(m_visible.span()) : 0.5;
        left = qint64(std::llround(double(narrowest) * share));
        right = narrowest - left;
    }
    return apply({anchorMs - left, anchorMs + right});
}

bool TimeZoom::pan(qint64 deltaMs)
{
    if (m_atFull || deltaMs == 0)
        return false;
    return apply({m_visible.fromMs + deltaMs, m_visible.toMs + deltaMs});
}

bool TimeZoom::setVisible(TimeInterval range)
{
    if (!range.isValid())
        return false;
    return apply(range);
}

bool TimeZoom::reset()
{
    const bool changed = !(m_visible == m_full) || !m_atFull;
    m_visible = m_full;
    m_atFull = true;
    return changed;
}

bool TimeZoom::apply(TimeInterval wanted)
{
    if (!m_full.isValid())
        return reset();
    const qint64 span = std::max(wanted.span(), std::min(m_minimumSpan, m_full.span()));
    if (span >= m_full.span())
        return reset();
    // Keep the span, slide it back inside the data.
    qint64 from = std::clamp(wanted.fromMs, m_full.fromMs, m_full.toMs - span);
    const TimeInterval next{from, from + span};
    const bool changed = !(next == m_visible) || m_atFull;
    m_visible = next;
    m_atFull = false;
    return changed;
}
