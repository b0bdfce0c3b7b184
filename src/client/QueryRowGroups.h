#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

// Part of QueryRowReader: the series it fills as it reads rows (Group), what rows of one table
// share (Shape), and the columns they are appended to. QueryTableAssembly makes QueryTables of
// them at the end.
namespace QueryRows {

// Equality of short texts (keys, tag values such as device names) in a few word compares,
// without a call to memcmp: this runs for every tag of every row.
inline quint64 load8(const char *p)
{
    quint64 v = 0;
    std::memcpy(&v, p, sizeof v);
    return v;
}

inline quint32 load4(const char *p)
{
    quint32 v = 0;
    std::memcpy(&v, p, sizeof v);
    return v;
}

inline bool sameBytes(std::string_view a, std::string_view b)
{
    const size_t n = a.size();
    if (n != b.size())
        return false;
    const char *p = a.data();
    const char *q = b.data();
    if (n >= 8) {
        for (size_t i = 0; i + 8 <= n; i += 8) {
            if (load8(p + i) != load8(q + i))
                return false;
        }
        return load8(p + n - 8) == load8(q + n - 8); // the tail, overlapping
    }
    if (n >= 4)
        return load4(p) == load4(q) && load4(p + n - 4) == load4(q + n - 4);
    for (size_t i = 0; i < n; ++i) {
        if (p[i] != q[i])
            return false;
    }
    return true;
}

// A QList appended to through a pointer: QList::append costs several times a store, and a
// std::vector would have to be copied into a QList at the end. It starts at the size its table
// will likely reach (groupFor), so it seldom grows, and then by doubling.
template <typename T> class Column
{
public:
    Column() = default;
    Column(Column &&) noexcept = default;
    Column &operator=(Column &&) noexcept = default;
    Q_DISABLE_COPY(Column)

    bool isEmpty() const { return m_next == m_begin; }
    qsizetype size() const { return m_next - m_begin; }
    qsizetype capacity() const { return m_list.size(); }
    const T &last() const { return m_next[-1]; }
    const T &at(qsizetype i) const { return m_begin[i]; }
    Q_ALWAYS_INLINE void append(T v)
    {
        if (Q_UNLIKELY(m_next == m_limit))
            grow(2 * m_list.size());
        *m_next++ = v;
    }
    void resize(qsizetype n)
    {
        if (n > m_list.size())
            grow(n);
        m_next = m_begin + n;
    }
    void reserve(qsizetype n)
    {
        if (n > m_list.size())
            grow(n);
    }
    QList<T> take()
    {
        const qsizetype n = size();
        m_list.resize(n);
        if (m_list.capacity() - n > n / 8 + 16) // squeeze() copies: only when worth it
            m_list.squeeze();
        m_begin = m_next = m_limit = nullptr;
        return std::move(m_list);
    }

private:
    Q_NEVER_INLINE void grow(qsizetype capacity)
    {
        const qsizetype n = size();
        capacity = std::max<qsizetype>(16, capacity);
        m_list.reserve(capacity); // exactly: resize() alone would round up, for squeeze() to copy
        m_list.resize(capacity);
        m_begin = m_list.data();
        m_next = m_begin + n;
        m_limit = m_begin + m_list.size();
    }

    QList<T> m_list; // its size is the capacity; size() is what was appended
    T *m_begin = nullptr;
    T *m_next = nullptr;
    T *m_limit = nullptr;
};

struct Group
{
    int table = 0;
    std::vector<std::pair<std::string, std::string>> tags;
    std::string field;
    Column<qint64> times; // unless shared, below
    Column<double> values;
    // Texts as runs of equal ones (a null QString for numbers), since most repeat ("Operating"
    // × 10⁵): a point costs no QString copy, and equal lists are shared at the end.
    struct TextRun
    {
        qsizetype start;
        QString text;
    };
    std::vector<TextRun> textRuns; // empty until a text came
    bool ordered = true;
    // Pivoted rows give every field of a table the same times: while a field has a value in each
    // row of its shape, its times are the shape's (one list shared by all at the end).
    int sharedShape = -1;
    qsizetype sharedStart = 0;
    qsizetype expected = 0; // the size it will likely reach, for its columns' first allocation
    qsizetype layoutRow = 0; // the last row whose layout holds it (QueryRowReader's keepLayout)
    std::string lastText; // the last run's, as bytes
};

// What rows with the same table number and tag values share: their groups, found once.
struct Shape
{
    int table = 0;
    bool pivoted = false;
    std::vector<std::pair<std::string, std::string>> tags; // as the row had them, `_field` included
    int valueGroup = -1; // table shape: the group of `_value`
    std::vector<std::pair<std::string, int>> fieldGroups; // pivoted: field -> group, in row order
    std::unordered_map<std::string, int> fieldIndex; // the same by name, for rows in other orders
    Column<qint64> times; // pivoted: of each row, for the groups sharing them
    bool ordered = true;
    QList<qint64> finishedTimes;
    bool finished = false;
};

} // namespace QueryRows
