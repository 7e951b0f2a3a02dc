#pragma once

#include "core/checks/Finding.h"
#include "core/report/Session.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sspr::report {

// The words every report shares (HTML, text, support summary), translated once.
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    static QString statusWord(checks::Status status); // "Passed", "Failed", ...
    static QString actorText(checks::Actor actor); // "An IT administrator of the tenant"
    static QString verdictText(Verdict verdict);
    static QString modeText(const QString &mode); // "IT staff helping a user" / "Self-service"
    static QString cloudText(const QString &cloudKey); // "Global (Microsoft Entra ID)"
    static QString errorCodeLine(const Session &session); // "AADSTS120021 (name)" or "none pasted"
    // Guided question ids the wizard asks (checks::question), in order: for "not answered".
    static QStringList questionIds();
    static QString questionLabel(const QString &id);
    static QString answerLabel(const QString &id, const QString &answer);
    static QString osName(); // QSysInfo::prettyProductName() and the CPU architecture
    static QString dateTime(const QDateTime &utc); // "2026-11-25 14:32:07 UTC", or "unknown"
    static QString orUnknown(const QString &value);
};

} // namespace sspr::report
