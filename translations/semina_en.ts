<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Semina::AtomicFile</name>
    <message>
        <source> Free some space on that disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a temporary file for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was written before it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was committed before it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flush to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not flush the folder &quot;%1&quot; to disk: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was renamed into place before it was flushed to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was patched beyond what was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Azure</name>
    <message>
        <source>The storage service sent a listing that is not valid XML (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Azure::BlobSession</name>
    <message>
        <source>Could not reach %1: %2. Check the address in the connection string and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer properly after %2 attempts (last: %3). Check that the service is reachable and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in container &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container &quot;%1&quot; does not exist in %2: create it first, or check its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object %1 does not exist in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object %1 was changed, created or removed by someone else meanwhile: read it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The byte range asked for is outside the object %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data sent for the object %1 was damaged on its way to %2 (MD5 mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered an unexpected HTTP %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake failed (check the certificate and the https address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 from %2 broke off and cannot resume: the answer named no version (ETag). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 from %2 broke off and the service did not resume it where it stopped. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused this operation on %2: the SAS lacks a permission it needs. Make a new SAS for the Blob service (resource types service, container and object) with the permissions Semina needs: read, add, create, write, delete and list for backups; read and list are enough for restores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access: the account key is wrong, or the SAS is not valid or has expired: check the account key or SAS (copy the key again from the Azure portal, or make a new SAS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access: the SAS is limited to other IP addresses than this computer&apos;s. Make a SAS whose IP range includes this computer, or one without an IP range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access: the SAS allows HTTPS only. Use an https:// BlobEndpoint (or DefaultEndpointsProtocol=https) in the connection string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow access with its account key, nor with a SAS signed by that key. Ask its administrator to allow storage account key access, or for a user delegation SAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access: check the account key or SAS (copy the key again from the Azure portal, or make a new SAS), and that the storage account&apos;s firewall and virtual network rules admit this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds too many blocks of interrupted uploads of the object %2 (Azure keeps at most 100,000 uncommitted blocks for one object, and discards them after a week): delete the object, or wait, then upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another upload of the object %1 finished first, and %2 discarded this upload&apos;s blocks with it: upload again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Azure::BlobStore</name>
    <message>
        <source>The container &quot;%1&quot; in %2 is still being deleted: try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the object &quot;%1&quot; is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the data for the object &quot;%1&quot;: the source ended after %2 of %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range %1+%2 is outside the object &quot;%3&quot; in container &quot;%4&quot;, which has %5 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object &quot;%1&quot; in container &quot;%2&quot; arrived incomplete: %3 of %4 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object &quot;%1&quot; in container &quot;%2&quot; is damaged: its bytes do not match the MD5 recorded when it was written. Restore it from another copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A listing page must hold at least one object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying &quot;%1&quot; to &quot;%2&quot; in container &quot;%3&quot; did not finish (copy status &quot;%4&quot;): try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object &quot;%1&quot; is too large for blocks of %2 bytes (Azure allows 50,000 blocks): use larger blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the data for the object &quot;%1&quot;: the source ended early (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the object &quot;%1&quot; to its destination: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Azure::ConnectionString</name>
    <message>
        <source>Azure account %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string&apos;s part &quot;%1&quot; has no value: write it as %1=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string is empty: copy it from the storage account&apos;s &quot;Access keys&quot; page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string&apos;s BlobEndpoint &quot;%1&quot; is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string names no AccountName and no BlobEndpoint: copy the whole string from the storage account&apos;s &quot;Access keys&quot; page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string&apos;s DefaultEndpointsProtocol is &quot;%1&quot;: use https (or http for an emulator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string has neither an AccountKey nor a SharedAccessSignature: Semina needs one of them to reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string&apos;s AccountKey is not valid base64: copy it again from the storage account&apos;s &quot;Access keys&quot; page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AZURE_STORAGE_CONNECTION_STRING is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string has a part without a name and a value: write every part as Name=value, separated by &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string&apos;s BlobEndpoint &quot;%1&quot; carries a query (a SAS?): give the address alone as BlobEndpoint, and the SAS (what follows the &apos;?&apos;) as SharedAccessSignature.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Usage: semina-cli [--lang en|it] [--verbose] COMMAND [ARGUMENTS...]
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
  --verbose               Also show Semina&apos;s informational log lines (anywhere on the line).

Exit codes are listed in docs/CLI.md.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::AccountCommand</name>
    <message>
        <source>add | list | test | remove: the storage accounts (a folder or Azure) Semina writes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or incomplete account command: see the usage above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: see semina-cli account --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a NAME and exactly one of --folder PATH or --connection-string-stdin: see semina-cli account --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage accounts yet: add one with semina-cli account add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>azure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage account &quot;%1&quot; works: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the storage account &quot;%1&quot;; its data was not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  semina-cli account add NAME --folder PATH [--container NAME]
  semina-cli account add NAME --connection-string-stdin [--container NAME]
  semina-cli account list
  semina-cli account test NAME
  semina-cli account remove NAME
A folder account keeps its containers as sub-folders of PATH. An Azure account is given by its
connection string, read from standard input so it never shows in the process list; its key or SAS
is kept in the OS keychain. The container defaults to &quot;semina&quot;; `account add` creates it when it
does not exist yet.
`account test` writes, reads back and removes a test object. Exit codes: 0 it works, 4 the
container or folder does not exist, 5 the key or SAS is refused, 8 the service cannot be
reached, 10 no keychain (see docs/CLI.md).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the storage account &quot;%1&quot; (container &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the storage account &quot;%1&quot; (container &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was saved, but its container &quot;%2&quot; could not be created: %3 Once this is fixed, &quot;semina-cli account add&quot; again creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the container &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container &quot;%1&quot; exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account with: semina-cli account test %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::BackupCommand</name>
    <message>
        <source>back up files and folders into a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs up PATH... into the vault. Unchanged files since the last backup of the same paths are not read again; an interrupted backup resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the snapshot (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this host name instead of the machine&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with this snapshot instead of the latest of the same paths (&quot;none&quot;: read all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNAPSHOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 saved: %2 files (%3), %4 unchanged; %5 new, %6 stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::CertgenCommand</name>
    <message>
        <source>Usage:
  semina-cli certgen CreateNewApplication SubscriptionId:GUID [KeyAlgorithm:ec|rsa]
  semina-cli certgen ExportCertificate out:FILE.cer
  semina-cli certgen AddRegistryEntries SubscriptionId:GUID xmlfilepath:FILE storageaccountname:NAME
Long options work as well: --subscription-id, --key-algorithm, --out, --xml-file-path,
--storage-account-name.

CreateNewApplication makes this server&apos;s offline identity: a key pair (the private key
stays in the OS keychain), a certificate named CB_AzureADCertforOfflineSeeding_&lt;ResourceId&gt;
and OfflineApplicationParams.xml in Semina&apos;s data folder.
ExportCertificate writes the certificate without its private key and prints its thumbprint.
AddRegistryEntries publishes the certificate into the storage account NAME (set up first
with semina-cli account add NAME ...), registers the account for offline backup and writes
OfflineApplicationParams_&lt;NAME&gt;.xml.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:VALUE (or --%2 VALUE) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CreateNewApplication, ExportCertificate, AddRegistryEntries: this server&apos;s offline certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name an action: see the usage above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown certgen action &quot;%1&quot;: use CreateNewApplication, ExportCertificate or AddRegistryEntries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key algorithm &quot;%1&quot;: use ec (P-256) or rsa (3072 bits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the offline identity of this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Subscription:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Application ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Certificate:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Thumbprint:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Written to:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is in the OS keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the certificate without its private key to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published the certificate %1 as %2 in container &quot;%3&quot; of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered the storage account %1 for offline backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::CheckCommand</name>
    <message>
        <source>verify a vault and name any damaged objects and the files they affect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the vault&apos;s structure; with --read-data also downloads and verifies every byte. Exit code 6 when damage is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and verify every pack, not only the structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 blobs read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packs are in no index (left by an interrupted backup); the next backup adopts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAMAGED %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affected: snapshot %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage found in %1 objects, affecting %2 snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 key files, %2 snapshots, %3 trees, %4 packs, %5 index objects%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older Semina without a seal: whether it still opens the vault cannot be told. Add a new key and remove this one to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left by an interrupted write; the next backup removes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::DiskprepCommand</name>
    <message>
        <source>Usage: semina-cli diskprep s:&lt;staging&gt; [p:&lt;publishsettings&gt;] [options]
       semina-cli diskprep prepare --staging DIR [--publish-settings FILE] [--job NAME]
                 [--drive PATH]... [--confirm-format NAME]... [--drive-size SIZE] [--json]
       semina-cli diskprep prepare --staging DIR [--job NAME] --plan --drive-size 4T [--json]
Copies the seed of an import job from the staging location onto drives: each drive formatted
(a block device gets GPT + exFAT; a mounted volume or folder gets Semina&apos;s layout), encrypted
with its own key, filled in the seed manifest&apos;s order, every object read back and checked.
Run it again after an interruption: it continues where it stopped.
  --job NAME              the import job (needed when the staging location holds several)
  --drive PATH            a drive: /dev/sdX, a mounted volume or a folder; repeat in order
  --confirm-format NAME   consent to erase the drive called NAME (its files, or another job&apos;s)
  --plan                  only show how many drives the seed needs and what goes on each
  --drive-size SIZE       the drives&apos; size for --plan (4T, 500G); with drives, use at most SIZE
  --certificate FILE      the seed server&apos;s certificate (.cer), on a copy computer without it
  --json                  print the result as JSON (the import job is then created by
                          semina-cli importjob create)
p:&lt;publishsettings&gt; is required when this computer is not the seed&apos;s source computer.
After the last drive the import job is created and the ship-to address printed.
       semina-cli diskprep u: [s:&lt;staging&gt; p:&lt;publishsettings&gt;] [importjob ship options]
enters the shipping details of the job (as semina-cli importjob ship).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare drives: copy a seed onto encrypted drives, verified and resumable (s:&lt;staging&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the staging location: s:&lt;staging&gt; or --staging DIR (where the offline backup wrote the seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plan needs the drives&apos; size: --drive-size 4T, for instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed of &quot;%1&quot; cannot be copied yet: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (drives prepared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staging location %1 holds no seed of job &quot;%2&quot;; it holds: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seed in %1 is ready to be copied: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staging location holds several jobs (%1): choose one with --job NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import jobs in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which job? Type its number or name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job chosen: nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a job ready to be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer (%1) is not the seed&apos;s source computer (%2): give the publish settings file of subscription %3 with p:&lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The seed of &quot;%1&quot; (%2 objects, %3) needs %n drive(s) of %4:</source>
        <translation>
            <numerusform>The seed of &quot;%1&quot; (%2 objects, %3) needs %n drive of %4:</numerusform>
            <numerusform>The seed of &quot;%1&quot; (%2 objects, %3) needs %n drives of %4:</numerusform>
        </translation>
    </message>
    <message>
        <source>  drive %1: objects %2 to %3 (%4), %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drives are prepared; once the problem above is fixed, create the import job with: semina-cli importjob create --job %1 --staging %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no offline identity to check the seed&apos;s signature with: give the seed server&apos;s certificate with --certificate FILE (certgen ExportCertificate on that server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is drive %2 of another import job, &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds files Semina did not write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the drive&apos;s name (%1) to erase it, or press Enter to keep it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>More drives are needed: %n object(s) (%1) are not on a drive yet. Run the same command again with another --drive: the journal keeps everything done so far.</source>
        <translation>
            <numerusform>More drives are needed: %n object (%1) is not on a drive yet. Run the same command again with another --drive: the journal keeps everything done so far.</numerusform>
            <numerusform>More drives are needed: %n objects (%1) are not on a drive yet. Run the same command again with another --drive: the journal keeps everything done so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>The drive is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1 (%2) was not finished: connect it again to continue on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1 of the job; %2 left to copy. Drives that may be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number, or the path of a drive or folder; press Enter to stop for now: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting %1 (GPT, exFAT)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1 ready: %2 (drive id %3%4), %5 objects, %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, serial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Recovery password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 keeps what is done: run the same command again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The seed of &quot;%1&quot; is on %n drive(s):</source>
        <translation>
            <numerusform>The seed of &quot;%1&quot; is on %n drive:</numerusform>
            <numerusform>The seed of &quot;%1&quot; is on %n drives:</numerusform>
        </translation>
    </message>
    <message>
        <source>  drive %1 of %2: id %3, serial %4, %5 objects, %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record for the import job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recovery passwords above down now and keep them apart from the drives: they are shown only once. The drive keys also stay in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::DriveCommand</name>
    <message>
        <source>Recovery password (48 digits): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recovery-password reads the password from standard input, which was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock a prepared drive and verify every object on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semina-cli drive verify --drive PATH [--recovery-password | --recovery-password-file FILE]
                 [--certificate FILE] [--json]
Unlocks a drive prepared by diskprep, with the key in this computer&apos;s keychain or with the drive&apos;s
recovery password (asked on the terminal, or read from standard input), and reads back and checks
every object its manifest lists (SHA-256 and CRC64). With the seed server&apos;s certificate, or on
that server, the manifest&apos;s signature is checked too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive&apos;s folder (its mount point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the recovery password (typed, or the first line of standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the recovery password in the file&apos;s first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed server&apos;s certificate (.cer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the drive: semina-cli drive verify --drive PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1 of %2 of import job &quot;%3&quot; (drive id %4) is intact: %5 objects (%6) read from the disk and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive manifest&apos;s signature matches the seed server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive manifest&apos;s signature was not checked: give the seed server&apos;s certificate with --certificate FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::DrivesCommand</name>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRANSPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRIVE ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the drives that may be prepared, and why others are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semina-cli drives list [--staging DIR] [--all] [--json] [PATH...]
Lists the block devices and mounted volumes that may receive a seed. Never offered: the disk holding the system, swap, file systems in use, or the staging location. Each PATH (a disk, a mounted volume or any folder) is checked and shown even when refused; exit code 3 when one is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staging location, whose disk is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show refused drives too, with the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drive to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the action: semina-cli drives list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drive may be used: connect one, or name a folder (semina-cli drives list PATH); --all shows the refused ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::ImportJobCommand</name>
    <message>
        <source>Cannot read the drive list &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a drive list (a JSON array of drives).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create | ship | show | cancel | papers: the import job in the import service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staging location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prepared drives (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for each missing detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of drives in the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ship date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return address: recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return address: street, line 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return address: street, line 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return address: city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return address: state or province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return address: postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return address: country or region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return address: phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return address: email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return shipping: carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return shipping: carrier account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of create, ship, show, cancel and papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import job &quot;%1&quot; is %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: ship the drives, then enter the shipping details with &quot;semina-cli importjob ship --job %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import job &quot;%1&quot; is canceled; its drives stay with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importjob papers needs --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  semina-cli importjob create --job NAME --staging DIR [--drives FILE] [JOB OPTIONS]
  semina-cli importjob ship [JOB OPTIONS] [--interactive] [--yes] [DETAILS]
  semina-cli importjob show|cancel [JOB OPTIONS]
  semina-cli importjob papers [JOB OPTIONS] --out DIR
JOB OPTIONS: --job NAME, --publish-settings FILE, --subscription GUID, --staging DIR.
Without them the job is the one this computer waits on; from another computer give the
staging location and the publish settings file.
`create` creates the job in the import service (diskprep does it after the last drive; this
is its retry): the drives diskprep recorded in the job&apos;s folder, or those FILE lists as JSON
(driveId, serial, sequence, count, bytes, manifestSha256 in hex); each drive&apos;s key is read
from this computer&apos;s keychain.
`ship` takes DETAILS as --carrier, --tracking-number, --drive-count, --ship-date YYYY-MM-DD,
--recipient, --street1, --street2, --city, --state, --postal-code, --country, --phone,
--email, --return-carrier, --return-account; on a terminal (or with --interactive) it asks
for each one missing, in this order. It shows a review and commits on &quot;yes&quot; (or --yes).
Run again, it shows the job and each drive&apos;s state.
`papers` writes the packing list and one label per drive as PDF into DIR.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importjob create needs --job and --staging.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::ImportJobShip</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shipping details of import job &quot;%1&quot; (%n drive(s)).</source>
        <translation>
            <numerusform>Shipping details of import job &quot;%1&quot; (%n drive).</numerusform>
            <numerusform>Shipping details of import job &quot;%1&quot; (%n drives).</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer: nothing was committed; the job is still Creating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was committed: correct the details above and run the command again; the job is still Creating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the shipping details of import job &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit these shipping details? Type &quot;yes&quot; to commit: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not committed: the job is still Creating. Run the command again to enter the shipping details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed: import job &quot;%1&quot; is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipping details are stored in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::ImportServiceAccess</name>
    <message>
        <source>The staging location &quot;%1&quot; holds no seed of an import job: name the staging location the seed was written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer waits on no import job: name it with --job NAME and its publish settings with --publish-settings FILE, or the staging location with --staging DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer knows no import job &quot;%1&quot;: give its publish settings with --publish-settings FILE, or its staging location with --staging DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several import jobs could be meant (%1): name one with --job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; names no publish settings file: give it with --publish-settings FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import job &quot;%1&quot;: %2 (since %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with %1, tracking number %2, on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1 of %2: %3 (serial %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::InitCommand</name>
    <message>
        <source>create an encrypted vault; its recovery key is shown once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an encrypted vault in LOCATION, protected by a passphrase.
Prints a recovery key once: write it down, it opens the vault when the passphrase is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also keep the vault&apos;s key in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what uses the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault&apos;s passphrase: give it with --password-file FILE or SEMINA_PASSWORD, or run init on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the vault %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (shown only now; keep it apart from the passphrase):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key is also kept in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::JobsCommand</name>
    <message>
        <source>list this server&apos;s import jobs and their states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no import jobs yet: semina-cli offline-backup starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT/CONTAINER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: semina-cli jobs [--json]
Lists this server&apos;s offline-backup import jobs: name, state, storage account/container, staging location, creation time.
--json: the jobs as a JSON array on standard output (fields in docs/CLI.md).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs takes only --json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::KeyCommand</name>
    <message>
        <source>add|remove|list: the passphrases that open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key add: read the new passphrase from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key add: who or what uses the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, remove or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add|remove ID|list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use key add, key remove ID or key list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down now and keep it apart from the drives: it is shown only once and opens the vault if the passphrases are lost. Any earlier recovery key no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key add: adds a passphrase (from --new-password-file, SEMINA_NEW_PASSWORD or a prompt).
key add --recovery: makes a new recovery key, shown once, in place of the vault&apos;s recovery key.
key remove ID: removes one (not the last passphrase).
key list: lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key add: a new recovery key instead of a passphrase; the old recovery key stops working.</source>
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
    <name>Semina::Cli::ManPage</name>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished, but some items failed (listed as warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command line is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value, file or form field is not acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named file, vault, container, object or job does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password, key or SAS, or no permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data exists but fails verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local file system failed (full disk, unplugged drive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a remote service could not be reached or kept failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job was stopped; run the same command again to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OS keychain answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else changed the record, or it already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the offline import job to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another job holds the vault&apos;s lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bug in Semina: please report it with the details line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed a large first backup on encrypted drives, then keep it current over the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARGUMENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semina-cli is the command-line twin of Semina&apos;s wizards. It prepares the server for offline seeding, writes the first backup, compressed and encrypted, into a staging location for the drives, follows the import jobs, and backs up to and restores from the encrypted, deduplicated vault. Every long job shows its progress on standard error, stops cleanly on Ctrl+C and continues where it stopped when run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the commands; COMMAND --help shows a command&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase when --password-file is not given; without either, the OS keychain or a prompt on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase of key add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::NamedArguments</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;: this action takes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; has no value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::OfflineBackupCommand</name>
    <message>
        <source>estimate or start the offline backup (the first backup, on drives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipping drives&apos; size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staging location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import job&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one folder or file to protect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected size:    %1 in %2 files and %3 folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected seed:     %1 (compresses to %2% in a sample of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging location:  needs %1 free (the protected size, to be safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives needed:     %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 10 drives: split the sources into several import jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging free:      not known from here (%1 is checked when the seed is written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging free:      %1 in %2, enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  semina-cli offline-backup --estimate [--drive-size SIZE] [--staging DIR] SOURCE...
  semina-cli offline-backup --staging DIR --publish-settings FILE --job NAME
             --subscription GUID --storage-account NAME --container NAME
             [--exclude PATH]... [--password-file FILE] [--no-keychain] [--force] SOURCE...
  semina-cli offline-backup --verify --staging DIR --job NAME [--certificate FILE.cer]
--estimate reports the protected size, the expected seed size and the drives needed
(SIZE like 4T, 500G or 2TiB; 4T by default) and, with --staging, whether DIR has room
for it (exit code 1 when it does not). The second form checks the offline-backup
form and writes the first backup into DIR/NAME: a vault, its signed seed manifest, and
the job in the job list. The vault&apos;s passphrase comes from --password-file, else
SEMINA_PASSWORD, else a prompt; it is kept in the OS keychain unless --no-keychain.
Run the same command again to continue an interrupted seed; --force replaces a
finished one. --verify re-reads the seed and checks it against its manifest and the
manifest&apos;s signature (by this server&apos;s certificate, or the exported FILE.cer).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave PATH out (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the vault&apos;s passphrase from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not keep the vault&apos;s key in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a finished seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a written seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported certificate (DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the seed&apos;s vault: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ: run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed&apos;s vault needs a passphrase: give it with --password-file FILE or SEMINA_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of import job &quot;%1&quot; finished (continued from the last run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of import job &quot;%1&quot; written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected:         %1 in %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:              %1 in %2 objects, in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault:             %1, snapshot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed manifest:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recovery key down now and keep it apart from the drives: it is shown only once and opens the vault if the passphrase is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the seed to verify with --staging DIR and --job NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed of import job &quot;%1&quot; in %2 matches its manifest: %3 objects (%4) read and hashed; the manifest is signed by %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: prepare the drives from %1; `semina-cli jobs` shows the job as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::RestoreCommand</name>
    <message>
        <source>restore a snapshot, or chosen paths of it, into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores SNAPSHOT (an id, a unique prefix, or &quot;latest&quot;, the default) into --target. Every chunk is verified; damaged files are reported and the others still restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to restore into (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore only this path of the snapshot, e.g. data/docs (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot; &quot;latest&quot; when left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[SNAPSHOT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one snapshot at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the folder to restore into with --target FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 files (%2) into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 damaged files were not restored and %2 unsafe entries were refused: run semina-cli check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip symbolic links that lead outside the target folder (by default every link is restored as it was; none is ever followed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated, does nothing: links are restored as they were by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow-outside-links and --no-outside-links contradict each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries were skipped (see the warnings above).</source>
        <translation>
            <numerusform>%n entry was skipped (see the warnings above).</numerusform>
            <numerusform>%n entries were skipped (see the warnings above).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Semina::Cli::ServiceCommand</name>
    <message>
        <source>Usage:
  semina-cli service init --account NAME --address ADDRESS [--carriers LIST]
  semina-cli service set [--account NAME] [--address ADDRESS] [--carriers LIST]
  semina-cli service show [--account NAME]
`init` creates the import service in the storage account NAME (`semina-cli account add`
first): the receiving station&apos;s key pair (its private key in this computer&apos;s keychain),
its certificate, the ship-to address and the carriers. ADDRESS is &quot;recipient; street 1;
street 2; city; state or province; postal code; country or region&quot;; LIST is comma
separated (DHL,FedEx,TNT,UPS by default). Without --account, `set` and `show` work on the
embedded local service (made on first use with a placeholder address to set).
Then issue publish settings with `semina-cli subscription create --service NAME`.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import service &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station certificate: %1, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init | set | show: the import service (ship-to address, carriers, station key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ship-to address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supported carriers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of init, set and show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service init needs --account and --address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the import service in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: issue publish settings with &quot;semina-cli subscription create --service %1 --name NAME --out FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::SnapshotsCommand</name>
    <message>
        <source>list the snapshots in a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the vault&apos;s snapshots, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID        Time                  Host             Files     Size  Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s).</source>
        <translation>
            <numerusform>%n snapshot.</numerusform>
            <numerusform>%n snapshots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Semina::Cli::StatusCommand</name>
    <message>
        <source>Usage: semina-cli status [--job NAME] [--publish-settings FILE [--subscription GUID]]
                         [--json] [--watch [--interval SECONDS]]
Shows the import jobs in the import service: state, the deadline counted down (14 days to
enter the shipping details, 14 days for the drives to arrive, 7 to 10 days of processing)
and each drive&apos;s state. Without --job: every job of this computer the service knows, or
with --publish-settings every job of that subscription. --watch refreshes every SECONDS
(60 by default) until every job has ended.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import jobs&apos; states and deadlines, counted down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh until every job has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between refreshes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval takes a number of seconds (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import job in the import service yet: drive preparation creates one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::StopSignals</name>
    <message>
        <source>Stopped; run the same command to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; run the same command to start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::SubscriptionCommand</name>
    <message>
        <source>create: issue a publish settings file for the embedded local service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its id; a new GUID when left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only subscription action is &quot;create&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name and --out are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: subscription &quot;%2&quot; (%3) of the embedded local service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: semina-cli subscription create --name NAME [--id GUID] [--service NAME] --out FILE.publishsettings
Issues a publish settings file (schema 2.0) with a new management certificate for Semina&apos;s
embedded local service, or with --service for the import service in the storage account NAME
(`semina-cli service init`), which registers the certificate for the subscription. Keep the
file private: like Azure&apos;s, it holds the certificate&apos;s key.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import service&apos;s storage account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists: choose another --out file, or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: subscription &quot;%2&quot; (%3) of the import service %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::UnlockCommand</name>
    <message>
        <source>remove a vault&apos;s locks left by jobs that no longer run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the vault&apos;s locks. Every backup, check, restore and key change locks the vault while it runs; a lock whose process has ended is stale. Without options every lock is removed: do that only when no other Semina job uses the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove only stale locks: of processes that ended on this machine, or not refreshed for 30 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only list the locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --list or --remove-stale, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stale: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lock was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Cli::VaultAccess</name>
    <message>
        <source>The vault: a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (else SEMINA_PASSWORD, the OS keychain, or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the vault with --vault FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault at &quot;%1&quot;: check the path, or create one with semina-cli init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created: check the path and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ: run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new passphrase with --%1 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault needs its passphrase: give it with --password-file FILE or SEMINA_PASSWORD, or keep the key in the OS keychain (init --keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Crypto</name>
    <message>
        <source>The cryptographic library failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encryption key has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message is too large to encrypt in one piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted data failed its integrity check: it was damaged or belongs elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for an impossible number of random bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed (RAND_bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Desktop::DesktopNotifier</name>
    <message>
        <source>No desktop notification server answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no D-Bus session bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notification server gave an unexpected answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Desktop::JobNotices</name>
    <message>
        <source>The first backup is being written into the staging location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first backup is in the staging location: prepare the drives at the copy computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship the drives to the data center and enter the shipping details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drives are on their way. Backups into the vault wait until the import job is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data center received the drives; processing usually takes 7 to 10 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data center is importing the drives into the storage account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data center is packing the drives to ship them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next backup moves the imported data into the vault and continues over the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import job ended with errors: Import status shows the logs of its drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import job was canceled; backups into the vault continue over the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import job %1: %2</source>
        <extracomment>%1 is the import job&apos;s name, %2 its new state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import job %1: a deadline is near</source>
        <extracomment>%1 is the import job&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import job %1: a deadline has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drives had to arrive at the data center by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipping details had to be entered by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drives must arrive within %n day(s).</source>
        <translation>
            <numerusform>Drives must arrive within %n day.</numerusform>
            <numerusform>Drives must arrive within %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter the shipping details within %n day(s).</source>
        <translation>
            <numerusform>Enter the shipping details within %n day.</numerusform>
            <numerusform>Enter the shipping details within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The drives are prepared: create the import job (semina-cli importjob create) and ship them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Devices::BackingDisk</name>
    <message>
        <source>%1 does not exist: name an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Devices::BlockDevice</name>
    <message>
        <source>lsblk&apos;s answer is not the JSON Semina expects: update util-linux (lsblk 2.33 or later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the block devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that lsblk (util-linux) works on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Devices::DriveCandidate</name>
    <message>
        <source>block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mounted volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job uses %1 drives, but the import service takes at most %2 drives per job: split the seed over several jobs, or use larger drives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Devices::DriveDiscovery</name>
    <message>
        <source>%1 holds the running system (mounted at %2): choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds swap space in use: choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has file systems in use (mounted at %2): unmount them first if this disk may be erased (umount %3), or choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the staging location: the seed must be copied to other disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is attached by USB: the import service takes bare internal drives, so ship it without its USB enclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 10 TB (%2): the import service takes drives up to 10 TB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is write-protected: release its write-protect switch, or choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mounted read-only: remount it writable (mount -o remount,rw %1) or choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staging location %1 does not exist: name the folder that holds the seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is Semina&apos;s own mapping of a partition of %2: name %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no drive Semina can use (%2, %3 bytes): name a disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a partition of %2: name the whole disk %2, which Semina formats, or the folder where %1 is mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a block device lsblk lists: name a disk such as /dev/sdb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps the staging location %2: name a folder outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the same disk as the staging location: such a copy protects nothing and is for tests only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not writable: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist: name a disk (/dev/sdb), a mounted volume or a folder; semina-cli drives list shows the candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file: attach a disk image with losetup -f --show %1 and name the loop device it prints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Devices::DriveId</name>
    <message>
        <source>The drive id in %1 cannot be read: %2. Check the drive&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no valid drive id: remove the file and prepare the drive again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Devices::ExternalTool</name>
    <message>
        <source>%1 could not be started: install the Debian package %2 (as root: apt-get install %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while %1 was running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped: check the device, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (exit code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed for %2: %3 said: %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs root: run the same command as root, e.g. sudo %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Devices::MountTable</name>
    <message>
        <source>%1 cannot be read: %2. Semina needs /proc mounted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Devices::VolumeFormatter</name>
    <message>
        <source>%1 (%2) is not a disk: only a whole disk is formatted; Semina&apos;s drive layout goes straight into a volume or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now another drive (its serial number or size changed): list the drives again and choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer connected: connect the drive again, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition of %1 holds no Semina exFAT volume (found: %2 %3): format the drive again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a GPT partition table on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition table written on %1 does not read back as written: check the drive, then format it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the exFAT file system on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the exFAT file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the drive and its cable, then format it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Semina drive volume: format it instead (this erases it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the partition table of %1 failed: sfdisk said: %2. Check that the drive is still connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the partition table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that nothing uses the drive and that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping the partition to a loop device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that loop devices are available (modprobe loop; losetup -f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detaching the loop device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close what uses it, then run losetup -d %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mount point %1 cannot be created: %2. Check the permissions of its parent folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be made private: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounting the exFAT volume of %1 failed with the kernel&apos;s driver and with exfat-fuse: install exfat-fuse (apt-get install exfat-fuse) or load the kernel&apos;s driver (modprobe exfat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flushing the volume of %1 at %2 failed: %3. Check that the drive is still connected; its last writes may be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmounting the volume of %1 at %2 failed: umount said: %3. Close the programs using it (fuser -vm %2 lists them), then run umount %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Drives::DriveCopier</name>
    <message>
        <source>The drive %1 is gone (%2 no longer exists): reconnect it and run the same command again; the objects already copied are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the drive %1 failed: %2 Check the drive and its cable, then run the same command again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed object %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed object %1 is shorter than its manifest says: the seed in the staging location was changed; check it with semina-cli offline-backup verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed object %1 in the staging location differs from the seed manifest: the seed was changed or damaged; check it with semina-cli offline-backup verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes read back differ from the seed object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive %1 is faulty: the object %2 read back wrong %3 times (%4). Use another drive: run the command again with another drive in its place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Drives::DriveJournal</name>
    <message>
        <source>The journal %1 cannot be written (%2): free space in the staging location or fix its permissions, then run again; nothing copied so far is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drive of this job was prepared yet (%1 does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another drive preparation of this job is running (it holds %1): wait for it to end, or stop it, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another drive preparation of this job took over its journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Drives::DriveKey</name>
    <message>
        <source>The drive&apos;s wrapped key is damaged or of an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive key in the keychain has %1 bytes instead of %2: unlock the drive with its recovery password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery password does not open drive %1: every group is well formed, so it is probably the password of another drive; check the drive id printed beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Drives::DriveLayout</name>
    <message>
        <source>This is drive %1 of %2 of the offline-backup import job &quot;%3&quot;, prepared by Semina.
Drive id: %4

Everything under the folder &quot;semina&quot; is encrypted (AES-256-GCM) with this drive&apos;s key.
The station unlocks it with the 48-digit recovery password that was shown when the drive was
prepared, or with the key kept in the copy computer&apos;s keychain:

    semina-cli drive verify --drive &lt;this drive&apos;s folder&gt;

SEMINA-DRIVE.json names the drive and holds its key wrapped under the recovery password.
Do not change or delete any file: the drive manifest lists every file with its checksums.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Semina drive header, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Semina (drive format %2): update Semina to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive header %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive %1 cannot be read: run as a user who may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Semina drive: it has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed from the drive: check that the drive is writable and not in use, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made on the drive: check that it is writable and not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Drives::DriveManifest</name>
    <message>
        <source>%1 does not exist: the drive&apos;s preparation did not finish; run diskprep again to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive manifest is not one this Semina reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive manifest has a damaged entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive manifest read back from %1 differs from what was written: the drive may be faulty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive %1 has no manifest: its preparation did not finish; run diskprep again to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive manifest is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive manifest was signed by the certificate %1, not by %2: check it with the certificate of the server that wrote the seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive manifest or its signature was changed after the drive was prepared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Drives::DriveOpener</name>
    <message>
        <source>The drive %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting %1 erases everything on it: confirm by typing its name (--confirm-format %2), or choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no drive prepared by Semina: name a drive that semina-cli diskprep or the &quot;Prepare drives&quot; wizard prepared, or the folder where it is mounted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Drives::DrivePreparer</name>
    <message>
        <source>The free space of the drive %1 (%2) cannot be read: check that it is mounted and writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1 (%2): %3 written, %4 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (about %1 s);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive %1 is too small: %2 free, and the next object (%3) needs %4 with the drive manifest&apos;s reserve. Use a larger drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive %1 does not exist or is not a folder: name a mounted volume, a folder, or a block device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive %1 is the seed&apos;s own folder or inside it: choose a drive outside the staging location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive %1 is drive %2 of this job and already finished: skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the unfinished drive %1 is not in this computer&apos;s keychain: the drive is prepared again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive %1 is drive %2 of another import job, &quot;%3&quot;: to reuse it for &quot;%4&quot;, confirm by typing its name (--confirm-format %1); or use another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive %1 holds files Semina did not write (%2): they would be deleted. Confirm by typing its name (--confirm-format %1), or use an empty drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished drive %1 (drive %2) is replaced by %3; %1 must be prepared again before it is shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read back wrong from drive %1 and written again (%2 writes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the manifest of drive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive %1 took no object: it is too small or full. Use a larger or empty drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no offline identity: the manifest of drive %1 is not signed. Prepare drives on the server that wrote the seed to have them signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed of &quot;%1&quot; lists no object: write it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 belongs to an earlier seed of &quot;%2&quot; (the seed was written again): delete the folder %3 to prepare the drives of the new seed from the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Drives::DriveVerifier</name>
    <message>
        <source>The drive %1 was not finished: it has no recovery password yet. Run diskprep for its job again to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the drive&apos;s recovery password to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of drive %1 is not in this computer&apos;s keychain: give its recovery password (--recovery-password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking the drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive manifest on %1 belongs to another drive (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading every object on the drive and checking it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its SHA-256 differs from the manifest&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the CRC64 of its bytes on the drive differs from the manifest&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a file the manifest does not list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive %1 is damaged: %2 (%3 problems in all). Prepare it again from the staging location, or ask the station to use the other drives first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Drives::PreparedDrives</name>
    <message>
        <source>The drives of the job in %1 are not prepared yet: run semina-cli diskprep s:&lt;staging&gt; to prepare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: run diskprep for this job again to rewrite it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Drives::RecoveryPassword</name>
    <message>
        <source>A recovery password has only digits: eight groups of six, e.g. 123456-234567-...; check what was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery password has 48 digits in eight groups of six; %1 digits were given: type it again from the printed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 of the recovery password is mistyped: check its six digits against the printed copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Drives::SealedFile</name>
    <message>
        <source>The drive file %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive file %1 cannot be read (%2): check that the drive is still connected, then run the same command again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while writing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive %1 cannot be synced (%2): check that it is still connected, then run the same command again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while reading %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive file %1 is damaged: segment %2 does not open (changed, cut short or moved bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive file %1 is damaged: it is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Drives::SpanPlan</name>
    <message>
        <source>The object %1 (%2) does not fit on an empty drive of %3, of which %4 are kept for the drive&apos;s folders and manifest: use larger drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size: write it like 4T, 500G, 1.5TB or 750GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable drive size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Drives::StagedSeeds</name>
    <message>
        <source>The staging location %1 does not exist: name the folder the offline backup wrote its seed into (s:&lt;staging&gt; or --staging DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready: the seed is still being written (no signed manifest yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staging location %1 holds no seed: run the offline backup first (semina-cli offline-backup), or name the staging location it wrote to.</source>
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
    <message>
        <source>vault in use</source>
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
    <name>Semina::Offline::Certificate</name>
    <message>
        <source>The data is not an X.509 certificate in DER form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management certificate in %1 is not a PKCS#12 certificate: download the publish settings file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management certificate in %1 cannot be opened with an empty password or uses an unsupported algorithm: download the publish settings file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management certificate in %1 holds no certificate: download the publish settings file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::CertificatePublisher</name>
    <message>
        <source>The certificate %1 is not published in container &quot;%2&quot; of %3: on the server that owns it, run &quot;semina-cli certgen AddRegistryEntries&quot; for this storage account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object %1 in container &quot;%2&quot; of %3 is not the certificate %4: it was altered; publish the certificate again from its server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::DataFolder</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot;: check the permissions of its parent folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::Deadlines</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shipping details by %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drives must arrive at the station by %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing is expected to end between %1 and %2 (7 to 10 days after receipt; no promise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing takes longer than the expected 7 to 10 days (expected by %1): ask the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shipping details by %1: %2</source>
        <extracomment>%1 is a day (&quot;18 December&quot;), %2 the time left (&quot;9 days left&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives must arrive by %1: %2</source>
        <extracomment>%1 is a day (&quot;18 December&quot;), %2 the time left (&quot;9 days left&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected between %1 and %2</source>
        <extracomment>%1 and %2 are days (&quot;12 December&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::DriveState</name>
    <message>
        <source>Specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed with errors or warnings (see its log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ImportGate</name>
    <message>
        <source>(The import service could not be asked: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for import job to complete: the import job &quot;%1&quot; (%2) seeds this vault offline, and backups into it resume once the job is completed. `semina-cli status` shows its state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ImportJob</name>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job record is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives prepared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ImportJobStore</name>
    <message>
        <source>Another Semina process keeps the job list in &quot;%1&quot; busy: wait for it to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the job record &quot;%1&quot;: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job record &quot;%1&quot; is damaged: move it away; the other jobs are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job name: use 3 to 64 letters, digits, hyphens and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job named &quot;%1&quot; exists already: choose another name (semina-cli jobs lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import job named &quot;%1&quot; on this server: semina-cli jobs lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; was changed by another process meanwhile: read it again and repeat the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is %2 and cannot become %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::JobCreation</name>
    <message>
        <source>The drive &quot;%1&quot; of job &quot;%2&quot; is not fully prepared (id, key, manifest hash, &quot;%3 of %4&quot;): prepare it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed manifest &quot;%1&quot; cannot be read (%2): name the staging location and job of a written seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship the drives to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported carriers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::JobStanding</name>
    <message>
        <source>%1: the first backup is not written completely yet; continue it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first backup is written, ready to be copied onto drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n drive(s) prepared, the import job not created yet</source>
        <translation>
            <numerusform>%1: %n drive prepared, the import job not created yet</numerusform>
            <numerusform>%1: %n drives prepared, the import job not created yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n drive(s) prepared, waiting for shipping details; %2</source>
        <extracomment>%1 is the job, %2 the time left (&quot;9 days left&quot;)</extracomment>
        <translation>
            <numerusform>%1: %n drive prepared, waiting for shipping details; %2</numerusform>
            <numerusform>%1: %n drives prepared, waiting for shipping details; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n drive(s) on their way. %2</source>
        <extracomment>%1 is the job, %2 the deadline (&quot;Drives must arrive by 18 December: 9 days left&quot;)</extracomment>
        <translation>
            <numerusform>%1: %n drive on its way. %2</numerusform>
            <numerusform>%1: %n drives on their way. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 at the station, %3 of %n drive(s) done. %4</source>
        <extracomment>%1 is the job, %2 its state, %3 the drives done, %4 the expected end (&quot;Expected between ...&quot;)</extracomment>
        <translation>
            <numerusform>%1: %2 at the station, %3 of %n drive done. %4</numerusform>
            <numerusform>%1: %2 at the station, %3 of %n drives done. %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: imported; the next backup moves the data into the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: closed with errors; the drives&apos; logs say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: canceled; its drives stay with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the import service did not answer: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::JobStatus</name>
    <message>
        <source>The staging location &quot;%1&quot; holds no seed of an import job: choose the staging location the seed was written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is not in the import service, so there is nothing to cancel there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is canceled already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is %2: a job can be canceled only while Creating or Shipping, before its drives reach the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import service could not be asked about the job &quot;%1&quot;: cancel it once the service answers (Refresh).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::KeyWrap</name>
    <message>
        <source>A wrapped key does not open with this station&apos;s key: it was changed, was wrapped for another station, or belongs to another job or drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s certificate holds neither an EC P-256 nor an RSA key: initialise the import service again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::LocalSubscription</name>
    <message>
        <source>The subscription needs a name: give one with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription id &quot;%1&quot; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): give a GUID with --id, or leave --id out to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists: choose another --out file, or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::OfflineApplicationParams</name>
    <message>
        <source>&quot;%1&quot; is not an OfflineApplicationParams file: give the file that semina-cli certgen CreateNewApplication wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (not well-formed XML): create or register the offline identity again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in &quot;%1&quot; is damaged: create or register the offline identity again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thumbprint in &quot;%1&quot; does not match its certificate: the file was edited; create or register the offline identity again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::OfflineFormValidator</name>
    <message>
        <source>Staging location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import job name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the job a name, e.g. fileserver-2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed: use 3 to 64 letters, digits, hyphens (-) and underscores (_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server already has a job named &quot;%1&quot;: choose another name (semina-cli jobs lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): copy the id from the publish settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no publish settings file with subscriptions was given: choose the publish settings file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the publish settings file, which holds %2: choose one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a storage account name: use 3 to 24 lower-case letters and digits, nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not registered for offline backup on this server: run &quot;semina-cli certgen AddRegistryEntries SubscriptionId:GUID xmlfilepath:FILE storageaccountname:%1&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a container name: use 3 to 63 lower-case letters, digits and hyphens, starting and ending with a letter or digit, never two hyphens in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a folder on a disk with room for the seed, or a network path (\\server\share).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete network path: write it as \\server\share\folder or //server/share/folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a relative path: give the full path, so the copy computer can find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file, not a folder: choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be created because &quot;%2&quot; is a file: choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not writable: choose a folder you can write to, or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be created: &quot;%2&quot; is not writable; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 free but the seed needs about %3: free some space or choose a larger disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the .publishsettings file of your subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file that can be read: choose the .publishsettings file, or check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::OfflineIdentity</name>
    <message>
        <source>The subscription id &quot;%1&quot; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): copy it from the publish settings file or the subscription&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Semina process is creating the offline identity: wait for it, then run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists but cannot be read (%2): move it away to make a new offline identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server already has an offline identity: certificate %1 with thumbprint %2, for subscription %3, in &quot;%4&quot;. Semina does not make a second one. To use it, export the certificate with &quot;semina-cli certgen ExportCertificate out:FILE.cer&quot;, upload FILE.cer, and keep the thumbprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no offline identity yet (no &quot;%1&quot;): make one with &quot;semina-cli certgen CreateNewApplication SubscriptionId:GUID&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of the offline identity %1 is not in this keychain: sign on the server that created it, or move &quot;%2&quot; away and create a new identity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::OfflineRegistry</name>
    <message>
        <source>The subscription id &quot;%1&quot; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): give the id used with CreateNewApplication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a storage account name: use 3 to 24 lower-case letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is for subscription %2, not %3: give the subscription the identity was created for, or create one for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save Semina&apos;s settings in &quot;%1&quot;: check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage account &quot;%1&quot; is not registered for offline backup: register it with &quot;semina-cli certgen AddRegistryEntries SubscriptionId:GUID xmlfilepath:FILE storageaccountname:%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::PublishSettings</name>
    <message>
        <source>&quot;%1&quot; is a Web Deploy publishing profile (publishData/publishProfile with publishMethod &quot;MSDeploy&quot;), not the publish settings of a subscription: download the subscription&apos;s .publishsettings file (its root element is PublishData) and choose that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (subscription &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no ManagementCertificate: download the publish settings file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ManagementCertificate of %1 is not valid base64: the file was damaged or cut short; download the publish settings file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management certificate of %1 expired on %2: download a new publish settings file, which carries a new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management certificate of %1 is valid only from %2: check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish settings file &quot;%1&quot; holds no subscription &quot;%2&quot;; it holds %3: choose one of these, or the publish settings file of that subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish settings file &quot;%1&quot; does not exist: check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the publish settings file &quot;%1&quot;: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is far too large for a publish settings file: choose the .publishsettings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is XML but not a publish settings file (no PublishData/PublishProfile): choose the .publishsettings file downloaded for your subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an XML file: choose the .publishsettings file downloaded for your subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses publish settings schema version %2, which Semina does not know (it reads 1 and 2.0): download the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a well-formed XML file (line %2): it was damaged or cut short; download the publish settings file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription &quot;%1&quot; in &quot;%2&quot; has the id &quot;%3&quot;, which is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): the file was edited or damaged; download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists the subscription %2 twice: the file was edited or damaged; download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists no subscription: sign in with an account that has a subscription and download the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::Seed</name>
    <message>
        <source>&quot;%1&quot; cannot be removed: check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import job &quot;%1&quot; exists already with the staging location %2: choose another job name, or give that staging location to continue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import job &quot;%1&quot; is %2: its drives were prepared from this seed, so it cannot be written again. Choose another job name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed of the import job &quot;%1&quot; in %2 is finished: run again with --force to replace it (its drives must then be prepared again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed in %1 was started with a passphrase that is not in the OS keychain: give the same passphrase to continue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed was started without its job store or identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the staging location and at least one folder or file to protect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Semina process is writing the seed in %1: wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the seed&apos;s vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the seed manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase: the seed of the import job &quot;%1&quot; in %2 was started with another one. Give the passphrase chosen when it started (the vault&apos;s recovery key opens it too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed&apos;s vault needs a passphrase to be created: give one (it opens the vault later, with the recovery key shown once, when the seed is finished, as a spare).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::SeedEstimate</name>
    <message>
        <source>Cannot read it to judge its compressibility; it is counted as incompressible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one folder or file to protect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive size and the sample sizes must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: check the path of the data to protect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the data to protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling compressibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size: write it like 4T, 500G, 3.5TB or 2TiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::SeedManifest</name>
    <message>
        <source>The seed manifest &quot;%1&quot; is damaged (%2): write the seed again with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a seed manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed manifest &quot;%1&quot; has version %2, newer than this Semina reads: update Semina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job name, the vault id or its container is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 is not described fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its totals do not match its list of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature file &quot;%1&quot; of the seed manifest is damaged: write the seed again with --force.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::SeedObjects</name>
    <message>
        <source>The object &quot;%1&quot; is shorter than the store lists it (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the seed back and hashing it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::SeedVerification</name>
    <message>
        <source>&quot;%1&quot; does not exist: the seed in %2 is not finished; run the offline backup of this job again to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the seed manifest&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed manifest %1 was signed by the certificate %2, not by %3: verify it with the certificate of the server that wrote the seed (certgen ExportCertificate on that server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed manifest %1 was changed after it was signed, or its signature was: do not ship this seed; write it again with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the seed and comparing it with its manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed (%2 bytes instead of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unreadable (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed (its SHA-256 differs from the manifest&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not in the manifest (written after the seed was signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed in %1 does not match its manifest: %2 (%3 in all). Do not ship it; write it again with --force.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ServiceRecords</name>
    <message>
        <source>The import service&apos;s record %1 is damaged (%2): the station&apos;s operator must restore it from its copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has %2 parts; give 7, separated by semicolons: recipient; street 1; street 2; city; state or province; postal code; country or region (street 2 and state may be empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; needs a recipient, street 1, city, postal code and country or region.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ServiceSetup</name>
    <message>
        <source>Semina receiving station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(set the address: semina-cli service set --address ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import service needs at least one carrier: give them with --carriers DHL,FedEx,UPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already (&quot;%2&quot;, created %3): change its address or carriers with &quot;semina-cli service set&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created by someone else just now: see it with &quot;semina-cli service show&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import service needs at least one carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription %1 kept changing while its certificate was registered: run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish settings name the service &quot;%1&quot;, which Semina cannot reach: it reaches semina-local://embedded and semina-service://ACCOUNT. Use publish settings issued by &quot;semina-cli subscription create&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import service lives in the storage account &quot;%1&quot;, which this computer does not know: add it with &quot;semina-cli account add %1 ...&quot; as on the computer that created the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds several subscriptions (%2): name one with --subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management certificate in &quot;%1&quot; holds no private key, so it cannot speak for the subscription: download the publish settings file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ServiceStorage</name>
    <message>
        <source>the import service in %1, container %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import service&apos;s object &quot;%1&quot; is not a JSON record: the station&apos;s operator must restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import service in %1: create it with &quot;semina-cli service init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import service has no job &quot;%1&quot; in subscription %2: &quot;semina-cli status&quot; lists the subscription&apos;s jobs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ShippingCommit</name>
    <message>
        <source>The tracking number %1 is already used by another import job: check the number on the package&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ShippingValidator</name>
    <message>
        <source>%1 is missing: enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street (line 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street (line 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return carrier account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier &quot;%1&quot; is not one the import service accepts: choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking number &quot;%1&quot; is not one a carrier prints: copy the 5 to 40 letters and digits from the package&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds %1 drive(s), but the job has %2: ship every drive of the job in one package and give their number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ship date is missing or not a date: give it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ship date %1 is more than a week ahead: enter the shipping details once the package is about to leave (by %2 at the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is not well formed: give 6 to 15 digits, with an optional leading + and spaces or hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; is not well formed: give it as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::Signature</name>
    <message>
        <source>The offline private key in the keychain is damaged: create the offline identity again with semina-cli certgen CreateNewApplication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the data and the certificate %1: the data was changed after it was signed, or another server signed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::StagedJob</name>
    <message>
        <source>There is no seed of job &quot;%1&quot; in &quot;%2&quot;: name the staging location the seed was written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; names no publish settings file: give the publish settings file of its subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of drive %1 is not in this computer&apos;s keychain: create the job on the computer that prepared the drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish settings %1 do not hold the job&apos;s subscription %2 (they hold %3): download the publish settings of the subscription the job was created for.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading the seed and the prepared drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the import service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the import job in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::StationReport</name>
    <message>
        <source>The job &quot;%1&quot; is %2 and cannot become %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive %1 of job &quot;%2&quot; is %3 and cannot become %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; has no drive %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::StorageRegistration</name>
    <message>
        <source>The storage account &quot;%1&quot; is not set up in Semina, so the certificate cannot be published to it: add it with &quot;semina-cli account add %1 --folder PATH&quot; (or --connection-string-stdin), then register it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Offline::StoredImportService</name>
    <message>
        <source>The import service does not know subscription %1 (%2): use a publish settings file issued for it with &quot;semina-cli subscription create --service NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management certificate %1 of subscription %2 expired on %3 (or is not valid yet): issue new publish settings for the subscription and use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish settings&apos; private key does not match the management certificate %1: download the publish settings file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import service does not know the management certificate %1 for subscription %2: use the latest publish settings file issued for the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; carries no valid offline certificate: create it again from the server that wrote its seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is not signed by the offline certificate it names: it was changed on the way; create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job name: use 3 to 64 letters, digits, hyphens and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; lists %2 drive(s): a job ships 1 to %3 drives; split a larger seed into several jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import service already has a job named &quot;%1&quot; in subscription %2 (created %3, %4): choose another job name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking number %1 is already used by another import job of this service: one package and one tracking number per job. Check the number on the package&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is %2: shipping details are entered once, while the job is Creating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; was changed by someone else while the shipping details were committed: run the command again to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is %2: a job can be cancelled only while Creating or Shipping, before the station receives its drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; changed while it was being cancelled: run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Papers::DriveLabels</name>
    <message>
        <source>SHIP TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRIVE %1 OF %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not entered yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return address: see the packing list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted data drive: handle with care; keep dry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive labels: import job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF writer could not start a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF writer could not finish the labels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Papers::PackingList</name>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return by %1, account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest SHA-256 (start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing list: import job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF writer could not start a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PACKING LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline import of a first backup
Place this list inside the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account / container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives in this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s)</source>
        <translation>
            <numerusform>%n drive</numerusform>
            <numerusform>%n drives</numerusform>
        </translation>
    </message>
    <message>
        <source>Carriers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHIP TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RETURN ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not entered yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRIVES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed by: ______________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: ______________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key or password is printed here or written on the drives: each drive&apos;s key travels wrapped for the receiving station inside the import job. Printed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF writer could not finish the packing list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not entered yet: enter them before the package leaves (Semina&apos;s &quot;Shipping details&quot;, or &quot;semina-cli importjob ship&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Papers::RecoveryPasswordSheet</name>
    <message>
        <source>Drive %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this sheet away from the drives, somewhere only the people who may open them can reach. A drive&apos;s recovery password opens it without this computer&apos;s keychain; anyone holding both the drive and its password can read the backup on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECOVERY PASSWORDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import job %1, printed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery passwords of import job %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Drive id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Serial: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Recovery password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not start a page: check that it is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is printed here. Each drive&apos;s key stays in the keychain of the computer that prepared it and travels wrapped for the receiving station inside the import job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not finish the page: check that it is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery passwords: import job %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Papers::ShippingPapers</name>
    <message>
        <source>The printer could not start a page: check that it is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not finish the papers: check that it is connected.</source>
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
    <name>Semina::Store</name>
    <message>
        <source>The storage folder &quot;%1&quot; does not exist: create it, or plug in the drive that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object &quot;%1&quot; in container &quot;%2&quot; of %3 is damaged: %4. Restore it from another copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes were read where %2 were written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its bytes do not match the MD5 recorded when it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Store::AccountRegistry</name>
    <message>
        <source>Could not create the folder %1: check that its parent is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no storage account named &quot;%1&quot;: add it with semina-cli account add, or list the known ones with semina-cli account list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid account name: use 1 to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container &quot;%1&quot; does not exist in %2: create it, or give the right one with --container when adding the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned different bytes than were written to container &quot;%2&quot;: something between Semina and the storage damages data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, container &quot;%2&quot;: a 64 KiB test object was written, read back identical and removed in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lets Semina read container &quot;%2&quot; but not write to it: enough to restore, not to back up. To back up, give a SAS with the read, add, create, write, delete and list permissions (or the account key), or a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account key or SAS of the storage account &quot;%1&quot; is not in this computer&apos;s keychain (a new computer, or a keychain that was reset): give the connection string again with semina-cli account add %1 --connection-string-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not list the test object just written to container &quot;%2&quot;: the storage does not behave as Azure Blob Storage does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lets Semina write to container &quot;%2&quot; but not list it: give a SAS with the read, add, create, write, delete and list permissions (or the account key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lets Semina write to container &quot;%2&quot; but not delete from it: give a SAS with the read, add, create, write, delete and list permissions (or the account key).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Store::Local</name>
    <message>
        <source>The object name &quot;%1&quot; cannot be kept in a folder: its part &quot;%2&quot; needs %3 bytes on disk, more than the %4 a file name may have. Use shorter parts between the slashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not lock the container folder &quot;%1&quot;: %2. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in container &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container &quot;%1&quot; does not exist in the folder account %2: create it first (semina-cli creates the containers it needs when a vault or job is set up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the object %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object %1 is damaged: its file does not start with a Semina object header. Restore it from another copy or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object %1 is damaged: it should hold %2 bytes but its file holds %3. Restore it from another copy or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage folder %1 does not exist: plug in its drive, or create the folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the container folder %1: check that %2 is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the container folder %1: check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object %1 already exists: someone else wrote it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object %1 was changed or removed by someone else since it was read: read it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the object %1 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the data for the object %1: the source ended after %2 of %3 bytes (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range %1+%2 is outside the object %3, which has %4 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object %1 is damaged: it ended early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object %1 is damaged: its bytes do not match the MD5 recorded when it was written. Restore it from another copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the object %1 to its destination: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A listing page must hold at least one object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the object %1: check that %2 is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object %1 is damaged, so it was not copied: its bytes do not match its MD5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the object %2: %3. Free some space on that disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the object %2: %3. Check that %4 is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a temporary file of container &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary file %1 of an unfinished write cannot be removed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Store::ObjectNames</name>
    <message numerus="yes">
        <source>it has %n character(s).</source>
        <translation>
            <numerusform>it has %n character.</numerusform>
            <numerusform>it has %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid container name: %2 Container names have 3 to 63 characters: lower-case letters, digits and single hyphens, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts or ends with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has two hyphens in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid object name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An object name is empty: every object needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1 bytes long; names may have at most %2 bytes of UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a backslash; use &quot;/&quot; to separate folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts with &quot;/&quot;; names are relative to their container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends with &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains &quot;//&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains &quot;%1&quot; as a folder; names cannot leave their container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid Unicode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::BackUpPage</name>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first backup is written, compressed and encrypted, into the staging location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the import job %1 into %2. Stop ends it cleanly; &quot;Try again&quot; continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::CertificatePage</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport .cer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server signs what it seeds with its own certificate; its private key stays in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to export the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for where to export the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the certificate, or reading the one this server already has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the offline certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the key pair and the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the offline certificate of this server and wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server already has its offline certificate (in %1); it was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was made for the subscription %1, not for %2: go Back and choose the subscription %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: register the storage account. To upload the certificate by hand instead, export the .cer and keep its thumbprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 without the private key (thumbprint %2). For the manual path, upload it and keep the thumbprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::DonePage</name>
    <message>
        <source>The seed is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first backup waits in the staging location for the drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) were written as %2 into %3; the signed manifest is %4.</source>
        <translation>
            <numerusform>%1 of %n file were written as %2 into %3; the signed manifest is %4.</numerusform>
            <numerusform>%1 of %n files were written as %2 into %3; the signed manifest is %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import job %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key of the new vault, shown only this once: write it down and keep it apart from the drives.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, the technician: at the copy computer, open &quot;Prepare drives&quot; with the staging location %1 and the import job %2, then enter the shipping details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::DriveChooser</name>
    <message>
        <source>Drives plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drives plugged in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the drives again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a folder as the drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drive mounted by the system, or any folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or use a f&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a folder to use as the drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive&apos;s name, typed to confirm erasing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing %1 erases everything on it. Type &amp;its name, %1, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to use as the drive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::DrivesPage</name>
    <message>
        <source>Drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a drive and choose it. Each drive is encrypted with its own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1 was not finished: connect it again and choose it to continue on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose drive %1 of the import job &quot;%2&quot;.</source>
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
    <name>Semina::Ui::EstimatePage</name>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the seed will take, before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping drive size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drive size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a sample of the sources to judge how well they compress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n file</numerusform>
            <numerusform>%1 in %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 (a sample of %2 compresses to %3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space there or go Back and choose another staging location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: free space not known from here; it is checked while the seed is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free in %2: enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drive holds more than nothing: type a size like 4T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) of %1</source>
        <translation>
            <numerusform>%n drive of %1</numerusform>
            <numerusform>%n drives of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An import job takes at most %n drive(s): split the sources into several jobs.</source>
        <translation>
            <numerusform>An import job takes at most %n drive: split the sources into several jobs.</numerusform>
            <numerusform>An import job takes at most %n drives: split the sources into several jobs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Semina::Ui::FormFields</name>
    <message>
        <source>Choose the staging location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the publish settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish settings (*.publishsettings);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ImportJobDetails</name>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a job in the list to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 on this computer; the import job is created in the service once its drives are prepared.</source>
        <extracomment>%1 is the job, %2 its state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 as this computer last heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 since %3.</source>
        <extracomment>%1 is the job, %2 its state, %3 a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shipping details yet: ship the drives, then enter the carrier and tracking number in &quot;Shipping details&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shipped with %1, tracking number %2, on %3: %n drive(s).</source>
        <extracomment>%1 is the carrier, %2 the tracking number, %3 the ship date</extracomment>
        <translation>
            <numerusform>Shipped with %1, tracking number %2, on %3: %n drive.</numerusform>
            <numerusform>Shipped with %1, tracking number %2, on %3: %n drives.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drive %1: error log %2; verbose log %3</source>
        <extracomment>%1 is the drive&apos;s number, %2 and %3 where the station put its logs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs: the station writes an error log and a verbose log for each drive as it imports it; none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs written by the station:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ImportJobPage</name>
    <message>
        <source>P&amp;rint...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shipping details no&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import service learns which drives are coming and where their data goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the packing list and the drive labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the packing list and the drive labels as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing list and drive labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packing list goes into the package; stick one label on each drive&apos;s case. Neither shows a key or a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the package has its tracking number, enter the shipping details: until then the import service waits for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the import job: each drive&apos;s key is wrapped for the receiving station and the request is signed by this server. Should this fail, the drives stay prepared: fix the problem and try again; nothing is copied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import job &quot;%1&quot; is %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later: open &quot;Shipping details&quot; in Semina&apos;s main window (or run &quot;semina-cli importjob ship --job %1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers of import job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: the packing list, then %n drive label(s).</source>
        <translation>
            <numerusform>Sent to the printer: the packing list, then %n drive label.</numerusform>
            <numerusform>Sent to the printer: the packing list, then %n drive labels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to save the papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Once they are entered, the drives must arrive within %n day(s).</source>
        <translation>
            <numerusform>Once they are entered, the drives must arrive within %n day.</numerusform>
            <numerusform>Once they are entered, the drives must arrive within %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ImportStatusModel</name>
    <message>
        <source>%1%</source>
        <extracomment>a percentage: %1 is the number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 and %2 are sizes (&quot;1.2 TB of 4 TB&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1 of %2 (%3)</source>
        <extracomment>%1 and %2 are numbers, %3 the drive&apos;s serial number or id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job or drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ImportStatusPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel this job...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each import job and its drives stand in the import service, and the deadlines that apply. The list refreshes every minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import jobs and their drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the chosen import job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the import service...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import status could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import job yet: the first backup&apos;s seed and Prepare drives create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import job &quot;%1&quot;? The import service stops waiting for its drives, which stay with you. A canceled job cannot be taken up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the &amp;job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling the import job &quot;%1&quot;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import job &quot;%1&quot; is canceled; its drives stay with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import job &quot;%1&quot; was not canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import status is being read; cancel again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::InitiateBackupWizard</name>
    <message>
        <source>The seed of the import job %1 is being written. Stop it and close? Nothing is lost: open &quot;Initiate offline backup&quot; again and choose &quot;Continue job %1&quot; to go on where it stopped.</source>
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
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::LocalSubscriptionPage</name>
    <message>
        <source>Local subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semina issues a publish settings file for its embedded local service, as the portal would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the local subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server already has the local subscription &quot;%1&quot; (%2), written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued the local subscription &quot;%1&quot; (%2) and wrote it to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this file private: like the portal&apos;s, it holds a key. Next: the offline certificate.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Where %1 stands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::OfflineFormPage</name>
    <message>
        <source>Offline backup form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the first backup is written, and the import job it travels with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local folder, or \\server\share\folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the staging location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brows&amp;e...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the publish settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staging location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish settings file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;job name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubscription ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage c&amp;ontainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a note of the staging location and the import job name: the drives are prepared from them, on this computer or on the copy computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Subscription(s) in this file: %1</source>
        <translation>
            <numerusform>Subscription in this file: %1</numerusform>
            <numerusform>Subscriptions in this file: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its seed in %1 is unfinished: continue it where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::PackagePage</name>
    <message>
        <source>The package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every drive of the job goes into one package with one tracking number. Enter what the carrier&apos;s label says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed on the label, for example 1Z999AA10123456784</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import job &quot;%1&quot;: the package holds its %n drive(s).</source>
        <translation>
            <numerusform>Import job &quot;%1&quot;: the package holds its %n drive.</numerusform>
            <numerusform>Import job &quot;%1&quot;: the package holds its %n drives.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::PlanPage</name>
    <message>
        <source>&amp;Write no more than this on each drive, even on larger drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many drives the seed needs, and what goes on each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of each drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 4T or 500G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drives of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the size of the drives you will use, or choose one of the drives at hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drive holds more than nothing: type its size, for example 4T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The seed of &quot;%1&quot; (%2 objects, %3) needs %n drive(s) of %4.</source>
        <translation>
            <numerusform>The seed of &quot;%1&quot; (%2 objects, %3) needs %n drive of %4.</numerusform>
            <numerusform>The seed of &quot;%1&quot; (%2 objects, %3) needs %n drives of %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Objects of the seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
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
    <name>Semina::Ui::PrepareDrivesWizard</name>
    <message>
        <source>A drive of the import job %1 is being written. Stop and close? Nothing is lost: open &quot;Prepare drives&quot; on the same staging location again to go on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::PreparingPage</name>
    <message>
        <source>&amp;Continue on this drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each drive is encrypted, filled with the seed and read back to check every object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue preparing the drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the seed of &quot;%1&quot; onto %2. Stop ends the copy cleanly: everything done so far is kept in the journal, and Continue goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1 of the job is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The seed of &quot;%1&quot; is on %n drive(s), every object read back and checked.</source>
        <translation>
            <numerusform>The seed of &quot;%1&quot; is on %n drive, every object read back and checked.</numerusform>
            <numerusform>The seed of &quot;%1&quot; is on %n drives, every object read back and checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: Continue goes on where it stopped, now or later from &quot;Prepare drives&quot; on the same staging location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy did not finish. Fix the problem, then continue: the journal keeps everything done so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1 is full and finished: disconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1 was not finished: connect it again and choose it to continue on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Insert the next drive (drive %1 of the job) and choose it: %n object(s) (%2) still to copy.</source>
        <translation>
            <numerusform>Insert the next drive (drive %1 of the job) and choose it: %n object (%2) still to copy.</numerusform>
            <numerusform>Insert the next drive (drive %1 of the job) and choose it: %n objects (%2) still to copy.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy of &quot;%1&quot; waits for the next drive; everything done so far is kept in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of this drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1 (%2): %3 written, %4 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every drive of &quot;%1&quot; is prepared already: the journal and the record for the import job are checked.</source>
        <translation></translation>
    </message>
    <message>
        <source>The drive chosen was not used: it holds files Semina did not write, or another job&apos;s drive, and erasing them was not confirmed. Choose it again to confirm the erase, or choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::RecoveryPasswordsPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored them &amp;away from the drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each drive has its own recovery password. It opens the drive without this computer: write it down, print it or save it now, and keep it apart from the drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the recovery passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery passwords to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n drive(s) of this job were finished by an earlier run of the preparation, which showed their recovery passwords then; Semina keeps no copy of them.</source>
        <translation>
            <numerusform>The drive of this job was finished by an earlier run of the preparation, which showed its recovery password then; Semina keeps no copy of it.</numerusform>
            <numerusform>The %n drives of this job were finished by an earlier run of the preparation, which showed their recovery passwords then; Semina keeps no copy of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>If they were lost, nothing is locked out: each drive&apos;s key also stays in this computer&apos;s keychain, the import job takes it from there to the receiving station, and &quot;semina-cli drive verify --drive PATH&quot; checks a drive with it. A recovery password is needed only to open a drive without this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only this once: Semina keeps no copy. The drive keys also stay in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery password of drive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste them where they are kept away from the drives, then clear the clipboard; Semina clears it when this wizard closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-recovery-passwords.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on drive %2 (%3): a password saved on the drive it opens protects nothing. Choose a place away from the drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1, readable only by you. Keep that file away from the drives: not on them, not in the staging location, not in the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery passwords: import job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer. Keep the sheet away from the drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drive was finished in this run, so there is no recovery password to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::RegistrationPage</name>
    <message>
        <source>Register the storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate goes into the account, then the account is registered for offline backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the folder account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing the certificate and registering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the folder account %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published the certificate %1 as %2 in the container &quot;%3&quot; of %4, and registered the storage account %5 for offline backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server is prepared. Next: &quot;Initiate offline backup&quot; in the main window, with the storage account %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ReturnAddressPage</name>
    <message>
        <source>Return address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the station sends the drives back once the import is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street (line 1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street (line &amp;2, optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or &amp;province (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cou&amp;ntry or region:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ReturnShippingPage</name>
    <message>
        <source>Contact and return shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the station calls about the drives, and the carrier account that pays for sending them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example +39 011 555 0101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example backup-desk@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return &amp;carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier &amp;account number:</source>
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
    <name>Semina::Ui::SelectionMeasure</name>
    <message>
        <source>Adding up the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder cannot be read: it is left out of the total.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ShippingCommitPage</name>
    <message>
        <source>C&amp;orrect the tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the shipping details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details go to the import job in the import service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing the shipping details of import job &quot;%1&quot; to %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: nothing was committed; the job is still Creating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was committed: the job is still Creating. Fix the problem, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Nothing was committed: correct the tracking number, then commit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ShippingDonePage</name>
    <message>
        <source>Shipping details committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import job waits for its drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed: import job &quot;%1&quot; is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipping details are stored in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the package now. &quot;Import status&quot; in the main window follows the job and its drives until the import is complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ShippingJobPage</name>
    <message>
        <source>A job of &amp;this computer (the one that wrote the seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job from a &amp;staging location (prepared on another computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brows&amp;e...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the import job whose drives you are shipping. Its state comes from the import service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import jobs of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local folder, or \\server\share\folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the staging location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import jobs in the staging location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the publish settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer did not write the seed, so it needs the publish settings file of the job&apos;s subscription (the one the backup was initiated with) to reach the import service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging &amp;location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&amp;ob:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish settings file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job of this computer waits for shipping details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no import job waiting for shipping details: choose the staging location of the job&apos;s seed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the staging location the seed was written to: its jobs are listed from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staging location &quot;%1&quot; holds no seed of an import job: choose the folder the seed was written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the publish settings file of job &quot;%1&quot;: there is none at &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up import job &quot;%1&quot; in the import service...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import job &quot;%1&quot; is %2: %n drive(s) prepared, waiting for the shipping details.</source>
        <translation>
            <numerusform>Import job &quot;%1&quot; is %2: %n drive prepared, waiting for the shipping details.</numerusform>
            <numerusform>Import job &quot;%1&quot; is %2: %n drives prepared, waiting for the shipping details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import job &quot;%1&quot; is already %2: its shipping details were committed on %3 (carrier %4, tracking number %5, shipped on %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import job &quot;%1&quot; is %2: shipping details can be entered only while a job is Creating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to enter here: &quot;Import status&quot; in the main window follows the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the drives of this job are not prepared yet, prepare them first with &quot;Prepare drives&quot; in the main window: that creates the job.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ShippingReviewPage</name>
    <message>
        <source>Review the shipping details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Check every value against the package&apos;s label. Once committed, the details cannot be changed and the drives must arrive within %n day(s).</source>
        <translation>
            <numerusform>Check every value against the package&apos;s label. Once committed, the details cannot be changed and the drives must arrive within %n day.</numerusform>
            <numerusform>Check every value against the package&apos;s label. Once committed, the details cannot be changed and the drives must arrive within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import job &quot;%1&quot;, %n drive(s) in one package:</source>
        <translation>
            <numerusform>Import job &quot;%1&quot;, %n drive in one package:</numerusform>
            <numerusform>Import job &quot;%1&quot;, %n drives in one package:</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::SourcesPage</name>
    <message>
        <source>What to protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the folders and files of the first backup. Unchecking an entry inside a checked folder leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders and files to protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: *.tmp; node_modules; .cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folders and files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave out names matching:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding up: %1 so far in %n file(s)...</source>
        <translation>
            <numerusform>Adding up: %1 so far in %n file...</numerusform>
            <numerusform>Adding up: %1 so far in %n files...</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up the selection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 in %n file(s).</source>
        <translation>
            <numerusform>Total: %1 in %n file.</numerusform>
            <numerusform>Total: %1 in %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The patterns leave out %n entry(ies).</source>
        <translation>
            <numerusform>The patterns leave out %n entry.</numerusform>
            <numerusform>The patterns leave out %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Semina::Ui::StagingPage</name>
    <message>
        <source>Staging location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the offline backup wrote the seed: a folder of this computer or a network share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local folder, or \\server\share\folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staging location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the staging location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed server&apos;s &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the seed server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no offline certificate to check the seeds&apos; signatures with. Choose the certificate file (.cer) exported on the server that wrote the seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import jobs found there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import jobs in the staging location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish settings file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brows&amp;e...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the publish settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or browse to the staging location the seed was written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for import jobs in %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the seed server&apos;s certificate to check the seeds&apos; signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives prepared (signature checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) prepared: continue with the next (signature checked)</source>
        <translation>
            <numerusform>%n drive prepared: continue with the next (signature checked)</numerusform>
            <numerusform>%n drives prepared: continue with the next (signature checked)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to copy (signature checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import job &quot;%1&quot; was not created on this computer (it was on %2), so Semina needs the publish settings file of its subscription %3 to create the import job once the drives are prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drives of &quot;%1&quot; are all prepared already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish settings (*.publishsettings);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::StatusSourcePage</name>
    <message>
        <source>The import jobs of &amp;this computer (where the first backup was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import jobs of a &amp;staging location (at the copy computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which import jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semina asks the import service where each job and its drives stand. Choose whose jobs to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder the seeds were written to; a network path works too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the staging location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer has %n import job(s).</source>
        <translation>
            <numerusform>This computer has %n import job.</numerusform>
            <numerusform>This computer has %n import jobs.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no folder at this path: choose the staging location the seed was written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder holds no seed of an import job: choose the staging location the seed was written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n import job(s) found: %1.</source>
        <translation>
            <numerusform>%n import job found: %1.</numerusform>
            <numerusform>%n import jobs found: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the staging location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .publishsettings file of the jobs&apos; subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the publish settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their seeds name publish settings that are not on this computer (%1): choose the publish settings file of their subscription, as the source computer has it.</source>
        <extracomment>%1 is a file path (or several)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the publish settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish settings (*.publishsettings);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::StopConfirmation</name>
    <message>
        <source>&amp;Stop and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::StorageAccountPage</name>
    <message>
        <source>Storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account the drives are imported into. The certificate is published there, and the account is registered for offline backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are set up with &quot;semina-cli account add&quot;; the embedded default needs none: Semina creates a folder account for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it as a &amp;folder account (the embedded default) in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A storage account name has 3 to 24 characters, lower-case letters and digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semina knows this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semina does not know this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::SubscriptionPage</name>
    <message>
        <source>Create a &amp;local subscription (the embedded default: no cloud needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semina local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;publish settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline certificate is made for one subscription. Choose where it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local subscription name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .publishsettings file downloaded from the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the publish settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at this path yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n subscription(s).</source>
        <translation>
            <numerusform>The file holds %n subscription.</numerusform>
            <numerusform>The file holds %n subscriptions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the publish settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish settings (*.publishsettings);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Ui::VaultKeyPage</name>
    <message>
        <source>&amp;Keep the key in the keychain of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed is encrypted. Its vault is opened with this passphrase: keep it safe, Semina cannot recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault passphrase, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the keychain, every later backup and a resumed seed asks for the passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
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
    <name>Semina::Vault</name>
    <message>
        <source>A stored chunk does not decompress to its recorded size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chunker&apos;s secret is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file &quot;keys/%1&quot; is damaged: open the vault with another passphrase or the recovery key, then remove this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file &quot;keys/%1&quot; was written by a newer Semina: update Semina to open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of blobs is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack &quot;%1&quot; is damaged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header length is impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header fails verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blob lies outside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot &quot;%1&quot; is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tree is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in container &quot;%2&quot; of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty: choose one of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chunk sizes are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists in %1: open it, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another vault was created in %1 at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in %1: check the location, or create one with semina-cli init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for the vault in %1: none of its %2 keys opens with it. Try again, or use the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key kept in the OS keychain does not open the vault in %1: open it with the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is empty: choose one of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no key &quot;%1&quot;: semina-cli key list shows its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is the one this session opened the vault with: open the vault with another key to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is the vault&apos;s last passphrase: add another one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s &quot;config&quot; object is damaged or was altered: restore it from a copy of the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has format version %1; this Semina reads version %2. Update Semina to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An index object is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s master key has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object &quot;%1&quot; is damaged: it fails verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index object &quot;%1&quot; is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blob %1 is in no index: the vault misses data (run semina-cli check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blob %1 has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack &quot;%1&quot; holding blob %2 is missing or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blob %1 in pack &quot;%2&quot; is damaged: it fails verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blob %1 in pack &quot;%2&quot; is damaged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blob %1 in pack &quot;%2&quot; does not match its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no snapshot yet: run a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no snapshot &quot;%1&quot;: semina-cli snapshots lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 snapshots: give more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack &quot;%1&quot; ended early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack &quot;%1&quot; is missing or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compression library could not start (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file &quot;keys/%1&quot; asks scrypt for N = %2, r = %3, p = %4, beyond what Semina writes (at most %5 MiB of memory and 4 times the work of N = 2^17, r = 8, p = 1): it was not written by Semina or was altered, so it is not tried. Open the vault with another passphrase or the recovery key, then remove this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault in %1 does not open: none of its intact keys opens with this secret. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(damaged: remove it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It is left out; the other snapshots are intact (semina-cli check names what else is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Vault::Backup</name>
    <message>
        <source>The folder cannot be listed (%1); it is stored empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: sockets, pipes and devices are not backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the link cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one file or folder to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two of the paths are named &quot;%1&quot;: back them up in separate snapshots, or name their common folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the last packs and the index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Vault::Check</name>
    <message>
        <source>Checking the index and the packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has %1 bytes instead of %2 (truncated or damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading all data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack does not start with its signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of its %2 blobs fail verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds an entry named &quot;%1&quot;, which would leave the restore folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not wrap this vault&apos;s master key (it was replaced or altered): its %1 no longer opens the vault. Remove it with semina-cli key remove %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries no seal, though every key file of this vault has one: it was replaced, and its %1 may not open the vault. Remove it with semina-cli key remove %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no intact recovery key: if the passphrases are forgotten, nothing opens it. Keep a new recovery key (semina-cli key add --recovery) or a second passphrase in a safe place (semina-cli key add).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Vault::PassphraseStrength</name>
    <message numerus="yes">
        <source>The passphrase has %n character(s): use at least %1, for example a few unrelated words.</source>
        <translation>
            <numerusform>The passphrase has %n character: use at least %1, for example a few unrelated words.</numerusform>
            <numerusform>The passphrase has %n characters: use at least %1, for example a few unrelated words.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is a common password or a simple pattern, among the first guesses of anyone who has the drives: a few unrelated words are stronger and easier to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is weak (about %1 bits; %2 or more is good): make it longer, or mix upper- and lower-case letters, digits and other characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Vault::Restore</name>
    <message>
        <source>The folder&apos;s listing is damaged; its contents cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the snapshot holds an entry named &quot;%1&quot; that would leave the target folder. The vault may have been tampered with; run semina-cli check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner cannot be set: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permissions cannot be set: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modification time cannot be set: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the folder to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created: check the path and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened for writing: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hard link cannot be created: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file cannot be removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder cannot be opened to set its permissions and time: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blob %1 is in no index: the vault misses data (run semina-cli check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blob %1 has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: something else stands on its path or in its place, and the restore neither follows nor removes it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: it was replaced or moved while it was being restored, and the restore does not write through what took its place. Restore into a folder nothing else changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the link cannot be made in its place (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the link leads outside the restored folder through other links (&quot;%1&quot;), and --no-outside-links refuses such links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refused link cannot be removed again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped with its contents: something else stands in the folder&apos;s place and cannot be replaced (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the link points outside the restored folder (&quot;%1&quot;), and --no-outside-links refuses such links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: a folder stands in the file&apos;s place and is not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Semina::Vault::VaultLock</name>
    <message>
        <source>The lock is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its process %1 no longer runs on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was last refreshed at %1, more than %2 minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2 of user &quot;%3&quot; on host &quot;%4&quot;, running since %5, last refreshed %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read and was written more than %1 minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lock that cannot be read (%1), written at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took over the stale lock of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other processes are taking the lock on the vault in %1 at this moment: run this again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the stale lock of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored the stale lock of %1: %2. semina-cli unlock --remove-stale removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another process took over the lock on the vault in %1, as if this %2 had stopped, so it was stopped: run it again once the other job is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault in %1 is in use by another job: %2. Wait for it to finish, then run this %3 again. A lock whose process has ended is removed by itself (at once on the same machine, after %4 minutes elsewhere); if you are sure that job no longer runs, semina-cli unlock removes its lock now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may only read the vault, so Semina works without a lock of its own: nothing here changes the vault, but a backup or check started elsewhere meanwhile is not held back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store last saw it refreshed at %1, more than %2 minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semina could not write its lock into the vault, so it works without one: nothing here changes the vault, but a backup or check started elsewhere meanwhile is not held back. The cause: %1</source>
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
    <message>
        <source>Semina seeds a large first backup on encrypted drives, then keeps it current over the network.
Without options it opens the main window with the six workflows; semina-cli is its twin on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
