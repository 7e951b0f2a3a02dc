#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>
#include <optional>

namespace sspr::bulk {

// The sidecar PATH.resume.json, rewritten atomically (QSaveFile) after every page's rows are
// flushed. It holds the next page's link (a skiptoken, not a secret) and counters; never a
// token.
struct BulkResumeState {
    Q_DECLARE_TR_FUNCTIONS(BulkResumeState)

public:
    QUrl nextLink; // absolute Graph URL of the first page not yet written
    qint64 csvBytes = 0; // the CSV's length after the last complete page
    qint64 rowsWritten = 0; // data rows in the CSV (header excluded)
    qint64 usersScanned = 0; // users judged, written or not (--only-failures, --user-type)
    qint64 failing = 0; // users whose verdict is a failure
    qint64 undetermined = 0; // users the scan could not decide (Verdict::undetermined())
    qint64 pages = 0;
    QString fingerprint; // BulkOptions::fingerprint()
    QString tenantId;
    QDateTime started; // UTC

    QByteArray toJson() const;
    // nullopt and *error (a sentence naming the file's problem) when it is not a resume file.
    static std::optional<BulkResumeState> fromJson(const QByteArray &json, QString *error);
    // Atomic write; the error text, or nullopt.
    std::optional<QString> save(const QString &path) const;
    static std::optional<BulkResumeState> load(const QString &path, QString *error);
};

} // namespace sspr::bulk
