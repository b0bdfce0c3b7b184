#pragma once

#include "gui/charts/TimeRange.h"

#include <QObject>
#include <QString>
#include <functional>

class Clock;
class SiteConnection;
struct ExportResult;

// The Energy page's "Export BEMS CSV…" (docs/product.md "Export"): the site's quarter-hours of a
// range as the trading platform's ABRI_BEMS file, from the same queries and rows as `aegis-cli
// export bems` (client/BemsExport), written all or nothing.
class BemsExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BemsExporter)

public:
    BemsExporter(SiteConnection &connection, const Clock &clock, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    // The whole quarter-hours of `range` that are over; `done` once written or failed.
    void write(const QString &path, const TimeRange &range, std::function<void(const ExportResult &)> done);

private:
    SiteConnection &m_connection;
    const Clock &m_clock;
    bool m_busy = false;
};
