#pragma once

#include "core/checks/Check.h"
#include "core/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sspr::checks {

// user.signin-errors: the user's sign-ins of the look-back window that failed with an
// AADSTS 1200xx code (password change / SSPR), with the pasted correlation ID highlighted.
class UserSigninErrorsCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(UserSigninErrorsCheck)

public:
    static QString checkId() { return QStringLiteral("user.signin-errors"); }
    static QString key() { return QStringLiteral("signins"); }
    static QString correlationKey() { return QStringLiteral("signin-correlation"); }
    static graph::GraphRequest request(const CheckContext &ctx);
    // Only for a pasted correlation ID that is a GUID (it goes into the filter literal).
    static std::optional<graph::GraphRequest> correlationRequest(const CheckContext &ctx);

    QString id() const override { return checkId(); }
    QString title() const override;
    QList<graph::GraphRequest> requests(const CheckContext &ctx) const override;
    Finding evaluate(const Evidence &evidence, const CheckContext &ctx) const override;

private:
    static AccessNeeds needs();
    static bool isLicenceRefusal(const graph::GraphResponse &response);
    Finding selfMode(const CheckContext &ctx) const;
    Finding noLicence(const graph::GraphRequest &sent, const graph::GraphResponse &response,
        const CheckContext &ctx) const;
};

} // namespace sspr::checks
