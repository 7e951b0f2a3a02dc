#pragma once

#include "core/probes/ProbeEvidence.h"

#include <QList>
#include <QSslCertificate>
#include <QStringList>

namespace sspr::probes {

// Reads a presented TLS chain into values and decides whether it is one of Microsoft's
// public chains (by the issuers' organizations) or something in between: TLS inspection.
class CertificateChainReader {
public:
    static CertificateInfo info(const QSslCertificate &certificate);
    static QList<CertificateInfo> read(const QList<QSslCertificate> &chain); // leaf first

    // True when the chain is non-empty and every certificate's issuer organization is one of
    // `issuerOrganizations` (case-insensitive). A TLS-inspecting proxy re-signs the leaf with
    // its own CA, so the leaf's issuer is the telling one; the rest guard against a proxy CA
    // chained under a public root. Names can be forged: this is a hint, not a proof, which is
    // why the verdict also reports whether the system trusts the chain.
    static bool isTrustedIssuerChain(
        const QList<CertificateInfo> &chain, const QStringList &issuerOrganizations);
};

} // namespace sspr::probes
