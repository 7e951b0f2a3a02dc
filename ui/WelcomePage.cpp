#include "ui/WelcomePage.h"

#include "core/playbook/Diagnosis.h"
#include "core/playbook/ErrorTextParser.h"
#include "ui/DemoBanner.h"
#include "ui/PageTitle.h"
#include "ui/ParsedErrorView.h"
#include "ui/WizardEnvironment.h"

#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace sspr::ui {

namespace {
// Long enough not to re-parse on every keystroke, short enough to feel live.
constexpr int ParseDebounceMs = 250;
} // namespace

WelcomePage::WelcomePage(const WizardEnvironment &env, QWidget *parent)
    : QWizardPage(parent)
    , m_errorText(new QPlainTextEdit(this))
    , m_parsedView(new ParsedErrorView(this))
    , m_parseDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(pageTitle(tr("Diagnose a password reset or change error")));
    setSubTitle(tr("SSPR Doctor finds out why self-service password reset or password change "
                   "failed with AADSTS120021 or a related error. It only reads from the tenant; "
                   "it changes nothing."));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    if (!env.demoLabel.isEmpty())
        layout->addWidget(new DemoBanner(env.demoLabel, this));

    auto *pasteLabel = new QLabel(
        tr("Paste the error text you saw, if you have it (optional). The whole page is fine: "
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
    m_errorText->setMinimumHeight(110);
    m_errorText->setPlainText(env.prefilledErrorText);
    layout->addWidget(m_errorText, 1);
    registerField(QStringLiteral("errorText"), m_errorText, "plainText", SIGNAL(textChanged()));

    auto *parsedBox = new QGroupBox(tr("What was read from it"), this);
    parsedBox->setObjectName(QStringLiteral("parsedBox"));
    auto *parsedLayout = new QVBoxLayout(parsedBox);
    parsedLayout->addWidget(m_parsedView);
    layout->addWidget(parsedBox);

    m_parseDebounce->setSingleShot(true);
    m_parseDebounce->setInterval(ParseDebounceMs);
    connect(
        m_errorText, &QPlainTextEdit::textChanged, m_parseDebounce, qOverload<>(&QTimer::start));
    connect(m_parseDebounce, &QTimer::timeout, this, &WelcomePage::refreshParsed);
    refreshParsed();
}

void WelcomePage::refreshParsed()
{
    const playbook::ParsedError parsed
        = playbook::ErrorTextParser::parse(m_errorText->toPlainText());
    m_parsedView->setParsed(parsed);
    QStringList titles;
    for (const auto &check : playbook::Diagnosis::plannedChecks(parsed))
        titles << check.second;
    m_parsedView->setPlannedChecks(titles);
}

} // namespace sspr::ui
