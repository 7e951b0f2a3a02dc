#include "ui/UserPage.h"

#include "core/auth/TokenProvider.h"
#include "ui/PageTitle.h"
#include "ui/StatusStyle.h"
#include "ui/UserKey.h"
#include "ui/WizardEnvironment.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sspr::ui {

UserPage::UserPage(const WizardEnvironment &env, QWidget *parent)
    : QWizardPage(parent)
    , m_tokens(env.tokens)
    , m_userKey(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_account(new QLabel(this))
    , m_prefilledUser(env.prefilledUser)
{
    setObjectName(QStringLiteral("userPage"));
    setTitle(pageTitle(tr("Who is affected?")));
    setSubTitle(tr("The person who saw the error. The checks read this user's account, "
                   "registration for password reset and whether password reset applies to "
                   "them."));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    auto *userLabel = new QLabel(tr("&Affected user — sign-in name (UPN) or object ID:"), this);
    userLabel->setBuddy(m_userKey);
    layout->addWidget(userLabel);

    m_userKey->setObjectName(QStringLiteral("userKeyEdit"));
    m_userKey->setAccessibleName(tr("Affected user"));
    m_userKey->setPlaceholderText(tr("alex@contoso.com or 2f6c7d2e-5b1a-4c8e-9f3d-1a2b3c4d5e6f"));
    m_userKey->setClearButtonEnabled(true);
    m_userKey->setText(env.prefilledUser);
    layout->addWidget(m_userKey);
    registerField(QStringLiteral("userKey"), m_userKey);

    m_message->setObjectName(QStringLiteral("userKeyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);

    if (!env.demoLabel.isEmpty() && !env.prefilledUser.isEmpty()) {
        m_demoNote = new QLabel(
            tr("Filled in with the affected user of the demo scenario \"%1\".").arg(env.demoLabel),
            this);
        m_demoNote->setObjectName(QStringLiteral("demoUserNote"));
        m_demoNote->setWordWrap(true);
        m_demoNote->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(m_demoNote);
    }

    layout->addSpacing(12);
    auto *accountBox = new QGroupBox(tr("Checks run as"), this);
    auto *accountLayout = new QVBoxLayout(accountBox);
    m_account->setObjectName(QStringLiteral("signedInAccount"));
    m_account->setAccessibleName(tr("Signed-in account"));
    m_account->setWordWrap(true);
    m_account->setTextFormat(Qt::PlainText);
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    accountLayout->addWidget(m_account);
    layout->addWidget(accountBox);
    layout->addStretch(1);

    connect(m_userKey, &QLineEdit::textChanged, this, &UserPage::validate);
    validate();
}

void UserPage::initializePage()
{
    // Sign-in may have happened after construction (later issues add a sign-in page).
    m_account->setText(signedInText());
    validate();
}

QString UserPage::signedInText() const
{
    if (!m_tokens || !m_tokens->isSignedIn())
        return tr("Not signed in. Checks that need Microsoft Graph will be skipped, and the "
                  "results will say which permission they need.");
    const auth::AccountInfo account = m_tokens->account();
    QStringList lines;
    if (!account.displayName.isEmpty() && !account.userPrincipalName.isEmpty())
        lines << tr("%1 (%2)").arg(account.displayName, account.userPrincipalName);
    else
        lines << (account.displayName.isEmpty() ? account.userPrincipalName : account.displayName);
    if (!account.tenantId.isEmpty())
        lines << tr("Tenant: %1").arg(account.tenantId);
    return lines.join(QLatin1Char('\n'));
}

void UserPage::validate()
{
    const UserKeyKind kind = classifyUserKey(m_userKey->text());
    QString message;
    switch (kind) {
    case UserKeyKind::Empty:
        message = tr("Enter the user's sign-in name or object ID to continue.");
        m_message->setForegroundRole(QPalette::PlaceholderText);
        m_message->setPalette(palette());
        break;
    case UserKeyKind::Invalid: {
        message = tr("This is neither a sign-in name (like alex@contoso.com) nor an object ID "
                     "(like 2f6c7d2e-5b1a-4c8e-9f3d-1a2b3c4d5e6f).");
        QPalette warn = palette();
        warn.setColor(QPalette::WindowText, StatusStyle::color(checks::Status::Fail, palette()));
        m_message->setPalette(warn);
        m_message->setForegroundRole(QPalette::WindowText);
        break;
    }
    case UserKeyKind::UserPrincipalName:
    case UserKeyKind::ObjectId:
        break;
    }
    if (m_demoNote) // only true while the field still holds the scenario's user
        m_demoNote->setVisible(m_userKey->text().trimmed() == m_prefilledUser);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_userKey->setAccessibleDescription(message.isEmpty()
            ? tr("The user's sign-in name, like alex@contoso.com, or their object ID")
            : message);
    emit completeChanged();
}

bool UserPage::isComplete() const
{
    return isValidUserKey(m_userKey->text());
}

} // namespace sspr::ui
