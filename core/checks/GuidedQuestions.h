#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace sspr::checks {

// The questions the wizard asks what cannot be automated (CHECKS.md "Guided questions", plus
// the admin confirmations some checks need). Answers are stored in Evidence::answers and the
// Session as question id -> choice key (or free text when `freeText`), so reports and saved
// sessions stay language-neutral.
struct QuestionChoice {
    QString key; // stable, e.g. "yes", "no", "unknown"
    QString label; // translated
};

struct GuidedQuestion {
    QString id; // stable, see the ids below
    QString text; // translated
    QString help; // translated: why we ask
    QList<QuestionChoice> choices; // empty when freeText
    bool freeText = false;
    bool adminOnly = false; // asked in the IT path only
};

namespace question {
// Where the error appeared. Choices: "sspr-portal", "ctrl-alt-del", "windows-signin",
// "my-account", "app", "unknown".
inline const QString where = QStringLiteral("where");
// Same in a private window of an up-to-date browser after clearing cache/cookies?
// Choices: "yes" (still fails), "no" (works there), "not-tried".
inline const QString privateWindow = QStringLiteral("private-window");
// Same on another network (phone hotspot instead of office network / VPN)?
// Choices: "yes" (still fails), "no" (works there), "not-tried".
inline const QString otherNetwork = QStringLiteral("other-network");
// Did the user complete registration (aka.ms/ssprsetup) and can they receive the code now?
// Choices: "yes", "registered-no-code", "not-registered", "unknown".
inline const QString registration = QStringLiteral("registration");
// When did it first happen, does it repeat? Free text.
inline const QString firstSeen = QStringLiteral("first-seen");
// Admin: is password writeback enabled in Entra Connect / Cloud Sync and its service healthy?
// Choices: "yes", "no", "unknown".
inline const QString writeback = QStringLiteral("writeback");
// Admin: how many methods does the tenant's SSPR policy require? Choices: "1", "2", "unknown".
inline const QString methodsRequired = QStringLiteral("methods-required");
} // namespace question

class GuidedQuestions {
public:
    static QList<GuidedQuestion> all(); // in the order the wizard asks them
    static std::optional<GuidedQuestion> byId(const QString &id);
};

} // namespace sspr::checks
