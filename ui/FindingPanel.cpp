#include "ui/FindingPanel.h"

#include "ui/EvidenceTable.h"
#include "ui/StatusIcon.h"
#include "ui/StatusStyle.h"
#include "ui/UiLogging.h"

#include <QDesktopServices>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace sspr::ui {

namespace {
constexpr int StripeWidth = 5;
constexpr int CornerRadius = 6;

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}
} // namespace

FindingPanel::FindingPanel(const checks::Finding &finding, QWidget *parent)
    : QFrame(parent)
    , m_finding(finding)
    , m_icon(new StatusIcon(28, this))
    , m_statusWord(new QLabel(StatusStyle::word(finding.status), this))
    , m_title(new QLabel(finding.title, this))
    , m_summary(wrappedLabel(finding.summary, this))
    , m_detailsToggle(new QToolButton(this))
    , m_runAgain(new QPushButton(tr("Run a&gain"), this))
{
    setObjectName(QStringLiteral("findingPanel:") + finding.checkId);
    setAccessibleName(tr("%1: %2").arg(StatusStyle::word(finding.status), finding.title));
    setAccessibleDescription(finding.summary);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setBackgroundRole(QPalette::Base);

    m_icon->setStatus(finding.status);
    m_statusWord->setObjectName(QStringLiteral("statusWord"));
    m_title->setObjectName(QStringLiteral("findingTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("findingSummary"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    QFont badgeFont = m_statusWord->font();
    badgeFont.setBold(true);
    m_statusWord->setFont(badgeFont);
    m_statusWord->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    header->addWidget(m_title, 1);
    header->addWidget(m_statusWord, 0, Qt::AlignTop);

    m_detailsToggle->setObjectName(QStringLiteral("detailsToggle"));
    m_detailsToggle->setText(tr("Details and evidence"));
    m_detailsToggle->setAccessibleName(tr("Details and evidence for %1").arg(finding.title));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setFocusPolicy(Qt::StrongFocus);
    connect(m_detailsToggle, &QToolButton::toggled, this, &FindingPanel::setExpanded);

    m_details = buildDetails();
    m_details->hide();

    auto *body = new QVBoxLayout;
    body->setSpacing(6);
    body->addLayout(header);
    body->addWidget(m_summary);
    if (QWidget *remediation = buildRemediation())
        body->addWidget(remediation);
    m_runAgain->setObjectName(QStringLiteral("runAgainCheck"));
    m_runAgain->setAccessibleName(tr("Run the check %1 again").arg(finding.title));
    m_runAgain->setToolTip(tr("Run only this check again, for example after a fix."));
    m_runAgain->setVisible(false);
    connect(m_runAgain, &QPushButton::clicked, this,
        [this] { Q_EMIT runAgainRequested(m_finding.checkId); });
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_detailsToggle);
    actions->addStretch(1);
    actions->addWidget(m_runAgain);
    body->addLayout(actions);
    body->addWidget(m_details);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(StripeWidth + 12, 12, 14, 10);
    outer->setSpacing(12);
    outer->addWidget(m_icon, 0, Qt::AlignTop);
    outer->addLayout(body, 1);

    applyStatusColour();
}

void FindingPanel::setRunAgainAvailable(bool available)
{
    m_runAgain->setVisible(available);
}

void FindingPanel::setRunAgainBusy(bool busy)
{
    m_runAgain->setEnabled(!busy);
    m_runAgain->setText(busy ? tr("Running…") : tr("Run a&gain"));
}

QWidget *FindingPanel::buildRemediation()
{
    const checks::Remediation &fix = m_finding.remediation;
    if (fix.text.isEmpty() && !fix.docUrl.isValid())
        return nullptr;

    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("remediation"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    if (!fix.text.isEmpty()) {
        // A passed check needs no call to action: its text is a note, not a task.
        if (m_finding.status != checks::Status::Pass)
            layout->addWidget(headingLabel(tr("What to do"), box));
        auto *text = wrappedLabel(fix.text, box);
        text->setObjectName(QStringLiteral("remediationText"));
        layout->addWidget(text);
        if (fix.who != checks::Actor::Nobody) {
            auto *who
                = wrappedLabel(tr("Who must act: %1").arg(StatusStyle::actorText(fix.who)), box);
            who->setObjectName(QStringLiteral("whoMustAct"));
            layout->addWidget(who);
        }
    }
    if (fix.docUrl.isValid()) {
        m_docLink = new QPushButton(tr("Open Microsoft documentation"), box);
        m_docLink->setObjectName(QStringLiteral("docLinkButton"));
        m_docLink->setAccessibleName(
            tr("Open Microsoft documentation for %1").arg(m_finding.title));
        m_docLink->setToolTip(fix.docUrl.toDisplayString());
        m_docLink->setAutoDefault(false);
        connect(m_docLink, &QPushButton::clicked, this, &FindingPanel::openDocumentation);
        layout->addWidget(m_docLink, 0, Qt::AlignLeft);
    }
    return box;
}

QWidget *FindingPanel::buildDetails()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("details"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(6);
    if (!m_finding.details.isEmpty()) {
        auto *details = wrappedLabel(m_finding.details, box);
        details->setObjectName(QStringLiteral("detailsText"));
        layout->addWidget(details);
    }
    if (m_finding.evidence.isEmpty()) {
        auto *none = wrappedLabel(tr("No evidence was gathered for this check."), box);
        none->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(none);
    } else {
        m_evidence = new EvidenceTable(box);
        m_evidence->setEvidence(m_finding.evidence);
        layout->addWidget(m_evidence);
    }
    return box;
}

QString FindingPanel::statusText() const
{
    return m_statusWord->text();
}

bool FindingPanel::isExpanded() const
{
    return m_detailsToggle->isChecked();
}

void FindingPanel::setExpanded(bool expanded)
{
    if (m_detailsToggle->isChecked() != expanded) {
        m_detailsToggle->setChecked(expanded); // re-enters through toggled()
        return;
    }
    m_detailsToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(expanded);
    Q_EMIT expandedChanged(expanded);
}

void FindingPanel::openDocumentation()
{
    const QUrl url = m_finding.remediation.docUrl;
    qCInfo(lcUi) << "opening documentation for" << m_finding.checkId << url.toDisplayString();
    QDesktopServices::openUrl(url);
}

void FindingPanel::applyStatusColour()
{
    // The status word as an outlined badge: it reads as a label, not as part of the title.
    const QString colour = StatusStyle::color(m_finding.status, palette()).name();
    m_statusWord->setStyleSheet(
        QStringLiteral("QLabel { color: %1; border: 1px solid %1; border-radius: 4px; "
                       "padding: 0px 6px; }")
            .arg(colour));
}

void FindingPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStatusColour();
}

void FindingPanel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(card, CornerRadius, CornerRadius);

    // The stripe repeats the status colour; the word and icon carry it for those who can't.
    QPainterPath clip;
    clip.addRoundedRect(card, CornerRadius, CornerRadius);
    painter.setClipPath(clip);
    painter.fillRect(QRectF(card.left(), card.top(), StripeWidth, card.height()),
        StatusStyle::color(m_finding.status, palette()));
}

} // namespace sspr::ui
