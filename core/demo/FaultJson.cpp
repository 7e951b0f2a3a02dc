#include "core/demo/FaultJson.h"

#include "core/common/JsonNumbers.h"

#include <QHttpServerResponder>
#include <QMetaEnum>

#include <climits>

namespace sspr::demo {

namespace {

constexpr int kMaxMegabytes = 1024; // a streamed body; more only slows the test down

const QList<QPair<Fault::Kind, QString>> &kindNames()
{
    static const QList<QPair<Fault::Kind, QString>> names {
        { Fault::Kind::Latency, QStringLiteral("latency") },
        { Fault::Kind::Status, QStringLiteral("status") },
        { Fault::Kind::Hang, QStringLiteral("hang") },
        { Fault::Kind::MalformedJson, QStringLiteral("malformedJson") },
        { Fault::Kind::HtmlPage, QStringLiteral("htmlPage") },
        { Fault::Kind::EmptyBody, QStringLiteral("emptyBody") },
        { Fault::Kind::LoopingNextLink, QStringLiteral("loopingNextLink") },
        { Fault::Kind::DropConnection, QStringLiteral("dropConnection") },
        { Fault::Kind::TruncatedBody, QStringLiteral("truncatedBody") },
        { Fault::Kind::StallMidBody, QStringLiteral("stallMidBody") },
        { Fault::Kind::HugeBody, QStringLiteral("hugeBody") },
        { Fault::Kind::WrongShape, QStringLiteral("wrongShape") },
        { Fault::Kind::TrickleBody, QStringLiteral("trickleBody") },
    };
    return names;
}

bool readInt(const QJsonObject &object, const QString &key, int min, int *out, QString *error)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return true;
    const std::optional<qint64> n = common::wholeNumber(v, min, INT_MAX);
    if (!n) {
        *error = FaultJson::tr("\"%1\" must be a whole number of at least %2").arg(key).arg(min);
        return false;
    }
    *out = int(*n);
    return true;
}

} // namespace

QString FaultJson::kindName(Fault::Kind kind)
{
    for (const auto &[k, name] : kindNames()) {
        if (k == kind)
            return name;
    }
    return QString();
}

bool FaultJson::isKnownStatus(int status)
{
    // QHttpServerResponder::writeStatusLine looks the reason phrase up in http_parser's table,
    // which stops at 511: anything else would throw there.
    return status <= 511
        && QMetaEnum::fromType<QHttpServerResponder::StatusCode>().valueToKey(status) != nullptr;
}

std::optional<Fault> FaultJson::fromJson(const QJsonObject &object, QString *error)
{
    static const QStringList known { QStringLiteral("id"), QStringLiteral("$comment"),
        QStringLiteral("kind"), QStringLiteral("match"), QStringLiteral("status"),
        QStringLiteral("retryAfter"), QStringLiteral("delayMs"), QStringLiteral("times"),
        QStringLiteral("topLevelOnly"), QStringLiteral("megabytes"), QStringLiteral("body"),
        QStringLiteral("chunked") };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = tr("unknown key \"%1\"").arg(it.key());
            return std::nullopt;
        }
    }

    Fault fault;
    const QString kind = object.value(QLatin1String("kind")).toString();
    bool kindFound = false;
    for (const auto &[k, name] : kindNames()) {
        if (name == kind) {
            fault.kind = k;
            kindFound = true;
        }
    }
    if (!kindFound) {
        QStringList all;
        for (const auto &entry : kindNames())
            all.append(entry.second);
        *error = tr("\"kind\" must be one of %1").arg(all.join(QLatin1String(", ")));
        return std::nullopt;
    }

    const QJsonValue match = object.value(QLatin1String("match"));
    if (!match.isUndefined() && !match.isString()) {
        *error = tr("\"match\" must be a regular expression string");
        return std::nullopt;
    }
    fault.match = QRegularExpression(match.toString());
    if (!fault.match.isValid()) {
        *error
            = tr("\"match\" is not a valid regular expression: %1").arg(fault.match.errorString());
        return std::nullopt;
    }
    if (fault.kind == Fault::Kind::HtmlPage)
        fault.status = 502;
    if (fault.kind == Fault::Kind::TrickleBody)
        fault.delayMs = 100;
    if (!readInt(object, QStringLiteral("status"), 100, &fault.status, error)
        || !readInt(object, QStringLiteral("retryAfter"), 0, &fault.retryAfterSeconds, error)
        || !readInt(object, QStringLiteral("delayMs"), 0, &fault.delayMs, error)
        || !readInt(object, QStringLiteral("times"), -1, &fault.times, error)
        || !readInt(object, QStringLiteral("megabytes"), 1, &fault.megabytes, error))
        return std::nullopt;
    if (fault.megabytes > kMaxMegabytes) {
        *error = tr("\"megabytes\" must be at most %1").arg(kMaxMegabytes);
        return std::nullopt;
    }
    const QJsonValue body = object.value(QLatin1String("body"));
    if (!body.isUndefined() && fault.kind != Fault::Kind::WrongShape) {
        *error = tr("\"body\" is only for \"wrongShape\" faults");
        return std::nullopt;
    }
    if (!body.isUndefined() && !body.isObject() && !body.isArray()) {
        *error = tr("\"body\" must be a JSON object or array");
        return std::nullopt;
    }
    fault.body = body;
    if (!isKnownStatus(fault.status)) {
        *error
            = tr("\"status\" %1 is not an HTTP status code the server can send").arg(fault.status);
        return std::nullopt;
    }
    const QJsonValue topLevel = object.value(QLatin1String("topLevelOnly"));
    if (!topLevel.isUndefined() && !topLevel.isBool()) {
        *error = tr("\"topLevelOnly\" must be true or false");
        return std::nullopt;
    }
    fault.topLevelOnly = topLevel.toBool();
    const QJsonValue chunked = object.value(QLatin1String("chunked"));
    if (!chunked.isUndefined() && (!chunked.isBool() || fault.kind != Fault::Kind::HugeBody)) {
        *error = tr("\"chunked\" must be true or false, and only for \"hugeBody\" faults");
        return std::nullopt;
    }
    fault.chunked = chunked.toBool();
    return fault;
}

} // namespace sspr::demo
