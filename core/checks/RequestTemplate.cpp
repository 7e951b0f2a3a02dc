#include "core/checks/RequestTemplate.h"

#include <QUrl>
#include <QUuid>

namespace sspr::checks {

graph::GraphRequest RequestTemplate::expand(
    const graph::GraphRequest &request, const CheckContext &ctx)
{
    graph::GraphRequest out = request;
    QString url = request.relativeUrl;
    if (ctx.selfMode) {
        url.replace(QString(QStringLiteral("/users/") + userPlaceholder()), QStringLiteral("/me"));
        url.replace(
            QString(QStringLiteral("/users/") + userIdPlaceholder()), QStringLiteral("/me"));
    }
    if (url.contains(userPlaceholder())) {
        // Keep '@' readable; encode '#', '/', '?', spaces and quotes so the path stays one
        // segment (guest UPNs look like "a_b.com#EXT#@tenant.onmicrosoft.com").
        const QString typed = ctx.userKey.trimmed();
        const QString id = isObjectId(typed) ? knownObjectId(ctx) : QString();
        const QString segment = !id.isEmpty()
            ? id
            : QString::fromLatin1(QUrl::toPercentEncoding(typed, QByteArrayLiteral("@")));
        url.replace(userPlaceholder(), segment);
    }
    const QString id = knownObjectId(ctx);
    if (!id.isEmpty())
        url.replace(userIdPlaceholder(), id);
    out.relativeUrl = url;
    return out;
}

bool RequestTemplate::needsUserId(const graph::GraphRequest &request)
{
    return request.relativeUrl.contains(userIdPlaceholder());
}

bool RequestTemplate::needsUser(const graph::GraphRequest &request)
{
    return request.relativeUrl.contains(userPlaceholder())
        || request.relativeUrl.contains(userIdPlaceholder());
}

QString RequestTemplate::knownObjectId(const CheckContext &ctx)
{
    if (!ctx.userObjectId.trimmed().isEmpty())
        return ctx.userObjectId.trimmed();
    const QString typed = ctx.userKey.trimmed();
    if (isObjectId(typed))
        return QUuid::fromString(typed).toString(QUuid::WithoutBraces);
    return {};
}

bool RequestTemplate::isObjectId(const QString &text)
{
    return !QUuid::fromString(text.trimmed()).isNull();
}

QString RequestTemplate::source(const graph::GraphRequest &expanded)
{
    return expanded.method + QLatin1Char(' ') + expanded.relativeUrl;
}

} // namespace sspr::checks
