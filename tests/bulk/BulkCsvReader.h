#pragma once

// A strict RFC 4180 reader for the tests: the CSV the scan wrote, parsed independently of
// core/bulk/BulkCsv (a writer bug must not be mirrored by the reader).
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace bulktest {

// Rows of cells; nullopt when the text is not well-formed CSV (a stray quote, a bare CR, a
// last line without CRLF).
inline std::optional<QList<QStringList>> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false, inQuotes = false, atStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!atStart)
                return std::nullopt;
            inQuotes = quoted = true;
            atStart = false;
        } else if (c == u',') {
            row << cell;
            cell.clear();
            quoted = false;
            atStart = true;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return std::nullopt;
            ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            quoted = false;
            atStart = true;
        } else if (c == u'\n') {
            return std::nullopt;
        } else {
            if (quoted)
                return std::nullopt; // text after a closing quote
            cell += c;
            atStart = false;
        }
    }
    if (inQuotes || !cell.isEmpty() || !row.isEmpty())
        return std::nullopt;
    return rows;
}

} // namespace bulktest
