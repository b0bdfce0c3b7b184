#pragma once

#include "core/Duration.h"
#include "sim/Aggregation.h"
#include "sim/SimReply.h"
#include "sim/StoredSeries.h"

#include <QList>
#include <QPair>
#include <QTimeZone>
#include <QUrlQuery>
#include <optional>
#include <vector>

class Clock;
class SiteModel;

// Answers device and domain queries (docs/aegis-api.md §5–6) from the site's stored series, in the
// evaluation order the contract gives. Errors are 400 replies naming the parameter.
class QueryEngine
{
public:
    QueryEngine(const SiteModel &site, const Clock &clock);

    SimReply deviceQuery(const QUrlQuery &query) const;
    SimReply domainQuery(const QUrlQuery &query) const;

    // Shared by the two queries; public for the engine's own helpers in QueryEngine.cpp.
    using Key = QList<QPair<QString, QString>>; // group columns in output order

    struct Source
    {
        const StoredSeries *series = nullptr;
        qsizetype from = 0; // index range of the points inside the query range
        qsizetype to = 0;
    };
    struct InputTable
    {
        Key key; // every group column, `!` ones included
        QList<Source> sources;
        bool differenceNonNegative = false;
    };
    struct Row
    {
        qint64 time = 0;
        double value = 0;
        QString text; // for text fields (value is then unused)
        bool isText = false;
    };
    struct OutputTable
    {
        Key key;
        std::vector<Row> rows;
    };
    struct Window
    {
        std::optional<Duration> every;
        QTimeZone zone = QTimeZone::utc();
        std::optional<TimeFunction> function;
        bool timeSrcStart = false;
        bool createEmpty = false;
        bool fromBeginningOfData = false; // start "0": windows begin at the first point
        qint64 startMs = 0;
        qint64 stopMs = 0;
    };

private:
    const SiteModel &m_site;
    const Clock &m_clock;
};
