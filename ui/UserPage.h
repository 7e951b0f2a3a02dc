#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace sspr::auth {
class TokenProvider;
}

namespace sspr::ui {

struct WizardEnvironment;

// Page 2: the affected user (UPN or object id, validated as typed; Next stays disabled until
// it is one of the two) and the account the checks run as. Registers the field "userKey".
class UserPage : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY(UserPage)

public:
    explicit UserPage(const WizardEnvironment &env, QWidget *parent = nullptr);

    bool isComplete() const override;
    void initializePage() override;

    QLineEdit *userKeyEdit() const { return m_userKey; }
    QLabel *validationMessage() const { return m_message; }

private:
    void validate();
    QString signedInText() const;

    auth::TokenProvider *m_tokens;
    QLineEdit *m_userKey;
    QLabel *m_message;
    QLabel *m_account;
    QLabel *m_demoNote = nullptr;
    QString m_prefilledUser;
};

} // namespace sspr::ui
