#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sspr::probes {

// Parsers for what the Windows OS probe reads. Pure functions, compiled everywhere so they are
// tested on any platform; only the process calls are Windows-only (OsProber).
class WindowsDeviceText {
public:
    // `dsregcmd /status`: the "Name : VALUE" lines of the fields the verdict reads
    // (AzureAdJoined, DomainJoined, EnterpriseJoined, AzureAdPrt, TenantName, TenantId,
    // DeviceId, WorkplaceJoined), in output order. Unknown lines are ignored.
    static QList<QPair<QString, QString>> parseDsregStatus(const QString &output);

    // `wevtutil qe Microsoft-Windows-AAD/Operational /f:xml`: one line per event at level
    // Error or Critical (Level 2 or 1) whose data names password reset or password change,
    // in the order given: "2026-11-25T09:58:02.123Z Event 1098: <data, joined>". XML, not the
    // text format, because the text format's labels are translated with Windows.
    static QStringList parseAadEvents(const QString &output);

    // The XPath query for wevtutil: errors and critical events of the last `days` days.
    static QString eventQuery(int days);
};

} // namespace sspr::probes
