#include "core/CsvWriter.h"

#include "core/NumberText.h"

namespace {

bool startsLikeAFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

bool needsQuotes(QStringView text)
{
    for (const QChar c : text) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    }
    return false;
}

void appendTextCell(QByteArray &out, QStringView text)
{
    const bool quoted = needsQuotes(text);
    if (quoted)
        out.append('"');
    if (startsLikeAFormula(text))
        out.append('\'');
    if (!quoted) {
        out.append(text.toUtf8());
        return;
    }
    QByteArray utf8 = text.toUtf8();
    out.append(utf8.replace("\"", "\"\""));
    out.append('"');
}

} // namespace

CsvWriter::CsvWriter(Style style)
    : m_lineEnd(style == Style::Spreadsheet ? "\r\n" : "\n")
{
    if (style == Style::Spreadsheet)
        m_out.append("\xEF\xBB\xBF");
}

void CsvWriter::separate()
{
    if (m_rowStarted)
        m_out.append(',');
    m_rowStarted = true;
}

CsvWriter &CsvWriter::text(QStringView text)
{
    separate();
    appendTextCell(m_out, text);
    return *this;
}

CsvWriter &CsvWriter::number(double value, int decimals)
{
    separate();
    NumberText::appendRounded(m_out, value, decimals);
    return *this;
}

CsvWriter &CsvWriter::integer(qint64 value)
{
    separate();
    m_out.append(QByteArray::number(value));
    return *this;
}

CsvWriter &CsvWriter::empty()
{
    separate();
    return *this;
}

void CsvWriter::endRow()
{
    m_out.append(m_lineEnd);
    m_rowStarted = false;
}

void CsvWriter::textRow(const QStringList &cells)
{
    for (const QString &cell : cells)
        text(cell);
    endRow();
}
