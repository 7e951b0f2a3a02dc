#pragma once

#include <QString>
#include <QStringView>

namespace sspr::playbook {

// Turns an HTML fragment (a copied page, an HTML e-mail) into plain text with its line
// structure kept, and decodes character references. Linear scans, no regular expressions, so
// hostile markup cannot make it slow.
class HtmlText {
public:
    static bool looksLikeHtml(QStringView text);
    static bool hasEntities(QStringView text);
    // Tags removed (block tags and <br> become line breaks), script/style/comments dropped,
    // character references decoded.
    static QString toPlainText(QStringView html);
    // &amp; &lt; &nbsp; &#39; &#x27; ... decoded; unknown or malformed references kept as typed.
    static QString decodeEntities(QStringView text);
};

} // namespace sspr::playbook
