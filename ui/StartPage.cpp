#include "ui/StartPage.h"

#include "core/checks/GuidedQuestions.h"
#include "core/playbook/Diagnosis.h"
#include "core/playbook/ErrorTextParser.h"
#include "ui/DemoBanner.h"
#include "ui/PageTitle.h"
#include "ui/ParsedErrorView.h"
#include "ui/PersonaChoice.h"
#include "ui/StatusStyle.h"
#include "ui/WizardEnvironment.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace sspr::ui {

namespace {
// Long enough not to re-parse on every keystroke, short enough to feel live.
constexpr int ParseDebounceMs = 250;
} // namespace

StartPage::StartPage(const WizardEnvironment &env, QWidget *parent)
    : QWizardPage(parent)
    , m_persona(new PersonaChoice(this))
    , m_errorText(new QPlainTextEdit(this))
    , m_parsedView(new ParsedErrorView(this))
    , m_where(new QComboBox(this))
    , m_parseDebounce(new QTimer(this))
    , m_openSession(new QPushButton(tr("Open s&ession…"), this))
    , m_settings(new QPushButton(tr("Se&ttings…"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("startPage"));
    setTitle(pageTitle(tr("Diagnose a password reset or change error")));
    setSubTitle(tr("SSPR Doctor finds out why self-service password reset or password change "
                   "failed with AADSTS120021 or a related error. It only reads; it changes "
                   "nothing."));

    // The page scrolls rather than squeezing its fields when a language or a large font
    // needs more room than the window has.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName(QStringLiteral("startPageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->viewport()->setAutoFillBackground(false);
    auto *content = new QWidget(scroll);
    content->setAutoFillBackground(false);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    if (!env.demoLabel.isEmpty())
        layout->addWidget(new DemoBanner(env.demoLabel, this));

    layout->addWidget(m_persona);
    connect(m_persona, &PersonaChoice::personaChanged, this, &StartPage::personaChanged);

    auto *pasteLabel = new QLabel(
        tr("&Paste the error text you saw, if you have it (optional). The whole page is fine: "
           "the code, Correlation ID, Trace ID and Timestamp are picked out of it."),
        this);
    pasteLabel->setWordWrap(true);
    pasteLabel->setBuddy(m_errorText);
    layout->addWidget(pasteLabel);

    m_errorText->setObjectName(QStringLiteral("errorTextEdit"));
    m_errorText->setAccessibleName(tr("Error text"));
    m_errorText->setPlaceholderText(
        tr("For example:\nAADSTS120021: PartnerServiceSsprInternalServiceError\n"
           "Correlation ID: …\nTimestamp: …"));
    m_errorText->setTabChangesFocus(true);
    m_errorText->setMinimumHeight(72);
    m_errorText->setPlainText(env.prefilledErrorText);
    layout->addWidget(m_errorText, 1);
    registerField(QStringLiteral("errorText"), m_errorText, "plainText", SIGNAL(textChanged()));

    auto *parsedBox = new QGroupBox(tr("What was read from it (you can correct it)"), this);
    parsedBox->setObjectName(QStringLiteral("parsedBox"));
    auto *parsedLayout = new QVBoxLayout(parsedBox);
    parsedLayout->addWidget(m_parsedView);
    layout->addWidget(parsedBox);

    auto *whereForm = new QFormLayout;
    whereForm->setContentsMargins(0, 0, 0, 0);
    m_where->setObjectName(QStringLiteral("whereCombo"));
    m_where->addItem(tr("Not sure / not answered"), QString());
    if (const auto question = checks::GuidedQuestions::byId(checks::question::where)) {
        m_where->setToolTip(question->text + QLatin1Char('\n') + question->help);
        for (const auto &choice : question->choices)
            m_where->addItem(choice.label, choice.key);
    }
    m_where->setAccessibleName(tr("Where it happened"));
    auto *whereLabel = new QLabel(tr("&Where it happened:"), this);
    whereLabel->setBuddy(m_where);
    whereForm->addRow(whereLabel, m_where);
    layout->addLayout(whereForm);

    m_message->setObjectName(QStringLiteral("startMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    m_openSession->setObjectName(QStringLiteral("openSessionButton"));
    m_openSession->setAccessibleName(tr("Open session"));
    m_openSession->setToolTip(tr("Open a session saved earlier, to read its results or run "
                                 "the checks again."));
    m_settings->setObjectName(QStringLiteral("settingsButton"));
    m_settings->setAccessibleName(tr("Settings"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openSession);
    buttons->addWidget(m_settings);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_openSession, &QPushButton::clicked, this, &StartPage::openSessionRequested);
    connect(m_settings, &QPushButton::clicked, this, &StartPage::settingsRequested);

    m_parseDebounce->setSingleShot(true);
    m_parseDebounce->setInterval(ParseDebounceMs);
    connect(
        m_errorText, &QPlainTextEdit::textChanged, m_parseDebounce, qOverload<>(&QTimer::start));
    connect(m_parseDebounce, &QTimer::timeout, this, &StartPage::refreshParsed);
    connect(m_parsedView, &ParsedErrorView::fieldsChanged, this, [this] {
        refreshPlannedChecks();
        Q_EMIT completeChanged();
    });
    refreshParsed();
}

Persona StartPage::persona() const
{
    return m_persona->persona();
}

bool StartPage::isComplete() const
{
    return m_parsedView->isValid();
}

QString StartPage::effectiveErrorText() const
{
    const QString edited = m_parsedView->editedFieldsText();
    const QString pasted = m_errorText->toPlainText();
    if (edited.isEmpty())
        return pasted;
    return pasted.isEmpty() ? edited : edited + QLatin1Char('\n') + pasted;
}

QString StartPage::whereKey() const
{
    return m_where->currentData().toString();
}

void StartPage::setInputs(Persona persona, const QString &errorText, const QString &whereKey)
{
    m_persona->setPersona(persona);
    m_errorText->setPlainText(errorText);
    m_parseDebounce->stop();
    refreshParsed();
    const int where = m_where->findData(whereKey);
    m_where->setCurrentIndex(where < 0 ? 0 : where);
}

void StartPage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, StatusStyle::color(checks::Status::Fail, palette));
    m_message->setPalette(palette);
    // The message sits by the Open button at the foot of a page that may scroll: bring it
    // into view once laid out, or a refused session file would look like nothing happened.
    if (!text.isEmpty())
        QTimer::singleShot(0, this, [this] { m_scroll->ensureWidgetVisible(m_message); });
}

void StartPage::refreshParsed()
{
    m_parsedView->setParsed(playbook::ErrorTextParser::parse(m_errorText->toPlainText()));
}

void StartPage::refreshPlannedChecks()
{
    QStringList titles;
    for (const auto &check : playbook::Diagnosis::plannedChecks(effectiveErrorText()))
        titles << check.second;
    m_parsedView->setPlannedChecks(titles);
}

} // namespace sspr::ui
