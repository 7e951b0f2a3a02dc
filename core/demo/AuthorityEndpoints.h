#pragma once

#include "core/demo/AuthorityRequest.h"
#include "core/demo/ServerState.h"

#include <optional>

namespace sspr::demo {

// The Microsoft identity platform v2.0 endpoints under the server's base URL:
//   GET  /{tenant}/v2.0/.well-known/openid-configuration, /{tenant}/discovery/v2.0/keys
//   GET  /{tenant}/oauth2/v2.0/authorize        (RFC 6749 4.1.1 + RFC 7636 4.3)
//   POST /{tenant}/oauth2/v2.0/token            (TokenEndpoint)
//   POST /{tenant}/oauth2/v2.0/devicecode       (RFC 8628 3.1)
//   GET  /{tenant}/oauth2/v2.0/logout, /devicelogin, /error
// Runs on the server thread; everything it remembers is in the state's TokenLedger.
class AuthorityEndpoints {
public:
    explicit AuthorityEndpoints(ServerState &state);

    // nullopt when the path is not an authority path (Graph takes it then).
    std::optional<HttpReply> handle(
        const QString &method, const QUrl &url, const HeaderPairs &headers, const QByteArray &body);

private:
    std::optional<HttpReply> dispatch(
        const QString &method, const QUrl &url, const HeaderPairs &headers, const QByteArray &body);
    HttpReply discovery(const AuthorityRequest &request) const;
    HttpReply authorize(const AuthorityRequest &request);
    HttpReply deviceAuthorization(const AuthorityRequest &request);
    HttpReply logout(const AuthorityRequest &request) const;
    static HttpReply deviceLoginPage();
    static HttpReply errorPage(const QUrlQuery &query);

    ServerState &m_state;
};

} // namespace sspr::demo
