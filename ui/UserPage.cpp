#include "ui/UserPage.h"

#include "core/auth/SignIn.h"
#include "ui/PageTitle.h"
#include "ui/StatusStyle.h"
#include "ui/UserKey.h"
#include "ui/WizardEnvironment.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace sspr::ui {

namespace {
constexpr int MinSearchLength = 2; // one letter matches half the directory
constexpr int UserKeyRole = Qt::UserRole;
} // namespace

UserPage::UserPage(const WizardEnvironment &env, QWidget *parent)
    : QWizardPage(parent)
    , m_tokens(env.tokens ? env.tokens : static_cast<auth::TokenProvider *>(env.signIn))
    , m_search(new graph::UserDirectorySearch(env.graph, this))
    , m_userKey(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_results(new QListWidget(this))
    , m_searchStatus(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_prefilledUser(env.prefilledUser)
{
    setObjectName(QStringLiteral("userPage"));
    setTitle(pageTitle(tr("Who is affected?")));
    setSubTitle(tr("The person who saw the error. Type part of their name or sign-in name and "
                   "pick them from the list, or enter their sign-in name (UPN) or object ID."));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    auto *userLabel = new QLabel(tr("&Affected user:"), this);
    userLabel->setBuddy(m_userKey);
    layout->addWidget(userLabel);

    m_userKey->setObjectName(QStringLiteral("userKeyEdit"));
    m_userKey->setAccessibleName(tr("Affected user"));
    m_userKey->setPlaceholderText(tr("Adele, adele@contoso.com or an object ID"));
    m_userKey->setClearButtonEnabled(true);
    m_userKey->setText(env.prefilledUser);
    m_userKey->installEventFilter(this);
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

    m_searchStatus->setObjectName(QStringLiteral("userSearchStatus"));
    m_searchStatus->setWordWrap(true);
    m_searchStatus->setTextFormat(Qt::PlainText);
    m_searchStatus->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_searchStatus);

    m_results->setObjectName(QStringLiteral("userResults"));
    m_results->setAccessibleName(tr("Matching users"));
    m_results->setAccessibleDescription(tr("Press Enter to pick the selected user"));
    m_results->setUniformItemSizes(true);
    m_results->installEventFilter(this);
    layout->addWidget(m_results, 3);
    // Keeps the rows together at the top while the list is hidden.
    layout->addStretch(1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &UserPage::startSearch);
    connect(m_userKey, &QLineEdit::textChanged, this, &UserPage::validate);
    connect(m_userKey, &QLineEdit::textEdited, this, &UserPage::onTextEdited);
    connect(m_search, &graph::UserDirectorySearch::resultsReady, this, &UserPage::onResults);
    connect(m_search, &graph::UserDirectorySearch::searchFailed, this, &UserPage::onSearchFailed);
    connect(m_results, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { pick(m_results->row(item)); });
    m_results->setVisible(false);
    m_searchStatus->setVisible(false);
    validate();
}

void UserPage::initializePage()
{
    validate();
    m_userKey->setFocus();
}

void UserPage::cleanupPage()
{
    m_debounce->stop();
    m_search->cancel();
}

bool UserPage::canSearch() const
{
    return m_tokens && m_tokens->isSignedIn();
}

void UserPage::onTextEdited()
{
    m_debounce->stop();
    const QString text = m_userKey->text().trimmed();
    // An object id is not searchable by name; a short text matches too much.
    if (!canSearch() || text.size() < MinSearchLength
        || classifyUserKey(text) == UserKeyKind::ObjectId) {
        m_search->cancel();
        m_results->clear();
        m_results->setVisible(false);
        m_searchStatus->setVisible(false);
        return;
    }
    m_debounce->start();
}

void UserPage::startSearch()
{
    const QString text = m_userKey->text().trimmed();
    m_searchStatus->setText(tr("Searching for \"%1\"…").arg(text));
    m_searchStatus->setVisible(true);
    m_search->search(text);
}

void UserPage::onResults(const QString &text, const QList<graph::DirectoryUser> &users)
{
    m_results->clear();
    for (const auto &user : users) {
        const QString label = user.displayName.isEmpty()
            ? user.userPrincipalName
            : tr("%1 — %2").arg(user.displayName, user.userPrincipalName);
        auto *item = new QListWidgetItem(label, m_results);
        item->setData(
            UserKeyRole, user.userPrincipalName.isEmpty() ? user.id : user.userPrincipalName);
        item->setToolTip(tr("Object ID: %1").arg(user.id));
    }
    if (users.isEmpty())
        m_searchStatus->setText(tr("No user matches \"%1\".").arg(text));
    else
        m_searchStatus->setText(users.size() == 1
                ? tr("1 user matches \"%1\". Press Down, then Enter to pick.").arg(text)
                : tr("%1 users match \"%2\". Press Down to choose, Enter to pick.")
                      .arg(users.size())
                      .arg(text));
    m_results->setVisible(!users.isEmpty());
    if (!users.isEmpty())
        m_results->setCurrentRow(0);
}

void UserPage::onSearchFailed(const QString &text, const QString &message)
{
    m_results->clear();
    m_results->setVisible(false);
    m_searchStatus->setText(
        tr("⚠ Searching for \"%1\" failed: %2 You can still type the full sign-in name.")
            .arg(text, message));
}

void UserPage::pick(int row)
{
    QListWidgetItem *item = m_results->item(row);
    if (!item)
        return;
    m_debounce->stop();
    m_search->cancel();
    m_userKey->setText(item->data(UserKeyRole).toString());
    m_searchStatus->setText(tr("Picked %1.").arg(item->text()));
    m_results->clear();
    m_results->setVisible(false);
    m_userKey->setFocus();
}

bool UserPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWizardPage::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_userKey && key == Qt::Key_Down && m_results->isVisible()
        && m_results->count() > 0) {
        m_results->setFocus();
        if (m_results->currentRow() < 0)
            m_results->setCurrentRow(0);
        return true;
    }
    // Enter in the list picks rather than pressing the wizard's default button.
    if (watched == m_results && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        pick(m_results->currentRow());
        return true;
    }
    return QWizardPage::eventFilter(watched, event);
}

void UserPage::validate()
{
    const UserKeyKind kind = classifyUserKey(m_userKey->text());
    QString message;
    switch (kind) {
    case UserKeyKind::Empty:
        message = tr("Enter the user's name, sign-in name or object ID to continue.");
        m_message->setForegroundRole(QPalette::PlaceholderText);
        m_message->setPalette(palette());
        break;
    case UserKeyKind::Invalid: {
        message = tr("Pick a user from the list, or type a full sign-in name (like "
                     "alex@contoso.com) or object ID (like 2f6c7d2e-5b1a-4c8e-9f3d-1a2b3c4d5e6f).");
        if (canSearch()) { // a name being typed for the search is not a mistake yet
            m_message->setForegroundRole(QPalette::PlaceholderText);
            m_message->setPalette(palette());
            break;
        }
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
    Q_EMIT completeChanged();
}

bool UserPage::isComplete() const
{
    return isValidUserKey(m_userKey->text());
}

} // namespace sspr::ui
