#include "client/QueryTableAssembly.h"

#include <QList>
#include <algorithm>
#include <numeric>

using QueryRows::Group;
using QueryRows::Shape;

// The texts of a group as a list, the same list as an earlier group's when they are equal (all
// devices' Type "Grid"): the lists share one copy. Lists of many runs are not worth looking up.
QStringList QueryTableAssembly::textsOf(const Group &g, qsizetype n, bool shareable)
{
    if (g.textRuns.empty())
        return {};
    std::string key;
    if (shareable && g.textRuns.size() <= 16) {
        const auto add = [&key](const void *data, size_t size) { key.append(static_cast<const char *>(data), size); };
        add(&n, sizeof n);
        for (const Group::TextRun &run : g.textRuns) {
            const qsizetype size = run.text.size();
            add(&run.start, sizeof run.start);
            add(&size, sizeof size);
            add(run.text.constData(), size_t(size) * sizeof(QChar));
            key.push_back(run.text.isNull() ? 'n' : 't');
        }
        const auto found = m_finishedTexts.find(key);
        if (found != m_finishedTexts.end())
            return found->second;
    }
    QStringList texts;
    texts.reserve(n);
    for (size_t r = 0; r < g.textRuns.size(); ++r) {
        const qsizetype end = r + 1 < g.textRuns.size() ? g.textRuns[r + 1].start : n;
        for (qsizetype i = g.textRuns[r].start; i < end; ++i)
            texts.append(g.textRuns[r].text);
    }
    if (!key.empty())
        m_finishedTexts.emplace(std::move(key), texts);
    return texts;
}

void QueryTableAssembly::assemble(std::vector<Group> &groups, std::vector<Shape> &shapes, QueryResult &result)
{
    result.tables.reserve(qsizetype(groups.size()));
    for (Group &g : groups) {
        QList<qint64> times;
        bool ordered = g.ordered;
        if (g.sharedShape >= 0) {
            Shape &shape = shapes[size_t(g.sharedShape)];
            if (!shape.finished) {
                shape.finishedTimes = shape.times.take();
                shape.finished = true;
            }
            const qsizetype n = g.values.size();
            times = g.sharedStart == 0 && n == shape.finishedTimes.size() ? shape.finishedTimes
                                                                          : shape.finishedTimes.mid(g.sharedStart, n);
            ordered = shape.ordered;
        } else {
            times = g.times.take();
        }
        QStringList texts = textsOf(g, g.values.size(), ordered);
        QList<double> values = g.values.take();
        if (!ordered) {
            const qsizetype n = times.size();
            // Stable, so rows with the same time keep the reply's order.
            std::vector<qsizetype> order(size_t(n), 0);
            std::iota(order.begin(), order.end(), qsizetype(0));
            std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return times.at(a) < times.at(b); });
            QList<qint64> sortedTimes;
            QList<double> sortedValues;
            QStringList sortedTexts;
            sortedTimes.reserve(n);
            sortedValues.reserve(n);
            if (!texts.isEmpty())
                sortedTexts.reserve(n);
            for (const qsizetype i : order) {
                sortedTimes.append(times.at(i));
                sortedValues.append(values.at(i));
                if (!texts.isEmpty())
                    sortedTexts.append(texts.at(i));
            }
            times = std::move(sortedTimes);
            values = std::move(sortedValues);
            texts = std::move(sortedTexts);
        }
        QueryTable t;
        t.table = g.table;
        for (const auto &[k, v] : g.tags)
            t.tags.insert(QString::fromStdString(k), QString::fromStdString(v));
        t.field = QString::fromStdString(g.field);
        t.series = TimeSeries(std::move(times), std::move(values));
        t.texts = std::move(texts);
        result.tables.append(std::move(t));
    }
}
