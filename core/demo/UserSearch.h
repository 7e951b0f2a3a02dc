#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace sspr::demo {

// $search on users: "displayName:ade" OR "userPrincipalName:ade" (AND also accepted).
// Like Graph's tokenized search, a term matches the start of the property or of any word
// in it (words split at spaces, dots, @, - and _), case-insensitively.
class UserSearch {
public:
    static std::optional<UserSearch> parse(const QString &text, QString *error);
    bool matches(const QJsonObject &user) const;

private:
    struct Clause {
        QString property;
        QString term;
    };
    QList<Clause> m_clauses;
    bool m_all = false; // AND instead of OR
};

} // namespace sspr::demo
