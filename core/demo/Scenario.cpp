#include "core/demo/Scenario.h"

namespace sspr::demo {

QJsonObject Scenario::findUser(const QString &idOrUpn) const
{
    for (const QJsonValue &value : users) {
        const QJsonObject user = value.toObject();
        if (user.value(QLatin1String("id")).toString().compare(idOrUpn, Qt::CaseInsensitive) == 0
            || user.value(QLatin1String("userPrincipalName"))
                    .toString()
                    .compare(idOrUpn, Qt::CaseInsensitive)
                == 0)
            return user;
    }
    return {};
}

QString Scenario::userPrincipalName(const QString &userId) const
{
    return findUser(userId).value(QLatin1String("userPrincipalName")).toString();
}

QString Scenario::displayName(const QString &userId) const
{
    return findUser(userId).value(QLatin1String("displayName")).toString();
}

} // namespace sspr::demo
