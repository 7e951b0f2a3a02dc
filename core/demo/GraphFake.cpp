#include "core/demo/GraphFake.h"

#include "core/demo/AuthorityEndpoints.h"
#include "core/demo/GraphEndpoints.h"
#include "core/demo/TransportFault.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <functional>

Q_LOGGING_CATEGORY(lcDemo, "sspr.demo")

namespace sspr::demo {

namespace {

constexpr int kMaxBatchRequests = 20; // Graph's JSON batching limit
const QString kBatchPath = QStringLiteral("/$batch");
const QByteArray kGraphJson = "application/json;odata.metadata=minimal;odata.streaming=true;"
                              "IEEE754Compatible=false;charset=utf-8";

bool isTransport(const Fault &f)
{
    switch (f.kind) {
    case Fault::Kind::Hang:
    case Fault::Kind::MalformedJson:
    case Fault::Kind::HtmlPage:
    case Fault::Kind::EmptyBody:
    case Fault::Kind::DropConnection:
    case Fault::Kind::TruncatedBody:
    case Fault::Kind::StallMidBody:
    case Fault::Kind::HugeBody:
    case Fault::Kind::TrickleBody:
        return true;
    default:
        return false;
    }
}

// Faults that answer one Graph call: the request itself, or one item of a $batch.
bool isItemLevel(const Fault &f)
{
    return f.kind == Fault::Kind::Status || f.kind == Fault::Kind::WrongShape;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray httpDate()
{
    return QLocale::c()
               .toString(
                   QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
               .toLatin1()
        + " GMT";
}

} // namespace

GraphFake::GraphFake(ServerState &state)
    : m_state(state)
    , m_gate(state.authority)
{
}

std::optional<Fault> GraphFake::takeFault(
    const QStringList &targets, const FaultSet::Filter &filter)
{
    if (auto fault = m_state.runtimeFaults.take(targets, filter))
        return fault;
    return m_state.scenarioFaults.take(targets, filter);
}

int GraphFake::takeLatency(const QStringList &targets)
{
    const auto all = [](const Fault &) { return true; };
    return qMax(m_state.runtimeFaults.takeLatency(targets, all),
        m_state.scenarioFaults.takeLatency(targets, all));
}

HttpReply GraphFake::handle(
    const QString &method, const QUrl &url, const HeaderPairs &headers, const QByteArray &body)
{
    // The identity platform's endpoints share the port; they are counted by grant type
    // (tokenRequestCount), not in the Graph request log.
    if (auto reply = AuthorityEndpoints(m_state).handle(method, url, headers, body))
        return *reply;

    const QString fullPath = url.path(QUrl::FullyDecoded);
    const QString query = url.query(QUrl::FullyDecoded);
    m_state.log.addHttpRequest(method + QLatin1Char(' ') + fullPath
        + (query.isEmpty() ? QString() : QLatin1Char('?') + query));

    m_graphBaseUrl = m_state.baseUrl();
    m_graphBaseUrl.setPath(QStringLiteral("/v1.0"));

    GraphCall call;
    call.method = method.toUpper();
    call.query = QUrlQuery(url);
    call.headers = headers;
    call.body = body;
    QString clientRequestId = QString::fromUtf8(call.header("client-request-id"));
    if (clientRequestId.isEmpty())
        clientRequestId = newUuid();

    if (!fullPath.startsWith(QLatin1String("/v1.0/"))) {
        const QString segment = fullPath.section(QLatin1Char('/'), 1, 1);
        return toHttp(GraphReply::error(404, QStringLiteral("BadRequest"),
                          QStringLiteral("Invalid version: %1").arg(segment), clientRequestId),
            clientRequestId);
    }
    call.path = fullPath.mid(5);

    // Graph rejects a missing or non-bearer token before anything else.
    static const QRegularExpression bearer(
        QStringLiteral(R"(^Bearer\s+\S+)"), QRegularExpression::CaseInsensitiveOption);
    const QString authorization = QString::fromLatin1(call.header("Authorization"));
    if (!bearer.match(authorization).hasMatch()) {
        return toHttp(
            GraphReply::error(401, QStringLiteral("InvalidAuthenticationToken"),
                authorization.isEmpty() ? QStringLiteral("Access token is empty.")
                                        : QStringLiteral("Access token validation failure."),
                clientRequestId),
            clientRequestId);
    }
    if (auto refused = m_gate.admit(authorization, clientRequestId, m_state.baseUrl()))
        return toHttp(*refused, clientRequestId);

    const std::shared_ptr<const Scenario> scenario = m_state.scenario();
    if (!scenario)
        return toHttp(
            GraphReply::error(503, QString(), QString(), clientRequestId), clientRequestId);

    if (call.method == QLatin1String("POST") && call.path == kBatchPath)
        return handleBatch(call, *scenario, clientRequestId);

    const QStringList target { call.pathAndQuery() };
    const int delay = takeLatency(target);
    HttpReply reply;
    if (auto fault
        = takeFault(target, [](const Fault &f) { return isTransport(f) || isItemLevel(f); })) {
        reply = isTransport(*fault) ? transportFault(*fault, clientRequestId)
                                    : toHttp(itemFault(*fault, clientRequestId), clientRequestId);
    } else {
        reply = toHttp(dispatch(call, *scenario, true), clientRequestId);
    }
    reply.delayMs = delay;
    return reply;
}

HttpReply GraphFake::handleBatch(
    const GraphCall &call, const Scenario &scenario, const QString &clientRequestId)
{
    const auto badBatch = [&](const QString &message) {
        return toHttp(
            GraphReply::error(400, QStringLiteral("BadRequest"), message, clientRequestId),
            clientRequestId);
    };
    const QJsonDocument doc = QJsonDocument::fromJson(call.body);
    const QJsonValue requestsValue = doc.object().value(QLatin1String("requests"));
    if (!doc.isObject() || !requestsValue.isArray())
        return badBatch(QStringLiteral("Invalid batch payload format."));
    const QJsonArray requests = requestsValue.toArray();
    if (requests.size() > kMaxBatchRequests)
        return badBatch(QStringLiteral("Number of batch request steps exceeds the maximum of %1.")
                            .arg(kMaxBatchRequests));

    struct Item {
        QString id;
        GraphCall call;
        QStringList dependsOn;
    };
    QList<Item> items;
    QSet<QString> ids;
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        Item item;
        item.id = request.value(QLatin1String("id")).toVariant().toString();
        const QString method = request.value(QLatin1String("method")).toString();
        const QString url = request.value(QLatin1String("url")).toString();
        if (item.id.isEmpty() || method.isEmpty() || url.isEmpty())
            return badBatch(QStringLiteral("Invalid batch payload format: every request needs "
                                           "'id', 'method' and 'url'."));
        if (ids.contains(item.id))
            return badBatch(
                QStringLiteral("Batch request step id '%1' is not unique.").arg(item.id));
        ids.insert(item.id);
        item.call = GraphCall::fromRelativeUrl(method, url);
        const QJsonObject headers = request.value(QLatin1String("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            item.call.headers.append({ it.key().toUtf8(), it.value().toString().toUtf8() });
        const QJsonValue itemBody = request.value(QLatin1String("body"));
        if (itemBody.isObject())
            item.call.body = QJsonDocument(itemBody.toObject()).toJson(QJsonDocument::Compact);
        for (const QJsonValue &dep : request.value(QLatin1String("dependsOn")).toArray())
            item.dependsOn.append(dep.toString());
        items.append(item);
    }

    // Transport faults hit the whole HTTP exchange: by the /$batch itself or by any item.
    QStringList targets { kBatchPath };
    for (const Item &item : std::as_const(items)) {
        m_state.log.addBatchItem(item.call.method + QLatin1Char(' ') + item.call.pathAndQuery());
        targets.append(item.call.pathAndQuery());
    }
    const int delay = takeLatency(targets);
    // A status fault answers the POST as a whole when it is topLevelOnly or names the batch
    // in its own pattern; a match-everything status fault stays per item (outage-5xx).
    std::optional<Fault> whole = takeFault({ kBatchPath }, [](const Fault &f) {
        return isTransport(f)
            || (isItemLevel(f) && (f.topLevelOnly || !FaultSet::matchesEverything(f)));
    });
    if (!whole)
        whole = takeFault(
            targets.mid(1), [](const Fault &f) { return isTransport(f) && !f.topLevelOnly; });
    if (whole) {
        HttpReply reply = isTransport(*whole)
            ? transportFault(*whole, clientRequestId)
            : toHttp(itemFault(*whole, clientRequestId), clientRequestId);
        reply.delayMs = delay;
        return reply;
    }

    QHash<QString, GraphReply> results;
    QSet<QString> inProgress;
    std::function<const GraphReply &(const Item &)> run
        = [&](const Item &item) -> const GraphReply & {
        if (results.contains(item.id))
            return results[item.id];
        inProgress.insert(item.id);
        const QString itemClientId = QString::fromUtf8(item.call.header("client-request-id"));
        bool dependencyFailed = false;
        for (const QString &dep : item.dependsOn) {
            const auto it = std::find_if(
                items.cbegin(), items.cend(), [&](const Item &other) { return other.id == dep; });
            if (it == items.cend() || inProgress.contains(dep) || run(*it).status >= 400)
                dependencyFailed = true;
        }
        if (dependencyFailed)
            results.insert(item.id,
                GraphReply::error(424, QStringLiteral("FailedDependency"),
                    QStringLiteral("A dependent request failed."), itemClientId));
        else
            results.insert(item.id, dispatch(item.call, scenario, false));
        inProgress.remove(item.id);
        return results[item.id];
    };

    QJsonArray responses;
    // Reverse order on purpose: Graph may answer in any order and clients must not care.
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        const GraphReply &result = run(*it);
        QJsonObject headers { { QStringLiteral("Content-Type"),
            QString::fromLatin1(result.contentType) } };
        for (const auto &[name, value] : result.headers)
            headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
        QJsonObject response { { QStringLiteral("id"), it->id },
            { QStringLiteral("status"), result.status }, { QStringLiteral("headers"), headers } };
        if (result.isRaw)
            response.insert(QStringLiteral("body"), QString::fromUtf8(result.raw));
        else if (!result.json.isUndefined() && !result.json.isNull())
            response.insert(QStringLiteral("body"), result.json);
        responses.append(response);
    }
    HttpReply reply
        = toHttp(GraphReply::ok(QJsonObject { { QStringLiteral("responses"), responses } }),
            clientRequestId);
    reply.delayMs = delay;
    return reply;
}

GraphReply GraphFake::dispatch(const GraphCall &call, const Scenario &scenario, bool topLevel)
{
    const QString clientRequestId = QString::fromUtf8(call.header("client-request-id"));
    const QStringList target { call.pathAndQuery() };
    if (!topLevel) {
        if (auto fault
            = takeFault(target, [](const Fault &f) { return isItemLevel(f) && !f.topLevelOnly; }))
            return itemFault(*fault, clientRequestId);
    }
    if (auto denied = m_gate.checkScope(call, scenario))
        return *denied;

    for (const StaticRoute &route : scenario.routes) {
        if (route.method.compare(call.method, Qt::CaseInsensitive) != 0
            || !route.path.match(call.path).hasMatch())
            continue;
        GraphReply reply;
        reply.status = route.status;
        reply.headers = route.headers;
        if (route.rawBody) {
            reply.isRaw = true;
            reply.raw = route.bodyText;
            reply.contentType = "text/plain";
        } else {
            reply.json = route.body;
        }
        for (const auto &[name, value] : route.headers) {
            if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
                reply.contentType = value;
        }
        return reply;
    }

    if (call.method != QLatin1String("GET"))
        return GraphReply::error(405, QStringLiteral("Request_BadRequest"),
            QStringLiteral("The demo tenant is read-only: %1 is not supported "
                           "on '%2'.")
                .arg(call.method, call.path),
            clientRequestId);

    const bool looping = takeFault(target, [](const Fault &f) {
        return f.kind == Fault::Kind::LoopingNextLink;
    }).has_value();
    return GraphEndpoints(scenario, m_graphBaseUrl).get(m_gate.asAccount(call), looping);
}

GraphReply GraphFake::itemFault(const Fault &fault, const QString &clientRequestId) const
{
    if (fault.kind == Fault::Kind::WrongShape)
        return TransportFault::wrongShape(fault);
    return TransportFault::status(fault, clientRequestId);
}

HttpReply GraphFake::transportFault(const Fault &fault, const QString &clientRequestId) const
{
    return TransportFault::reply(fault, clientRequestId);
}

HttpReply GraphFake::toHttp(const GraphReply &graphReply, const QString &clientRequestId) const
{
    HttpReply reply;
    reply.status = graphReply.status;
    QByteArray requestId = graphReply.header("request-id");
    if (requestId.isEmpty())
        requestId = newUuid().toLatin1();
    const QByteArray contentType
        = graphReply.contentType == "application/json" ? kGraphJson : graphReply.contentType;
    reply.headers = { { "Content-Type", contentType }, { "request-id", requestId },
        { "client-request-id", clientRequestId.toUtf8() }, { "Date", httpDate() },
        { "Cache-Control", "no-cache" } };
    for (const auto &[name, value] : graphReply.headers) {
        if (name.compare("request-id", Qt::CaseInsensitive) != 0
            && name.compare("Content-Type", Qt::CaseInsensitive) != 0)
            reply.headers.append({ name, value });
    }
    reply.body = graphReply.bodyBytes();
    return reply;
}

} // namespace sspr::demo
