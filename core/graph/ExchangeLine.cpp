#include "core/graph/ExchangeLine.h"

#include <QRegularExpression>
#include <QStringList>

namespace sspr::graph {

QString ExchangeLine::redactedTarget(const QUrl &url)
{
    QString target = url.path(QUrl::FullyEncoded);
    if (url.hasQuery()) {
        static const QRegularExpression cursor(QStringLiteral("((?:%24|\\$)?skip[Tt]oken=)[^&]*"));
        QString query = url.query(QUrl::FullyEncoded);
        query.replace(cursor, QStringLiteral("\\1…"));
        target += u'?' + query;
    }
    return target;
}

QString ExchangeLine::format(const QString &method, const QUrl &url, const QString &outcome,
    int items, qint64 elapsedMs, const QString &requestId)
{
    QStringList details;
    if (items >= 0)
        details << (items == 1 ? tr("1 item") : tr("%1 items").arg(items));
    details << tr("%1 ms").arg(elapsedMs);
    if (!requestId.isEmpty())
        details << tr("request-id %1").arg(requestId);
    return tr("%1 %2 → %3 (%4)")
        .arg(method, redactedTarget(url), outcome, details.join(QStringLiteral(", ")));
}

} // namespace sspr::graph
