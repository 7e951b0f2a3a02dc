#pragma once

#include "core/demo/AuthorityRequest.h"

namespace sspr::demo {

// POST {base}/{tenant}/oauth2/v2.0/token: authorization_code (RFC 6749 4.1.3 with the PKCE
// check of RFC 7636 4.6), refresh_token (RFC 6749 section 6) and device_code (RFC 8628 3.4).
class TokenEndpoint {
public:
    TokenEndpoint(TokenLedger &ledger, const AuthorityRequest &request);

    HttpReply handle();

private:
    HttpReply authorizationCode(const AuthorityOptions &options);
    HttpReply refreshToken(const AuthorityOptions &options);
    HttpReply deviceCode(const AuthorityOptions &options);
    // The success reply of RFC 6749 section 5.1 with Microsoft's extra fields.
    HttpReply issue(const Grant &grant, const AuthorityOptions &options);

    TokenLedger &m_ledger;
    const AuthorityRequest &m_request;
};

} // namespace sspr::demo
