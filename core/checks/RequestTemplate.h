#pragma once

#include "core/checks/CheckContext.h"
#include "core/graph/GraphRequest.h"

#include <QString>

namespace sspr::checks {

// Fills the placeholders of a check's GraphRequest ({user}, {userId}) from the context. The
// runner and the checks' evidence both use it, so what is shown is exactly what was sent.
class RequestTemplate {
public:
    static QString userPlaceholder() { return QStringLiteral("{user}"); }
    static QString userIdPlaceholder() { return QStringLiteral("{userId}"); }

    // Self mode: "/users/{user}" and "/users/{userId}" become "/me". Otherwise {user} becomes
    // the typed user (percent-encoded: guest UPNs carry '#') and {userId} the object id when
    // known; an unknown id leaves {userId} in place.
    static graph::GraphRequest expand(const graph::GraphRequest &request, const CheckContext &ctx);
    // {userId} still in the URL: a template's, or an expansion made before the id was known.
    static bool needsUserId(const graph::GraphRequest &request);
    static bool needsUser(const graph::GraphRequest &request); // any placeholder at all
    // The object id the context already knows: userObjectId, or the typed user when it is a
    // GUID (normalised, without braces). Empty otherwise.
    static QString knownObjectId(const CheckContext &ctx);
    static bool isObjectId(const QString &text);
    // "GET /users/x?$select=id" — method and URL without host, as evidence shows it.
    static QString source(const graph::GraphRequest &expanded);
};

} // namespace sspr::checks
