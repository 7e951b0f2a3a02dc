#include "ui/RootCauseSummary.h"

#include "ui/StatusIcon.h"
#include "ui/StatusStyle.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sspr::ui {

using checks::Status;

namespace {
QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

RootCauseSummary::RootCauseSummary(QWidget *parent)
    : QFrame(parent)
    , m_icon(new StatusIcon(28, this))
    , m_statusWord(plainLabel(QStringLiteral("rootCauseStatus"), this))
    , m_headline(plainLabel(QStringLiteral("rootCauseHeadline"), this))
    , m_summary(plainLabel(QStringLiteral("rootCauseSummaryText"), this))
    , m_confidence(plainLabel(QStringLiteral("rootCauseConfidence"), this))
    , m_who(plainLabel(QStringLiteral("rootCauseWho"), this))
    , m_nextStep(plainLabel(QStringLiteral("rootCauseNextStep"), this))
    , m_link(new QLabel(this))
{
    setObjectName(QStringLiteral("rootCauseSummary"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::TabFocus); // reachable by keyboard, read by screen readers
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    m_link->setObjectName(QStringLiteral("rootCauseLink"));
    m_link->setTextFormat(Qt::RichText);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_statusWord, 0, Qt::AlignTop);
    top->addWidget(m_headline, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_confidence);
    layout->addWidget(m_who);
    layout->addWidget(m_nextStep);
    layout->addWidget(m_link);
}

// Fail or warning of the leading finding; with no cause, pass only for a true all-clear.
Status RootCauseSummary::statusFor(const report::Session &session)
{
    const report::RootCause &cause = session.rootCause;
    if (cause.found) {
        for (const checks::Finding &f : session.findings) {
            if (f.checkId == cause.checkId)
                return f.status;
        }
        return Status::Warning;
    }
    return session.verdict() == report::Verdict::AllPass ? Status::Pass : Status::Skipped;
}

void RootCauseSummary::setSession(const report::Session &session)
{
    const report::RootCause &cause = session.rootCause;
    m_status = statusFor(session);
    m_icon->setStatus(m_status);
    m_statusWord->setText(cause.found || m_status == Status::Pass ? StatusStyle::word(m_status)
                                                                  : tr("Not an all-clear"));
    m_headline->setText(cause.found ? tr("Most likely cause: %1").arg(cause.title) : cause.title);
    m_summary->setText(cause.summary);
    m_summary->setVisible(!cause.summary.isEmpty());
    m_confidence->setText(cause.found
            ? (cause.confidence == 1 ? tr("Supported by 1 finding")
                                     : tr("Supported by %1 findings").arg(cause.confidence))
            : QString());
    m_confidence->setVisible(cause.found);
    m_who->setText(tr("Who must act: %1").arg(StatusStyle::actorText(cause.who)));
    m_who->setVisible(!cause.nextStep.isEmpty());
    m_nextStep->setText(tr("Next step: %1").arg(cause.nextStep));
    m_nextStep->setVisible(!cause.nextStep.isEmpty());
    m_docUrl = cause.docUrl;
    m_link->setText(m_docUrl.isValid()
            ? QStringLiteral("<a href=\"%1\">%2</a>")
                  .arg(m_docUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                      tr("Read Microsoft's guidance").toHtmlEscaped())
            : QString());
    m_link->setVisible(m_docUrl.isValid());

    setAccessibleName(tr("Most likely cause"));
    QStringList description { statusText(), headline() };
    for (const QLabel *label : { m_summary, m_confidence, m_who, m_nextStep }) {
        if (label->isVisibleTo(this) && !label->text().isEmpty())
            description << label->text();
    }
    setAccessibleDescription(description.join(QStringLiteral(". ")));
}

QString RootCauseSummary::statusText() const
{
    return m_statusWord->text();
}
QString RootCauseSummary::headline() const
{
    return m_headline->text();
}
QString RootCauseSummary::confidenceText() const
{
    return m_confidence->text();
}
QString RootCauseSummary::whoText() const
{
    return m_who->text();
}
QString RootCauseSummary::nextStepText() const
{
    return m_nextStep->text();
}

} // namespace sspr::ui
