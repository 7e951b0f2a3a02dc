#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace sspr::demo {

// A scenario's "generatedUsers": a directory of `count` users whose resources are computed
// from their index on demand, so a tenant of a million users costs the server nothing until
// a page is asked for. Every value is a pure function of the index (and the load time for
// lastUpdatedDateTime); the mix of SSPR states is documented in resources/scenarios/README.md.
class GeneratedUsers {
    Q_DECLARE_TR_FUNCTIONS(GeneratedUsers)

public:
    // The user's SSPR state in the registration report, chosen by a hash of the index.
    enum class Profile { NotRegistered, NotEnabled, NotCapable, EmailOnly, Ready };

    // A group whose transitive members are every `every`-th generated user (index % every == 0).
    struct Group {
        QString id;
        QString displayName;
        qint64 every = 7;
    };

    qint64 count = 0;
    qint64 guestEvery = 10; // guest when index % guestEvery == guestEvery - 1 (0: none)
    qint64 adminEvery = 50; // isAdmin when index % adminEvery == 1 (0: none)
    qint64 syncedEvery = 4; // members synced from AD when index % syncedEvery == 2 (0: none)
    QString domain = QStringLiteral("contoso.example");
    QList<Group> groups;
    QDateTime loadedAt; // lastUpdatedDateTime is loadedAt minus (index % 30) days

    // Parses the scenario key; nullopt and `error` set on a bad value or an unknown key.
    static std::optional<GeneratedUsers> fromJson(
        const QJsonObject &json, const QDateTime &now, QString *error);

    bool isEmpty() const { return count <= 0; }
    QString id(qint64 index) const; // "6e1d0000-0000-4000-8000-000000000123"
    QString userPrincipalName(qint64 index) const; // "user000123@contoso.example"
    // The index of a generated user's object id or UPN (case-insensitive), or -1.
    qint64 indexOf(const QString &idOrUpn) const;

    bool isGuest(qint64 index) const;
    bool isAdmin(qint64 index) const;
    bool isSynced(qint64 index) const;
    Profile profile(qint64 index) const;

    // The userRegistrationDetails resource and the user resource (all properties).
    QJsonObject registrationDetails(qint64 index) const;
    QJsonObject user(qint64 index) const;

    const Group *group(const QString &id) const; // nullptr when unknown
    // The index of the n-th (0-based) member of `group`, and how many members it has.
    static qint64 memberIndex(const Group &group, qint64 n) { return n * group.every; }
    qint64 memberCount(const Group &group) const;

private:
    QString number(qint64 index) const; // zero-padded to at least six digits
};

} // namespace sspr::demo
