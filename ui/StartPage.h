#pragma once

#include "ui/Persona.h"

#include <QWizardPage>

class QComboBox;
class QPlainTextEdit;
class QTimer;

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

Q_SIGNALS:
    void personaChanged(sspr::ui::Persona persona);

private:
    void refreshParsed();
    void refreshPlannedChecks();

    PersonaChoice *m_persona;
    QPlainTextEdit *m_errorText;
    ParsedErrorView *m_parsedView;
    QComboBox *m_where;
    QTimer *m_parseDebounce;
};

} // namespace sspr::ui
