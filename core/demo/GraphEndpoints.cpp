#include "core/demo/GraphEndpoints.h"

#include "core/demo/GeneratedEndpoints.h"
#include "core/demo/GraphProjection.h"
#include "core/demo/ODataFilter.h"
#include "core/demo/UserSearch.h"

#include <QRegularExpression>

namespace sspr::demo {

namespace {

bool is(const QString &segment, const char *name)
{
    return segment.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

bool isPath(const QStringList &segments, std::initializer_list<const char *> names)
{
    if (segments.size() < qsizetype(names.size()))
        return false;
    qsizetype i = 0;
    for (const char *name : names) {
        if (!is(segments.at(i++), name))
            return false;
    }
    return true;
}

} // namespace

GraphEndpoints::GraphEndpoints(const Scenario &scenario, const QUrl &graphBaseUrl)
    : m_scenario(scenario)
    , m_graphBaseUrl(graphBaseUrl)
{
}

GraphReply GraphEndpoints::get(const GraphCall &call, bool looping) const
{
    const QStringList s = call.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype n = s.size();
    if (n == 0)
        return segmentNotFound(call, QString());
    if (auto reply = GeneratedEndpoints(m_scenario, m_graphBaseUrl).get(call, looping))
        return *reply;

    if (is(s[0], "me") || is(s[0], "users")) {
        const bool me = is(s[0], "me");
        if (!me && n == 1)
            return userList(call, looping);
        const QString who = me ? m_scenario.signedInUserId : s[1];
        const qsizetype rest = me ? 1 : 2;
        if (n == rest)
            return user(call, who);
        if (n == rest + 2 && is(s[rest], "authentication") && is(s[rest + 1], "methods"))
            return perUserList(call, who, m_scenario.authenticationMethods,
                QStringLiteral("users('%1')/authentication/methods").arg(who), looping);
        if (n == rest + 1 && is(s[rest], "licenseDetails"))
            return perUserList(call, who, m_scenario.licenseDetails,
                QStringLiteral("users('%1')/licenseDetails").arg(who), looping);
        return segmentNotFound(call, s[rest]);
    }
    if (isPath(s, { "reports", "authenticationMethods", "userRegistrationDetails" })) {
        const QString context
            = QStringLiteral("reports/authenticationMethods/userRegistrationDetails");
        if (n == 3)
            return list(call, m_scenario.registrationDetails, { context }, looping);
        if (n == 4)
            return entity(call, m_scenario.registrationDetails, s[3], context);
    }
    if (isPath(s, { "admin", "serviceAnnouncement" }) && n >= 3)
        return healthOverviews(call, s, looping);
    if (n == 2 && isPath(s, { "policies", "authenticationMethodsPolicy" }))
        return singleton(call, m_scenario.authenticationMethodsPolicy,
            QStringLiteral("policies/authenticationMethodsPolicy"));
    if (n == 2 && isPath(s, { "policies", "authorizationPolicy" }))
        return singleton(
            call, m_scenario.authorizationPolicy, QStringLiteral("policies/authorizationPolicy"));

    // Plain collections: the stored list, or one member by id.
    struct Collection {
        std::initializer_list<const char *> path;
        const QJsonArray *items;
        const char *context;
    };
    const Collection collections[] = {
        { { "organization" }, &m_scenario.organization, "organization" },
        { { "directory", "onPremisesSynchronization" }, &m_scenario.onPremisesSynchronization,
            "directory/onPremisesSynchronization" },
        { { "subscribedSkus" }, &m_scenario.subscribedSkus, "subscribedSkus" },
        { { "auditLogs", "directoryAudits" }, &m_scenario.directoryAudits,
            "auditLogs/directoryAudits" },
        { { "auditLogs", "signIns" }, &m_scenario.signIns, "auditLogs/signIns" },
    };
    for (const Collection &c : collections) {
        const qsizetype depth = qsizetype(c.path.size());
        if (!isPath(s, c.path))
            continue;
        if (n == depth)
            return list(call, *c.items, { QLatin1String(c.context) }, looping);
        if (n == depth + 1)
            return entity(call, *c.items, s[depth], QLatin1String(c.context));
    }

    // Name the first segment Graph would not know, as its error message does.
    static const QStringList roots { QStringLiteral("me"), QStringLiteral("users"),
        QStringLiteral("reports"), QStringLiteral("admin"), QStringLiteral("policies"),
        QStringLiteral("organization"), QStringLiteral("directory"),
        QStringLiteral("subscribedSkus"), QStringLiteral("auditLogs") };
    const bool knownRoot = roots.contains(s[0], Qt::CaseInsensitive);
    return segmentNotFound(call, knownRoot && n > 1 ? s[1] : s[0]);
}

GraphReply GraphEndpoints::user(const GraphCall &call, const QString &idOrUpn) const
{
    const QJsonObject found = m_scenario.findUser(idOrUpn);
    if (found.isEmpty())
        return notFound(call, idOrUpn);
    const QStringList selected = selectedProperties(call);
    QJsonObject out = GraphProjection::projectUser(found, call);
    out.insert(QStringLiteral("@odata.context"),
        QString(contextUrl(QStringLiteral("users"), selected) + QStringLiteral("/$entity")));
    return GraphReply::ok(out);
}

GraphReply GraphEndpoints::userList(const GraphCall &call, bool looping) const
{
    // Filtering needs the full resource, so list() projects the users after it.
    return list(call, m_scenario.users, { QStringLiteral("users"), true }, looping);
}

GraphReply GraphEndpoints::perUserList(const GraphCall &call, const QString &idOrUpn,
    const QHash<QString, QJsonArray> &lists, const QString &context, bool looping) const
{
    const QString userId = m_scenario.findUser(idOrUpn).value(QLatin1String("id")).toString();
    if (userId.isEmpty())
        return notFound(call, idOrUpn);
    return list(call, lists.value(userId), { context }, looping);
}

GraphReply GraphEndpoints::list(
    const GraphCall &call, QJsonArray items, const ListOptions &options, bool looping) const
{
    const bool isUsers = options.context == QLatin1String("users");
    if (call.hasQuery(QStringLiteral("$search"))) {
        if (!options.searchable)
            return badRequest(call, QStringLiteral("Request_UnsupportedQuery"),
                QStringLiteral("Search is not supported on this resource."));
        // Graph refuses $search on directory objects without this header.
        if (call.header("ConsistencyLevel").compare("eventual", Qt::CaseInsensitive) != 0)
            return badRequest(call, QStringLiteral("Request_UnsupportedQuery"),
                QStringLiteral("Request with $search query parameter only works "
                               "through MSGraph with a special request header: "
                               "'ConsistencyLevel: eventual'"));
        QString error;
        const auto search = UserSearch::parse(call.queryValue(QStringLiteral("$search")), &error);
        if (!search)
            return badRequest(call, QStringLiteral("Request_UnsupportedQuery"),
                QStringLiteral("Syntax error: %1 in $search.").arg(error));
        QJsonArray kept;
        for (const QJsonValue &item : std::as_const(items)) {
            if (search->matches(item.toObject()))
                kept.append(item);
        }
        items = kept;
    }
    if (call.hasQuery(QStringLiteral("$filter"))) {
        QString error;
        const auto filter = ODataFilter::parse(call.queryValue(QStringLiteral("$filter")), &error);
        if (!filter)
            return badRequest(call, QStringLiteral("BadRequest"),
                QStringLiteral("Invalid filter clause: %1").arg(error));
        QJsonArray kept;
        for (const QJsonValue &item : std::as_const(items)) {
            if (filter->matches(item.toObject()))
                kept.append(item);
        }
        items = kept;
    }

    int top = m_scenario.pageSize;
    if (call.hasQuery(QStringLiteral("$top"))) {
        bool ok = false;
        top = call.queryValue(QStringLiteral("$top")).toInt(&ok);
        if (!ok || top < 1 || top > 999)
            return badRequest(call, QStringLiteral("Request_BadRequest"),
                QStringLiteral("Invalid page size specified: '%1'. Must be between "
                               "1 and 999 inclusive.")
                    .arg(call.queryValue(QStringLiteral("$top"))));
    }
    int skip = 0;
    if (call.hasQuery(QStringLiteral("$skiptoken"))) {
        bool ok = false;
        skip = call.queryValue(QStringLiteral("$skiptoken")).toInt(&ok);
        if (!ok || skip < 0)
            return badRequest(
                call, QStringLiteral("Request_BadRequest"), QStringLiteral("Invalid skip token."));
    }

    const QStringList selected = selectedProperties(call);
    QJsonArray page;
    for (qsizetype i = skip; i < items.size() && i < qsizetype(skip) + top; ++i) {
        QJsonObject item = items.at(i).toObject();
        if (isUsers)
            item = GraphProjection::projectUser(item, call);
        else if (!selected.isEmpty())
            item = select(item, selected);
        if (options.withoutIssues)
            item.remove(QStringLiteral("issues"));
        page.append(item);
    }

    QJsonObject body { { QStringLiteral("@odata.context"),
        contextUrl(options.context, selected) } };
    if (call.queryValue(QStringLiteral("$count")) == QLatin1String("true"))
        body.insert(QStringLiteral("@odata.count"), int(items.size()));
    QUrl next = m_graphBaseUrl;
    next.setPath(m_graphBaseUrl.path() + call.path);
    QUrlQuery nextQuery = call.query;
    if (looping) {
        next.setQuery(nextQuery);
        body.insert(QStringLiteral("@odata.nextLink"), next.toString(QUrl::FullyEncoded));
    } else if (skip + top < items.size()) {
        nextQuery.removeAllQueryItems(QStringLiteral("$skiptoken"));
        nextQuery.addQueryItem(QStringLiteral("$skiptoken"), QString::number(skip + top));
        next.setQuery(nextQuery);
        body.insert(QStringLiteral("@odata.nextLink"), next.toString(QUrl::FullyEncoded));
    }
    body.insert(QStringLiteral("value"), page);
    return GraphReply::ok(body);
}

GraphReply GraphEndpoints::entity(
    const GraphCall &call, const QJsonArray &items, const QString &id, const QString &context) const
{
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        if (object.value(QLatin1String("id")).toString().compare(id, Qt::CaseInsensitive) == 0)
            return singleton(call, object, context);
    }
    return notFound(call, id);
}

GraphReply GraphEndpoints::singleton(
    const GraphCall &call, const QJsonObject &object, const QString &context) const
{
    if (object.isEmpty())
        return notFound(call, call.path.section(QLatin1Char('/'), -1));
    const QStringList selected = selectedProperties(call);
    QJsonObject out = selected.isEmpty() ? object : select(object, selected);
    out.insert(QStringLiteral("@odata.context"),
        QString(contextUrl(context, selected) + QStringLiteral("/$entity")));
    return GraphReply::ok(out);
}

GraphReply GraphEndpoints::healthOverviews(
    const GraphCall &call, const QStringList &s, bool looping) const
{
    const bool expand = call.queryValue(QStringLiteral("$expand"))
                            .split(QLatin1Char(','))
                            .contains(QStringLiteral("issues"), Qt::CaseInsensitive);
    const QString context = QStringLiteral("admin/serviceAnnouncement/healthOverviews");
    if (is(s[2], "healthOverviews")) {
        if (s.size() == 3)
            return list(call, m_scenario.healthOverviews, { context, false, !expand }, looping);
        if (s.size() == 4) {
            for (const QJsonValue &v : m_scenario.healthOverviews) {
                QJsonObject overview = v.toObject();
                // Addressed by service name ("Microsoft Entra") in the docs; id accepted too.
                if (overview.value(QLatin1String("service")).toString() == s[3]
                    || overview.value(QLatin1String("id")).toString() == s[3]) {
                    if (!expand)
                        overview.remove(QStringLiteral("issues"));
                    return singleton(call, overview, context);
                }
            }
            return notFound(call, s[3]);
        }
    }
    if (is(s[2], "issues")) {
        QJsonArray issues;
        for (const QJsonValue &v : m_scenario.healthOverviews) {
            for (const QJsonValue &issue : v.toObject().value(QLatin1String("issues")).toArray())
                issues.append(issue);
        }
        const QString issuesContext = QStringLiteral("admin/serviceAnnouncement/issues");
        if (s.size() == 3)
            return list(call, issues, { issuesContext }, looping);
        if (s.size() == 4)
            return entity(call, issues, s[3], issuesContext);
    }
    return segmentNotFound(call, s[2]);
}

QStringList GraphEndpoints::selectedProperties(const GraphCall &call)
{
    return GraphProjection::selectedProperties(call);
}

QJsonObject GraphEndpoints::select(const QJsonObject &resource, const QStringList &selected)
{
    return GraphProjection::select(resource, selected);
}

QString GraphEndpoints::contextUrl(const QString &fragment, const QStringList &selected) const
{
    QString url = m_graphBaseUrl.toString() + QStringLiteral("/$metadata#") + fragment;
    if (!selected.isEmpty())
        url += QLatin1Char('(') + selected.join(QLatin1Char(',')) + QLatin1Char(')');
    return url;
}

GraphReply GraphEndpoints::notFound(const GraphCall &call, const QString &id) const
{
    return GraphReply::error(404, QStringLiteral("Request_ResourceNotFound"),
        QStringLiteral("Resource '%1' does not exist or one of its queried "
                       "reference-property objects are not present.")
            .arg(id),
        QString::fromUtf8(call.header("client-request-id")));
}

GraphReply GraphEndpoints::segmentNotFound(const GraphCall &call, const QString &segment) const
{
    // Graph words an unknown path this way (the team's contract sends it with 404).
    return GraphReply::error(404, QStringLiteral("BadRequest"),
        QStringLiteral("Resource not found for the segment '%1'.").arg(segment),
        QString::fromUtf8(call.header("client-request-id")));
}

GraphReply GraphEndpoints::badRequest(
    const GraphCall &call, const QString &code, const QString &message) const
{
    return GraphReply::error(
        400, code, message, QString::fromUtf8(call.header("client-request-id")));
}

} // namespace sspr::demo
