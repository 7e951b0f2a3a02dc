#include "core/checks/NetworkCheck.h"

#include "core/checks/CheckSupport.h"
#include "core/checks/LocalCheckSupport.h"

namespace sspr::checks {

namespace {

QString endpoint(const probes::HostProbe &host)
{
    return QStringLiteral("%1:%2").arg(host.host).arg(host.port);
}

QString ms(qint64 value)
{
    return value < 0 ? QStringLiteral("-") : QString::number(value) + QStringLiteral(" ms");
}

// The CA that signed the leaf: what a TLS-inspecting proxy replaces.
QString leafIssuer(const probes::HostProbe &host)
{
    if (host.chain.isEmpty())
        return QString();
    const probes::CertificateInfo &leaf = host.chain.first();
    return leaf.issuerOrganization.isEmpty()
        ? leaf.issuer
        : QStringLiteral("%1 (%2)").arg(leaf.issuer, leaf.issuerOrganization);
}

} // namespace

QString NetworkCheck::title() const
{
    return tr("Network path to Microsoft");
}

NetworkCheck::HostVerdict NetworkCheck::judge(const probes::HostProbe &host)
{
    if (host.proxyNeedsAuth)
        return HostVerdict::ProxyAuth;
    if (!host.resolved)
        return HostVerdict::Unresolved;
    if (!host.connected)
        return HostVerdict::Unreachable;
    if (!host.tlsHandshake)
        return HostVerdict::TlsFailed;
    if (!host.microsoftChain)
        return HostVerdict::Intercepted;
    // Microsoft's issuers but not trusted here (expired, wrong name, missing root).
    if (!host.chainTrusted)
        return HostVerdict::TlsFailed;
    return HostVerdict::Pass;
}

QString NetworkCheck::hostLine(const probes::HostProbe &host)
{
    const QString name = QStringLiteral("%1 (%2)").arg(endpoint(host), host.purpose);
    switch (judge(host)) {
    case HostVerdict::ProxyAuth:
        return tr("%1: the proxy %2 asks for credentials").arg(name, host.proxy);
    case HostVerdict::Unresolved:
        return tr("%1: the name does not resolve (%2)").arg(name, host.dnsError);
    case HostVerdict::Unreachable:
        return tr("%1: no TCP connection (%2)").arg(name, host.connectError);
    case HostVerdict::TlsFailed:
        return tr("%1: TLS failed (%2)").arg(name, host.tlsError);
    case HostVerdict::Intercepted:
        return tr("%1: certificate issued by %2, not by Microsoft's public CAs")
            .arg(name, leafIssuer(host));
    case HostVerdict::Pass:
        break;
    }
    return tr("%1: reachable (DNS %2, TCP %3, TLS %4)")
        .arg(name, ms(host.dnsMs), ms(host.connectMs), ms(host.tlsMs));
}

EvidenceItem NetworkCheck::evidenceFor(const probes::HostProbe &host)
{
    EvidenceItem item;
    item.source
        = LocalCheckSupport::sourcePrefix() + QStringLiteral(" DNS, TCP, TLS ") + endpoint(host);
    item.fields << qMakePair(tr("proxy"), host.proxy);
    if (host.proxyNeedsAuth)
        item.fields << qMakePair(tr("proxy authentication"), tr("required"));
    item.fields << qMakePair(
        tr("DNS"), host.resolved ? host.addresses.join(QStringLiteral(", ")) : host.dnsError);
    item.fields << qMakePair(tr("DNS time"), ms(host.dnsMs));
    if (host.resolved)
        item.fields << qMakePair(tr("TCP"), host.connected ? tr("connected") : host.connectError);
    item.fields << qMakePair(tr("TCP time"), ms(host.connectMs));
    if (host.connected)
        item.fields << qMakePair(
            tr("TLS"), host.tlsHandshake ? tr("handshake done") : host.tlsError);
    item.fields << qMakePair(tr("TLS time"), ms(host.tlsMs));
    if (!host.chain.isEmpty()) {
        item.fields << qMakePair(tr("certificate"), host.chain.first().subject);
        item.fields << qMakePair(tr("issuer"), leafIssuer(host));
        item.fields << qMakePair(
            tr("trusted by this PC"), host.chainTrusted ? tr("yes") : tr("no"));
        item.fields << qMakePair(tr("Microsoft chain"), host.microsoftChain ? tr("yes") : tr("no"));
        if (!host.tlsError.isEmpty())
            item.fields << qMakePair(tr("certificate errors"), host.tlsError);
    }
    return item;
}

Finding NetworkCheck::evaluate(const Evidence &evidence, const CheckContext &ctx) const
{
    const QString what = tr("the network path to Microsoft's hosts");
    const QUrl doc = LocalCheckSupport::endpointsDoc();
    const probes::ProbeEvidence &probes = evidence.probes;
    if (!probes.ran)
        return LocalCheckSupport::notRun(*this, ctx, evidence, what, doc);
    bool cancelled = probes.cancelled;
    if (probes.hosts.isEmpty() && !cancelled) {
        Finding finding = CheckSupport::begin(*this, ctx);
        finding.status = Status::Error;
        finding.summary = tr("No host was probed.");
        finding.details = tr("The local probes ran with an empty list of hosts, so the network "
                             "path is unknown.");
        finding.evidence << EvidenceItem { LocalCheckSupport::sourcePrefix()
                + QStringLiteral(" DNS, TCP, TLS"),
            0, QString(), { { tr("hosts"), QStringLiteral("0") } } };
        finding.remediation
            = { tr("Run the checks again without an empty --probe-target."), Actor::User, doc };
        return finding;
    }
    if (cancelled)
        return LocalCheckSupport::cancelled(*this, ctx, what, doc);

    QList<const probes::HostProbe *> failed, intercepted;
    QStringList lines;
    qint64 slowest = 0;
    for (const probes::HostProbe &host : probes.hosts) {
        const HostVerdict verdict = judge(host);
        if (verdict == HostVerdict::Intercepted)
            intercepted << &host;
        else if (verdict != HostVerdict::Pass)
            failed << &host;
        slowest = qMax(slowest,
            qMax<qint64>(0, host.dnsMs) + qMax<qint64>(0, host.connectMs)
                + qMax<qint64>(0, host.tlsMs));
        lines << hostLine(host);
    }

    Finding finding = CheckSupport::begin(*this, ctx);
    // Problems first, so the first evidence item is the host the summary names.
    QList<const probes::HostProbe *> ordered = failed + intercepted;
    for (const probes::HostProbe &host : probes.hosts) {
        if (!ordered.contains(&host))
            ordered << &host;
    }
    for (const probes::HostProbe *host : std::as_const(ordered))
        finding.evidence << evidenceFor(*host);
    const QString list = lines.join(QStringLiteral("; "));

    if (!failed.isEmpty()) {
        const probes::HostProbe &first = *failed.first();
        const HostVerdict verdict = judge(first);
        finding.status = Status::Fail;
        if (verdict == HostVerdict::ProxyAuth) {
            finding.summary
                = tr("The proxy %1 requires authentication for %2.").arg(first.proxy, first.host);
            finding.remediation = { tr("Let the Microsoft sign-in and password reset hosts "
                                       "through the proxy without authentication: the Windows "
                                       "sign-in screen's reset link runs as a temporary user "
                                       "who cannot answer a proxy's password prompt."),
                Actor::Admin, doc };
        } else {
            finding.summary = verdict == HostVerdict::TlsFailed
                ? tr("TLS to %1 failed: %2").arg(first.host, first.tlsError)
                : tr("%1 is unreachable from this PC: %2")
                      .arg(first.host,
                          verdict == HostVerdict::Unresolved ? first.dnsError : first.connectError);
            finding.remediation = { tr("Allow HTTPS (TCP 443) from this PC to every host listed "
                                       "in Microsoft's \"Microsoft 365 URLs and IP address "
                                       "ranges\", or try from another network to confirm."),
                Actor::Admin, doc };
        }
        finding.summary = finding.summary.simplified();
        finding.details = tr("%n of %1 Microsoft host(s) failed. Password reset needs every one "
                             "of them from the browser or the Windows sign-in screen. %2.",
            nullptr, int(failed.size()))
                              .arg(probes.hosts.size())
                              .arg(list);
        return finding;
    }
    if (!intercepted.isEmpty()) {
        const probes::HostProbe &first = *intercepted.first();
        finding.status = Status::Warning;
        finding.summary = tr("TLS inspection: %1 presents a certificate from %2, not Microsoft's.")
                              .arg(first.host, leafIssuer(first));
        finding.details = tr("Something between this PC and Microsoft (a proxy, firewall or "
                             "security software) re-signs the connection with its own "
                             "certificate%1. Inspection of the sign-in and password reset hosts "
                             "is known to break their pages. %2.")
                              .arg(first.chainTrusted ? tr(", which this PC trusts")
                                                      : tr(", which this PC does not trust"),
                                  list);
        finding.remediation = { tr("Exempt the Microsoft sign-in, password reset and Graph hosts "
                                   "from TLS inspection (Microsoft 365 network connectivity "
                                   "principles recommend bypassing it)."),
            Actor::Admin, doc };
        return finding;
    }
    finding.status = Status::Pass;
    finding.summary = tr("All %n Microsoft host(s) reachable with Microsoft's certificates "
                         "(slowest %1).",
        nullptr, int(probes.hosts.size()))
                          .arg(ms(slowest));
    finding.details = tr("DNS, TCP 443 and the TLS handshake succeeded for every host, each "
                         "presenting a chain from Microsoft's public CAs. %1.")
                          .arg(list);
    finding.remediation
        = { tr("Nothing to do here: look at the other checks."), Actor::Nobody, doc };
    return finding;
}

} // namespace sspr::checks
