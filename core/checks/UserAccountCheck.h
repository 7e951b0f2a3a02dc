#pragma once

#include "core/checks/Check.h"
#include "core/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sspr::checks {

// user.account: does the account exist here, is it enabled, is it a member (guests reset in
// their home tenant), and is there anything about its password that explains the error?
// Its reply (key "user") is also where the runner reads the object id for wave 2.
class UserAccountCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(UserAccountCheck)

public:
    static QString checkId() { return QStringLiteral("user.account"); }
    static QString key() { return QStringLiteral("user"); }
    // "/users/{user}?$select=..." (the runner makes it "/me?$select=..." in self mode).
    static graph::GraphRequest request(const CheckContext &ctx);

    QString id() const override { return checkId(); }
    QString title() const override;
    QList<graph::GraphRequest> requests(const CheckContext &ctx) const override;
    Finding evaluate(const Evidence &evidence, const CheckContext &ctx) const override;

private:
    static AccessNeeds needs(const CheckContext &ctx);
    Finding notFound(const graph::GraphRequest &sent, const graph::GraphResponse &response,
        const CheckContext &ctx) const;
    Finding judge(const QJsonObject &user, const graph::GraphRequest &sent,
        const graph::GraphResponse &response, const CheckContext &ctx) const;
};

} // namespace sspr::checks
