#pragma once

#include "core/checks/Check.h"
#include "core/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace sspr::checks {

// The user's userRegistrationDetails record (key "registration"), read by user.registration
// and user.sspr-scope: one request, one shared way to handle its failures.
class RegistrationRecord {
    Q_DECLARE_TR_FUNCTIONS(RegistrationRecord)

public:
    static QString key() { return QStringLiteral("registration"); }
    // Get-by-id takes no OData options (no $select); the list form would filter on UPN, but
    // the object id is what the runner resolves anyway.
    static graph::GraphRequest request();
    static AccessNeeds needs();

    // The record when the reply is usable; otherwise the finding that says why not (not
    // signed in, 403 naming scope/roles/licence, 404, network/5xx/malformed error).
    struct Read {
        std::optional<Finding> unusable;
        QJsonObject record;
        graph::GraphRequest sent;
        const graph::GraphResponse *response = nullptr;
    };
    static Read read(const Check &check, const Evidence &evidence, const CheckContext &ctx);

    // A sentence when the "user" reply says the account is disabled; empty otherwise.
    static QString disabledNote(const Evidence &evidence);
    static QList<EvidenceField> fields(const QJsonObject &record);
    static QString userName(const QJsonObject &record, const CheckContext &ctx);
    // methodsRegistered values SSPR can use (Microsoft's SSPR "how it works" page and the
    // authentication methods table: app notification/code, OATH tokens, email, mobile and
    // office phone, security questions; alternate phones are MFA-only).
    static QStringList ssprUsableMethods(const QJsonObject &record);

private:
    static Finding notFound(const Check &check, const Evidence &evidence, const CheckContext &ctx,
        const graph::GraphRequest &sent, const graph::GraphResponse &response);
};

} // namespace sspr::checks
