<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Semina::Cli</name>
    <message>
        <source>details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n second(s) left</source>
        <translation>
            <numerusform>, %n second left</numerusform>
            <numerusform>, %n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: semina-cli [--lang en|it] COMMAND [ARGUMENTS...]
Seeds a large first backup on encrypted drives, then keeps it current over the network.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  --help, -h              Show this help; COMMAND --help shows a command&apos;s own.
  --version               Show the version.
  --lang en|it            Use this language from now on.

Exit codes are listed in docs/CLI.md.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;: see the options above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given: choose one of the commands above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: run semina-cli --help to list the commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::KeychainCommand</name>
    <message>
        <source>check: test that the OS keychain stores and returns secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: semina-cli keychain check
Writes, reads back and removes a test entry in the OS keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown keychain action: the only action is &quot;check&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain works: a test secret was stored, read back and removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Crypto</name>
    <message>
        <source>The cryptographic library failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Error</name>
    <message>
        <source>usage error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file system error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for import job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::JobContext</name>
    <message>
        <source>Cancelled. Run the same job again to continue where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Language</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 translation is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::SecretStore</name>
    <message>
        <source>The keychain entry &quot;%1&quot; is incomplete or was not written by Semina: remove it and store the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain returned a different value than was stored: it cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid keychain entry name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no secret named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot;: unlock the keychain, allow Semina, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: start a Secret Service provider (gnome-keyring or KWallet) in this session, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be used: check that a Secret Service provider (gnome-keyring or KWallet) runs in this session and is unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ErrorDialog</name>
    <message>
        <source>Semina</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::JobPage</name>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: &quot;Try again&quot; continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step did not finish. Fix the problem, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::JobProgressPanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s) left</source>
        <translation>
            <numerusform>about %n day left</numerusform>
            <numerusform>about %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 of %n item</numerusform>
            <numerusform>%1 of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be handled; the job goes on without them:</source>
        <translation>
            <numerusform>%n item could not be handled; the job goes on without it:</numerusform>
            <numerusform>%n items could not be handled; the job goes on without them:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Semina::Ui::MainWindow</name>
    <message>
        <source>Semina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed the first backup on encrypted drives, then keep it current over the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is the step number, %2 the workflow&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Semina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Semina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Semina %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Seeds a large first backup by shipping encrypted drives, then keeps the backup current over the network.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::PlannedPage</name>
    <message>
        <source>This workflow is not available in this version yet. When it is, these pages will guide you through it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the subscription from a publish settings file, or create a local one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the offline certificate, or review the existing one and its thumbprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the storage account and see where its parameters were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folders and files to protect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the offline backup form: staging location, publish settings, import job name, subscription, storage account and container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the estimate: seed size, free space and drives needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now, with progress, time left and the option to cancel and resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the import job found in the staging location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a drive and confirm formatting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt, copy and verify, asking for another drive when one is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the import job and show the address to ship the drives to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the carrier, tracking number, return address and contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the details and commit them to the import job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the state of the import job and of each drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count down the deadlines: arrival within two weeks, processing in 7 to 10 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the imported data into the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with incremental backups over the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore files and folders from any backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ScreenshotTour</name>
    <message>
        <source>Could not write the screenshot %1: check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::Workflow</name>
    <message>
        <source>Prepare this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiate offline backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the offline certificate and register the storage account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the offline backup form and write the first backup into the staging location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the copy computer: encrypt the drives, copy the seed, verify it and create the import job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the carrier and tracking number, review them and commit them to the import job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the import job and its drives, and the deadlines that apply to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the imported data into the vault, back up incrementally and restore files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use this language from now on (en or it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of every window into this folder and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
