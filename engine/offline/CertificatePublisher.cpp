#include "offline/CertificatePublisher.h"

#include "core/Logging.h"
#include "store/ObjectStore.h"

#include <QCoreApplication>

namespace Semina::Offline {

CertificatePublisher::CertificatePublisher(Store::ObjectStore &store, QString container)
    : m_store(store)
    , m_container(std::move(container))
{
}

QString CertificatePublisher::objectNameFor(const QString &thumbprint)
{
    return QStringLiteral("offline/certificates/%1.cer").arg(thumbprint.toUpper());
}

Result<QString> CertificatePublisher::publish(const Certificate &certificate)
{
    if (auto created = m_store.createContainer(m_container); !created)
        return fail(created.error());
    const QString name = objectNameFor(certificate.thumbprint());
    // If-absent: a certificate is never replaced; an object of that name holds the same bytes
    // (the name is their SHA-1), which fetch() checks.
    auto stored = m_store.put(m_container, name, certificate.der(), Store::PutCondition::ifAbsent());
    if (!stored && stored.error().code != ErrorCode::Conflict)
        return fail(stored.error());
    if (!stored) {
        auto existing = fetch(certificate.thumbprint());
        if (!existing)
            return fail(existing.error());
    }
    qCDebug(lcOffline) << "published offline certificate" << name << "in" << m_store.describe();
    return name;
}

Result<Certificate> CertificatePublisher::fetch(const QString &thumbprint)
{
    const QString name = objectNameFor(thumbprint);
    auto bytes = m_store.get(m_container, name);
    if (!bytes) {
        if (bytes.error().code != ErrorCode::NotFound)
            return fail(bytes.error());
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("Semina::Offline::CertificatePublisher",
                                        "The certificate %1 is not published in container \"%2\" of %3: on "
                                        "the server that owns it, run \"semina-cli certgen AddRegistryEntries\" "
                                        "for this storage account.")
                .arg(thumbprint.toUpper(), m_container, m_store.describe()));
    }
    auto certificate = Certificate::fromDer(*bytes);
    if (!certificate || certificate->thumbprint() != thumbprint.toUpper())
        return fail(ErrorCode::Corruption,
                    QCoreApplication::translate("Semina::Offline::CertificatePublisher",
                                                "The object %1 in container \"%2\" of %3 is not the certificate %4: "
                                                "it was altered; publish the certificate again from its server.")
                        .arg(name, m_container, m_store.describe(), thumbprint.toUpper()));
    return certificate;
}

} // namespace Semina::Offline
