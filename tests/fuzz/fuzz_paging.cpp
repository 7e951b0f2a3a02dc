// Paged lists: the NUL-separated parts are the pages of one request, each read through
// GraphErrorMapping and handed to PageCollector, as GraphBatchJob does. The token must never
// follow a link off Graph's origin, paging must end, and the result holds every item read.
#include "FuzzSupport.h"

#include "core/graph/GraphErrorMapping.h"
#include "core/graph/PageCollector.h"

#include <QJsonArray>
#include <QSet>

using namespace sspr::graph;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sspr::fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the Graph root (the cloud's, or a local test server's) and the
    // loop guard; the rest are the pages.
    static const QUrl roots[] = {
        QUrl(QStringLiteral("https://graph.microsoft.com/v1.0")),
        QUrl(QStringLiteral("https://graph.microsoft.com/beta")),
        QUrl(QStringLiteral("http://127.0.0.1:8443/v1.0")),
        QUrl(QStringLiteral("https://microsoftgraph.chinacloudapi.cn/v1.0")),
    };
    const QUrl base = roots[data[0] % 4];
    const int maxPages = 1 + (data[0] >> 2) % 8;
    const QList<QByteArray> pages = sspr::fuzz::splitOnNul(data + 1, size - 1, 32);

    const QUrl first(base.toString() + QStringLiteral("/auditLogs/directoryAudits?$top=50"));
    PageCollector collector(base, first, maxPages);
    const QHash<QString, QString> headers {
        { QStringLiteral("content-type"), QStringLiteral("application/json") },
    };
    QSet<QString> followed;
    qsizetype items = 0;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const ReplyOutcome outcome = GraphErrorMapping::fromHttp(200, headers, pages.at(i));
        if (outcome.error)
            return 0;
        const QJsonValue value = outcome.body.value(QStringLiteral("value"));
        const PageCollector::Step step = collector.addPage(outcome.body);
        SSPR_FUZZ_CHECK(collector.pages() <= maxPages, QString::number(collector.pages()));
        switch (step.kind) {
        case PageCollector::Step::Kind::Failed:
            SSPR_FUZZ_CHECK(!step.problem.isEmpty(), QStringLiteral("no reason given"));
            return 0;
        case PageCollector::Step::Kind::Done: {
            items += value.toArray().size();
            const QJsonObject result = collector.result();
            SSPR_FUZZ_CHECK(!result.contains(QStringLiteral("@odata.nextLink")),
                QStringLiteral("the result keeps a nextLink"));
            SSPR_FUZZ_CHECK(result.value(QStringLiteral("value")).toArray().size() == items,
                QStringLiteral("items lost or added"));
            return 0;
        }
        case PageCollector::Step::Kind::FetchNext:
            items += value.toArray().size();
            // The bearer token goes only where the first request went.
            SSPR_FUZZ_CHECK(PageCollector::sameOrigin(step.next, base), step.next.toString());
            SSPR_FUZZ_CHECK(step.next.isValid() && !step.next.isRelative(), step.next.toString());
            SSPR_FUZZ_CHECK(collector.pages() < maxPages, QString::number(collector.pages()));
            const QString link = step.next.toString(QUrl::FullyEncoded);
            SSPR_FUZZ_CHECK(
                !followed.contains(link), QStringLiteral("a link followed twice: ") + link);
            followed.insert(link);
            break;
        }
    }
    return 0;
}
