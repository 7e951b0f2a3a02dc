#pragma once

#include "core/checks/Check.h"

#include <QCoreApplication>
#include <QUrl>

namespace sspr::checks {

// The finding shapes the local (probe) checks share: probes not run, run cancelled.
class LocalCheckSupport {
    Q_DECLARE_TR_FUNCTIONS(LocalCheckSupport)

public:
    // Evidence sources of local checks start with this, where Graph checks say "GET /".
    static QString sourcePrefix() { return QStringLiteral("probe:"); }
    // Microsoft 365 URLs and IP address ranges: the hosts a network must let through.
    static QUrl endpointsDoc();
    // SSPR on the Windows sign-in screen (device join requirements).
    static QUrl windowsResetDoc();

    // Skipped: the probes did not run (no probe runner, --no-probes); names why.
    static Finding notRun(const Check &check, const CheckContext &ctx, const Evidence &evidence,
        const QString &what, const QUrl &doc);
    // Error: the run was cancelled before this probe ended.
    static Finding cancelled(
        const Check &check, const CheckContext &ctx, const QString &what, const QUrl &doc);
};

} // namespace sspr::checks
