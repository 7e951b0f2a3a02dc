#include "core/playbook/ErrorTextParser.h"

#include "core/auth/SecretRedaction.h"
#include "core/playbook/HtmlText.h"
#include "core/playbook/JsonErrorReply.h"
#include "core/playbook/TimestampReader.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace sspr::playbook {

namespace {

Q_LOGGING_CATEGORY(lcParser, "sspr.playbook.parser")

// Every pattern below is linear: bounded repeats over disjoint character classes, no nested
// quantifiers, so a hostile 1 MB paste cannot make PCRE backtrack for long.
constexpr auto kCi = QRegularExpression::CaseInsensitiveOption;
constexpr qsizetype kMaxMessageChars = 1000;
constexpr qsizetype kMaxLineScan = 4000;
// A code repeated thousands of times needs no message search beyond the first ones.
constexpr int kMaxMessageCandidates = 100;

// A GUID, tolerating a line break after any of its hyphens (mail clients and browsers wrap
// there) and "> " quoting on the continued line.
const QString &guidPattern()
{
    static const QString p = []() -> QString {
        const QString wrap = QStringLiteral(R"((?:[ \t]*\n[ \t>]*)?)");
        return QStringLiteral("(?<guid>[0-9a-f]{8}-") + wrap + QStringLiteral("[0-9a-f]{4}-") + wrap
            + QStringLiteral("[0-9a-f]{4}-") + wrap + QStringLiteral("[0-9a-f]{4}-") + wrap
            + QStringLiteral("[0-9a-f]{12})(?![0-9a-f])");
    }();
    return p;
}

const QRegularExpression &aadstsCodeRe()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![A-Za-z0-9])AADSTS(\d{5,6})(?!\d))"), kCi);
    return re;
}

// Sign-in pages' "More details" pane ("Error Code: 120021") and sign-in log details ("Sign-in
// error code 120021") show the code without the AADSTS prefix.
const QRegularExpression &labelledCodeRe()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w-])(?:sign-?in\s+)?error[ _-]?codes?\W{0,20}(\d{5,6})(?!\d))"),
        kCi);
    return re;
}

const QRegularExpression &correlationRe()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?<![\w-])(?:correlation[ _-]?id|(?:x-ms-)?client[ _-]?request[ _-]?id)\W{0,40})")
            + guidPattern(),
        kCi);
    return re;
}

const QRegularExpression &traceRe()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w-])(?:trace[ _-]?id|(?:x-ms-)?request[ _-]?id)\W{0,40})")
            + guidPattern(),
        kCi);
    return re;
}

// Where a message stops: the diagnostic labels that follow it on the same line.
const QRegularExpression &messageStopRe()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![A-Za-z])(?:trace[ _-]?id|correlation[ _-]?id|)"
                       R"((?:x-ms-)?request[ _-]?id|time[ _-]?stamp)(?![A-Za-z]))"
                       R"(|"\s*[,}]\s*"|\s\|(?=\s|$))"),
        kCi);
    return re;
}

const QRegularExpression &failureReasonRe()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w-])failure\s+reason\W{0,20})"), kCi);
    return re;
}

const QRegularExpression &timestampLabelRe()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w-])time[ _-]?stamp(?:\s*\((?:utc|gmt)\))?\W{0,40})"), kCi);
    return re;
}

// Weaker labels: Event Viewer ("Date:", "Logged:"), Get-WinEvent ("TimeCreated"), exports.
const QRegularExpression &dateLabelRe()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w-])(?:date(?:[ _-]?time)?|logged|time[ _-]?created|time|)"
                       R"(occurred(?:\s+at)?)(?:\s*\((?:utc|gmt)\))?(?![\w-])\W{0,40})"),
        kCi);
    return re;
}

const QRegularExpression &ssprCodeRe()
{
    // "SSPR\_0029" is how the code looks when copied from a Markdown page.
    static const QRegularExpression re(
        QStringLiteral(R"((?<![A-Za-z0-9])SSPR\\?_(\d{4})(?!\d))"), kCi);
    return re;
}

const QRegularExpression &eventIdRe()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w-])event[ _]?id\W{0,20}(\d{3,5})(?!\d))"), kCi);
    return re;
}

