#pragma once

#include "core/graph/UserDirectorySearch.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace sspr::auth {
class TokenProvider;
}

namespace sspr::ui {

struct WizardEnvironment;

// IT path: the affected user. Typing searches the directory (debounced, Graph $search) and
// lists matches to pick with the arrow keys and Enter; a full sign-in name (UPN) or object
// ID typed in works without picking. Next stays disabled until the field holds one of the
// two. Registers the field "userKey".
class UserPage : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY(UserPage)

public:
    static constexpr int SearchDebounceMs = 300;

    explicit UserPage(const WizardEnvironment &env, QWidget *parent = nullptr);

    bool isComplete() const override;
    void initializePage() override;
    void cleanupPage() override;

    QLineEdit *userKeyEdit() const { return m_userKey; }
    QLabel *validationMessage() const { return m_message; }
    QListWidget *resultsList() const { return m_results; }
    QLabel *searchStatus() const { return m_searchStatus; }
    graph::UserDirectorySearch *directorySearch() const { return m_search; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void validate();
    void onTextEdited();
    void startSearch();
    void onResults(const QString &text, const QList<graph::DirectoryUser> &users);
    void onSearchFailed(const QString &text, const QString &message);
    void pick(int row);
    bool canSearch() const;

    auth::TokenProvider *m_tokens;
    graph::UserDirectorySearch *m_search;
    QLineEdit *m_userKey;
    QLabel *m_message;
    QListWidget *m_results;
    QLabel *m_searchStatus;
    QTimer *m_debounce;
    QLabel *m_demoNote = nullptr;
    QString m_prefilledUser;
};

} // namespace sspr::ui
