#pragma once

#include "core/demo/GraphFake.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace sspr::demo {

// One refusal of the identity platform: the OAuth error, the AADSTS number and its sentence.
struct AuthorityError {
    QString error; // invalid_grant, invalid_request, ...
    int code = 0; // AADSTS number
    QString description; // without the "AADSTSnnnn: " prefix and the trace lines
    int status = 400;
};

// Replies in the shapes Microsoft's v2.0 endpoints use.
class AuthorityErrors {
public:
    // Token/devicecode endpoints: {error, error_description "AADSTSn: ...\r\nTrace ID: ...
    // \r\nCorrelation ID: ...\r\nTimestamp: ...", error_codes, timestamp, trace_id,
    // correlation_id, error_uri}. The correlation id is the client's client-request-id if sent.
    static HttpReply json(
        const AuthorityError &error, const QString &correlationId, const QUrl &baseUrl);
    // The authorize endpoint's error page, shown instead of redirecting (RFC 6749 4.1.2.1).
    static HttpReply page(const AuthorityError &error, const QString &correlationId);
    // A successful JSON reply, never cached (RFC 6749 section 5.1).
    static HttpReply ok(const QJsonObject &body);
    static HttpReply html(int status, const QString &title, const QString &bodyHtml);
};

} // namespace sspr::demo
