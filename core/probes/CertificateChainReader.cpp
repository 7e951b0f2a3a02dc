#include "core/probes/CertificateChainReader.h"

namespace sspr::probes {

namespace {

QString first(const QStringList &values)
{
    return values.isEmpty() ? QString() : values.first();
}

} // namespace

CertificateInfo CertificateChainReader::info(const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.subject = first(certificate.subjectInfo(QSslCertificate::CommonName));
    if (info.subject.isEmpty())
        info.subject = certificate.subjectDisplayName();
    info.organization = first(certificate.subjectInfo(QSslCertificate::Organization));
    info.issuer = first(certificate.issuerInfo(QSslCertificate::CommonName));
    if (info.issuer.isEmpty())
        info.issuer = certificate.issuerDisplayName();
    info.issuerOrganization = first(certificate.issuerInfo(QSslCertificate::Organization));
    info.notAfter = certificate.expiryDate().toUTC();
    return info;
}

QList<CertificateInfo> CertificateChainReader::read(const QList<QSslCertificate> &chain)
{
    QList<CertificateInfo> infos;
    for (const QSslCertificate &certificate : chain)
        infos << info(certificate);
    return infos;
}

bool CertificateChainReader::isTrustedIssuerChain(
    const QList<CertificateInfo> &chain, const QStringList &issuerOrganizations)
{
    if (chain.isEmpty())
        return false;
    for (const CertificateInfo &certificate : chain) {
        if (!issuerOrganizations.contains(
                certificate.issuerOrganization.trimmed(), Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace sspr::probes
