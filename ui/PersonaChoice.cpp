#include "ui/PersonaChoice.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sspr::ui {

PersonaChoice::PersonaChoice(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("personaChoice"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_endUser = addChoice(tr("I'm fixing my own password problem"),
        tr("No sign-in needed: checks this PC, asks a few questions and writes a report for "
           "your IT help desk."),
        "personaEndUser");
    m_itStaff = addChoice(tr("I'm helping someone (IT)"),
        tr("Sign in as an administrator, pick the affected user and run every tenant and user "
           "check."),
        "personaItStaff");
    m_endUser->setChecked(true);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            Q_EMIT personaChanged(persona());
    });
}

QRadioButton *PersonaChoice::addChoice(
    const QString &text, const QString &explanation, const char *name)
{
    auto *button = new QRadioButton(text, this);
    button->setObjectName(QLatin1String(name));
    QFont large = button->font();
    large.setPointSizeF(large.pointSizeF() * 1.2);
    large.setWeight(QFont::DemiBold);
    button->setFont(large);
    button->setAccessibleName(text);
    button->setAccessibleDescription(explanation);
    m_group->addButton(button, int(m_group->buttons().size()));

    auto *note = new QLabel(explanation, this);
    note->setObjectName(QLatin1String(name) + QStringLiteral("Note"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    // Indented under the button's text, past the radio indicator.
    note->setContentsMargins(26, 0, 0, 4);

    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(button);
    layout->addWidget(note);
    return button;
}

Persona PersonaChoice::persona() const
{
    return m_itStaff->isChecked() ? Persona::ItStaff : Persona::EndUser;
}

void PersonaChoice::setPersona(Persona persona)
{
    button(persona)->setChecked(true);
}

QRadioButton *PersonaChoice::button(Persona persona) const
{
    return persona == Persona::ItStaff ? m_itStaff : m_endUser;
}

} // namespace sspr::ui
