#pragma once

#include <QUrl>

namespace sspr::checks {

// Remediation pages of CHECKS.md's list that DocLinks (CheckSupport.h) does not carry yet:
// writeback, the deployment plan and the two log pages.
struct DocLinksExtra {
    static QUrl troubleshootWriteback();
    static QUrl enableWriteback();
    static QUrl ssprDeployment();
    static QUrl signInLogs();
    static QUrl auditLogs();
};

} // namespace sspr::checks
