#pragma once

#include "core/checks/Check.h"

#include <QCoreApplication>

namespace sspr::checks {

// user.sspr-scope: does the tenant's SSPR policy cover this user at all
// (userRegistrationDetails.isSsprEnabled)? Graph has no API for the policy itself.
class UserSsprScopeCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(UserSsprScopeCheck)

public:
    static QString checkId() { return QStringLiteral("user.sspr-scope"); }

    QString id() const override { return checkId(); }
    QString title() const override;
    QList<graph::GraphRequest> requests(const CheckContext &ctx) const override;
    Finding evaluate(const Evidence &evidence, const CheckContext &ctx) const override;

private:
    Finding selfMode(const CheckContext &ctx) const;
};

} // namespace sspr::checks
