#pragma once

#include "core/bulk/BulkVerdict.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sspr::bulk {

// The scan's CSV: RFC 4180 (comma, CRLF, fields with a comma, quote, CR or LF quoted, quotes
// doubled), UTF-8, and cells a spreadsheet would run as a formula (= + - @ tab CR first)
// prefixed with an apostrophe (OWASP "CSV injection").
class BulkCsv {
public:
    static QStringList header();
    static QStringList cells(const QJsonObject &record, const Verdict &verdict, SyncState sync);
    static QString cell(const QString &value); // neutralised and quoted as needed
    static QByteArray line(const QStringList &cells); // UTF-8, CRLF-terminated
};

} // namespace sspr::bulk