// Get-WinEvent | Format-List prints "Id           : 33004".
const QRegularExpression &listIdRe()
{
    static const QRegularExpression re(QStringLiteral(R"(^[ \t]*id[ \t]*:[ \t]*(\d{3,5})[ \t]*$)"),
        kCi | QRegularExpression::MultilineOption);
    return re;
}

const QRegularExpression &writebackSourceRe()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w-])(?:PasswordResetService|ADSync)(?![\w-]))"), kCi);
    return re;
}

const QRegularExpression &queryParamRe()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<=[?&#])(error|error_description|error_uri)=([^&#\s"'<>]{0,8000}))"));
    return re;
}

// An unparsed JSON reply (cut short, quoted in a mail) still names these fields.
const QRegularExpression &jsonErrorNameRe()
{
    static const QRegularExpression re(
        QStringLiteral(R"re("error"\s*:\s*"([a-z][a-z_]{1,63})")re"));
    return re;
}

const QRegularExpression &errorUriRe()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w-])error_uri\W{0,10}(https?://[^\s"'<>\\]{1,500}))"), kCi);
    return re;
}

// The event ids SSPR-CODES.md lists for PasswordResetService and ADSync. Other ids count only
// when the text names one of those sources.
bool isDocumentedWritebackEvent(int id)
{
    return id == 6329 || id == 6800 || (id >= 31001 && id <= 31019) || id == 31034 || id == 31044
        || (id >= 32000 && id <= 32015) || (id >= 33001 && id <= 33009);
}

QString normaliseGuid(QStringView raw)
{
    QString g;
    g.reserve(36);
    for (QChar c : raw) {
        if (c.isLetterOrNumber() || c == u'-')
            g.append(c.toLower());
    }
    static const QRegularExpression shape(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return shape.match(g).hasMatch() ? g : QString();
}

// Line breaks unified; invisible and control characters turned into spaces or dropped, so
// that labels and values copied from rich text still meet.
QString normaliseCharacters(QStringView in)
{
    QString out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char16_t c = in.at(i).unicode();
        if (QChar::isSurrogate(c)) {
            // Pairs pass; a lone half (binary garbage, a cut string) becomes U+FFFD.
            if (QChar::isHighSurrogate(c) && i + 1 < in.size() && in.at(i + 1).isLowSurrogate()) {
                out.append(in.at(i));
                out.append(in.at(++i));
            } else {
                out.append(QChar::ReplacementCharacter);
            }
        } else if (c == u'\r') {
            if (i + 1 < in.size() && in.at(i + 1) == u'\n')
                continue;
            out.append(u'\n');
        } else if (c == u'\n' || c == u'\t') {
            out.append(QChar(c));
        } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xA0 || c == 0x2007 || c == 0x202F
            || c == 0x3000 || c == 0x2028 || c == 0x2029) {
            out.append(c == 0x2028 || c == 0x2029 ? u'\n' : u' ');
        } else if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF
            || c == 0xAD) {
            continue;
        } else {
            out.append(QChar(c));
        }
    }
    return out;
}

QString stripQuoteMarkers(const QString &text)
{
    static const QRegularExpression quote(
        QStringLiteral(R"(^[ \t]*(?:>[ \t]?)+)"), QRegularExpression::MultilineOption);
    QString out = text;
    out.replace(quote, QString());
    return out;
}

bool looksJsonEscaped(const QString &text)
{
    return text.contains(QLatin1String("\\r\\n")) || text.contains(QLatin1String("\\n"))
        || text.contains(QLatin1String("\\\"")) || text.contains(QLatin1String("\\u00"));
}

