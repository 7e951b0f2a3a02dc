#include "core/probes/ProbeTargets.h"

#include "core/auth/Cloud.h"

namespace sspr::probes {

namespace {

ProbeTarget target(const QString &host, const QString &purpose)
{
    return { host, 443, purpose };
}

} // namespace

QList<ProbeTarget> ProbeTargets::forCloud(const QString &cloudKey)
{
    const auth::Cloud cloud = auth::Clouds::byKey(cloudKey).value_or(auth::Clouds::global());
    if (cloud.key == auth::Clouds::global().key) {
        // CHECKS.md, client.network: the Microsoft 365 URL list ("Common and Office Online")
        // and, for the Windows sign-in screen's reset link, the CDN and OCSP hosts.
        return { target(QStringLiteral("login.microsoftonline.com"), tr("sign-in")),
            target(QStringLiteral("passwordreset.microsoftonline.com"), tr("password reset")),
            target(
                QStringLiteral("api.passwordreset.microsoftonline.com"), tr("password reset API")),
            target(QStringLiteral("account.activedirectory.windowsazure.com"),
                tr("password change and registration")),
            target(QStringLiteral("graph.microsoft.com"), tr("Microsoft Graph")),
            target(QStringLiteral("ajax.aspnetcdn.com"), tr("Windows reset link (scripts)")),
            target(QStringLiteral("ocsp.digicert.com"),
                tr("Windows reset link (certificate status)")) };
    }
    // US Government and 21Vianet: only the authority and Graph hosts of the clouds table
    // (core/auth/Cloud.cpp) are verified. Their password reset hosts could not be confirmed
    // from Microsoft's documentation, so they are left out rather than guessed.
    return { target(cloud.authorityHost.host(), tr("sign-in")),
        target(cloud.graphRoot.host(), tr("Microsoft Graph")) };
}

QUrl ProbeTargets::clockUrl(const QString &cloudKey)
{
    const auth::Cloud cloud = auth::Clouds::byKey(cloudKey).value_or(auth::Clouds::global());
    QUrl url = cloud.authorityHost;
    url.setPath(QStringLiteral("/"));
    return url;
}

std::optional<ProbeTarget> ProbeTargets::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    QString host = trimmed;
    QString port;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const qsizetype close = trimmed.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        host = trimmed.mid(1, close - 1);
        const QString rest = trimmed.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return std::nullopt;
            port = rest.mid(1);
        }
    } else if (trimmed.count(QLatin1Char(':')) == 1) {
        host = trimmed.section(QLatin1Char(':'), 0, 0);
        port = trimmed.section(QLatin1Char(':'), 1);
    } else if (trimmed.contains(QLatin1Char(':'))) {
        return std::nullopt; // a bare IPv6 address needs brackets to carry a port
    }
    if (host.isEmpty() || host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('/')))
        return std::nullopt;
    ProbeTarget parsed { host, 443, tr("given with --probe-target") };
    if (!port.isNull()) {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return std::nullopt;
        parsed.port = quint16(value);
    }
    return parsed;
}

} // namespace sspr::probes
