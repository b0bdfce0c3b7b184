#pragma once

#include <QtGlobal>
#include <algorithm>

// A span of time, [fromMs, toMs], in ms since the epoch.
struct TimeInterval
{
    qint64 fromMs = 0;
    qint64 toMs = 0;

    qint64 span() const { return toMs - fromMs; }
    bool isValid() const { return toMs > fromMs; }
    friend bool operator==(const TimeInterval &, const TimeInterval &) = default;
};

// Which part of a chart's full time range is visible: wheel zoom around a point, drag pan,
// reset. New data (auto-refresh) moves the full range; a view at the full range follows it,
// a zoomed view stays where the operator put it. Pure: no widgets, no painting.
class TimeZoom final
{
public:
    TimeInterval full() const { return m_full; }
    TimeInterval visible() const { return m_visible; }
    bool isAtFull() const { return m_atFull; }

    // The narrowest view a zoom may reach.
    void setMinimumSpan(qint64 ms) { m_minimumSpan = std::max<qint64>(ms, 1); }
    qint64 minimumSpan() const { return m_minimumSpan; }

    // New data: at the full range, the view follows; zoomed, it stays (moved inside the new
    // range if it now sticks out), or resets when it no longer overlaps the data at all.
    // Returns whether the visible range changed.
    bool setFull(TimeInterval full);

    // factor < 1 zooms in. The instant under the cursor (anchorMs) stays where it is.
    bool zoom(double factor, qint64 anchorMs);
    bool pan(qint64 deltaMs);
    bool setVisible(TimeInterval range);
    bool reset();

private:
    bool apply(TimeInterval wanted);

    TimeInterval m_full;
    TimeInterval m_visible;
    bool m_atFull = true;
    qint64 m_minimumSpan = 60'000;
};
