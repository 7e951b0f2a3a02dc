#include "core/auth/Cloud.h"

#include <QCoreApplication>

namespace sspr::auth {

// Authority and Graph hosts per national cloud, from CHECKS.md ("Clouds") and Microsoft's
// "National cloud deployments" pages for Graph and the identity platform.
const QList<Cloud> &Clouds::all()
{
    static const QList<Cloud> table {
        { QStringLiteral("global"), QT_TRANSLATE_NOOP("Cloud", "Microsoft Entra ID (global)"),
            QUrl(QStringLiteral("https://login.microsoftonline.com")),
            QUrl(QStringLiteral("https://graph.microsoft.com/v1.0")), true },
        { QStringLiteral("usgov-gcch"), QT_TRANSLATE_NOOP("Cloud", "US Government (GCC High)"),
            QUrl(QStringLiteral("https://login.microsoftonline.us")),
            QUrl(QStringLiteral("https://graph.microsoft.us/v1.0")), true },
        { QStringLiteral("usgov-dod"), QT_TRANSLATE_NOOP("Cloud", "US Government (DoD)"),
            QUrl(QStringLiteral("https://login.microsoftonline.us")),
            QUrl(QStringLiteral("https://dod-graph.microsoft.us/v1.0")), true },
        { QStringLiteral("china"), QT_TRANSLATE_NOOP("Cloud", "China (operated by 21Vianet)"),
            QUrl(QStringLiteral("https://login.chinacloudapi.cn")),
            QUrl(QStringLiteral("https://microsoftgraph.chinacloudapi.cn/v1.0")), false },
    };
    return table;
}

std::optional<Cloud> Clouds::byKey(const QString &key)
{
    for (const Cloud &cloud : all()) {
        if (cloud.key.compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return cloud;
    }
    return std::nullopt;
}

Cloud Clouds::global()
{
    return all().constFirst();
}

} // namespace sspr::auth
