#pragma once

#include "importjob/ImportService.h"
#include "importjob/ShippingCommit.h"
#include "importjob/ShippingValidator.h"
#include "importjob/StagedJob.h"
#include "wizards/ServerServices.h"

#include <QHash>
#include <QWizard>

#include <memory>
#include <optional>

namespace Semina::Ui {

// "Shipping details" (the original's `u:`, `semina-cli importjob ship`): the import job found
// on this computer or in a staging location, its state fetched from the import service, the
// package, the return address and the return shipping checked field by field as they are typed
// (the engine's ShippingValidator), a review, and the commit that moves the job to Shipping
// and starts the arrival deadline. Every call to the service runs on a JobRunner.
class ShippingDetailsWizard : public QWizard {
    Q_OBJECT

public:
    enum class PageId { Job, Package, ReturnAddress, ReturnShipping, Review, Commit, Done };

    // A non-empty `job` is preselected (the "Prepare drives" wizard passes the job it created).
    explicit ShippingDetailsWizard(QWidget *parent = nullptr, const QString &job = {});

    [[nodiscard]] const std::shared_ptr<ServerServices> &services() const { return m_services; }
    [[nodiscard]] const QString &preselectedJob() const { return m_preselectedJob; }

    // The job chosen on the first page, as the service has it.
    Offline::JobTarget target;
    std::shared_ptr<Offline::ImportService> service;
    Offline::ServiceJob serviceJob;
    Offline::ServiceDescription description;
    std::optional<Offline::ShippingValidator> validator;

    // What the technician enters, field by field.
    Offline::ShippingDetails details;
    // Tracking numbers the service refused (another job uses them), with the message to show.
    QHash<QString, QString> takenTrackingNumbers;
    std::optional<Offline::CommittedShipping> committed;

    // From the commit page: back to the tracking number, which shows why it was refused.
    void correctTrackingNumber();

Q_SIGNALS:
    void trackingNumberToCorrect();

private:
    std::shared_ptr<ServerServices> m_services = ServerServices::create();
    QString m_preselectedJob;
};

// What the shipping wizard remembers between runs (the return address and shipping, never a
// tracking number), and the staging location and publish settings a technician last used.
namespace ShippingSettings {
inline constexpr char kGroup[] = "shipping";
inline constexpr char kStagingLocation[] = "technician/stagingLocation";
inline constexpr char kPublishSettingsFile[] = "technician/publishSettingsFile";
} // namespace ShippingSettings

} // namespace Semina::Ui
