#include "core/bulk/BulkLinks.h"

#include "core/graph/PageCollector.h"

namespace sspr::bulk {

std::optional<QString> BulkLinks::relative(const QUrl &link, const QUrl &base, QString *problem)
{
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (!link.isValid() || link.isRelative() || link.host().isEmpty())
        return fail(tr("@odata.nextLink is not an absolute URL"));
    if (!graph::PageCollector::sameOrigin(link, base))
        return fail(tr("@odata.nextLink points to %1, not to %2: refused, so that the token is "
                       "never sent to another host")
                        .arg(link.host(), base.host()));
    QString root = base.path(QUrl::FullyEncoded);
    while (root.endsWith(u'/'))
        root.chop(1);
    const QString path = link.path(QUrl::FullyEncoded);
    if (!path.startsWith(root + u'/'))
        return fail(tr("@odata.nextLink leaves the Graph root %1").arg(root));
    QString relative = path.mid(root.size());
    if (link.hasQuery())
        relative += u'?' + link.query(QUrl::FullyEncoded);
    return relative;
}

QUrl BulkLinks::absolute(const QUrl &base, const QString &relativeUrl)
{
    QString root = base.toString(QUrl::FullyEncoded);
    while (root.endsWith(u'/'))
        root.chop(1);
    return QUrl(root + relativeUrl, QUrl::TolerantMode);
}

QUrl BulkLinks::rebase(QUrl link, const QUrl &base)
{
    link.setScheme(base.scheme());
    link.setHost(base.host());
    link.setPort(base.port());
    return link;
}

} // namespace sspr::bulk
