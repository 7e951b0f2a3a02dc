#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

namespace sspr::graph {

// Follows @odata.nextLink for one request: gathers every page's "value" items, refuses a
// nextLink to another origin (the token must never leave Graph's host) and stops a loop
// (a link seen before, or more than maxPages pages) with an error rather than partial data.
class PageCollector {
    Q_DECLARE_TR_FUNCTIONS(PageCollector)

public:
    PageCollector() = default;
    PageCollector(const QUrl &baseUrl, const QUrl &firstPageUrl, int maxPages);

    struct Step {
        enum class Kind { Done, FetchNext, Failed };
        Kind kind = Kind::Failed;
        QUrl next; // for FetchNext: the absolute URL to GET
        QString problem; // for Failed: what was wrong, for a MalformedReply
    };
    Step addPage(const QJsonObject &page);

    int pages() const { return m_pages; }
    // The first page's properties (@odata.context, @odata.count ...), without its nextLink,
    // and "value" holding every page's items.
    QJsonObject result() const;

    static bool sameOrigin(const QUrl &a, const QUrl &b);

private:
    QUrl m_baseUrl;
    int m_maxPages = 20;
    int m_pages = 0;
    QJsonObject m_firstPage;
    QJsonArray m_items;
    QSet<QString> m_seen;
};

} // namespace sspr::graph
