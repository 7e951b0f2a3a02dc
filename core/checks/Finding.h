#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <optional>

namespace sspr::checks {

enum class Status { Pass, Warning, Fail, Skipped, Error };
// Who can act on a finding's remediation.
enum class Actor { User, Admin, Microsoft, Nobody };

QString statusKey(Status status); // "pass", "warning", ... (stable, for JSON)
QString actorKey(Actor actor); // "user", "admin", ...
std::optional<Status> statusFromKey(const QString &key);
std::optional<Actor> actorFromKey(const QString &key);

// What a check looked at: the request, the HTTP status and the fields it read. Never a token.
struct EvidenceItem {
    QString source; // "GET /users/{id}?$select=..." or "question:other-network"
    int httpStatus = 0;
    QString requestId;
    QList<QPair<QString, QString>> fields; // field name -> value as read
};

struct Remediation {
    QString text; // what to do, in plain words
    Actor who = Actor::Admin;
    QUrl docUrl; // Microsoft's documentation for this remediation
};

struct Finding {
    QString checkId; // "user.account"
    QString title; // "Account state"
    Status status = Status::Error;
    QString summary; // one line
    QString details; // why it matters, what was seen
    QList<EvidenceItem> evidence;
    Remediation remediation;
    QDateTime evaluatedAt;
    // Skipped because it does not apply here (a Windows-only check on Linux), not because
    // rights, licence or sign-in were missing: it leaves no gap, so it does not block an
    // all-clear. Only meaningful with Status::Skipped.
    bool notApplicable = false;

    bool isGap() const // could not run for a reason someone can fix, or failed to run
    {
        return status == Status::Error || (status == Status::Skipped && !notApplicable);
    }
};

} // namespace sspr::checks
