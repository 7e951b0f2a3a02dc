#pragma once

#include "core/graph/GraphRequest.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace sspr::graph {

class GraphBatchJob;
class GraphClient;

// One user as the directory search lists it.
struct DirectoryUser {
    QString id;
    QString displayName;
    QString userPrincipalName;
};

// Type-ahead over the directory: GET /users?$search="displayName:x" OR "userPrincipalName:x"
// with ConsistencyLevel: eventual (required for $search on directory objects). A new
// search() cancels the previous one, and a reply for an older text is never reported, so
// results always belong to the latest text.
class UserDirectorySearch : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(UserDirectorySearch)

public:
    static constexpr int MaxResults = 10;

    explicit UserDirectorySearch(GraphClient *graph, QObject *parent = nullptr);
    ~UserDirectorySearch() override;

    // The request for `text` (quotes and backslashes dropped: they would end the term).
    static GraphRequest request(const QString &text);
    // The users of a /users reply body; entries without an id are skipped.
    static QList<DirectoryUser> parse(const QJsonObject &body);

    void search(const QString &text);
    void cancel();
    bool isSearching() const;

Q_SIGNALS:
    void resultsReady(const QString &text, const QList<sspr::graph::DirectoryUser> &users);
    void searchFailed(const QString &text, const QString &message);

private:
    GraphClient *m_graph;
    QPointer<GraphBatchJob> m_job;
    quint64 m_generation = 0;
};

} // namespace sspr::graph
