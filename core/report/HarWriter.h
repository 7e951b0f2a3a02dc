#pragma once

#include "core/trace/HttpTrace.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace sspr::report {

// HTTP Archive 1.2 (http://www.softwareishard.com/blog/har-12-spec/) from the app's own
// trace: log{version, creator, entries[]} with request, response, cache and timings per
// entry. Entries are redacted again on the way out (trace::Redactor), so a HAR never holds a
// token, code, verifier, device code, assertion, password or cookie even if an entry was
// recorded around HttpTrace::record.
class HarWriter {
public:
    static QJsonObject toJson(const QList<trace::HttpExchange> &entries, const QString &appVersion);
    static QByteArray render(const QList<trace::HttpExchange> &entries, const QString &appVersion);
};

} // namespace sspr::report
