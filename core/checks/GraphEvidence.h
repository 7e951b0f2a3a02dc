#pragma once

#include "core/checks/Finding.h"
#include "core/graph/GraphRequest.h"
#include "core/graph/GraphResponse.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace sspr::checks {

using EvidenceField = QPair<QString, QString>;

// Turns Graph replies into what a finding shows: the request, the HTTP status, the request-id
// and the fields read. Reads nothing but the reply body, so no token can slip in.
class GraphEvidence {
    Q_DECLARE_TR_FUNCTIONS(GraphEvidence)

public:
    // `expanded` is the request as sent (placeholders filled); `response` may be null when no
    // reply was recorded.
    static EvidenceItem item(const graph::GraphRequest &expanded,
        const graph::GraphResponse *response, const QList<EvidenceField> &fields = {});

    // The resource of a get-by-id reply. Graph answers the object itself; the documented
    // example of userRegistrationDetails wraps it in {"value": {...}}, so accept both.
    static QJsonObject resource(const graph::GraphResponse &response);

    // A field as read: strings as they are, booleans/numbers as JSON, arrays joined with
    // ", ", and "(missing)" / "null" so an absent value is never shown as a real one.
    static QString display(const QJsonValue &value);
    static EvidenceField field(const QJsonObject &object, const QString &name);

    // A Boolean the check depends on: nullopt when absent, null or not a Boolean.
    static std::optional<bool> boolean(const QJsonObject &object, const QString &name);
};

} // namespace sspr::checks
