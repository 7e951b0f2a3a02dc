#pragma once

#include <QString>

namespace sspr::ui {

// What the person typed as the affected user. Graph's /users/{id} accepts either a user
// principal name or an object id, so the wizard accepts exactly those two shapes.
enum class UserKeyKind { Empty, UserPrincipalName, ObjectId, Invalid };

UserKeyKind classifyUserKey(const QString &text);
inline bool isValidUserKey(const QString &text)
{
    const UserKeyKind kind = classifyUserKey(text);
    return kind == UserKeyKind::UserPrincipalName || kind == UserKeyKind::ObjectId;
}

} // namespace sspr::ui
