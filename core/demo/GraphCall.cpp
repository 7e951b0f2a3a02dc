#include "core/demo/GraphCall.h"

#include <QUrl>

namespace sspr::demo {

QString GraphCall::pathAndQuery() const
{
    const QString q = query.toString(QUrl::FullyDecoded);
    return q.isEmpty() ? path : path + QLatin1Char('?') + q;
}

QByteArray headerValue(const HeaderPairs &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QByteArray GraphCall::header(const QByteArray &name) const
{
    return headerValue(headers, name);
}

QString GraphCall::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

GraphCall GraphCall::fromRelativeUrl(const QString &method, const QString &url)
{
    GraphCall call;
    call.method = method.toUpper();
    QString relative = url;
    if (!relative.startsWith(QLatin1Char('/')))
        relative.prepend(QLatin1Char('/'));
    const QUrl parsed(QStringLiteral("http://graph.invalid") + relative);
    call.path = parsed.path(QUrl::FullyDecoded);
    call.query = QUrlQuery(parsed);
    return call;
}

} // namespace sspr::demo
