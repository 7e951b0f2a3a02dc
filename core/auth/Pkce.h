#pragma once

#include <QByteArray>

namespace sspr::auth {

// Proof Key for Code Exchange (RFC 7636). Qt 6.4's QOAuth2AuthorizationCodeFlow has none, so
// the sign-in adds code_challenge / code_verifier through setModifyParametersFunction.
class Pkce {
public:
    // RFC 7636 s4.1: 32 random octets, base64url without padding: 43 unreserved characters.
    static QByteArray createVerifier();
    // RFC 7636 s4.2: BASE64URL-ENCODE(SHA256(ASCII(code_verifier))), method "S256".
    static QByteArray challenge(const QByteArray &verifier);
    // RFC 7636 s4.1: 43 to 128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~".
    static bool isValidVerifier(const QByteArray &verifier);
    // A random opaque value for `state` and `nonce` (base64url, 32 octets of entropy).
    static QByteArray randomToken();
};

} // namespace sspr::auth
