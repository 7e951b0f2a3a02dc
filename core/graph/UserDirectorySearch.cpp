#include "core/graph/UserDirectorySearch.h"

#include "core/graph/GraphClient.h"
#include "core/graph/GraphLogging.h"

#include <QJsonArray>
#include <QUrl>

namespace sspr::graph {

UserDirectorySearch::UserDirectorySearch(GraphClient *graph, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
{
}

UserDirectorySearch::~UserDirectorySearch()
{
    cancel();
}

GraphRequest UserDirectorySearch::request(const QString &text)
{
    QString term = text.trimmed();
    term.remove(QLatin1Char('"'));
    term.remove(QLatin1Char('\\'));
    // https://learn.microsoft.com/graph/search-query-parameter: each clause is a quoted
    // "property:term", clauses joined with OR; the whole value is percent-encoded.
    const QString search
        = QStringLiteral("\"displayName:%1\" OR \"userPrincipalName:%1\"").arg(term);
    GraphRequest request;
    request.key = QStringLiteral("user-search");
    request.relativeUrl = QStringLiteral("/users?$search=")
        + QString::fromLatin1(QUrl::toPercentEncoding(search))
        + QStringLiteral("&$select=id,displayName,userPrincipalName&$top=%1").arg(MaxResults);
    request.headers = { { QStringLiteral("ConsistencyLevel"), QStringLiteral("eventual") } };
    // Least-privileged delegated permission for listing users.
    request.requiredScope = QStringLiteral("User.ReadBasic.All");
    return request;
}

QList<DirectoryUser> UserDirectorySearch::parse(const QJsonObject &body)
{
    QList<DirectoryUser> users;
    const QJsonArray values = body.value(QLatin1String("value")).toArray();
    for (const QJsonValue &value : values) {
        const QJsonObject object = value.toObject();
        DirectoryUser user;
        user.id = object.value(QLatin1String("id")).toString();
        user.displayName = object.value(QLatin1String("displayName")).toString();
        user.userPrincipalName = object.value(QLatin1String("userPrincipalName")).toString();
        if (!user.id.isEmpty())
            users << user;
    }
    return users;
}

void UserDirectorySearch::search(const QString &text)
{
    cancel();
    const quint64 generation = ++m_generation;
    if (!m_graph)
        return;
    m_job = m_graph->send(request(text));
    connect(m_job, &GraphBatchJob::finished, this,
        [this, generation, text](const QHash<QString, GraphResponse> &responses) {
            m_job = nullptr;
            if (generation != m_generation)
                return; // a newer text was typed meanwhile
            const GraphResponse response = responses.value(QStringLiteral("user-search"));
            if (response.error) {
                if (response.error->kind == GraphErrorKind::Cancelled)
                    return;
                qCInfo(lcGraph) << "user search failed:" << response.error->describe();
                Q_EMIT searchFailed(text, response.error->message);
                return;
            }
            Q_EMIT resultsReady(text, parse(response.body));
        });
}

void UserDirectorySearch::cancel()
{
    ++m_generation;
    if (m_job) {
        GraphBatchJob *job = m_job;
        m_job = nullptr;
        job->cancel();
    }
}

bool UserDirectorySearch::isSearching() const
{
    return !m_job.isNull();
}

} // namespace sspr::graph