// The escapes of a JSON string, decoded in place, for text that is JSON-like but did not
// parse as JSON (cut short, wrapped, quoted).
QString unescapeJsonLiterals(QStringView in)
{
    QString out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in.at(i);
        if (c != u'\\' || i + 1 >= in.size()) {
            out.append(c);
            continue;
        }
        const QChar e = in.at(i + 1);
        if (e == u'n' || e == u'r') {
            if (e == u'r' && in.mid(i + 2, 2) == QLatin1String("\\n"))
                i += 2;
            out.append(u'\n');
            ++i;
        } else if (e == u't') {
            out.append(u' ');
            ++i;
        } else if (e == u'"' || e == u'/' || e == u'\\') {
            out.append(e);
            ++i;
        } else if (e == u'u' && i + 5 < in.size()) {
            bool ok = false;
            const ushort code = in.mid(i + 2, 4).toUShort(&ok, 16);
            if (ok && code >= 0x20 && !QChar::isSurrogate(code)) {
                out.append(QChar(code));
                i += 5;
            } else {
                out.append(c);
            }
        } else {
            out.append(c);
        }
    }
    return out;
}

struct QueryFields {
    QString error;
    QString errorUri;
};

// OAuth redirects carry the error in the URL ("?error=...&error_description=AADSTS120021%3a+
// ..."): decode those values in place so the ordinary scan reads them.
QString decodeQueryParameters(const QString &text, QueryFields *fields)
{
    if (!text.contains(QLatin1String("error")))
        return text;
    QString out;
    qsizetype last = 0;
    auto it = queryParamRe().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QByteArray raw = m.capturedView(2).toUtf8();
        raw.replace('+', ' ');
        const QString value = normaliseCharacters(QUrl::fromPercentEncoding(raw));
        const QStringView name = m.capturedView(1);
        if (name == u"error" && fields->error.isEmpty())
            fields->error = value.trimmed();
        else if (name == u"error_uri" && fields->errorUri.isEmpty())
            fields->errorUri = value.trimmed();
        out.append(QStringView(text).mid(last, m.capturedStart(2) - last));
        out.append(value);
        out.append(u'\n');
        last = m.capturedEnd(2);
    }
    if (last == 0)
        return text;
    out.append(QStringView(text).mid(last));
    return out;
}

// The line that starts at `from`, at most kMaxLineScan characters; *next is where the
// following line starts (or -1).
QStringView lineAt(const QString &text, qsizetype from, qsizetype *next)
{
    qsizetype end = text.indexOf(u'\n', from);
    *next = end < 0 ? -1 : end + 1;
    if (end < 0)
        end = text.size();
    return QStringView(text).mid(from, std::min(end - from, kMaxLineScan));
}

// The message that starts at `pos` (just after a code): up to the Trace ID / Correlation ID /
// Timestamp part or the end of the sentence, trimmed. A mail client's wrapped continuation
// (the next line starting in lower case mid-sentence) is joined on.
QString messageAt(const QString &text, qsizetype pos, QChar closingQuote = QChar())
{
    qsizetype i = pos;
    const qsizetype n = text.size();
    while (i < n && i - pos < 10
        && (text.at(i) == u' ' || text.at(i) == u'\t' || text.at(i) == u':' || text.at(i) == u'-'
            || text.at(i) == u'\u2013' || text.at(i) == u'\u2014'))
        ++i;
    qsizetype next = -1;
    QString message = lineAt(text, i, &next).toString();
    for (int joined = 0; joined < 5 && next >= 0; ++joined) {
        if (messageStopRe().match(message).hasMatch())
            break;
        const QStringView tail = QStringView(message).trimmed();
        if (tail.isEmpty() || QStringLiteral(".!?:").contains(tail.back()))
            break;
        const QStringView following = lineAt(text, next, &next).trimmed();
        if (following.isEmpty() || !following.front().isLower())
            break;
        message = tail.toString() + u' ' + following.toString();
    }
    QStringView line(message);
    if (!closingQuote.isNull() && line.contains(closingQuote))
        line = line.left(line.indexOf(closingQuote));
    const auto stop = messageStopRe().match(line);
    if (stop.hasMatch())
        line = line.left(stop.capturedStart());
    line = line.trimmed();
    while (!line.isEmpty() && QStringLiteral("\",;\\([").contains(line.back()))
        line = line.chopped(1).trimmed();
    if (line.size() > kMaxMessageChars) {
        const qsizetype sentence = line.left(kMaxMessageChars).lastIndexOf(QLatin1String(". "));
        line = line.left(sentence > 0 ? sentence + 1 : kMaxMessageChars);
    }
    return line.toString();
}

