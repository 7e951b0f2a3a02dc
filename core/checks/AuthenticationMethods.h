#pragma once

#include "core/checks/CheckContext.h"
#include "core/checks/CheckSupport.h"
#include "core/graph/GraphRequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sspr::checks {

// One entry of GET /users/{id}/authentication/methods, classified for SSPR.
struct RegisteredMethod {
    QString odataType; // "#microsoft.graph.phoneAuthenticationMethod"
    QString kind; // the type without prefix/suffix: "phone", "fido2", ...
    QString label; // translated: "Mobile phone (+1 555…)"
    bool ssprUsable = false;
    // authenticationMethodConfiguration ids that govern it: any one enabled is enough.
    QStringList policyIds;
};

// The user's registered authentication methods (key "authMethods"): one request shared by
// user.methods and tenant.methods-policy.
class AuthenticationMethods {
    Q_DECLARE_TR_FUNCTIONS(AuthenticationMethods)

public:
    static QString key() { return QStringLiteral("authMethods"); }
    // GET /users/{id | userPrincipalName}/authentication/methods (self: /me/...). The object id
    // is used, so the request goes in the second wave like the registration report.
    static graph::GraphRequest request(const CheckContext &ctx);
    static AccessNeeds needs(const CheckContext &ctx);
    // "List methods" is not available in Microsoft Graph China operated by 21Vianet.
    static bool unavailableInCloud(const CheckContext &ctx);

    // nullopt when the reply has no "value" array (malformed: never a pass).
    static std::optional<QList<RegisteredMethod>> parse(const QJsonObject &body);
    static RegisteredMethod classify(const QJsonObject &method);
    static QString labels(const QList<RegisteredMethod> &methods); // "A, B, C" or "(none)"
};

} // namespace sspr::checks
