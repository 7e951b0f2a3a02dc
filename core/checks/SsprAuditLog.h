#pragma once

#include "core/checks/Check.h"
#include "core/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace sspr::checks {

// The user's SSPR audit events of the look-back window (key "sspr-audit"), read by
// user.sspr-audit and tenant.writeback: one request, one parser.
class SsprAuditLog {
    Q_DECLARE_TR_FUNCTIONS(SsprAuditLog)

public:
    static QString key() { return QStringLiteral("sspr-audit"); }
    // directoryAudits filtered on loggedByService, activityDateTime ge now-lookbackDays and
    // the user as target. `category` is not filterable (directoryAudit docs), and
    // loggedByService (eq), activityDateTime (ge) and targetResources id (eq) are.
    static graph::GraphRequest request(const CheckContext &ctx);
    static AccessNeeds needs();
    // The start of the window, as sent in the filter.
    static QDateTime windowStart(const CheckContext &ctx);

    struct Event {
        QString id;
        QString activity; // activityDisplayName
        QString result; // success, failure, timeout, ...
        QString reason; // resultReason, redacted
        QString correlationId;
        QString details; // additionalDetails as "key: value; ..." (redacted)
        QDateTime time;
        QString timeText; // as Graph sent it
    };
    // Newest first. nullopt with `missing` naming the field when an event lacks one the
    // verdict depends on (activityDisplayName, result, activityDateTime) or value is no array.
    static std::optional<QList<Event>> events(const QJsonObject &body, QString *missing);

    // One line for evidence and details: "time | activity | result | reason | correlation".
    static QString line(const Event &event);
    static bool isFailure(const Event &event); // failure, timeout
    // A failure whose reason or details point at on-premises writeback (120012/13/14 shape).
    static bool namesOnPremises(const Event &event);
};

} // namespace sspr::checks
