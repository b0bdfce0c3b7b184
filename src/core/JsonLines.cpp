#include "core/JsonLines.h"

#include <QList>

namespace {

struct Frame
{
    bool array = false;
    int index = 0;
    QString path;
    QString key;
};

QString childPath(const Frame &frame)
{
    const QString name = frame.array ? QString::number(frame.index) : frame.key;
    return frame.path.isEmpty() ? name : frame.path + QLatin1Char('/') + name;
}

} // namespace

JsonLines::JsonLines(const QByteArray &json)
{
    QList<Frame> stack;
    int line = 1;
    bool valueNext = true; // at the start, after '[', ',' in an array, or ':'
    const char *p = json.constData();
    const char *const end = p + json.size();
    const auto recordValue = [&]() -> QString {
        const QString path = stack.isEmpty() ? QString() : childPath(stack.constLast());
        if (stack.size() <= kMaxDepth && !m_lines.contains(path))
            m_lines.insert(path, line);
        return path;
    };
    while (p < end) {
        const char c = *p;
        if (c == '\n') {
            ++line;
            ++p;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            ++p;
            continue;
        }
        if (c == '"') {
            // A string: a key when an object waits for one, else a value.
            const bool isKey = !valueNext && !stack.isEmpty() && !stack.constLast().array;
            if (!isKey)
                recordValue();
            const char *start = ++p;
            while (p < end && *p != '"') {
                if (*p == '\\' && p + 1 < end)
                    ++p;
                else if (*p == '\n')
                    ++line;
                ++p;
            }
            if (isKey)
                stack.last().key = QString::fromUtf8(start, p - start);
            if (p < end)
                ++p;
            valueNext = false;
            continue;
        }
        switch (c) {
        case '{':
        case '[': {
            const QString path = recordValue();
            stack.append(Frame{c == '[', 0, path, {}});
            valueNext = c == '[';
            ++p;
            continue;
        }
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            valueNext = false;
            ++p;
            continue;
        case ':':
            valueNext = true;
            ++p;
            continue;
        case ',':
            if (!stack.isEmpty() && stack.constLast().array) {
                ++stack.last().index;
                valueNext = true;
            } else {
                valueNext = false;
            }
            ++p;
            continue;
        default:
            // A number, true, false or null: runs to the next delimiter.
            if (valueNext)
                recordValue();
            while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != '\n' && *p != ' ' && *p != '\t' && *p != '\r')
                ++p;
            valueNext = false;
            continue;
        }
    }
}

int JsonLines::line(const QString &path) const
{
    QString at = path;
    for (;;) {
        const auto found = m_lines.constFind(at);
        if (found != m_lines.constEnd())
            return *found;
        if (at.isEmpty())
            return 1;
        const qsizetype slash = at.lastIndexOf(QLatin1Char('/'));
        at = slash < 0 ? QString() : at.left(slash);
    }
}
