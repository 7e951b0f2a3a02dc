#include "core/graph/PageCollector.h"

namespace sspr::graph {

namespace {

const QString NextLinkKey = QStringLiteral("@odata.nextLink");

QString canonical(const QUrl &url)
{
    return url.adjusted(QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded);
}

} // namespace

PageCollector::PageCollector(const QUrl &baseUrl, const QUrl &firstPageUrl, int maxPages)
    : m_baseUrl(baseUrl)
    , m_maxPages(std::max(1, maxPages))
{
    m_seen.insert(canonical(firstPageUrl));
}

bool PageCollector::sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultPort
        = a.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 ? 80 : 443;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort) == b.port(defaultPort);
}

PageCollector::Step PageCollector::addPage(const QJsonObject &page)
{
    Step step;
    const QJsonValue value = page.value(QStringLiteral("value"));
    if (!value.isArray()) {
        step.problem = tr("page %1 of a paged reply has no \"value\" array").arg(m_pages + 1);
        return step;
    }
    if (m_pages == 0)
        m_firstPage = page;
    for (const QJsonValue &item : value.toArray())
        m_items.append(item);
    ++m_pages;

    const QJsonValue link = page.value(NextLinkKey);
    if (link.isUndefined() || link.isNull()) {
        step.kind = Step::Kind::Done;
        return step;
    }
    const QUrl next(link.toString(), QUrl::StrictMode);
    if (!link.isString() || !next.isValid() || next.isRelative() || next.host().isEmpty()) {
        step.problem = tr("@odata.nextLink is not an absolute URL");
        return step;
    }
    if (!sameOrigin(next, m_baseUrl)) {
        step.problem = tr("@odata.nextLink points to %1, not to %2: refused, so that the token "
                          "is never sent to another host")
                           .arg(next.host(), m_baseUrl.host());
        return step;
    }
    const QString key = canonical(next);
    if (m_seen.contains(key)) {
        step.problem = tr("paging did not end: @odata.nextLink repeats a page already read "
                          "(after %1 pages)")
                           .arg(m_pages);
        return step;
    }
    if (m_pages >= m_maxPages) {
        step.problem = tr("paging did not end within %1 pages").arg(m_maxPages);
        return step;
    }
    m_seen.insert(key);
    step.kind = Step::Kind::FetchNext;
    step.next = next;
    return step;
}

QJsonObject PageCollector::result() const
{
    QJsonObject result = m_firstPage;
    result.remove(NextLinkKey);
    result.insert(QStringLiteral("value"), m_items);
    return result;
}

} // namespace sspr::graph
