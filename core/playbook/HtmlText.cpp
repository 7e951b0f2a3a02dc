#include "core/playbook/HtmlText.h"

#include <QRegularExpression>

namespace sspr::playbook {

namespace {

// A tag longer than this is not a tag but text that happens to contain '<'.
constexpr qsizetype kMaxTagLength = 2000;
constexpr qsizetype kMaxEntityLength = 12;

bool isBlockTag(QStringView name)
{
    static const char *const blocks[] = { "br", "p", "div", "tr", "li", "ul", "ol", "table",
        "tbody", "thead", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "title", "hr",
        "section", "header", "footer", "body", "html", "head" };
    for (const char *b : blocks) {
        if (name.compare(QLatin1String(b), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isCellTag(QStringView name)
{
    return name.compare(QLatin1String("td"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("th"), Qt::CaseInsensitive) == 0;
}

// The element name of the tag body `inner` (text between '<' and '>'), without '/'.
QStringView tagName(QStringView inner)
{
    qsizetype i = 0;
    if (i < inner.size() && inner.at(i) == u'/')
        ++i;
    const qsizetype start = i;
    while (i < inner.size() && (inner.at(i).isLetterOrNumber()))
        ++i;
    return inner.mid(start, i - start);
}

// Index just past the closing tag `</name ...>` from `from`, or text.size() when missing.
qsizetype skipRawElement(QStringView text, qsizetype from, QStringView name)
{
    const QString closing = QLatin1String("</") + name.toString();
    const qsizetype at = text.indexOf(closing, from, Qt::CaseInsensitive);
    if (at < 0)
        return text.size();
    const qsizetype gt = text.indexOf(u'>', at);
    return gt < 0 ? text.size() : gt + 1;
}

QString namedEntity(QStringView name)
{
    struct Entity {
        const char *name;
        char16_t ch;
    };
    static const Entity entities[] = { { "nbsp", u' ' }, { "amp", u'&' }, { "lt", u'<' },
        { "gt", u'>' }, { "quot", u'"' }, { "apos", u'\'' }, { "ndash", u'\u2013' },
        { "mdash", u'\u2014' }, { "hellip", u'\u2026' }, { "lsquo", u'\u2018' },
        { "rsquo", u'\u2019' }, { "ldquo", u'\u201C' }, { "rdquo", u'\u201D' },
        { "copy", u'\u00A9' }, { "reg", u'\u00AE' }, { "shy", u'\u00AD' }, { "zwnj", u'\u200C' },
        { "zwj", u'\u200D' } };
    for (const Entity &e : entities) {
        // Entity names are case-sensitive, but pages in the wild write &NBSP; too.
        if (name.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0)
            return QString(QChar(e.ch));
    }
    return {};
}

QString numericEntity(QStringView body)
{
    bool ok = false;
    uint cp = 0;
    if (body.startsWith(u'x', Qt::CaseInsensitive))
        cp = body.mid(1).toUInt(&ok, 16);
    else
        cp = body.toUInt(&ok, 10);
    if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return {};
    if (cp == 0xA0)
        return QStringLiteral(" ");
    const char32_t c = cp;
    return QString::fromUcs4(&c, 1);
}

} // namespace

bool HtmlText::looksLikeHtml(QStringView text)
{
    static const QRegularExpression tag(
        QStringLiteral("<(?:!--|/?(?:br|p|div|span|td|tr|th|table|tbody|pre|code|b|i|u|strong|em|"
                       "font|html|body|head|a|li|ul|ol|h[1-6]|blockquote|meta|style)\\b[^<>]{0,"
                       "500}>)"),
        QRegularExpression::CaseInsensitiveOption);
    return tag.match(text).hasMatch();
}

bool HtmlText::hasEntities(QStringView text)
{
    static const QRegularExpression entity(QStringLiteral("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|"
                                                          "[a-zA-Z]{2,8});"));
    return entity.match(text).hasMatch();
}

QString HtmlText::toPlainText(QStringView html)
{
    QString out;
    out.reserve(html.size());
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const QChar c = html.at(i);
        if (c != u'<') {
            out.append(c);
            ++i;
            continue;
        }
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        // A real tag closes before the next '<' and within a sane length; anything else is
        // a literal '<' in text ("a < b").
        qsizetype gt = -1;
        for (qsizetype j = i + 1; j < n && j - i <= kMaxTagLength; ++j) {
            if (html.at(j) == u'>') {
                gt = j;
                break;
            }
            if (html.at(j) == u'<')
                break;
        }
        const QStringView inner = gt < 0 ? QStringView() : html.mid(i + 1, gt - i - 1);
        const QStringView name = tagName(inner);
        const bool isTag = gt >= 0 && !name.isEmpty() && name.at(0).isLetter();
        if (!isTag && !(gt >= 0 && inner.startsWith(u'!'))) {
            out.append(c);
            ++i;
            continue;
        }
        i = gt + 1;
        const bool closing = inner.startsWith(u'/');
        if (!closing
            && (name.compare(QLatin1String("script"), Qt::CaseInsensitive) == 0
                || name.compare(QLatin1String("style"), Qt::CaseInsensitive) == 0)) {
            i = skipRawElement(html, i, name);
            continue;
        }
        if (isBlockTag(name))
            out.append(u'\n');
        else if (isCellTag(name) && closing)
            out.append(u'\t');
    }
    return decodeEntities(out);
}

QString HtmlText::decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out.append(c);
            ++i;
            continue;
        }
        const qsizetype semi = text.mid(i + 1, kMaxEntityLength).indexOf(u';');
        QString decoded;
        if (semi > 0) {
            const QStringView body = text.mid(i + 1, semi);
            decoded = body.startsWith(u'#') ? numericEntity(body.mid(1)) : namedEntity(body);
        }
        if (decoded.isEmpty()) {
            out.append(c);
            ++i;
            continue;
        }
        out.append(decoded);
        i += semi + 2;
    }
    return out;
}

} // namespace sspr::playbook
