#pragma once

#include "core/demo/Fault.h"
#include "core/demo/GeneratedUsers.h"
#include "core/demo/NetworkBehavior.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>

namespace sspr::demo {

// A fixed reply for one method and path, stated in the scenario's "routes" list; it wins
// over the built-in Graph endpoints so a scenario can play any reply.
struct StaticRoute {
    QString method = QStringLiteral("GET");
    QRegularExpression path; // anchored, on the Graph path without /v1.0 (no query)
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonValue body; // JSON body (object/array); undefined when bodyText is used
    QByteArray bodyText; // raw body, for non-JSON replies
    bool rawBody = false;
};

// One parsed scenario: the demo tenant's directory as Graph resources. Resources stay JSON
// objects because they are served as they are written; everything else is typed.
struct Scenario {
    QString name;
    QString description;
    QString sourcePath;

    QString tenantId;
    QString tenantDisplayName;
    QString signedInUserId; // /me
    QString affectedUserId; // the demo's "affected user"
    int pageSize = 100;

    QJsonArray users;
    QJsonArray registrationDetails;
    QJsonArray healthOverviews;
    QJsonArray organization;
    QJsonArray onPremisesSynchronization;
    QJsonArray subscribedSkus;
    QJsonArray directoryAudits;
    QJsonArray signIns;
    QHash<QString, QJsonArray> authenticationMethods; // by user object id
    QHash<QString, QJsonArray> licenseDetails; // by user object id
    QJsonObject authenticationMethodsPolicy;
    QJsonObject authorizationPolicy;

    // Users computed on demand after the explicit ones ("generatedUsers"); empty by default.
    GeneratedUsers generated;

    QList<Fault> faults;
    QList<StaticRoute> routes;
    NetworkBehavior network; // the local probes' view of the network (demo TLS endpoint)

    // The user resource with this object id or userPrincipalName (case-insensitive), or an
    // empty object.
    QJsonObject findUser(const QString &idOrUpn) const;
    QString userPrincipalName(const QString &userId) const;
    QString displayName(const QString &userId) const;
};

} // namespace sspr::demo
