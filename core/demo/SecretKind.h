#pragma once

namespace sspr::demo {

// What kind of secret the demo authority issued or received (ScenarioServer::secretsSeen):
// the tests scan every file and log line the app writes for each of them.
enum class SecretKind {
    AuthorizationCode, // RFC 6749 4.1.2
    CodeVerifier, // RFC 7636 4.1, received at the token endpoint
    AccessToken,
    RefreshToken,
    IdToken, // OpenID Connect Core 2
    DeviceCode, // RFC 8628 3.2 (the device_code, not the user_code people type)
    ClientCredential, // client_secret or client_assertion, should a client ever send one
};

} // namespace sspr::demo