// A code quoted in prose ("... got \"AADSTS120012: ...\" when ...") ends its message at the
// closing quote.
QChar closingQuoteFor(const QString &text, qsizetype codeStart)
{
    if (codeStart <= 0)
        return {};
    switch (text.at(codeStart - 1).unicode()) {
    case u'"':
        return u'"';
    case u'\'':
        return u'\'';
    case u'\u201C':
        return u'\u201D';
    case u'\u2018':
        return u'\u2019';
    case u'\u00AB':
        return u'\u00BB';
    default:
        return {};
    }
}

// "AADSTS120021: message" is the canonical shape; a code mentioned in passing ("Re: AADSTS
// 120021 again") gives a message only when no canonical one exists.
QString messageAfterCodes(const QString &text, const QRegularExpression &codeRe)
{
    QString fallback;
    auto it = codeRe.globalMatch(text);
    for (int n = 0; n < kMaxMessageCandidates && it.hasNext(); ++n) {
        const auto m = it.next();
        const QString msg
            = messageAt(text, m.capturedEnd(), closingQuoteFor(text, m.capturedStart()));
        if (msg.isEmpty())
            continue;
        qsizetype j = m.capturedEnd();
        while (j < text.size() && (text.at(j) == u' ' || text.at(j) == u'\t'))
            ++j;
        if (j < text.size() && text.at(j) == u':')
            return msg;
        if (fallback.isEmpty())
            fallback = msg;
    }
    return fallback;
}

QList<int> findCodes(const QString &text, const QList<int> &jsonCodes)
{
    QList<QPair<qsizetype, int>> found;
    for (const QRegularExpression *re : { &aadstsCodeRe(), &labelledCodeRe() }) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            found.append({ m.capturedStart(1), m.capturedView(1).toInt() });
        }
    }
    std::stable_sort(
        found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<int> codes;
    QSet<int> seen;
    for (const auto &[pos, code] : found) {
        Q_UNUSED(pos)
        if (!seen.contains(code)) {
            seen.insert(code);
            codes.append(code);
        }
    }
    for (int code : jsonCodes) {
        if (!seen.contains(code)) {
            seen.insert(code);
            codes.append(code);
        }
    }
    return codes;
}

QString firstGuid(const QString &text, const QRegularExpression &labelled)
{
    auto it = labelled.globalMatch(text);
    while (it.hasNext()) {
        const QString g = normaliseGuid(it.next().capturedView(u"guid"));
        if (!g.isEmpty())
            return g;
    }
    return {};
}

std::optional<ReadTimestamp> firstLabelledTimestamp(
    const QString &text, const QRegularExpression &label)
{
    auto it = label.globalMatch(text);
    while (it.hasNext()) {
        if (auto ts = TimestampReader::readAt(text, it.next().capturedEnd()))
            return ts;
    }
    return std::nullopt;
}

std::optional<ReadTimestamp> findTimestamp(const QString &text, const QString &jsonTimestamp)
{
    if (!jsonTimestamp.isEmpty()) {
        const QString value = jsonTimestamp.trimmed();
        if (auto ts = TimestampReader::readAt(value, 0))
            return ts;
    }
    if (auto ts = firstLabelledTimestamp(text, timestampLabelRe()))
        return ts;
    if (auto ts = firstLabelledTimestamp(text, dateLabelRe()))
        return ts;
    return TimestampReader::findAtLineStart(text);
}

