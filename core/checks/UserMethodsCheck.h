#pragma once

#include "core/checks/Check.h"

#include <QCoreApplication>

namespace sspr::checks {

// user.methods: which authentication methods the user registered, and can any of them reset
// a password (phone, email, Authenticator, OATH)? FIDO2, Windows Hello, TAP and the password
// itself cannot.
class UserMethodsCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(UserMethodsCheck)

public:
    static QString checkId() { return QStringLiteral("user.methods"); }

    QString id() const override { return checkId(); }
    QString title() const override;
    QList<graph::GraphRequest> requests(const CheckContext &ctx) const override;
    Finding evaluate(const Evidence &evidence, const CheckContext &ctx) const override;

private:
    Finding notInCloud(const CheckContext &ctx) const;
};

} // namespace sspr::checks
