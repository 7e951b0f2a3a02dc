#pragma once

#include "ui/Persona.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

class QScrollArea;

namespace sspr::ui {

class ParsedErrorView;
class PersonaChoice;
struct WizardEnvironment;

// Page 1: who is using the tool (end user or IT), the error text with what was read from it
// (editable, refreshed as the person types), and where the error appeared. Registers the
// field "errorText" (as pasted).
class StartPage : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY(StartPage)

public:
    explicit StartPage(const WizardEnvironment &env, QWidget *parent = nullptr);

    bool isComplete() const override;

    Persona persona() const;
    // The text the diagnosis reads: the person's corrections first, then the pasted text.
    QString effectiveErrorText() const;
    QString whereKey() const; // a question::where choice key; empty when not answered

    PersonaChoice *personaChoice() const { return m_persona; }
    QPlainTextEdit *errorTextEdit() const { return m_errorText; }
    ParsedErrorView *parsedView() const { return m_parsedView; }
    QComboBox *whereCombo() const { return m_where; }
    QPushButton *openSessionButton() const { return m_openSession; }
    QPushButton *settingsButton() const { return m_settings; }
    QLabel *messageLabel() const { return m_message; }

    // An opened session's inputs back on the page (persona, error text, where).
    void setInputs(Persona persona, const QString &errorText, const QString &whereKey);
    void showMessage(const QString &text, bool problem); // empty text hides the line

Q_SIGNALS:
    void personaChanged(sspr::ui::Persona persona);
    void openSessionRequested();
    void settingsRequested();

private:
    void refreshParsed();
    void refreshPlannedChecks();

    PersonaChoice *m_persona;
    QPlainTextEdit *m_errorText;
    ParsedErrorView *m_parsedView;
    QComboBox *m_where;
    QTimer *m_parseDebounce;
    QPushButton *m_openSession;
    QPushButton *m_settings;
    QLabel *m_message;
    QScrollArea *m_scroll = nullptr;
};

} // namespace sspr::ui
