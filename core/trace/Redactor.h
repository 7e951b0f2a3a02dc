#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace sspr::trace {

// Removes secrets before anything leaves the process: tokens, authorization codes, PKCE
// verifiers, device codes, client assertions and secrets, passwords and cookies, wherever
// they sit (URL query or fragment, header, form or JSON body, free text). Replaces each value
// with `marker()` so a reader still sees that something was there.
class Redactor {
public:
    static QString marker(); // "[redacted]"

    static QUrl url(QUrl url);
    static void headers(QList<QPair<QByteArray, QByteArray>> &headers);
    // JSON bodies are walked key by key (nested $batch bodies too); anything else is treated
    // as form or free text.
    static QByteArray body(const QByteArray &body);
    // Free text (pasted error pages, finding details): JWT-shaped strings, "Bearer ...",
    // key=value and "key": "value" pairs for the secret names.
    static QString text(const QString &text);

    static bool isSecretHeader(const QByteArray &name);
    static bool isSecretParameter(const QString &name);
};

} // namespace sspr::trace
