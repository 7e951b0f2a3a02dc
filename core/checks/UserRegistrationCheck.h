#pragma once

#include "core/checks/Check.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sspr::checks {

// user.registration: has the user registered enough methods for SSPR, and may they use
// them (userRegistrationDetails.isSsprRegistered / isSsprCapable)?
class UserRegistrationCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(UserRegistrationCheck)

public:
    static QString checkId() { return QStringLiteral("user.registration"); }

    QString id() const override { return checkId(); }
    QString title() const override;
    QList<graph::GraphRequest> requests(const CheckContext &ctx) const override;
    Finding evaluate(const Evidence &evidence, const CheckContext &ctx) const override;

private:
    Finding selfMode(const CheckContext &ctx) const;
};

} // namespace sspr::checks
