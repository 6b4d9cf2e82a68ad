#include "wizards/initiate/BackUpPage.h"

#include "desktop/DesktopNotifier.h"
#include "desktop/JobStateAnnouncer.h"
#include "offline/Seed.h"
#include "wizards/initiate/InitiateBackupWizard.h"

#include <QDir>

namespace Semina::Ui {

BackUpPage::BackUpPage(InitiateBackupWizard *wizard)
    : JobPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Back up now"));
    setSubTitle(tr("The first backup is written, compressed and encrypted, into the staging location."));
    setCommitPage(true);
    // Once the seed is written the button only moves on to the summary: no "Commit".
    setButtonText(QWizard::CommitButton, tr("&Next >"));
}

int BackUpPage::nextId() const
{
    return int(InitiateBackupWizard::PageId::Done);
}

void BackUpPage::startJob()
{
    setIntroduction(tr("Writing the import job %1 into %2. Stop ends it cleanly; \"Try again\" continues where it "
                       "stopped.")
                        .arg(m_wizard->form.importJobName, QDir::toNativeSeparators(m_wizard->form.stagingLocation)));
    Offline::SeedRequest request;
    request.form = m_wizard->form;
    request.sources = m_wizard->selection.sources;
    request.excludes = m_wizard->selection.excludes;
    request.passphrase = m_wizard->passphrase;
    request.storeKeyInKeychain = m_wizard->keepKeyInKeychain;
    std::shared_ptr<ServerServices> services = m_wizard->services();
    runJob<Offline::SeedResult>(
        [request, services](JobContext &context) {
            const Offline::SeedServices seedServices{&services->jobs, &services->identity};
            auto seed = Offline::writeSeed(request, seedServices, context);
            if (seed) {
                // The job is Seeded now: tell the desktop, here on the worker thread, since the
                // notification server's answer is waited for.
                Desktop::DesktopNotifier notifier;
                Desktop::JobStateAnnouncer().announce(services->jobs, notifier);
            }
            return seed;
        },
        [this](const Offline::SeedResult &result) {
            m_wizard->seed = result;
            // The passphrase is not needed any more: the seed is written.
            m_wizard->passphrase.fill('\0');
            m_wizard->passphrase.clear();
        });
}

} // namespace Semina::Ui
