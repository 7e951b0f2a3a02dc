#pragma once

#include <QHash>
#include <QString>

namespace sspr::bulk {

// What a bulk scan was asked for. The filters (group, user type, only failures) make up the
// fingerprint a resume must match.
struct BulkOptions {
    QString csvPath;
    bool resume = false;
    QString groupId; // --group: transitive user members of this group only
    QString userType; // --user-type: "member" or "guest"; empty: everybody
    bool onlyFailures = false; // --only-failures: rows whose verdict is ok are not written
    int pageSize = 100; // --page-size: $top of every list page, 1..999
    QHash<QString, QString> answers; // --answer ID=VALUE (writeback=yes|no decides writeback)
    QString cloudKey = QStringLiteral("global");

    QString resumePath() const { return csvPath + QStringLiteral(".resume.json"); }
    // Changes whenever a filter changes: a resume with other filters would mix two scans.
    QString fingerprint() const
    {
        return QStringLiteral("v1|group=%1|userType=%2|onlyFailures=%3")
            .arg(groupId.toLower(), userType.toLower(),
                onlyFailures ? QStringLiteral("1") : QStringLiteral("0"));
    }
};

} // namespace sspr::bulk
