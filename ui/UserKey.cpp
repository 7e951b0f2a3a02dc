#include "ui/UserKey.h"

#include <QRegularExpression>

namespace sspr::ui {

UserKeyKind classifyUserKey(const QString &text)
{
    const QString key = text.trimmed();
    if (key.isEmpty())
        return UserKeyKind::Empty;

    // An object id is a GUID in its 8-4-4-4-12 form, as Entra shows it (no braces).
    static const QRegularExpression guid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (guid.match(key).hasMatch())
        return UserKeyKind::ObjectId;

    // A UPN is local@domain with a dotted domain (contoso.com, contoso.onmicrosoft.com).
    // Guests look like alex_fabrikam.com#EXT#@contoso.onmicrosoft.com: '#' is allowed.
    static const QRegularExpression upn(
        QStringLiteral("^[A-Za-z0-9._%+'#!$&*=?^`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
    if (upn.match(key).hasMatch())
        return UserKeyKind::UserPrincipalName;

    return UserKeyKind::Invalid;
}

} // namespace sspr::ui
