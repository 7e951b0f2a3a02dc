#pragma once

#include "core/report/Session.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace sspr::report {

// The block a help desk pastes into a ticket (CHECKS.md "Support summary"): error code and
// name, correlation and trace ID, timestamp, tenant and cloud, user, where it happened,
// every finding with its status, the answers, app version and OS. Plain text, redacted.
class SupportSummary {
    Q_DECLARE_TR_FUNCTIONS(SupportSummary)

public:
    static QString render(const Session &session);
    // Entra admin center > New support request (Microsoft's "Find help and get support for
    // Microsoft Entra ID"); for the national clouds, that article, which names their portals.
    static QUrl supportRequestUrl(const QString &cloudKey);
    static QUrl supportArticleUrl();
    // The user the case is about: the typed key, else (self mode) the signed-in account.
    static QString affectedUser(const Session &session);
};

} // namespace sspr::report
