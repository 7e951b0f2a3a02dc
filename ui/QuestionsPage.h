#pragma once

#include "ui/Persona.h"

#include <QHash>
#include <QWizardPage>

class QButtonGroup;
class QLineEdit;
class QVBoxLayout;

namespace sspr::ui {

// The guided questions (checks::GuidedQuestions::all()) for what cannot be automated: one
// group of choices or a free-text box each, every answer optional. The admin-only ones are
// asked in the IT path only; "where" is asked on the start page and skipped here.
class QuestionsPage : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY(QuestionsPage)

public:
    explicit QuestionsPage(QWidget *parent = nullptr);

    void setPersona(Persona persona);
    // Question id -> choice key (or the free text); unanswered questions are absent.
    QHash<QString, QString> answers() const;
    // Puts answers back (an opened session): unknown ids and choice keys are left out.
    void setAnswers(const QHash<QString, QString> &answers);
    QStringList questionIds() const; // the questions shown for the current persona
    QButtonGroup *choices(const QString &questionId) const { return m_groups.value(questionId); }
    QLineEdit *freeText(const QString &questionId) const { return m_texts.value(questionId); }

private:
    void rebuild();

    Persona m_persona = Persona::EndUser;
    QVBoxLayout *m_questionLayout;
    QHash<QString, QButtonGroup *> m_groups;
    QHash<QString, QLineEdit *> m_texts;
    QStringList m_ids;
};

} // namespace sspr::ui
