#include "ui/QuestionsPage.h"

#include "core/checks/GuidedQuestions.h"
#include "ui/PageTitle.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sspr::ui {

QuestionsPage::QuestionsPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("questionsPage"));
    setTitle(pageTitle(tr("A few questions")));
    setSubTitle(tr("What the tool cannot see for itself. Every answer is optional: skip what "
                   "you do not know."));

    auto *layout = new QVBoxLayout(this);
    auto *host = new QWidget;
    host->setObjectName(QStringLiteral("questions"));
    m_questionLayout = new QVBoxLayout(host);
    m_questionLayout->setContentsMargins(0, 0, 6, 0);
    m_questionLayout->setSpacing(10);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("questionsScroll"));
    scroll->setAccessibleName(tr("Questions"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(host);
    layout->addWidget(scroll, 1);
    rebuild();
}

void QuestionsPage::setPersona(Persona persona)
{
    if (persona == m_persona)
        return;
    const QHash<QString, QString> kept = answers();
    m_persona = persona;
    rebuild();
    // Answers survive switching persona for the questions both ask.
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        if (QButtonGroup *group = m_groups.value(it.key())) {
            for (QAbstractButton *button : group->buttons()) {
                if (button->property("choiceKey").toString() == it.value())
                    button->setChecked(true);
            }
        } else if (QLineEdit *edit = m_texts.value(it.key())) {
            edit->setText(it.value());
        }
    }
}

void QuestionsPage::rebuild()
{
    while (QLayoutItem *item = m_questionLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_groups.clear();
    m_texts.clear();
    m_ids.clear();

    for (const checks::GuidedQuestion &question : checks::GuidedQuestions::all()) {
        if (question.id == checks::question::where)
            continue; // asked on the start page
        if (question.adminOnly && m_persona != Persona::ItStaff)
            continue;
        m_ids << question.id;
        // The question as a wrapped label rather than the group box title, which never wraps
        // (long in German and French).
        auto *box = new QGroupBox;
        box->setObjectName(QStringLiteral("question:") + question.id);
        box->setAccessibleName(question.text);
        auto *boxLayout = new QVBoxLayout(box);
        auto *text = new QLabel(question.text, box);
        text->setWordWrap(true);
        QFont bold = text->font();
        bold.setBold(true);
        text->setFont(bold);
        boxLayout->addWidget(text);
        if (!question.help.isEmpty()) {
            auto *help = new QLabel(question.help, box);
            help->setWordWrap(true);
            help->setForegroundRole(QPalette::PlaceholderText);
            boxLayout->addWidget(help);
        }
        if (question.freeText) {
            auto *edit = new QLineEdit(box);
            edit->setObjectName(QStringLiteral("answer:") + question.id);
            edit->setAccessibleName(question.text);
            edit->setPlaceholderText(tr("Optional"));
            boxLayout->addWidget(edit);
            m_texts.insert(question.id, edit);
        } else {
            auto *group = new QButtonGroup(box);
            auto *row = new QHBoxLayout;
            for (const checks::QuestionChoice &choice : question.choices) {
                auto *button = new QRadioButton(choice.label, box);
                button->setObjectName(QStringLiteral("answer:%1:%2").arg(question.id, choice.key));
                button->setProperty("choiceKey", choice.key);
                button->setAccessibleName(tr("%1: %2").arg(question.text, choice.label));
                group->addButton(button);
                row->addWidget(button);
            }
            row->addStretch(1);
            boxLayout->addLayout(row);
            m_groups.insert(question.id, group);
        }
        m_questionLayout->addWidget(box);
    }
    m_questionLayout->addStretch(1);
}

void QuestionsPage::setAnswers(const QHash<QString, QString> &answers)
{
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        const QString key = answers.value(it.key());
        QButtonGroup *group = it.value();
        // Exclusive groups cannot uncheck their checked button directly.
        group->setExclusive(false);
        for (QAbstractButton *button : group->buttons())
            button->setChecked(!key.isEmpty() && button->property("choiceKey") == key);
        group->setExclusive(true);
    }
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        it.value()->setText(answers.value(it.key()));
}

QStringList QuestionsPage::questionIds() const
{
    return m_ids;
}

QHash<QString, QString> QuestionsPage::answers() const
{
    QHash<QString, QString> out;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        if (QAbstractButton *checked = it.value()->checkedButton())
            out.insert(it.key(), checked->property("choiceKey").toString());
    }
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (!text.isEmpty())
            out.insert(it.key(), text);
    }
    return out;
}

} // namespace sspr::ui
