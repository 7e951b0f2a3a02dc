#pragma once

#include <QCoreApplication>
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
    QUrl link; // https://login.microsoftonline.com/error?code=N
};

// An SSPR portal code (SSPR_0009 ...) or writeback event id mapped to its confirming check.
struct CodeHint {
    QString key; // "SSPR_0029" or "event:31003"
    QString meaning;
    QString fixer; // user / admin / Microsoft / nobody
    QString checkId; // the check that confirms it
};

// The playbook for a case: which checks to run, in order, and why.
struct Playbook {
    int code = 0; // 0 when no code was given
    bool known = false; // false: generic SSPR playbook for an unknown or missing code
    QString title;
    QStringList checkIds;
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
    // The order used for unknown or missing codes.
    QStringList genericChecks() const;

private:
    QList<CatalogEntry> m_entries;
    QList<CodeHint> m_hints;
    QStringList m_genericChecks;
};

} // namespace sspr::playbook
