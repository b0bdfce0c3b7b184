#pragma once

#include <QByteArray>
#include <QStringList>
#include <QStringView>

// CSV as RFC 4180 writes it: cells separated by ',', a cell holding ',', '"', CR or LF quoted
// with its quotes doubled, UTF-8. Who reads the file decides the rest:
//   Style::Spreadsheet  UTF-8 byte-order mark and CRLF line ends: Excel then reads 太陽能 right
//                       (the GUI's exports, docs/product.md "Export").
//   Style::Script       no byte-order mark, LF line ends: what shell tools and CSV libraries
//                       expect on stdout (aegis-cli --format csv).
// Text cells that a spreadsheet would run as a formula (starting with '=', '+', '-', '@', tab or
// CR; OWASP "CSV Injection") get a leading apostrophe, so device names and messages from the
// server stay text. Numbers are written by number() as numbers, never neutralised: -2 stays -2.
class CsvWriter final
{
    Q_DISABLE_COPY_MOVE(CsvWriter)

public:
    enum class Style { Spreadsheet, Script };

    explicit CsvWriter(Style style);

    void reserve(qsizetype bytes) { m_out.reserve(bytes); }

    // One cell of the current row.
    CsvWriter &text(QStringView text);
    // NumberText::shortest, after rounding to `decimals` places unless -1; NaN (a null) is an empty cell.
    CsvWriter &number(double value, int decimals = -1);
    CsvWriter &integer(qint64 value);
    CsvWriter &empty();
    // Ends the current row (a row without cells is an empty line).
    void endRow();

    // A row of text cells, such as a header.
    void textRow(const QStringList &cells);

    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separate();

    QByteArray m_out;
    const char *m_lineEnd;
    bool m_rowStarted = false;
};
