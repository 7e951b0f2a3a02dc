#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace sspr::ui {

class ParsedErrorView;
struct WizardEnvironment;

// Page 1: what the tool does, a box to paste the error text, and what was read from it,
// refreshed as the person types (debounced). Registers the field "errorText".
class WelcomePage : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY(WelcomePage)

public:
    explicit WelcomePage(const WizardEnvironment &env, QWidget *parent = nullptr);

    QPlainTextEdit *errorTextEdit() const { return m_errorText; }
    ParsedErrorView *parsedView() const { return m_parsedView; }

private:
    void refreshParsed();

    QPlainTextEdit *m_errorText;
    ParsedErrorView *m_parsedView;
    QTimer *m_parseDebounce;
};

} // namespace sspr::ui
