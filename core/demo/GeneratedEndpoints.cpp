#include "core/demo/GeneratedEndpoints.h"

#include "core/demo/GraphProjection.h"
#include "core/demo/ODataFilter.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sspr::demo {

namespace {

// "Filter query parameter" (learn.microsoft.com/graph/filter-query-parameter): with `in` a
// request is limited to 15 expressions, or with advanced query capabilities (ConsistencyLevel:
// eventual) to a URL of 2,048 characters. The docs do not quote the error, so the fake uses
// the wording Graph gives for too many OR clauses.
constexpr int kMaxInValues = 15;
constexpr int kMaxAdvancedUrl = 2048;

bool is(const QString &segment, const char *name)
{
    return segment.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

bool advanced(const GraphCall &call)
{
    return call.header("ConsistencyLevel").compare("eventual", Qt::CaseInsensitive) == 0;
}

} // namespace

GeneratedEndpoints::GeneratedEndpoints(const Scenario &scenario, const QUrl &graphBaseUrl)
    : m_scenario(scenario)
    , m_generated(scenario.generated)
    , m_graphBaseUrl(graphBaseUrl)
{
}

std::optional<QStringList> GeneratedEndpoints::idInValues(const QString &filter)
{
    static const QRegularExpression whole(
        QStringLiteral(R"(^\s*id\s+in\s*\(((?:\s*'[^']*'\s*,)*\s*'[^']*'\s*)\)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = whole.match(filter);
    if (!m.hasMatch())
        return std::nullopt;
    static const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
    QStringList values;
    auto it = quoted.globalMatch(m.captured(1));
    while (it.hasNext())
        values.append(it.next().captured(1));
    return values;
}

std::optional<GraphReply> GeneratedEndpoints::get(const GraphCall &call, bool looping) const
{
    const QStringList s = call.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype n = s.size();
    if (n == 0)
        return std::nullopt;
    const bool generated = !m_generated.isEmpty();

    if (n == 3 && generated && is(s[0], "reports") && is(s[1], "authenticationMethods")
        && is(s[2], "userRegistrationDetails"))
        return page(call, registrations(),
            QStringLiteral("reports/authenticationMethods/userRegistrationDetails"), Shape::Plain,
            looping);
    if (n == 4 && generated && is(s[0], "reports") && is(s[1], "authenticationMethods")
        && is(s[2], "userRegistrationDetails")) {
        const qint64 index = m_generated.indexOf(s[3]);
        if (index < 0)
            return std::nullopt; // an explicit entry, or GraphEndpoints' 404
        return entity(call, m_generated.registrationDetails(index),
            QStringLiteral("reports/authenticationMethods/userRegistrationDetails"), Shape::Plain);
    }

    if (is(s[0], "users") && n == 1) {
        if (const auto ids = idInValues(call.queryValue(QStringLiteral("$filter"))))
            return usersById(call, *ids);
        // $search stays with GraphEndpoints, over the explicit users only.
        if (generated && !call.hasQuery(QStringLiteral("$search")))
            return page(call, users(), QStringLiteral("users"), Shape::User, looping);
        return std::nullopt;
    }
    if (is(s[0], "users") && n == 2 && generated && m_scenario.findUser(s[1]).isEmpty()) {
        const qint64 index = m_generated.indexOf(s[1]);
        if (index < 0)
            return std::nullopt;
        return entity(call, m_generated.user(index), QStringLiteral("users"), Shape::User);
    }

    if (is(s[0], "groups") && n >= 2 && !m_generated.groups.isEmpty()) {
        const GeneratedUsers::Group *group = m_generated.group(s[1]);
        if (!group)
            return error(call, 404, QStringLiteral("Request_ResourceNotFound"),
                QStringLiteral("Resource '%1' does not exist or one of its queried "
                               "reference-property objects are not present.")
                    .arg(s[1]));
        if (n == 2) {
            const QJsonObject resource { { QStringLiteral("id"), group->id },
                { QStringLiteral("displayName"), group->displayName },
                { QStringLiteral("securityEnabled"), true },
                { QStringLiteral("mailEnabled"), false },
                { QStringLiteral("groupTypes"), QJsonArray() } };
            return entity(call, resource, QStringLiteral("groups"), Shape::Plain);
        }
        // No nesting in the generated directory: direct and transitive members are the same.
        const bool membersPath = is(s[2], "transitiveMembers") || is(s[2], "members");
        if (membersPath && n == 3)
            return page(call, members(*group), QStringLiteral("directoryObjects"),
                Shape::DirectoryObject, looping);
        if (membersPath && n == 4 && is(s[3], "microsoft.graph.user"))
            return page(call, members(*group), QStringLiteral("users"), Shape::User, looping);
        return error(call, 404, QStringLiteral("BadRequest"),
            QStringLiteral("Resource not found for the segment '%1'.").arg(s.last()));
    }
    return std::nullopt;
}

GeneratedEndpoints::Source GeneratedEndpoints::registrations() const
{
    const QJsonArray &explicitItems = m_scenario.registrationDetails;
    const GeneratedUsers &g = m_generated;
    return { explicitItems.size() + g.count, [&explicitItems, &g](qint64 i) {
                return i < explicitItems.size() ? explicitItems.at(i).toObject()
                                                : g.registrationDetails(i - explicitItems.size());
            } };
}

GeneratedEndpoints::Source GeneratedEndpoints::users() const
{
    const QJsonArray &explicitItems = m_scenario.users;
    const GeneratedUsers &g = m_generated;
    return { explicitItems.size() + g.count, [&explicitItems, &g](qint64 i) {
                return i < explicitItems.size() ? explicitItems.at(i).toObject()
                                                : g.user(i - explicitItems.size());
            } };
}

GeneratedEndpoints::Source GeneratedEndpoints::members(const GeneratedUsers::Group &group) const
{
    const GeneratedUsers &g = m_generated;
    return { g.memberCount(group),
        [&g, &group](qint64 n) { return g.user(GeneratedUsers::memberIndex(group, n)); } };
}

GraphReply GeneratedEndpoints::page(const GraphCall &call, const Source &source,
    const QString &context, Shape shape, bool looping) const
{
    qint64 top = m_scenario.pageSize;
    if (call.hasQuery(QStringLiteral("$top"))) {
        bool ok = false;
        top = call.queryValue(QStringLiteral("$top")).toLongLong(&ok);
        if (!ok || top < 1 || top > 999)
            return error(call, 400, QStringLiteral("Request_BadRequest"),
                QStringLiteral("Invalid page size specified: '%1'. Must be between "
                               "1 and 999 inclusive.")
                    .arg(call.queryValue(QStringLiteral("$top"))));
    }
    qint64 position = 0;
    if (call.hasQuery(QStringLiteral("$skiptoken"))) {
        bool ok = false;
        position = call.queryValue(QStringLiteral("$skiptoken")).toLongLong(&ok);
        if (!ok || position < 0 || position > source.total)
            return error(call, 400, QStringLiteral("Request_BadRequest"),
                QStringLiteral("Invalid skip token."));
    }
    std::optional<ODataFilter> filter;
    if (call.hasQuery(QStringLiteral("$filter"))) {
        QString parseError;
        filter = ODataFilter::parse(call.queryValue(QStringLiteral("$filter")), &parseError);
        if (!filter)
            return error(call, 400, QStringLiteral("BadRequest"),
                QStringLiteral("Invalid filter clause: %1").arg(parseError));
    }

    // The skip token is the position after the last item looked at, so a filtered page scans
    // only as far as it needs and the next page resumes there.
    QJsonArray value;
    while (position < source.total && value.size() < top) {
        const QJsonObject item = source.at(position++);
        if (!filter || filter->matches(item))
            value.append(project(call, item, shape));
    }
    const QStringList selected = GraphProjection::selectedProperties(call);
    QJsonObject body { { QStringLiteral("@odata.context"), contextUrl(context, selected) } };
    // Directory lists count with advanced queries only; the registration report documents
    // no $count, so it never answers one.
    if (shape != Shape::Plain && advanced(call)
        && call.queryValue(QStringLiteral("$count")) == QLatin1String("true")) {
        qint64 total = source.total;
        if (filter) {
            total = 0;
            for (qint64 i = 0; i < source.total; ++i)
                total += filter->matches(source.at(i)) ? 1 : 0;
        }
        body.insert(QStringLiteral("@odata.count"), total);
    }
    QUrl next = m_graphBaseUrl;
    next.setPath(m_graphBaseUrl.path() + call.path);
    QUrlQuery nextQuery = call.query;
    if (looping || position < source.total) {
        if (!looping) {
            nextQuery.removeAllQueryItems(QStringLiteral("$skiptoken"));
            nextQuery.addQueryItem(QStringLiteral("$skiptoken"), QString::number(position));
        }
        next.setQuery(nextQuery);
        body.insert(QStringLiteral("@odata.nextLink"), next.toString(QUrl::FullyEncoded));
    }
    body.insert(QStringLiteral("value"), value);
    return GraphReply::ok(body);
}

GraphReply GeneratedEndpoints::usersById(const GraphCall &call, const QStringList &ids) const
{
    if (!advanced(call) && ids.size() > kMaxInValues)
        return error(call, 400, QStringLiteral("Request_UnsupportedQuery"),
            QStringLiteral("Too many child clauses specified in search filter expression "
                           "containing 'OR' operators: %1. Max allowed: %2.")
                .arg(ids.size())
                .arg(kMaxInValues));
    if (advanced(call)) {
        QUrl url = m_graphBaseUrl;
        url.setPath(m_graphBaseUrl.path() + call.path);
        url.setQuery(call.query);
        const qsizetype length = url.toString(QUrl::FullyEncoded).size();
        if (length > kMaxAdvancedUrl)
            return error(call, 400, QStringLiteral("Request_UnsupportedQuery"),
                QStringLiteral("The request URL is %1 characters long; queries with the 'in' "
                               "operator are limited to %2.")
                    .arg(length)
                    .arg(kMaxAdvancedUrl));
    }
    QJsonArray value;
    QStringList seen;
    for (const QString &id : ids) {
        if (seen.contains(id, Qt::CaseInsensitive))
            continue;
        seen.append(id);
        QJsonObject user = m_scenario.findUser(id);
        // `id in` matches object ids only, never a UPN.
        if (user.value(QLatin1String("id")).toString().compare(id, Qt::CaseInsensitive) != 0)
            user = QJsonObject();
        if (user.isEmpty() && !id.contains(QLatin1Char('@'))) {
            const qint64 index = m_generated.indexOf(id);
            if (index >= 0)
                user = m_generated.user(index);
        }
        if (!user.isEmpty())
            value.append(GraphProjection::projectUser(user, call));
    }
    const QStringList selected = GraphProjection::selectedProperties(call);
    return GraphReply::ok(QJsonObject {
        { QStringLiteral("@odata.context"), contextUrl(QStringLiteral("users"), selected) },
        { QStringLiteral("value"), value } });
}

GraphReply GeneratedEndpoints::entity(
    const GraphCall &call, const QJsonObject &object, const QString &context, Shape shape) const
{
    QJsonObject out = project(call, object, shape);
    out.insert(QStringLiteral("@odata.context"),
        QString(contextUrl(context, GraphProjection::selectedProperties(call))
            + QStringLiteral("/$entity")));
    return GraphReply::ok(out);
}

QJsonObject GeneratedEndpoints::project(
    const GraphCall &call, const QJsonObject &item, Shape shape) const
{
    if (shape == Shape::Plain) {
        const QStringList selected = GraphProjection::selectedProperties(call);
        return selected.isEmpty() ? item : GraphProjection::select(item, selected);
    }
    QJsonObject out = GraphProjection::projectUser(item, call);
    // A directoryObject collection names each member's type.
    if (shape == Shape::DirectoryObject)
        out.insert(QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.user"));
    return out;
}

QString GeneratedEndpoints::contextUrl(const QString &fragment, const QStringList &selected) const
{
    QString url = m_graphBaseUrl.toString() + QStringLiteral("/$metadata#") + fragment;
    if (!selected.isEmpty())
        url += QLatin1Char('(') + selected.join(QLatin1Char(',')) + QLatin1Char(')');
    return url;
}

GraphReply GeneratedEndpoints::error(
    const GraphCall &call, int status, const QString &code, const QString &message) const
{
    return GraphReply::error(
        status, code, message, QString::fromUtf8(call.header("client-request-id")));
}

} // namespace sspr::demo
