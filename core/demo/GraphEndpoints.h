#pragma once

#include "core/demo/GraphReply.h"
#include "core/demo/Scenario.h"

#include <QJsonArray>
#include <QStringList>
#include <QUrl>

namespace sspr::demo {

// The Graph v1.0 read endpoints, served from a Scenario: entities with $select, lists with
// $filter, $search (users), $top and absolute @odata.nextLink paging.
class GraphEndpoints {
public:
    GraphEndpoints(const Scenario &scenario, const QUrl &graphBaseUrl);

    // A GET. `loopingNextLink` makes a list page link to itself (tests' loop guards).
    GraphReply get(const GraphCall &call, bool loopingNextLink) const;

private:
    struct ListOptions {
        QString context; // "users" -> @odata.context .../$metadata#users
        bool searchable = false; // $search (users only)
        bool withoutIssues = false; // healthOverviews without $expand=issues
    };

    GraphReply user(const GraphCall &call, const QString &idOrUpn) const;
    GraphReply userList(const GraphCall &call, bool looping) const;
    GraphReply perUserList(const GraphCall &call, const QString &idOrUpn,
        const QHash<QString, QJsonArray> &lists, const QString &context, bool looping) const;
    GraphReply list(
        const GraphCall &call, QJsonArray items, const ListOptions &options, bool looping) const;
    GraphReply entity(const GraphCall &call, const QJsonArray &items, const QString &id,
        const QString &context) const;
    GraphReply singleton(
        const GraphCall &call, const QJsonObject &object, const QString &context) const;
    GraphReply healthOverviews(
        const GraphCall &call, const QStringList &segments, bool looping) const;

    // Applies $select (nullopt: unchanged; `defaults`: what an unselected GET returns).
    static QJsonObject select(const QJsonObject &resource, const QStringList &selected);
    static QStringList selectedProperties(const GraphCall &call);
    QString contextUrl(const QString &fragment, const QStringList &selected) const;
    GraphReply notFound(const GraphCall &call, const QString &id) const;
    GraphReply segmentNotFound(const GraphCall &call, const QString &segment) const;
    GraphReply badRequest(const GraphCall &call, const QString &code, const QString &message) const;

    const Scenario &m_scenario;
    QUrl m_graphBaseUrl;
};

} // namespace sspr::demo