QStringList findSsprCodes(const QString &text)
{
    QStringList codes;
    auto it = ssprCodeRe().globalMatch(text);
    while (it.hasNext()) {
        const QString code = QStringLiteral("SSPR_") + it.next().captured(1);
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

QList<int> findWritebackEvents(const QString &text)
{
    const bool namedSource = writebackSourceRe().match(text).hasMatch();
    QList<QPair<qsizetype, int>> found;
    auto it = eventIdRe().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        found.append({ m.capturedStart(1), m.capturedView(1).toInt() });
    }
    if (namedSource) {
        auto list = listIdRe().globalMatch(text);
        while (list.hasNext()) {
            const auto m = list.next();
            found.append({ m.capturedStart(1), m.capturedView(1).toInt() });
        }
    }
    std::stable_sort(
        found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<int> ids;
    for (const auto &[pos, id] : found) {
        Q_UNUSED(pos)
        if ((namedSource || isDocumentedWritebackEvent(id)) && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QString firstCapture(const QString &text, const QRegularExpression &re)
{
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

ParsedError ErrorTextParser::parse(const QString &input)
{
    ParsedError out;
    QStringView view(input);
    if (view.size() > kMaxInputChars) {
        view = view.left(kMaxInputChars);
        out.notes.append(tr("The pasted text is longer than 1 MB; only the first 1 MB was read."));
    }

    QString text = normaliseCharacters(view);
    if (HtmlText::looksLikeHtml(text))
        text = normaliseCharacters(HtmlText::toPlainText(text));
    else if (HtmlText::hasEntities(text))
        text = normaliseCharacters(HtmlText::decodeEntities(text));
    text = stripQuoteMarkers(text);
    QueryFields query;
    text = decodeQueryParameters(text, &query);

    const std::optional<JsonErrorReply> json = JsonErrorReply::findFirst(text);
    if (looksJsonEscaped(text))
        text = unescapeJsonLiterals(text);

    out.aadstsCodes = findCodes(text, json ? json->errorCodes : QList<int>());

    if (json && !json->description.isEmpty()) {
        const QString description = normaliseCharacters(json->description);
        out.message = messageAfterCodes(description, aadstsCodeRe());
        if (out.message.isEmpty() && !aadstsCodeRe().match(description).hasMatch())
            out.message = messageAt(description, 0);
    }
    if (out.message.isEmpty())
        out.message = messageAfterCodes(text, aadstsCodeRe());
    // Without an AADSTS code the SSPR portal's own text, or a sign-in log's reason, is the
    // message.
    if (out.message.isEmpty())
        out.message = messageAfterCodes(text, ssprCodeRe());
    if (out.message.isEmpty())
        out.message = messageAfterCodes(text, failureReasonRe());
    // A pasted HTTP trace or log line can carry the sign-in's token next to the error: it
    // must not travel on into the UI, the report or a support ticket.
    out.message = auth::SecretRedaction::redact(out.message).left(kMaxMessageChars);

    out.errorName = json ? json->error.trimmed().left(100) : QString();
    if (out.errorName.isEmpty())
        out.errorName = query.error.left(100);
    if (out.errorName.isEmpty())
        out.errorName = firstCapture(text, jsonErrorNameRe());

    out.correlationId = json ? normaliseGuid(json->correlationId) : QString();
    if (out.correlationId.isEmpty())
        out.correlationId = firstGuid(text, correlationRe());
    out.traceId = json ? normaliseGuid(json->traceId) : QString();
    if (out.traceId.isEmpty())
        out.traceId = firstGuid(text, traceRe());

    if (const auto ts = findTimestamp(text, json ? json->timestamp : QString())) {
        out.timestampUtc = ts->utc;
        if (ts->zoneAssumed)
            out.notes.append(tr("The timestamp named no time zone; it was read as UTC."));
    }

    out.errorUri = json ? json->errorUri.trimmed() : QString();
    if (out.errorUri.isEmpty())
        out.errorUri = query.errorUri;
    if (out.errorUri.isEmpty())
        out.errorUri = firstCapture(text, errorUriRe());

    out.ssprCodes = findSsprCodes(text);
    out.writebackEventIds = findWritebackEvents(text);

    if (out.aadstsCodes.isEmpty())
        out.notFound.append(QStringLiteral("code"));
    if (out.message.isEmpty())
        out.notFound.append(QStringLiteral("message"));
    if (out.correlationId.isEmpty())
        out.notFound.append(QStringLiteral("correlationId"));
    if (out.traceId.isEmpty())
        out.notFound.append(QStringLiteral("traceId"));
    if (!out.timestampUtc.isValid())
        out.notFound.append(QStringLiteral("timestamp"));

    qCDebug(lcParser) << "parsed" << input.size() << "chars:" << out.aadstsCodes.size() << "codes,"
                      << out.ssprCodes.size() << "SSPR codes," << out.writebackEventIds.size()
                      << "events; not found:" << out.notFound;
    return out;
}

} // namespace sspr::playbook
