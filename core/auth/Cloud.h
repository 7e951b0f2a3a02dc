#pragma once

#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace sspr::auth {

// One Microsoft cloud: where its authority and Graph live. The single table every part of
// the app reads (sign-in, Graph, local probes), so a sovereign cloud is one row.
struct Cloud {
    QString key; // "global", "usgov-gcch", "usgov-dod", "china"
    QString displayName; // translated at use time with QCoreApplication::translate("Cloud", ...)
    QUrl authorityHost; // https://login.microsoftonline.com
    QUrl graphRoot; // https://graph.microsoft.com/v1.0
    bool authenticationMethodsApi = true; // false in 21Vianet (CHECKS.md, user.methods)
};

class Clouds {
public:
    static const QList<Cloud> &all();
    static std::optional<Cloud> byKey(const QString &key); // case-insensitive
    static Cloud global();
};

} // namespace sspr::auth
