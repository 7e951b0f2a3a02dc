#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace sspr::bulk {

// What a bulk scan was asked for. The filters, answers, cloud and source make up the
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
    // Where the scan reads: the demo scenario, or the --graph root, --authority, --tenant and
    // --client-id as given (empty parts: the defaults). Never a token.
    QString source;

    QString resumePath() const { return csvPath + QStringLiteral(".resume.json"); }
    // Changes whenever a filter, an answer (writeback decides verdicts), the cloud or the
    // source changes: a resume with any of them different would mix two scans.
    QString fingerprint() const
    {
        QStringList keys = answers.keys();
        keys.sort();
        QStringList given;
        for (const QString &key : std::as_const(keys))
            given << key.toLower() + u'=' + answers.value(key).toLower();
        return QStringLiteral("v2|group=%1|userType=%2|onlyFailures=%3|answers=%4|cloud=%5|%6")
            .arg(groupId.toLower(), userType.toLower(),
                onlyFailures ? QStringLiteral("1") : QStringLiteral("0"), given.join(u';'),
                cloudKey.toLower(), source);
    }
};

} // namespace sspr::bulk
