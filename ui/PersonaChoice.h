#pragma once

#include "ui/Persona.h"

#include <QWidget>

class QButtonGroup;
class QRadioButton;

namespace sspr::ui {

// The two large choices on the start page, each with a one-line explanation under it.
// Radio buttons: Tab reaches the group, the arrow keys or Space pick.
class PersonaChoice : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(PersonaChoice)

public:
    explicit PersonaChoice(QWidget *parent = nullptr);

    Persona persona() const;
    void setPersona(Persona persona);
    QRadioButton *button(Persona persona) const;

Q_SIGNALS:
    void personaChanged(sspr::ui::Persona persona);

private:
    QRadioButton *addChoice(const QString &text, const QString &explanation, const char *name);

    QButtonGroup *m_group;
    QRadioButton *m_endUser;
    QRadioButton *m_itStaff;
};

} // namespace sspr::ui
