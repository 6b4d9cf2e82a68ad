#pragma once

#include "wizards/JobPage.h"

class QLabel;

namespace Semina::Ui {

class PrepareServerWizard;

// Issues the publish settings file of a subscription of the embedded local service (a fresh
// management certificate: key generation, so on the worker thread). A file issued on an
// earlier run is used again, so the server keeps one local subscription.
class LocalSubscriptionPage : public JobPage {
    Q_OBJECT

public:
    explicit LocalSubscriptionPage(PrepareServerWizard *wizard);

    [[nodiscard]] int nextId() const override;
    // The local subscription's file in the data folder.
    [[nodiscard]] QString filePath() const;

protected:
    void startJob() override;

private:
    PrepareServerWizard *m_wizard;
    QLabel *m_summary;
};

} // namespace Semina::Ui
