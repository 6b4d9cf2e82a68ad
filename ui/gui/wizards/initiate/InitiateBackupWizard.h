#pragma once

#include "offline/OfflineBackupForm.h"
#include "offline/Seed.h"
#include "wizards/ServerServices.h"

#include <QWizard>

namespace Semina::Ui {

// "Initiate offline backup": what to protect, the original's six-field form, the vault's
// passphrase, the estimate, then "Back up now" writes the seed into the staging location.
class InitiateBackupWizard : public QWizard {
    Q_OBJECT

public:
    enum class PageId { Sources, Form, VaultKey, Estimate, BackUp, Done };

    // What the sources page chose and measured.
    struct Selection {
        QStringList sources;
        QStringList excludes; // unchecked in the tree, and matched by the patterns
        qint64 bytes = 0;
        qint64 files = 0;
    };

    explicit InitiateBackupWizard(QWidget *parent = nullptr);
    ~InitiateBackupWizard() override;

    [[nodiscard]] const std::shared_ptr<ServerServices> &services() const { return m_services; }
    [[nodiscard]] QString dataFolder() const;

    Selection selection;
    Offline::OfflineBackupForm form;
    QByteArray passphrase; // cleared once the seed is written or the wizard closes
    bool keepKeyInKeychain = true;
    qint64 expectedSeedBytes = 0;
    Offline::SeedResult seed;
    QString continuedJob; // the unfinished job chosen with "Continue job", if any

    // Cancel while the seed is written asks first; stopping keeps the job to continue later.
    void reject() override;

private:
    std::shared_ptr<ServerServices> m_services = ServerServices::create();
};

} // namespace Semina::Ui
