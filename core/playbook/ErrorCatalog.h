#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace sspr::playbook {

// One AADSTS 1200xx code as resources/playbooks/aadsts-1200xx.json describes it.
struct CatalogEntry {
    int code = 0;
    QString name; // PartnerServiceSsprInternalServiceError
    QString meaning; // plain words
    QStringList likelyCauses;
    QStringList firstChecks; // check ids to run first, most telling first
    // Which finding is the likely root cause for this code, most likely first (check ids,
    // guided questions included). Defaults to firstChecks when the file has none.
    QStringList rootCausePriority;
    QUrl link; // https://login.microsoftonline.com/error?code=N
};

// An SSPR portal code (SSPR_0009 ...) or writeback event id mapped to its confirming check.
struct CodeHint {
    QString key; // "SSPR_0029" or "event:31003"
    QString meaning;
    QString fixer; // user / admin / Microsoft / nobody
    QString checkId; // the check that confirms it
};

// Findings that point at the same cause ("registration": user.registration, user.methods,
// ...): the root-cause ranker counts them as support for each other.
struct CauseGroup {
    QString key;
    QStringList checkIds;
};

// A guided answer that moves checks earlier, both in the run and in the root-cause priority
// (where = windows-signin -> client.network, client.clock first).
struct AnswerRule {
    QString questionId;
    QStringList answers; // any of these choice keys triggers the rule
    QStringList promote; // check ids, in this order
};

// The playbook for a case: which checks to run, in order, and why.
struct Playbook {
    int code = 0; // 0 when no code was given
    bool known = false; // false: generic SSPR playbook for an unknown or missing code
    QString title;
    QStringList checkIds;
    QStringList rootCausePriority; // the code's priority, answer promotions first
    QStringList promoted; // check ids the answers moved earlier, in order
};

class ErrorCatalog {
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalog)

public:
    // The built-in catalog (":/playbooks/aadsts-1200xx.json").
    static const ErrorCatalog &builtIn();
    // Loads a catalog file; returns nullopt and sets *error when it is unreadable or invalid.
    static std::optional<ErrorCatalog> load(const QString &path, QString *error = nullptr);

    QList<CatalogEntry> entries() const;
    std::optional<CatalogEntry> find(int code) const;
    // "SSPR_0029" (any case) or "event:31003".
    std::optional<CodeHint> hint(const QString &key) const;
    QList<CodeHint> hints() const;
    // Checks for `code` first, then every other available check id from `available` in order.
    Playbook playbookFor(int code, const QStringList &available) const;
    // The same, with the checks that the answers' rules promote moved to the front.
    Playbook playbookFor(
        int code, const QStringList &available, const QHash<QString, QString> &answers) const;
    // Root-cause priority for `code` (the generic one for unknown or missing codes).
    QStringList rootCausePriority(int code) const;
    QList<CauseGroup> causeGroups() const;
    QString causeGroupOf(const QString &checkId) const; // empty when in no group
    QList<AnswerRule> answerRules() const;
    // The rules' promotions for these answers, in rule order, without duplicates.
    QStringList promotedBy(const QHash<QString, QString> &answers) const;
    // The order used for unknown or missing codes.
    QStringList genericChecks() const;

private:
    QList<CatalogEntry> m_entries;
    QList<CodeHint> m_hints;
    QStringList m_genericChecks;
    QStringList m_genericPriority;
    QList<CauseGroup> m_causeGroups;
    QList<AnswerRule> m_answerRules;
};

} // namespace sspr::playbook
