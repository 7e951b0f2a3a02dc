#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace sspr::playbook {

// The fields of an OAuth 2.0 error reply from the Microsoft identity platform's token
// endpoint (error, error_description, error_codes, timestamp, trace_id, correlation_id,
// error_uri), found anywhere in pasted text, e.g. after "Response:" in a log.
struct JsonErrorReply {
    QString error;
    QString description;
    QList<int> errorCodes;
    QString timestamp;
    QString traceId;
    QString correlationId;
    QString errorUri;

    // The first JSON object in `text` (or nested in one) that carries these fields. Bounded
    // work: a limited number of candidate objects are tried.
    static std::optional<JsonErrorReply> findFirst(const QString &text);
};

} // namespace sspr::playbook
