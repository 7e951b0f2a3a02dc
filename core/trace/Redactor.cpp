#include "core/trace/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace sspr::trace {

namespace {

const QString kMarker = QStringLiteral("[redacted]");

// OAuth 2.0 / OpenID Connect parameter names that carry a credential (RFC 6749, 7636, 8628,
// 7521) plus the generic ones. "code" only as a parameter: in JSON, Graph's error objects
// use "code" for the error name, which is evidence, not a secret.
const QString kParameterNames = QStringLiteral(
    "access_token|refresh_token|id_token|code|code_verifier|device_code|client_assertion|"
    "client_secret|password|assertion|samlresponse|token|sig");
const QString kJsonNames = QStringLiteral(
    "access_token|refresh_token|id_token|code_verifier|device_code|client_assertion|"
    "client_secret|password|assertion|samlresponse|token|secret");

bool isSecretJsonKey(const QString &key)
{
    static const QRegularExpression names(
        QStringLiteral("^(%1)$").arg(kJsonNames), QRegularExpression::CaseInsensitiveOption);
    // Header names as keys: $batch inner requests carry their headers as a JSON object.
    static const QStringList headers { QStringLiteral("authorization"),
        QStringLiteral("proxy-authorization"), QStringLiteral("cookie"),
        QStringLiteral("set-cookie") };
    return names.match(key).hasMatch() || headers.contains(key.toLower());
}

QJsonValue redactJson(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecretJsonKey(it.key()) && !it.value().isObject() && !it.value().isArray())
                it.value() = kMarker;
            else
                it.value() = redactJson(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = redactJson(array.at(i));
        return array;
    }
    if (value.isString())
        return Redactor::text(value.toString());
    return value;
}

} // namespace

QString Redactor::marker()
{
    return kMarker;
}

bool Redactor::isSecretHeader(const QByteArray &name)
{
    static const QList<QByteArray> names { "authorization", "proxy-authorization", "cookie",
        "set-cookie", "x-ms-refreshtokencredential", "x-ms-devicecredential", "x-api-key",
        "api-key", "x-ms-client-secret" };
    const QByteArray lower = name.toLower();
    return names.contains(lower) || lower.contains("token") || lower.contains("secret")
        || lower.contains("password");
}

bool Redactor::isSecretParameter(const QString &name)
{
    static const QRegularExpression names(
        QStringLiteral("^(%1)$").arg(kParameterNames), QRegularExpression::CaseInsensitiveOption);
    return names.match(name).hasMatch();
}

QUrl Redactor::url(QUrl url)
{
    for (const bool fragment : { false, true }) {
        const QString raw
            = fragment ? url.fragment(QUrl::FullyEncoded) : url.query(QUrl::FullyEncoded);
        if (raw.isEmpty())
            continue;
        QUrlQuery query(raw);
        QUrlQuery out;
        bool changed = false;
        const auto items = query.queryItems(QUrl::FullyEncoded);
        for (const auto &item : items) {
            const QString name = QUrl::fromPercentEncoding(item.first.toUtf8());
            const QString value = QUrl::fromPercentEncoding(item.second.toUtf8());
            if (isSecretParameter(name)) {
                out.addQueryItem(item.first, kMarker);
                changed = true;
            } else {
                const QString clean = text(value);
                changed |= clean != value;
                out.addQueryItem(item.first,
                    clean == value ? item.second
                                   : QString::fromLatin1(QUrl::toPercentEncoding(clean)));
            }
        }
        if (!changed)
            continue;
        if (fragment)
            url.setFragment(out.toString(QUrl::FullyEncoded), QUrl::StrictMode);
        else
            url.setQuery(out.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    if (!url.password().isEmpty())
        url.setPassword(kMarker);
    return url;
}

void Redactor::headers(QList<QPair<QByteArray, QByteArray>> &headers)
{
    for (auto &header : headers) {
        if (isSecretHeader(header.first))
            header.second = kMarker.toLatin1();
        else
            header.second = text(QString::fromUtf8(header.second)).toUtf8();
    }
}

QByteArray Redactor::body(const QByteArray &body)
{
    if (body.isEmpty())
        return body;
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError) {
            const QJsonValue clean
                = redactJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
            return clean.isObject() ? QJsonDocument(clean.toObject()).toJson(QJsonDocument::Compact)
                                    : QJsonDocument(clean.toArray()).toJson(QJsonDocument::Compact);
        }
    }
    return text(QString::fromUtf8(body)).toUtf8();
}

QString Redactor::text(const QString &input)
{
    if (input.isEmpty())
        return input;
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]{2,}(\\.[A-Za-z0-9_-]*){1,3}"));
    static const QRegularExpression scheme(
        QStringLiteral("\\b(Bearer|Basic|Negotiate|PoP)\\s+[A-Za-z0-9._~+/=-]{6,}"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pair(
        QStringLiteral("(^|[^A-Za-z0-9_])(%1)=[^&\\s\"'<>]+").arg(kParameterNames),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression json(
        QStringLiteral("(\\\\?\"(?:%1)\\\\?\"\\s*:\\s*)\\\\?\"(?:[^\"\\\\]|\\\\[^\"])*\\\\?\"")
            .arg(kJsonNames),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression colon(
        QStringLiteral("\\b(%1|password|passwd|pwd)(\\s*:\\s*)(?![\\s\"])\\S+").arg(kJsonNames),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cookie(
        QStringLiteral("\\b((?:set-)?cookie\\s*:\\s*)[^\\r\\n]+"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = input;
    out.replace(jwt, kMarker);
    out.replace(scheme, QStringLiteral("\\1 ") + kMarker);
    out.replace(cookie, QStringLiteral("\\1") + kMarker);
    out.replace(json, QStringLiteral("\\1\"") + kMarker + QStringLiteral("\""));
    out.replace(pair, QStringLiteral("\\1\\2=") + kMarker);
    out.replace(colon, QStringLiteral("\\1\\2") + kMarker);
    return out;
}

} // namespace sspr::trace
