#include "core/playbook/JsonErrorReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sspr::playbook {

namespace {

constexpr int kMaxCandidates = 64;
constexpr qsizetype kMaxScannedChars = 8 * 1024 * 1024;
constexpr int kMaxNesting = 4;

// Index of the '}' that closes the '{' at `open`, honouring JSON strings; -1 when unbalanced.
qsizetype matchingBrace(const QString &text, qsizetype open, qsizetype *scanned)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = open; i < text.size(); ++i) {
        ++*scanned;
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"')
            inString = true;
        else if (c == u'{')
            ++depth;
        else if (c == u'}' && --depth == 0)
            return i;
    }
    return -1;
}

bool isOAuthError(const QJsonObject &o)
{
    return o.value(QLatin1String("error_description")).isString()
        || o.value(QLatin1String("error_codes")).isArray()
        || (o.value(QLatin1String("error")).isString()
            && (o.contains(QLatin1String("trace_id"))
                || o.contains(QLatin1String("correlation_id"))));
}

std::optional<JsonErrorReply> fromObject(const QJsonObject &o, int nesting)
{
    if (isOAuthError(o)) {
        JsonErrorReply r;
        r.error = o.value(QLatin1String("error")).toString();
        r.description = o.value(QLatin1String("error_description")).toString();
        for (const QJsonValue &v : o.value(QLatin1String("error_codes")).toArray()) {
            const double d = v.toDouble(-1);
            // AADSTS codes have five or six digits; anything else is not one.
            if (d >= 10000 && d <= 999999 && d == static_cast<int>(d))
                r.errorCodes.append(static_cast<int>(d));
        }
        r.timestamp = o.value(QLatin1String("timestamp")).toString();
        r.traceId = o.value(QLatin1String("trace_id")).toString();
        r.correlationId = o.value(QLatin1String("correlation_id")).toString();
        r.errorUri = o.value(QLatin1String("error_uri")).toString();
        return r;
    }
    if (nesting >= kMaxNesting)
        return std::nullopt;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it->isObject()) {
            if (auto r = fromObject(it->toObject(), nesting + 1))
                return r;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<JsonErrorReply> JsonErrorReply::findFirst(const QString &text)
{
    qsizetype scanned = 0;
    qsizetype from = 0;
    for (int candidates = 0; candidates < kMaxCandidates && scanned < kMaxScannedChars;
         ++candidates) {
        const qsizetype open = text.indexOf(u'{', from);
        if (open < 0)
            break;
        const qsizetype close = matchingBrace(text, open, &scanned);
        if (close < 0) {
            // Unbalanced from here: try the next '{', which may start a complete object.
            from = open + 1;
            continue;
        }
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(text.mid(open, close - open + 1).toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && doc.isObject()) {
            if (auto r = fromObject(doc.object(), 0))
                return r;
            from = close + 1;
        } else {
            from = open + 1;
        }
    }
    return std::nullopt;
}

} // namespace sspr::playbook
