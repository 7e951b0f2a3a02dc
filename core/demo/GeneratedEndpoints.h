#pragma once

#include "core/demo/GraphReply.h"
#include "core/demo/Scenario.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <optional>

namespace sspr::demo {

// The Graph reads that a scenario's generated directory (Scenario::generated) answers page by
// page without ever holding the list: userRegistrationDetails, users, groups and their
// transitive members. Also the users `$filter=id in (...)` lookup, for every scenario.
class GeneratedEndpoints {
public:
    GeneratedEndpoints(const Scenario &scenario, const QUrl &graphBaseUrl);

    // The reply when the call is one of these; nullopt leaves it to GraphEndpoints (the
    // scenario's explicit lists). `looping` makes a list page link to itself.
    std::optional<GraphReply> get(const GraphCall &call, bool looping) const;

    // The values of a filter that is exactly `id in ('a', 'b', ...)`, else nullopt.
    static std::optional<QStringList> idInValues(const QString &filter);

private:
    // A list as a function of the position: explicit items first, then generated ones.
    struct Source {
        qint64 total = 0;
        std::function<QJsonObject(qint64)> at;
    };
    enum class Shape { Plain, User, DirectoryObject }; // how items are projected

    GraphReply page(const GraphCall &call, const Source &source, const QString &context,
        Shape shape, bool looping) const;
    GraphReply usersById(const GraphCall &call, const QStringList &ids) const;
    GraphReply entity(const GraphCall &call, const QJsonObject &object, const QString &context,
        Shape shape) const;
    Source registrations() const;
    Source users() const;
    Source members(const GeneratedUsers::Group &group) const;
    QJsonObject project(const GraphCall &call, const QJsonObject &item, Shape shape) const;
    QString contextUrl(const QString &fragment, const QStringList &selected) const;
    GraphReply error(
        const GraphCall &call, int status, const QString &code, const QString &message) const;

    const Scenario &m_scenario;
    const GeneratedUsers &m_generated;
    QUrl m_graphBaseUrl;
};

} // namespace sspr::demo
