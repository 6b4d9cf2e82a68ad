<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>Semina::AtomicFile</name>
    <message>
        <source> Free some space on that disk and try again.</source>
        <translation> Libera spazio su quel disco e riprova.</translation>
    </message>
    <message>
        <source> Check that the folder is writable.</source>
        <translation> Controlla che la cartella sia scrivibile.</translation>
    </message>
    <message>
        <source>Could not %1 &quot;%2&quot;: %3.</source>
        <translation>Impossibile %1 &quot;%2&quot;: %3.</translation>
    </message>
    <message>
        <source>create a temporary file for</source>
        <translation>creare un file temporaneo per</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was written before it was opened.</source>
        <translation>Il file &quot;%1&quot; è stato scritto prima di essere aperto.</translation>
    </message>
    <message>
        <source>write</source>
        <translation>scrivere</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was committed before it was opened.</source>
        <translation>Il file &quot;%1&quot; è stato confermato prima di essere aperto.</translation>
    </message>
    <message>
        <source>flush to disk</source>
        <translation>scrivere su disco</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>sostituire</translation>
    </message>
    <message>
        <source>Could not flush the folder &quot;%1&quot; to disk: %2.</source>
        <translation>Impossibile scrivere su disco la cartella &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was renamed into place before it was flushed to disk.</source>
        <translation>Il file &quot;%1&quot; è stato rinominato al suo posto prima di essere scritto su disco.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was patched beyond what was written.</source>
        <translation>Il file &quot;%1&quot; è stato modificato oltre la parte già scritta.</translation>
    </message>
</context>
<context>
    <name>Semina::Azure</name>
    <message>
        <source>The storage service sent a listing that is not valid XML (%1).</source>
        <translation>Il servizio di archiviazione ha inviato un elenco che non è XML valido (%1).</translation>
    </message>
</context>
<context>
    <name>Semina::Azure::BlobSession</name>
    <message>
        <source>Could not reach %1: %2. Check the address in the connection string and the network.</source>
        <translation>Impossibile raggiungere %1: %2. Controlla l&apos;indirizzo nella stringa di connessione e la rete.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1 did not answer properly after %2 attempts (last: %3). Check that the service is reachable and try again later.</source>
        <translation>%1 non ha risposto correttamente dopo %2 tentativi (ultimo: %3). Controlla che il servizio sia raggiungibile e riprova più tardi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in container &quot;%2&quot;</source>
        <translation>&quot;%1&quot; nel contenitore &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The container &quot;%1&quot; does not exist in %2: create it first, or check its name.</source>
        <translation>Il contenitore &quot;%1&quot; non esiste in %2: crealo prima, oppure controlla il nome.</translation>
    </message>
    <message>
        <source>The object %1 does not exist in %2.</source>
        <translation>L&apos;oggetto %1 non esiste in %2.</translation>
    </message>
    <message>
        <source>The object %1 was changed, created or removed by someone else meanwhile: read it again and retry.</source>
        <translation>L&apos;oggetto %1 è stato modificato, creato o rimosso da qualcun altro nel frattempo: rileggilo e riprova.</translation>
    </message>
    <message>
        <source>The byte range asked for is outside the object %1.</source>
        <translation>L&apos;intervallo di byte richiesto è fuori dall&apos;oggetto %1.</translation>
    </message>
    <message>
        <source>The data sent for the object %1 was damaged on its way to %2 (MD5 mismatch).</source>
        <translation>I dati inviati per l&apos;oggetto %1 si sono danneggiati durante il trasferimento verso %2 (MD5 non corrispondente).</translation>
    </message>
    <message>
        <source>%1 refused the request for %2 (%3).</source>
        <translation>%1 ha rifiutato la richiesta per %2 (%3).</translation>
    </message>
    <message>
        <source>%1 answered an unexpected HTTP %2 for %3.</source>
        <translation>%1 ha risposto con un HTTP %2 inatteso per %3.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connessione è stata rifiutata</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>il server ha chiuso la connessione</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>il nome host non è stato trovato</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>la connessione è scaduta</translation>
    </message>
    <message>
        <source>the TLS handshake failed (check the certificate and the https address)</source>
        <translation>la negoziazione TLS non è riuscita (controlla il certificato e l&apos;indirizzo https)</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>errore di rete %1</translation>
    </message>
    <message>
        <source>The download of %1 from %2 broke off and cannot resume: the answer named no version (ETag). Try again.</source>
        <translation>Lo scaricamento di %1 da %2 si è interrotto e non può riprendere: la risposta non indicava alcuna versione (ETag). Riprova.</translation>
    </message>
    <message>
        <source>The download of %1 from %2 broke off and the service did not resume it where it stopped. Try again.</source>
        <translation>Lo scaricamento di %1 da %2 si è interrotto e il servizio non lo ha ripreso dal punto in cui si era fermato. Riprova.</translation>
    </message>
    <message>
        <source>%1 refused this operation on %2: the SAS lacks a permission it needs. Make a new SAS for the Blob service (resource types service, container and object) with the permissions Semina needs: read, add, create, write, delete and list for backups; read and list are enough for restores.</source>
        <translation>%1 ha rifiutato questa operazione su %2: alla SAS manca un&apos;autorizzazione necessaria. Crea una nuova SAS per il servizio BLOB (tipi di risorsa servizio, contenitore e oggetto) con le autorizzazioni che servono a Semina: lettura, aggiunta, creazione, scrittura, eliminazione ed elenco per i backup; per i ripristini bastano lettura ed elenco.</translation>
    </message>
    <message>
        <source>container &quot;%1&quot;</source>
        <translation>contenitore &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 refused access: the account key is wrong, or the SAS is not valid or has expired: check the account key or SAS (copy the key again from the Azure portal, or make a new SAS).</source>
        <translation>%1 ha rifiutato l&apos;accesso: la chiave dell&apos;account è errata, oppure la SAS non è valida o è scaduta: controlla la chiave dell&apos;account o la SAS (copia di nuovo la chiave dal portale di Azure, oppure crea una nuova SAS).</translation>
    </message>
    <message>
        <source>%1 refused access: the SAS is limited to other IP addresses than this computer&apos;s. Make a SAS whose IP range includes this computer, or one without an IP range.</source>
        <translation>%1 ha rifiutato l&apos;accesso: la SAS è limitata a indirizzi IP diversi da quello di questo computer. Crea una SAS il cui intervallo IP includa questo computer, oppure una senza intervallo IP.</translation>
    </message>
    <message>
        <source>%1 refused access: the SAS allows HTTPS only. Use an https:// BlobEndpoint (or DefaultEndpointsProtocol=https) in the connection string.</source>
        <translation>%1 ha rifiutato l&apos;accesso: la SAS consente solo HTTPS. Usa nella stringa di connessione un BlobEndpoint https:// (oppure DefaultEndpointsProtocol=https).</translation>
    </message>
    <message>
        <source>%1 does not allow access with its account key, nor with a SAS signed by that key. Ask its administrator to allow storage account key access, or for a user delegation SAS.</source>
        <translation>%1 non consente l&apos;accesso con la chiave dell&apos;account, né con una SAS firmata da quella chiave. Chiedi al suo amministratore di consentire l&apos;accesso con chiave dell&apos;account di archiviazione, oppure una SAS di delega utente.</translation>
    </message>
    <message>
        <source>%1 refused access: check the account key or SAS (copy the key again from the Azure portal, or make a new SAS), and that the storage account&apos;s firewall and virtual network rules admit this computer.</source>
        <translation>%1 ha rifiutato l&apos;accesso: controlla la chiave dell&apos;account o la SAS (copia di nuovo la chiave dal portale di Azure, oppure crea una nuova SAS), e che il firewall e le regole di rete virtuale dell&apos;account di archiviazione ammettano questo computer.</translation>
    </message>
    <message>
        <source>%1 holds too many blocks of interrupted uploads of the object %2 (Azure keeps at most 100,000 uncommitted blocks for one object, and discards them after a week): delete the object, or wait, then upload again.</source>
        <translation>%1 conserva troppi blocchi di caricamenti interrotti dell&apos;oggetto %2 (Azure ne tiene al massimo 100.000 non confermati per oggetto, e li scarta dopo una settimana): elimina l&apos;oggetto, oppure attendi, poi carica di nuovo.</translation>
    </message>
    <message>
        <source>Another upload of the object %1 finished first, and %2 discarded this upload&apos;s blocks with it: upload again.</source>
        <translation>Un altro caricamento dell&apos;oggetto %1 è terminato prima, e %2 ha scartato con esso i blocchi di questo caricamento: carica di nuovo.</translation>
    </message>
</context>
<context>
    <name>Semina::Azure::BlobStore</name>
    <message>
        <source>The container &quot;%1&quot; in %2 is still being deleted: try again in a minute.</source>
        <translation>Il contenitore &quot;%1&quot; in %2 è ancora in fase di eliminazione: riprova tra un minuto.</translation>
    </message>
    <message>
        <source>The size of the object &quot;%1&quot; is negative.</source>
        <translation>La dimensione dell&apos;oggetto &quot;%1&quot; è negativa.</translation>
    </message>
    <message>
        <source>Could not read the data for the object &quot;%1&quot;: the source ended after %2 of %3 bytes.</source>
        <translation>Impossibile leggere i dati per l&apos;oggetto &quot;%1&quot;: l&apos;origine è terminata dopo %2 di %3 byte.</translation>
    </message>
    <message>
        <source>The range %1+%2 is outside the object &quot;%3&quot; in container &quot;%4&quot;, which has %5 bytes.</source>
        <translation>L&apos;intervallo %1+%2 è fuori dall&apos;oggetto &quot;%3&quot; nel contenitore &quot;%4&quot;, che ha %5 byte.</translation>
    </message>
    <message>
        <source>The object &quot;%1&quot; in container &quot;%2&quot; arrived incomplete: %3 of %4 bytes.</source>
        <translation>L&apos;oggetto &quot;%1&quot; nel contenitore &quot;%2&quot; è arrivato incompleto: %3 di %4 byte.</translation>
    </message>
    <message>
        <source>The object &quot;%1&quot; in container &quot;%2&quot; is damaged: its bytes do not match the MD5 recorded when it was written. Restore it from another copy.</source>
        <translation>L&apos;oggetto &quot;%1&quot; nel contenitore &quot;%2&quot; è danneggiato: i suoi byte non corrispondono all&apos;MD5 registrato alla scrittura. Ripristinalo da un&apos;altra copia.</translation>
    </message>
    <message>
        <source>A listing page must hold at least one object.</source>
        <translation>Una pagina di elenco deve contenere almeno un oggetto.</translation>
    </message>
    <message>
        <source>Copying &quot;%1&quot; to &quot;%2&quot; in container &quot;%3&quot; did not finish (copy status &quot;%4&quot;): try again.</source>
        <translation>La copia di &quot;%1&quot; in &quot;%2&quot; nel contenitore &quot;%3&quot; non è terminata (stato della copia &quot;%4&quot;): riprova.</translation>
    </message>
    <message>
        <source>The object &quot;%1&quot; is too large for blocks of %2 bytes (Azure allows 50,000 blocks): use larger blocks.</source>
        <translation>L&apos;oggetto &quot;%1&quot; è troppo grande per blocchi di %2 byte (Azure ammette 50.000 blocchi): usa blocchi più grandi.</translation>
    </message>
    <message>
        <source>Could not read the data for the object &quot;%1&quot;: the source ended early (%2).</source>
        <translation>Impossibile leggere i dati per l&apos;oggetto &quot;%1&quot;: l&apos;origine è terminata prima del previsto (%2).</translation>
    </message>
    <message>
        <source>Could not write the object &quot;%1&quot; to its destination: %2.</source>
        <translation>Impossibile scrivere l&apos;oggetto &quot;%1&quot; nella destinazione: %2.</translation>
    </message>
</context>
<context>
    <name>Semina::Azure::ConnectionString</name>
    <message>
        <source>Azure account %1 at %2</source>
        <translation>account Azure %1 su %2</translation>
    </message>
    <message>
        <source>The connection string&apos;s part &quot;%1&quot; has no value: write it as %1=value.</source>
        <translation>La parte &quot;%1&quot; della stringa di connessione non ha un valore: scrivila come %1=valore.</translation>
    </message>
    <message>
        <source>The connection string is empty: copy it from the storage account&apos;s &quot;Access keys&quot; page.</source>
        <translation>La stringa di connessione è vuota: copiala dalla pagina &quot;Chiavi di accesso&quot; dell&apos;account di archiviazione.</translation>
    </message>
    <message>
        <source>The connection string&apos;s BlobEndpoint &quot;%1&quot; is not an http or https address.</source>
        <translation>Il BlobEndpoint &quot;%1&quot; della stringa di connessione non è un indirizzo http o https.</translation>
    </message>
    <message>
        <source>The connection string names no AccountName and no BlobEndpoint: copy the whole string from the storage account&apos;s &quot;Access keys&quot; page.</source>
        <translation>La stringa di connessione non indica né AccountName né BlobEndpoint: copia l&apos;intera stringa dalla pagina &quot;Chiavi di accesso&quot; dell&apos;account di archiviazione.</translation>
    </message>
    <message>
        <source>The connection string&apos;s DefaultEndpointsProtocol is &quot;%1&quot;: use https (or http for an emulator).</source>
        <translation>Il DefaultEndpointsProtocol della stringa di connessione è &quot;%1&quot;: usa https (o http per un emulatore).</translation>
    </message>
    <message>
        <source>The connection string has neither an AccountKey nor a SharedAccessSignature: Semina needs one of them to reach %1.</source>
        <translation>La stringa di connessione non ha né AccountKey né SharedAccessSignature: Semina ne ha bisogno di una per raggiungere %1.</translation>
    </message>
    <message>
        <source>The connection string&apos;s AccountKey is not valid base64: copy it again from the storage account&apos;s &quot;Access keys&quot; page.</source>
        <translation>L&apos;AccountKey della stringa di connessione non è base64 valido: copiala di nuovo dalla pagina &quot;Chiavi di accesso&quot; dell&apos;account di archiviazione.</translation>
    </message>
    <message>
        <source>AZURE_STORAGE_CONNECTION_STRING is not set.</source>
        <translation>AZURE_STORAGE_CONNECTION_STRING non è impostata.</translation>
    </message>
    <message>
        <source>The connection string has a part without a name and a value: write every part as Name=value, separated by &apos;;&apos;.</source>
        <translation>La stringa di connessione ha una parte senza nome e valore: scrivi ogni parte come Nome=valore, separandole con &apos;;&apos;.</translation>
    </message>
    <message>
        <source>The connection string&apos;s BlobEndpoint &quot;%1&quot; carries a query (a SAS?): give the address alone as BlobEndpoint, and the SAS (what follows the &apos;?&apos;) as SharedAccessSignature.</source>
        <translation>Il BlobEndpoint &quot;%1&quot; della stringa di connessione contiene una query (una SAS?): indica come BlobEndpoint solo l&apos;indirizzo, e la SAS (ciò che segue il &apos;?&apos;) come SharedAccessSignature.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli</name>
    <message>
        <source>details: %1</source>
        <translation>dettagli: %1</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message numerus="yes">
        <source>, %n second(s) left</source>
        <translation>
            <numerusform>, %n secondo rimanente</numerusform>
            <numerusform>, %n secondi rimanenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: semina-cli [--lang en|it] COMMAND [ARGUMENTS...]
Seeds a large first backup on encrypted drives, then keeps it current over the network.

Commands:
</source>
        <translation>Uso: semina-cli [--lang en|it] COMANDO [ARGOMENTI...]
Invia il primo grande backup su dischi cifrati, poi lo mantiene aggiornato via rete.

Comandi:
</translation>
    </message>
    <message>
        <source>
Options:
  --help, -h              Show this help; COMMAND --help shows a command&apos;s own.
  --version               Show the version.
  --lang en|it            Use this language from now on.

Exit codes are listed in docs/CLI.md.
</source>
        <translation>
Opzioni:
  --help, -h              Mostra questo aiuto; COMANDO --help mostra quello del comando.
  --version               Mostra la versione.
  --lang en|it            Usa questa lingua d&apos;ora in poi.

I codici di uscita sono elencati in docs/CLI.md.
</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;: see the options above.</source>
        <translation>Opzione sconosciuta &quot;%1&quot;: vedi le opzioni sopra.</translation>
    </message>
    <message>
        <source>No command given: choose one of the commands above.</source>
        <translation>Nessun comando indicato: scegline uno tra quelli sopra.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: run semina-cli --help to list the commands.</source>
        <translation>Comando sconosciuto &quot;%1&quot;: esegui semina-cli --help per l&apos;elenco dei comandi.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::AccountCommand</name>
    <message>
        <source>add | list | test | remove: the storage accounts (a folder or Azure) Semina writes to</source>
        <translation>add | list | test | remove: gli account di archiviazione (una cartella o Azure) in cui Semina scrive</translation>
    </message>
    <message>
        <source>Unknown or incomplete account command: see the usage above.</source>
        <translation>Comando account sconosciuto o incompleto: vedi l&apos;uso sopra.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: see semina-cli account --help.</source>
        <translation>Argomento inatteso &quot;%1&quot;: vedi semina-cli account --help.</translation>
    </message>
    <message>
        <source>Give a NAME and exactly one of --folder PATH or --connection-string-stdin: see semina-cli account --help.</source>
        <translation>Indica un NOME ed esattamente uno tra --folder PERCORSO e --connection-string-stdin: vedi semina-cli account --help.</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>Impossibile leggere lo standard input.</translation>
    </message>
    <message>
        <source>Added the storage account &quot;%1&quot; (container &quot;%2&quot;). Check it with: semina-cli account test %1</source>
        <translation>Aggiunto l&apos;account di archiviazione &quot;%1&quot; (contenitore &quot;%2&quot;). Verificalo con: semina-cli account test %1</translation>
    </message>
    <message>
        <source>No storage accounts yet: add one with semina-cli account add.</source>
        <translation>Nessun account di archiviazione: aggiungine uno con semina-cli account add.</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>cartella %1</translation>
    </message>
    <message>
        <source>azure %1</source>
        <translation>azure %1</translation>
    </message>
    <message>
        <source>container %1</source>
        <translation>contenitore %1</translation>
    </message>
    <message>
        <source>The storage account &quot;%1&quot; works: %2</source>
        <translation>L&apos;account di archiviazione &quot;%1&quot; funziona: %2</translation>
    </message>
    <message>
        <source>Removed the storage account &quot;%1&quot;; its data was not touched.</source>
        <translation>Rimosso l&apos;account di archiviazione &quot;%1&quot;; i suoi dati non sono stati toccati.</translation>
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
is kept in the OS keychain. The container defaults to &quot;semina&quot;.
`account test` writes, reads back and removes a test object. Exit codes: 0 it works, 4 the
container or folder does not exist, 5 the key or SAS is refused, 8 the service cannot be
reached, 10 no keychain (see docs/CLI.md).
</source>
        <translation>Uso:
  semina-cli account add NOME --folder PERCORSO [--container NOME]
  semina-cli account add NOME --connection-string-stdin [--container NOME]
  semina-cli account list
  semina-cli account test NOME
  semina-cli account remove NOME
Un account cartella tiene i suoi contenitori come sottocartelle di PERCORSO. Un account Azure è dato dalla sua
stringa di connessione, letta dallo standard input perché non compaia mai nell&apos;elenco dei processi; la sua chiave o SAS
è conservata nel portachiavi del sistema. Il contenitore predefinito è &quot;semina&quot;.
`account test` scrive, rilegge e rimuove un oggetto di prova. Codici di uscita: 0 funziona, 4 il
contenitore o la cartella non esiste, 5 la chiave o la SAS è rifiutata, 8 il servizio non è
raggiungibile, 10 nessun portachiavi (vedi docs/CLI.md).
</translation>
    </message>
    <message>
        <source>Replaced the storage account &quot;%1&quot; (container &quot;%2&quot;). Check it with: semina-cli account test %1</source>
        <translation>Sostituito l&apos;account di archiviazione &quot;%1&quot; (contenitore &quot;%2&quot;). Verificalo con: semina-cli account test %1</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::BackupCommand</name>
    <message>
        <source>back up files and folders into a vault</source>
        <translation>esegue il backup di file e cartelle in un insieme di credenziali</translation>
    </message>
    <message>
        <source>Backs up PATH... into the vault. Unchanged files since the last backup of the same paths are not read again; an interrupted backup resumes.</source>
        <translation>Esegue il backup di PERCORSO... nell&apos;insieme di credenziali. I file non modificati dall&apos;ultimo backup degli stessi percorsi non vengono riletti; un backup interrotto riprende.</translation>
    </message>
    <message>
        <source>Tag the snapshot (repeatable).</source>
        <translation>Aggiunge un&apos;etichetta allo snapshot (ripetibile).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ETICHETTA</translation>
    </message>
    <message>
        <source>Record this host name instead of the machine&apos;s.</source>
        <translation>Registra questo nome host al posto di quello della macchina.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Compare with this snapshot instead of the latest of the same paths (&quot;none&quot;: read all).</source>
        <translation>Confronta con questo snapshot invece dell&apos;ultimo degli stessi percorsi (&quot;none&quot;: rileggi tutto).</translation>
    </message>
    <message>
        <source>SNAPSHOT</source>
        <translation>SNAPSHOT</translation>
    </message>
    <message>
        <source>Files and folders to back up.</source>
        <translation>File e cartelle di cui eseguire il backup.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PERCORSO...</translation>
    </message>
    <message>
        <source>Snapshot %1 saved: %2 files (%3), %4 unchanged; %5 new, %6 stored.</source>
        <translation>Snapshot %1 salvato: %2 file (%3), %4 non modificati; %5 nuovi, %6 archiviati.</translation>
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
        <translation>Uso:
  semina-cli certgen CreateNewApplication SubscriptionId:GUID [KeyAlgorithm:ec|rsa]
  semina-cli certgen ExportCertificate out:FILE.cer
  semina-cli certgen AddRegistryEntries SubscriptionId:GUID xmlfilepath:FILE storageaccountname:NOME
Funzionano anche le opzioni lunghe: --subscription-id, --key-algorithm, --out, --xml-file-path,
--storage-account-name.

CreateNewApplication crea l&apos;identità offline di questo server: una coppia di chiavi (la chiave privata
resta nel portachiavi del sistema), un certificato di nome CB_AzureADCertforOfflineSeeding_&lt;ResourceId&gt;
e OfflineApplicationParams.xml nella cartella dei dati di Semina.
ExportCertificate scrive il certificato senza la chiave privata e ne stampa l&apos;identificazione personale.
AddRegistryEntries pubblica il certificato nell&apos;account di archiviazione NOME (configurato prima
con semina-cli account add NOME ...), registra l&apos;account per il backup offline e scrive
OfflineApplicationParams_&lt;NOME&gt;.xml.
</translation>
    </message>
    <message>
        <source>%1:VALUE (or --%2 VALUE) is required.</source>
        <translation>%1:VALORE (o --%2 VALORE) è obbligatorio.</translation>
    </message>
    <message>
        <source>CreateNewApplication, ExportCertificate, AddRegistryEntries: this server&apos;s offline certificate</source>
        <translation>CreateNewApplication, ExportCertificate, AddRegistryEntries: il certificato offline di questo server</translation>
    </message>
    <message>
        <source>Name an action: see the usage above.</source>
        <translation>Indica un&apos;azione: vedi l&apos;uso sopra.</translation>
    </message>
    <message>
        <source>Unknown certgen action &quot;%1&quot;: use CreateNewApplication, ExportCertificate or AddRegistryEntries.</source>
        <translation>Azione certgen sconosciuta &quot;%1&quot;: usa CreateNewApplication, ExportCertificate o AddRegistryEntries.</translation>
    </message>
    <message>
        <source>Unknown key algorithm &quot;%1&quot;: use ec (P-256) or rsa (3072 bits).</source>
        <translation>Algoritmo di chiave sconosciuto &quot;%1&quot;: usa ec (P-256) o rsa (3072 bit).</translation>
    </message>
    <message>
        <source>Created the offline identity of this server.</source>
        <translation>Creata l&apos;identità offline di questo server.</translation>
    </message>
    <message>
        <source>  Subscription:   %1</source>
        <translation>  Sottoscrizione:  %1</translation>
    </message>
    <message>
        <source>  Application ID: %1</source>
        <translation>  ID applicazione: %1</translation>
    </message>
    <message>
        <source>  Certificate:    %1</source>
        <translation>  Certificato:     %1</translation>
    </message>
    <message>
        <source>  Thumbprint:     %1</source>
        <translation>  Identificazione personale: %1</translation>
    </message>
    <message>
        <source>  Written to:     %1</source>
        <translation>  Scritto in:      %1</translation>
    </message>
    <message>
        <source>The private key is in the OS keychain only.</source>
        <translation>La chiave privata è solo nel portachiavi del sistema.</translation>
    </message>
    <message>
        <source>Wrote the certificate without its private key to %1</source>
        <translation>Scritto il certificato senza chiave privata in %1</translation>
    </message>
    <message>
        <source>Thumbprint: %1</source>
        <translation>Identificazione personale: %1</translation>
    </message>
    <message>
        <source>Published the certificate %1 as %2 in container &quot;%3&quot; of %4.</source>
        <translation>Pubblicato il certificato %1 come %2 nel contenitore &quot;%3&quot; di %4.</translation>
    </message>
    <message>
        <source>Registered the storage account %1 for offline backup.</source>
        <translation>Registrato l&apos;account di archiviazione %1 per il backup offline.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::CheckCommand</name>
    <message>
        <source>verify a vault and name any damaged objects and the files they affect</source>
        <translation>verifica un insieme di credenziali e indica gli oggetti danneggiati e i file coinvolti</translation>
    </message>
    <message>
        <source>Checks the vault&apos;s structure; with --read-data also downloads and verifies every byte. Exit code 6 when damage is found.</source>
        <translation>Controlla la struttura dell&apos;insieme di credenziali; con --read-data scarica e verifica anche ogni byte. Codice di uscita 6 se trova danni.</translation>
    </message>
    <message>
        <source>Read and verify every pack, not only the structure.</source>
        <translation>Legge e verifica ogni pacchetto, non solo la struttura.</translation>
    </message>
    <message>
        <source>Checked %1 snapshots, %2 trees, %3 packs, %4 index objects%5.</source>
        <translation>Controllati %1 snapshot, %2 alberi, %3 pacchetti, %4 oggetti di indice%5.</translation>
    </message>
    <message>
        <source>, %1 blobs read</source>
        <translation>, %1 blob letti</translation>
    </message>
    <message>
        <source>%1 packs are in no index (left by an interrupted backup); the next backup adopts them.</source>
        <translation>%1 pacchetti non sono in alcun indice (lasciati da un backup interrotto); il prossimo backup li adotta.</translation>
    </message>
    <message>
        <source>DAMAGED %1: %2</source>
        <translation>DANNEGGIATO %1: %2</translation>
    </message>
    <message>
        <source>affected: snapshot %1, %2</source>
        <translation>coinvolto: snapshot %1, %2</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>Nessun danno trovato.</translation>
    </message>
    <message>
        <source>Damage found in %1 objects, affecting %2 snapshots.</source>
        <translation>Danni trovati in %1 oggetti, che coinvolgono %2 snapshot.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::InitCommand</name>
    <message>
        <source>create an encrypted vault; its recovery key is shown once</source>
        <translation>crea un insieme di credenziali cifrato; la chiave di ripristino viene mostrata una sola volta</translation>
    </message>
    <message>
        <source>Creates an encrypted vault in LOCATION, protected by a passphrase.
Prints a recovery key once: write it down, it opens the vault when the passphrase is lost.</source>
        <translation>Crea un insieme di credenziali cifrato in POSIZIONE, protetto da una passphrase.
Stampa una sola volta una chiave di ripristino: annotala, apre l&apos;insieme di credenziali se la passphrase va persa.</translation>
    </message>
    <message>
        <source>Also keep the vault&apos;s key in the OS keychain.</source>
        <translation>Conserva anche la chiave dell&apos;insieme di credenziali nel portachiavi del sistema.</translation>
    </message>
    <message>
        <source>Who or what uses the passphrase.</source>
        <translation>Chi o cosa usa la passphrase.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TESTO</translation>
    </message>
    <message>
        <source>Choose the vault&apos;s passphrase: give it with --password-file FILE or SEMINA_PASSWORD, or run init on a terminal.</source>
        <translation>Scegli la passphrase dell&apos;insieme di credenziali: indicala con --password-file FILE o SEMINA_PASSWORD, oppure esegui init in un terminale.</translation>
    </message>
    <message>
        <source>Created the vault %1 in %2.</source>
        <translation>Creato l&apos;insieme di credenziali %1 in %2.</translation>
    </message>
    <message>
        <source>Recovery key (shown only now; keep it apart from the passphrase):</source>
        <translation>Chiave di ripristino (mostrata solo ora; conservala separata dalla passphrase):</translation>
    </message>
    <message>
        <source>The vault&apos;s key is also kept in the OS keychain.</source>
        <translation>La chiave dell&apos;insieme di credenziali è conservata anche nel portachiavi del sistema.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::JobsCommand</name>
    <message>
        <source>list this server&apos;s import jobs and their states</source>
        <translation>elenca i processi di importazione di questo server e il loro stato</translation>
    </message>
    <message>
        <source>Usage: semina-cli jobs
Lists this server&apos;s offline-backup import jobs: name, state, storage account/container, staging location, creation time.
</source>
        <translation>Uso: semina-cli jobs
Elenca i processi di importazione del backup offline di questo server: nome, stato, account di archiviazione/contenitore, percorso di gestione temporanea, data di creazione.
</translation>
    </message>
    <message>
        <source>jobs takes no arguments.</source>
        <translation>jobs non accetta argomenti.</translation>
    </message>
    <message>
        <source>This server has no import jobs yet: semina-cli offline-backup starts one.</source>
        <translation>Questo server non ha ancora processi di importazione: semina-cli offline-backup ne avvia uno.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>ACCOUNT/CONTAINER</source>
        <translation>ACCOUNT/CONTENITORE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATO</translation>
    </message>
    <message>
        <source>STAGING</source>
        <translation>GESTIONE TEMPORANEA</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::KeyCommand</name>
    <message>
        <source>add|remove|list: the passphrases that open a vault</source>
        <translation>add|remove|list: le passphrase che aprono un insieme di credenziali</translation>
    </message>
    <message>
        <source>key add: adds a passphrase (from --new-password-file, SEMINA_NEW_PASSWORD or a prompt).
key remove ID: removes one (not the last passphrase).
key list: lists them.</source>
        <translation>key add: aggiunge una passphrase (da --new-password-file, SEMINA_NEW_PASSWORD o da una richiesta).
key remove ID: ne rimuove una (non l&apos;ultima).
key list: le elenca.</translation>
    </message>
    <message>
        <source>key add: read the new passphrase from FILE.</source>
        <translation>key add: legge la nuova passphrase da FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>key add: who or what uses the new passphrase.</source>
        <translation>key add: chi o cosa usa la nuova passphrase.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TESTO</translation>
    </message>
    <message>
        <source>add, remove or list</source>
        <translation>add, remove o list</translation>
    </message>
    <message>
        <source>add|remove ID|list</source>
        <translation>add|remove ID|list</translation>
    </message>
    <message>
        <source>Use key add, key remove ID or key list.</source>
        <translation>Usa key add, key remove ID o key list.</translation>
    </message>
    <message>
        <source>Added the key %1.</source>
        <translation>Aggiunta la chiave %1.</translation>
    </message>
    <message>
        <source>Removed the key %1.</source>
        <translation>Rimossa la chiave %1.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::KeychainCommand</name>
    <message>
        <source>check: test that the OS keychain stores and returns secrets</source>
        <translation>check: verifica che il portachiavi del sistema conservi e restituisca i segreti</translation>
    </message>
    <message>
        <source>Usage: semina-cli keychain check
Writes, reads back and removes a test entry in the OS keychain.
</source>
        <translation>Uso: semina-cli keychain check
Scrive, rilegge e rimuove una voce di prova nel portachiavi del sistema.
</translation>
    </message>
    <message>
        <source>Unknown keychain action: the only action is &quot;check&quot;.</source>
        <translation>Azione sul portachiavi sconosciuta: l&apos;unica azione è &quot;check&quot;.</translation>
    </message>
    <message>
        <source>The keychain works: a test secret was stored, read back and removed.</source>
        <translation>Il portachiavi funziona: un segreto di prova è stato salvato, riletto e rimosso.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::NamedArguments</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;opzione %1 richiede un valore.</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;: this action takes %2.</source>
        <translation>Argomento sconosciuto &quot;%1&quot;: questa azione accetta %2.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; has no value.</source>
        <translation>L&apos;argomento &quot;%1&quot; non ha un valore.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::OfflineBackupCommand</name>
    <message>
        <source>estimate or start the offline backup (the first backup, on drives)</source>
        <translation>stima o avvia il backup offline (il primo backup, su dischi)</translation>
    </message>
    <message>
        <source>Only estimate.</source>
        <translation>Solo stima.</translation>
    </message>
    <message>
        <source>The shipping drives&apos; size.</source>
        <translation>La dimensione dei dischi da spedire.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>DIMENSIONE</translation>
    </message>
    <message>
        <source>The staging location.</source>
        <translation>Il percorso di gestione temporanea.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <source>The publish settings file.</source>
        <translation>Il file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The import job&apos;s name.</source>
        <translation>Il nome del processo di importazione.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>The subscription id.</source>
        <translation>L&apos;ID della sottoscrizione.</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>The storage account.</source>
        <translation>L&apos;account di archiviazione.</translation>
    </message>
    <message>
        <source>The storage container.</source>
        <translation>Il contenitore di archiviazione.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>Name at least one folder or file to protect.</source>
        <translation>Indica almeno una cartella o un file da proteggere.</translation>
    </message>
    <message>
        <source>Protected size:    %1 in %2 files and %3 folders</source>
        <translation>Dimensione protetta: %1 in %2 file e %3 cartelle</translation>
    </message>
    <message>
        <source>Expected seed:     %1 (compresses to %2% in a sample of %3)</source>
        <translation>Seed previsto:       %1 (si comprime al %2% in un campione di %3)</translation>
    </message>
    <message>
        <source>Staging location:  needs %1 free (the protected size, to be safe)</source>
        <translation>Gestione temporanea: servono %1 liberi (la dimensione protetta, per sicurezza)</translation>
    </message>
    <message>
        <source>Drives needed:     %1 of %2</source>
        <translation>Dischi necessari:    %1 da %2</translation>
    </message>
    <message>
        <source>More than 10 drives: split the sources into several import jobs.</source>
        <translation>Più di 10 dischi: dividi le origini in più processi di importazione.</translation>
    </message>
    <message>
        <source>Staging free:      not known from here (%1 is checked when the seed is written)</source>
        <translation>Spazio libero:       non noto da qui (%1 viene controllato quando si scrive il seed)</translation>
    </message>
    <message>
        <source>Staging free:      %1 in %2, enough</source>
        <translation>Spazio libero:       %1 in %2, sufficiente</translation>
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
        <translation>Uso:
  semina-cli offline-backup --estimate [--drive-size DIMENSIONE] [--staging CARTELLA] ORIGINE...
  semina-cli offline-backup --staging CARTELLA --publish-settings FILE --job NOME
             --subscription GUID --storage-account NOME --container NOME
             [--exclude PERCORSO]... [--password-file FILE] [--no-keychain] [--force] ORIGINE...
  semina-cli offline-backup --verify --staging CARTELLA --job NOME [--certificate FILE.cer]
--estimate indica la dimensione protetta, la dimensione prevista del seed e i dischi necessari
(DIMENSIONE come 4T, 500G o 2TiB; 4T se non indicata) e, con --staging, se CARTELLA ha spazio
sufficiente (codice di uscita 1 se non lo ha). La seconda forma controlla il modulo del backup
offline e scrive il primo backup in CARTELLA/NOME: un insieme di credenziali, il suo manifesto
firmato e il processo nell&apos;elenco dei processi. La passphrase dell&apos;insieme di credenziali viene da
--password-file, altrimenti da SEMINA_PASSWORD, altrimenti da una richiesta; viene conservata nel
portachiavi del sistema salvo --no-keychain. Esegui di nuovo lo stesso comando per continuare un seed
interrotto; --force ne sostituisce uno finito. --verify rilegge il seed e lo controlla rispetto al
manifesto e alla sua firma (con il certificato di questo server, o con il FILE.cer esportato).
</translation>
    </message>
    <message>
        <source>Leave PATH out (repeatable).</source>
        <translation>Esclude PERCORSO (ripetibile).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PERCORSO</translation>
    </message>
    <message>
        <source>Read the vault&apos;s passphrase from FILE.</source>
        <translation>Legge da FILE la passphrase dell&apos;insieme di credenziali.</translation>
    </message>
    <message>
        <source>Do not keep the vault&apos;s key in the keychain.</source>
        <translation>Non conserva nel portachiavi la chiave dell&apos;insieme di credenziali.</translation>
    </message>
    <message>
        <source>Replace a finished seed.</source>
        <translation>Sostituisce un seed finito.</translation>
    </message>
    <message>
        <source>Verify a written seed.</source>
        <translation>Verifica un seed scritto.</translation>
    </message>
    <message>
        <source>The exported certificate (DER).</source>
        <translation>Il certificato esportato (DER).</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avviso: %1: %2</translation>
    </message>
    <message>
        <source>Passphrase of the seed&apos;s vault: </source>
        <translation>Passphrase dell&apos;insieme di credenziali del seed: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Di nuovo la stessa passphrase: </translation>
    </message>
    <message>
        <source>The two passphrases differ: run the command again.</source>
        <translation>Le due passphrase sono diverse: esegui di nuovo il comando.</translation>
    </message>
    <message>
        <source>The seed&apos;s vault needs a passphrase: give it with --password-file FILE or SEMINA_PASSWORD.</source>
        <translation>L&apos;insieme di credenziali del seed richiede una passphrase: indicala con --password-file FILE o SEMINA_PASSWORD.</translation>
    </message>
    <message>
        <source>Seed of import job &quot;%1&quot; finished (continued from the last run).</source>
        <translation>Seed del processo di importazione &quot;%1&quot; finito (continuato dall&apos;ultima esecuzione).</translation>
    </message>
    <message>
        <source>Seed of import job &quot;%1&quot; written.</source>
        <translation>Seed del processo di importazione &quot;%1&quot; scritto.</translation>
    </message>
    <message>
        <source>Protected:         %1 in %2 files</source>
        <translation>Protetti:            %1 in %2 file</translation>
    </message>
    <message>
        <source>Seed:              %1 in %2 objects, in %3</source>
        <translation>Seed:                %1 in %2 oggetti, in %3</translation>
    </message>
    <message>
        <source>Vault:             %1, snapshot %2</source>
        <translation>Insieme di credenziali: %1, snapshot %2</translation>
    </message>
    <message>
        <source>Signed manifest:   %1</source>
        <translation>Manifesto firmato:   %1</translation>
    </message>
    <message>
        <source>Recovery key:      %1</source>
        <translation>Chiave di ripristino: %1</translation>
    </message>
    <message>
        <source>Write the recovery key down now and keep it apart from the drives: it is shown only once and opens the vault if the passphrase is lost.</source>
        <translation>Annota ora la chiave di ripristino e conservala separata dai dischi: viene mostrata una sola volta e apre l&apos;insieme di credenziali se la passphrase va persa.</translation>
    </message>
    <message>
        <source>Next: prepare the drives from %1; `semina-cli jobs` shows the job as Seeded.</source>
        <translation>Prossimo passo: prepara i dischi da %1; `semina-cli jobs` mostra il processo come Seed pronto.</translation>
    </message>
    <message>
        <source>Name the seed to verify with --staging DIR and --job NAME.</source>
        <translation>Indica il seed da verificare con --staging CARTELLA e --job NOME.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; cannot be read: %2.</source>
        <translation>Il certificato &quot;%1&quot; non può essere letto: %2.</translation>
    </message>
    <message>
        <source>The seed of import job &quot;%1&quot; in %2 matches its manifest: %3 objects (%4) read and hashed; the manifest is signed by %5.</source>
        <translation>Il seed del processo di importazione &quot;%1&quot; in %2 corrisponde al suo manifesto: %3 oggetti (%4) letti e sottoposti a hash; il manifesto è firmato da %5.</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>nota: %1: %2</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::RestoreCommand</name>
    <message>
        <source>restore a snapshot, or chosen paths of it, into a folder</source>
        <translation>ripristina uno snapshot, o alcuni suoi percorsi, in una cartella</translation>
    </message>
    <message>
        <source>Restores SNAPSHOT (an id, a unique prefix, or &quot;latest&quot;, the default) into --target. Every chunk is verified; damaged files are reported and the others still restored.</source>
        <translation>Ripristina SNAPSHOT (un ID, un prefisso univoco o &quot;latest&quot;, il predefinito) in --target. Ogni blocco viene verificato; i file danneggiati vengono segnalati e gli altri ripristinati comunque.</translation>
    </message>
    <message>
        <source>The folder to restore into (created when missing).</source>
        <translation>La cartella in cui ripristinare (creata se manca).</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <source>Restore only this path of the snapshot, e.g. data/docs (repeatable).</source>
        <translation>Ripristina solo questo percorso dello snapshot, ad esempio data/docs (ripetibile).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PERCORSO</translation>
    </message>
    <message>
        <source>Also recreate symbolic links that point outside the target folder.</source>
        <translation>Ricrea anche i collegamenti simbolici che puntano fuori dalla cartella di destinazione.</translation>
    </message>
    <message>
        <source>The snapshot; &quot;latest&quot; when left out.</source>
        <translation>Lo snapshot; &quot;latest&quot; se omesso.</translation>
    </message>
    <message>
        <source>[SNAPSHOT]</source>
        <translation>[SNAPSHOT]</translation>
    </message>
    <message>
        <source>Name one snapshot at most.</source>
        <translation>Indica al massimo uno snapshot.</translation>
    </message>
    <message>
        <source>Name the folder to restore into with --target FOLDER.</source>
        <translation>Indica la cartella in cui ripristinare con --target CARTELLA.</translation>
    </message>
    <message>
        <source>Restored %1 files (%2) into %3.</source>
        <translation>Ripristinati %1 file (%2) in %3.</translation>
    </message>
    <message>
        <source>%1 damaged files were not restored and %2 unsafe entries were refused: run semina-cli check.</source>
        <translation>%1 file danneggiati non sono stati ripristinati e %2 voci non sicure sono state rifiutate: esegui semina-cli check.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::SnapshotsCommand</name>
    <message>
        <source>list the snapshots in a vault</source>
        <translation>elenca gli snapshot in un insieme di credenziali</translation>
    </message>
    <message>
        <source>Lists the vault&apos;s snapshots, oldest first.</source>
        <translation>Elenca gli snapshot dell&apos;insieme di credenziali, dal più vecchio.</translation>
    </message>
    <message>
        <source>ID        Time                  Host             Files     Size  Paths</source>
        <translation>ID        Ora                   Host             File  Dimensione  Percorsi</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s).</source>
        <translation>
            <numerusform>%n snapshot.</numerusform>
            <numerusform>%n snapshot.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Semina::Cli::StopSignals</name>
    <message>
        <source>Stopped; run the same command to continue.</source>
        <translation>Interrotto; esegui di nuovo lo stesso comando per continuare.</translation>
    </message>
    <message>
        <source>Stopped; run the same command to start again.</source>
        <translation>Interrotto; esegui di nuovo lo stesso comando per ricominciare.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::SubscriptionCommand</name>
    <message>
        <source>create: issue a publish settings file for the embedded local service</source>
        <translation>create: emette un file di impostazioni di pubblicazione per il servizio locale integrato</translation>
    </message>
    <message>
        <source>Usage: semina-cli subscription create --name NAME [--id GUID] --out FILE.publishsettings
Issues a publish settings file (schema 2.0) with a new management certificate for Semina&apos;s
embedded local service. Keep it private: like Azure&apos;s, it holds the certificate&apos;s key.
</source>
        <translation>Uso: semina-cli subscription create --name NOME [--id GUID] --out FILE.publishsettings
Emette un file di impostazioni di pubblicazione (schema 2.0) con un nuovo certificato di gestione per il
servizio locale integrato di Semina. Tienilo riservato: come quello di Azure, contiene la chiave del certificato.
</translation>
    </message>
    <message>
        <source>The subscription&apos;s name.</source>
        <translation>Il nome della sottoscrizione.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Its id; a new GUID when left out.</source>
        <translation>Il suo ID; un nuovo GUID se omesso.</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Il file da scrivere.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>The only subscription action is &quot;create&quot;.</source>
        <translation>L&apos;unica azione su subscription è &quot;create&quot;.</translation>
    </message>
    <message>
        <source>--name and --out are required.</source>
        <translation>--name e --out sono obbligatori.</translation>
    </message>
    <message>
        <source>Wrote %1: subscription &quot;%2&quot; (%3) of the embedded local service.</source>
        <translation>Scritto %1: sottoscrizione &quot;%2&quot; (%3) del servizio locale integrato.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::UnlockCommand</name>
    <message>
        <source>remove a vault&apos;s locks left by jobs that no longer run</source>
        <translation>rimuove i blocchi dell&apos;insieme di credenziali lasciati da processi che non sono più in esecuzione</translation>
    </message>
    <message>
        <source>Removes the vault&apos;s locks. Every backup, check, restore and key change locks the vault while it runs; a lock whose process has ended is stale. Without options every lock is removed: do that only when no other Semina job uses the vault.</source>
        <translation>Rimuove i blocchi dell&apos;insieme di credenziali. Ogni backup, controllo, ripristino e modifica delle chiavi blocca l&apos;insieme di credenziali mentre è in esecuzione; un blocco il cui processo è terminato è obsoleto. Senza opzioni vengono rimossi tutti i blocchi: fallo solo quando nessun altro processo di Semina usa l&apos;insieme di credenziali.</translation>
    </message>
    <message>
        <source>Remove only stale locks: of processes that ended on this machine, or not refreshed for 30 minutes.</source>
        <translation>Rimuove solo i blocchi obsoleti: quelli di processi terminati su questo computer o non rinnovati da 30 minuti.</translation>
    </message>
    <message>
        <source>Only list the locks.</source>
        <translation>Elenca soltanto i blocchi.</translation>
    </message>
    <message>
        <source>Use --list or --remove-stale, not both.</source>
        <translation>Usa --list oppure --remove-stale, non entrambi.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Removed %1: %2</source>
        <translation>Rimosso %1: %2</translation>
    </message>
    <message>
        <source> (stale: %1)</source>
        <translation> (obsoleto: %1)</translation>
    </message>
    <message>
        <source>The vault has no locks.</source>
        <translation>L&apos;insieme di credenziali non ha blocchi.</translation>
    </message>
    <message>
        <source>No lock was removed.</source>
        <translation>Nessun blocco è stato rimosso.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::VaultAccess</name>
    <message>
        <source>The vault: a folder.</source>
        <translation>L&apos;insieme di credenziali: una cartella.</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>POSIZIONE</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (else SEMINA_PASSWORD, the OS keychain, or a prompt).</source>
        <translation>Legge la passphrase dalla prima riga di FILE (altrimenti SEMINA_PASSWORD, il portachiavi del sistema o una richiesta).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print the result as JSON, for scripts.</source>
        <translation>Stampa il risultato in JSON, per gli script.</translation>
    </message>
    <message>
        <source>Name the vault with --vault FOLDER.</source>
        <translation>Indica l&apos;insieme di credenziali con --vault CARTELLA.</translation>
    </message>
    <message>
        <source>There is no vault at &quot;%1&quot;: check the path, or create one with semina-cli init.</source>
        <translation>Non c&apos;è un insieme di credenziali in &quot;%1&quot;: controlla il percorso, oppure creane uno con semina-cli init.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created: check the path and permissions.</source>
        <translation>La cartella &quot;%1&quot; non può essere creata: controlla il percorso e i permessi.</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; cannot be read: %2.</source>
        <translation>Il file della password &quot;%1&quot; non può essere letto: %2.</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; is empty.</source>
        <translation>Il file della password &quot;%1&quot; è vuoto.</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>Passphrase dell&apos;insieme di credenziali: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Di nuovo la stessa passphrase: </translation>
    </message>
    <message>
        <source>The two passphrases differ: run the command again.</source>
        <translation>Le due passphrase sono diverse: esegui di nuovo il comando.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nuova passphrase: </translation>
    </message>
    <message>
        <source>Give the new passphrase with --%1 or %2.</source>
        <translation>Indica la nuova passphrase con --%1 o %2.</translation>
    </message>
    <message>
        <source>The vault needs its passphrase: give it with --password-file FILE or SEMINA_PASSWORD, or keep the key in the OS keychain (init --keychain).</source>
        <translation>L&apos;insieme di credenziali richiede la sua passphrase: indicala con --password-file FILE o SEMINA_PASSWORD, oppure conserva la chiave nel portachiavi del sistema (init --keychain).</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avviso: %1: %2</translation>
    </message>
</context>
<context>
    <name>Semina::Crypto</name>
    <message>
        <source>The cryptographic library failed (%1).</source>
        <translation>La libreria crittografica ha restituito un errore (%1).</translation>
    </message>
    <message>
        <source>An encryption key has the wrong length.</source>
        <translation>Una chiave di cifratura ha la lunghezza sbagliata.</translation>
    </message>
    <message>
        <source>A message is too large to encrypt in one piece.</source>
        <translation>Un messaggio è troppo grande per essere cifrato in un solo pezzo.</translation>
    </message>
    <message>
        <source>Encrypted data failed its integrity check: it was damaged or belongs elsewhere.</source>
        <translation>I dati cifrati non hanno superato il controllo di integrità: sono danneggiati o appartengono a un&apos;altra posizione.</translation>
    </message>
    <message>
        <source>Asked for an impossible number of random bytes.</source>
        <translation>È stato richiesto un numero impossibile di byte casuali.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed (RAND_bytes).</source>
        <translation>Il generatore di numeri casuali del sistema ha restituito un errore (RAND_bytes).</translation>
    </message>
</context>
<context>
    <name>Semina::Error</name>
    <message>
        <source>usage error</source>
        <translation>errore di utilizzo</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>dato non valido</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>non trovato</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>accesso negato</translation>
    </message>
    <message>
        <source>data damaged</source>
        <translation>dati danneggiati</translation>
    </message>
    <message>
        <source>file system error</source>
        <translation>errore del file system</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>errore di rete</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>portachiavi non disponibile</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflitto</translation>
    </message>
    <message>
        <source>waiting for import job</source>
        <translation>in attesa del processo di importazione</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>errore interno</translation>
    </message>
    <message>
        <source>vault in use</source>
        <translation>insieme di credenziali in uso</translation>
    </message>
</context>
<context>
    <name>Semina::JobContext</name>
    <message>
        <source>Cancelled. Run the same job again to continue where it stopped.</source>
        <translation>Annullato. Esegui di nuovo la stessa operazione per riprendere da dove si è fermata.</translation>
    </message>
</context>
<context>
    <name>Semina::Language</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use one of %2.</source>
        <translation>Lingua sconosciuta &quot;%1&quot;: usa una tra %2.</translation>
    </message>
    <message>
        <source>The %1 translation is missing from this build.</source>
        <translation>La traduzione %1 manca in questa versione.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::Certificate</name>
    <message>
        <source>The data is not an X.509 certificate in DER form.</source>
        <translation>I dati non sono un certificato X.509 in formato DER.</translation>
    </message>
    <message>
        <source>The management certificate in %1 is not a PKCS#12 certificate: download the publish settings file again.</source>
        <translation>Il certificato di gestione in %1 non è un certificato PKCS#12: scarica di nuovo il file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>The management certificate in %1 cannot be opened with an empty password or uses an unsupported algorithm: download the publish settings file again.</source>
        <translation>Il certificato di gestione in %1 non si apre con una password vuota o usa un algoritmo non supportato: scarica di nuovo il file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>The management certificate in %1 holds no certificate: download the publish settings file again.</source>
        <translation>Il certificato di gestione in %1 non contiene alcun certificato: scarica di nuovo il file delle impostazioni di pubblicazione.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::CertificatePublisher</name>
    <message>
        <source>The certificate %1 is not published in container &quot;%2&quot; of %3: on the server that owns it, run &quot;semina-cli certgen AddRegistryEntries&quot; for this storage account.</source>
        <translation>Il certificato %1 non è pubblicato nel contenitore &quot;%2&quot; di %3: sul server che lo possiede, esegui &quot;semina-cli certgen AddRegistryEntries&quot; per questo account di archiviazione.</translation>
    </message>
    <message>
        <source>The object %1 in container &quot;%2&quot; of %3 is not the certificate %4: it was altered; publish the certificate again from its server.</source>
        <translation>L&apos;oggetto %1 nel contenitore &quot;%2&quot; di %3 non è il certificato %4: è stato alterato; pubblica di nuovo il certificato dal suo server.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::DataFolder</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot;: check the permissions of its parent folder.</source>
        <translation>Impossibile creare la cartella &quot;%1&quot;: controlla i permessi della cartella che la contiene.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ImportGate</name>
    <message>
        <source>Waiting for import job to complete: the import job &quot;%1&quot; (%2) seeds this vault offline, and backups into it resume once the job is completed. `semina-cli jobs` shows its state.</source>
        <translation>In attesa del completamento del processo di importazione: il processo di importazione &quot;%1&quot; (%2) alimenta offline questo insieme di credenziali, e i backup riprendono quando il processo è completato. `semina-cli jobs` ne mostra lo stato.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ImportJob</name>
    <message>
        <source>Writing the seed</source>
        <translation>Scrittura del seed</translation>
    </message>
    <message>
        <source>Seed ready for the drives</source>
        <translation>Seed pronto per i dischi</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Creazione</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Spedizione</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Trasferimento</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Imballaggio</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Closed (ended with errors)</source>
        <translation>Chiuso (terminato con errori)</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>The job record is damaged (%1).</source>
        <translation>Il record del processo è danneggiato (%1).</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ImportJobStore</name>
    <message>
        <source>Another Semina process keeps the job list in &quot;%1&quot; busy: wait for it to finish, then try again.</source>
        <translation>Un altro processo di Semina tiene occupato l&apos;elenco dei processi in &quot;%1&quot;: attendi che finisca, poi riprova.</translation>
    </message>
    <message>
        <source>Cannot read the job record &quot;%1&quot;: check its permissions.</source>
        <translation>Impossibile leggere il record del processo &quot;%1&quot;: controlla i suoi permessi.</translation>
    </message>
    <message>
        <source>The job record &quot;%1&quot; is damaged: move it away; the other jobs are not affected.</source>
        <translation>Il record del processo &quot;%1&quot; è danneggiato: spostalo altrove; gli altri processi non sono coinvolti.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job name: use 3 to 64 letters, digits, hyphens and underscores.</source>
        <translation>&quot;%1&quot; non è un nome di processo: usa da 3 a 64 lettere, cifre, trattini e trattini bassi.</translation>
    </message>
    <message>
        <source>A job named &quot;%1&quot; exists already: choose another name (semina-cli jobs lists them).</source>
        <translation>Esiste già un processo di nome &quot;%1&quot;: scegli un altro nome (semina-cli jobs li elenca).</translation>
    </message>
    <message>
        <source>There is no import job named &quot;%1&quot; on this server: semina-cli jobs lists them.</source>
        <translation>Su questo server non esiste un processo di importazione di nome &quot;%1&quot;: semina-cli jobs li elenca.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; was changed by another process meanwhile: read it again and repeat the change.</source>
        <translation>Il processo &quot;%1&quot; è stato modificato da un altro processo nel frattempo: rileggilo e ripeti la modifica.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is %2 and cannot become %3.</source>
        <translation>Il processo &quot;%1&quot; è in stato %2 e non può passare a %3.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::LocalSubscription</name>
    <message>
        <source>The subscription needs a name: give one with --name.</source>
        <translation>La sottoscrizione ha bisogno di un nome: indicalo con --name.</translation>
    </message>
    <message>
        <source>The subscription id &quot;%1&quot; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): give a GUID with --id, or leave --id out to get a new one.</source>
        <translation>L&apos;ID sottoscrizione &quot;%1&quot; non è un GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): indica un GUID con --id, oppure ometti --id per averne uno nuovo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists: choose another --out file, or remove it first.</source>
        <translation>&quot;%1&quot; esiste già: scegli un altro file --out, oppure rimuovilo prima.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::OfflineApplicationParams</name>
    <message>
        <source>&quot;%1&quot; is not an OfflineApplicationParams file: give the file that semina-cli certgen CreateNewApplication wrote.</source>
        <translation>&quot;%1&quot; non è un file OfflineApplicationParams: indica il file scritto da semina-cli certgen CreateNewApplication.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (not well-formed XML): create or register the offline identity again.</source>
        <translation>&quot;%1&quot; è danneggiato (XML non ben formato): crea o registra di nuovo l&apos;identità offline.</translation>
    </message>
    <message>
        <source>The certificate in &quot;%1&quot; is damaged: create or register the offline identity again.</source>
        <translation>Il certificato in &quot;%1&quot; è danneggiato: crea o registra di nuovo l&apos;identità offline.</translation>
    </message>
    <message>
        <source>The thumbprint in &quot;%1&quot; does not match its certificate: the file was edited; create or register the offline identity again.</source>
        <translation>L&apos;identificazione personale in &quot;%1&quot; non corrisponde al suo certificato: il file è stato modificato; crea o registra di nuovo l&apos;identità offline.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: check the path.</source>
        <translation>&quot;%1&quot; non esiste: controlla il percorso.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: check its permissions.</source>
        <translation>Impossibile leggere &quot;%1&quot;: controlla i suoi permessi.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::OfflineFormValidator</name>
    <message>
        <source>Staging location</source>
        <translation>Percorso di gestione temporanea</translation>
    </message>
    <message>
        <source>Publish settings file</source>
        <translation>File delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>Import job name</source>
        <translation>Nome del processo di importazione</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>ID sottoscrizione</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>Account di archiviazione</translation>
    </message>
    <message>
        <source>Storage container</source>
        <translation>Contenitore di archiviazione</translation>
    </message>
    <message>
        <source>give the job a name, e.g. fileserver-2026-11.</source>
        <translation>dai un nome al processo, ad esempio fileserver-2026-11.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed: use 3 to 64 letters, digits, hyphens (-) and underscores (_).</source>
        <translation>&quot;%1&quot; non è ammesso: usa da 3 a 64 lettere, cifre, trattini (-) e trattini bassi (_).</translation>
    </message>
    <message>
        <source>this server already has a job named &quot;%1&quot;: choose another name (semina-cli jobs lists them).</source>
        <translation>questo server ha già un processo di nome &quot;%1&quot;: scegli un altro nome (semina-cli jobs li elenca).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): copy the id from the publish settings file.</source>
        <translation>&quot;%1&quot; non è un GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): copia l&apos;ID dal file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>no publish settings file with subscriptions was given: choose the publish settings file first.</source>
        <translation>non è stato indicato un file delle impostazioni di pubblicazione con sottoscrizioni: scegli prima il file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the publish settings file, which holds %2: choose one of those.</source>
        <translation>&quot;%1&quot; non è nel file delle impostazioni di pubblicazione, che contiene %2: scegline uno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a storage account name: use 3 to 24 lower-case letters and digits, nothing else.</source>
        <translation>&quot;%1&quot; non è un nome di account di archiviazione: usa da 3 a 24 lettere minuscole e cifre, nient&apos;altro.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not registered for offline backup on this server: run &quot;semina-cli certgen AddRegistryEntries SubscriptionId:GUID xmlfilepath:FILE storageaccountname:%1&quot; first.</source>
        <translation>&quot;%1&quot; non è registrato per il backup offline su questo server: esegui prima &quot;semina-cli certgen AddRegistryEntries SubscriptionId:GUID xmlfilepath:FILE storageaccountname:%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a container name: use 3 to 63 lower-case letters, digits and hyphens, starting and ending with a letter or digit, never two hyphens in a row.</source>
        <translation>&quot;%1&quot; non è un nome di contenitore: usa da 3 a 63 lettere minuscole, cifre e trattini, iniziando e finendo con una lettera o una cifra, mai due trattini di seguito.</translation>
    </message>
    <message>
        <source>give a folder on a disk with room for the seed, or a network path (\\server\share).</source>
        <translation>indica una cartella su un disco con spazio per il seed, oppure un percorso di rete (\\server\condivisione).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete network path: write it as \\server\share\folder or //server/share/folder.</source>
        <translation>&quot;%1&quot; non è un percorso di rete completo: scrivilo come \\server\condivisione\cartella o //server/condivisione/cartella.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a relative path: give the full path, so the copy computer can find it.</source>
        <translation>&quot;%1&quot; è un percorso relativo: indica il percorso completo, così che il computer di copia possa trovarlo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file, not a folder: choose a folder.</source>
        <translation>&quot;%1&quot; è un file, non una cartella: scegli una cartella.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be created because &quot;%2&quot; is a file: choose another folder.</source>
        <translation>&quot;%1&quot; non può essere creata perché &quot;%2&quot; è un file: scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not writable: choose a folder you can write to, or change its permissions.</source>
        <translation>&quot;%1&quot; non è scrivibile: scegli una cartella in cui puoi scrivere, oppure cambia i suoi permessi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be created: &quot;%2&quot; is not writable; choose another folder.</source>
        <translation>&quot;%1&quot; non può essere creata: &quot;%2&quot; non è scrivibile; scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 free but the seed needs about %3: free some space or choose a larger disk.</source>
        <translation>&quot;%1&quot; ha %2 liberi ma il seed richiede circa %3: libera spazio o scegli un disco più grande.</translation>
    </message>
    <message>
        <source>choose the .publishsettings file of your subscription.</source>
        <translation>scegli il file .publishsettings della tua sottoscrizione.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::OfflineIdentity</name>
    <message>
        <source>The subscription id &quot;%1&quot; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): copy it from the publish settings file or the subscription&apos;s page.</source>
        <translation>L&apos;ID sottoscrizione &quot;%1&quot; non è un GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): copialo dal file delle impostazioni di pubblicazione o dalla pagina della sottoscrizione.</translation>
    </message>
    <message>
        <source>Another Semina process is creating the offline identity: wait for it, then run the command again.</source>
        <translation>Un altro processo di Semina sta creando l&apos;identità offline: attendilo, poi esegui di nuovo il comando.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists but cannot be read (%2): move it away to make a new offline identity.</source>
        <translation>&quot;%1&quot; esiste ma non può essere letto (%2): spostalo altrove per creare una nuova identità offline.</translation>
    </message>
    <message>
        <source>This server already has an offline identity: certificate %1 with thumbprint %2, for subscription %3, in &quot;%4&quot;. Semina does not make a second one. To use it, export the certificate with &quot;semina-cli certgen ExportCertificate out:FILE.cer&quot;, upload FILE.cer, and keep the thumbprint %2.</source>
        <translation>Questo server ha già un&apos;identità offline: certificato %1 con identificazione personale %2, per la sottoscrizione %3, in &quot;%4&quot;. Semina non ne crea una seconda. Per usarla, esporta il certificato con &quot;semina-cli certgen ExportCertificate out:FILE.cer&quot;, carica FILE.cer e conserva l&apos;identificazione personale %2.</translation>
    </message>
    <message>
        <source>This server has no offline identity yet (no &quot;%1&quot;): make one with &quot;semina-cli certgen CreateNewApplication SubscriptionId:GUID&quot;.</source>
        <translation>Questo server non ha ancora un&apos;identità offline (manca &quot;%1&quot;): creala con &quot;semina-cli certgen CreateNewApplication SubscriptionId:GUID&quot;.</translation>
    </message>
    <message>
        <source>The private key of the offline identity %1 is not in this keychain: sign on the server that created it, or move &quot;%2&quot; away and create a new identity.</source>
        <translation>La chiave privata dell&apos;identità offline %1 non è in questo portachiavi: firma sul server che l&apos;ha creata, oppure sposta altrove &quot;%2&quot; e crea una nuova identità.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::OfflineRegistry</name>
    <message>
        <source>The subscription id &quot;%1&quot; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): give the id used with CreateNewApplication.</source>
        <translation>L&apos;ID sottoscrizione &quot;%1&quot; non è un GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): indica l&apos;ID usato con CreateNewApplication.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a storage account name: use 3 to 24 lower-case letters and digits.</source>
        <translation>&quot;%1&quot; non è un nome di account di archiviazione: usa da 3 a 24 lettere minuscole e cifre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is for subscription %2, not %3: give the subscription the identity was created for, or create one for %3.</source>
        <translation>&quot;%1&quot; è per la sottoscrizione %2, non %3: indica la sottoscrizione per cui è stata creata l&apos;identità, oppure creane una per %3.</translation>
    </message>
    <message>
        <source>Cannot save Semina&apos;s settings in &quot;%1&quot;: check that the folder is writable.</source>
        <translation>Impossibile salvare le impostazioni di Semina in &quot;%1&quot;: controlla che la cartella sia scrivibile.</translation>
    </message>
    <message>
        <source>The storage account &quot;%1&quot; is not registered for offline backup: register it with &quot;semina-cli certgen AddRegistryEntries SubscriptionId:GUID xmlfilepath:FILE storageaccountname:%1&quot;.</source>
        <translation>L&apos;account di archiviazione &quot;%1&quot; non è registrato per il backup offline: registralo con &quot;semina-cli certgen AddRegistryEntries SubscriptionId:GUID xmlfilepath:FILE storageaccountname:%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::PublishSettings</name>
    <message>
        <source>&quot;%1&quot; is a Web Deploy publishing profile (publishData/publishProfile with publishMethod &quot;MSDeploy&quot;), not the publish settings of a subscription: download the subscription&apos;s .publishsettings file (its root element is PublishData) and choose that one.</source>
        <translation>&quot;%1&quot; è un profilo di pubblicazione Web Deploy (publishData/publishProfile con publishMethod &quot;MSDeploy&quot;), non le impostazioni di pubblicazione di una sottoscrizione: scarica il file .publishsettings della sottoscrizione (il suo elemento radice è PublishData) e scegli quello.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (subscription &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; (sottoscrizione &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 has no ManagementCertificate: download the publish settings file again.</source>
        <translation>%1 non ha un ManagementCertificate: scarica di nuovo il file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>The ManagementCertificate of %1 is not valid base64: the file was damaged or cut short; download the publish settings file again.</source>
        <translation>Il ManagementCertificate di %1 non è base64 valido: il file è danneggiato o troncato; scarica di nuovo il file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>The management certificate of %1 expired on %2: download a new publish settings file, which carries a new certificate.</source>
        <translation>Il certificato di gestione di %1 è scaduto il %2: scarica un nuovo file delle impostazioni di pubblicazione, che contiene un nuovo certificato.</translation>
    </message>
    <message>
        <source>The management certificate of %1 is valid only from %2: check this computer&apos;s clock.</source>
        <translation>Il certificato di gestione di %1 è valido solo dal %2: controlla l&apos;orologio di questo computer.</translation>
    </message>
    <message>
        <source>The publish settings file &quot;%1&quot; holds no subscription &quot;%2&quot;; it holds %3: choose one of these, or the publish settings file of that subscription.</source>
        <translation>Il file delle impostazioni di pubblicazione &quot;%1&quot; non contiene la sottoscrizione &quot;%2&quot;; contiene %3: scegline una, oppure il file delle impostazioni di pubblicazione di quella sottoscrizione.</translation>
    </message>
    <message>
        <source>The publish settings file &quot;%1&quot; does not exist: check the path.</source>
        <translation>Il file delle impostazioni di pubblicazione &quot;%1&quot; non esiste: controlla il percorso.</translation>
    </message>
    <message>
        <source>Cannot read the publish settings file &quot;%1&quot;: check its permissions.</source>
        <translation>Impossibile leggere il file delle impostazioni di pubblicazione &quot;%1&quot;: controlla i suoi permessi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is far too large for a publish settings file: choose the .publishsettings file.</source>
        <translation>&quot;%1&quot; è troppo grande per essere un file delle impostazioni di pubblicazione: scegli il file .publishsettings.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is XML but not a publish settings file (no PublishData/PublishProfile): choose the .publishsettings file downloaded for your subscription.</source>
        <translation>&quot;%1&quot; è XML ma non è un file delle impostazioni di pubblicazione (manca PublishData/PublishProfile): scegli il file .publishsettings scaricato per la tua sottoscrizione.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an XML file: choose the .publishsettings file downloaded for your subscription.</source>
        <translation>&quot;%1&quot; non è un file XML: scegli il file .publishsettings scaricato per la tua sottoscrizione.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses publish settings schema version %2, which Semina does not know (it reads 1 and 2.0): download the file again.</source>
        <translation>&quot;%1&quot; usa la versione %2 dello schema delle impostazioni di pubblicazione, che Semina non conosce (legge 1 e 2.0): scarica di nuovo il file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a well-formed XML file (line %2): it was damaged or cut short; download the publish settings file again.</source>
        <translation>&quot;%1&quot; non è un file XML ben formato (riga %2): è danneggiato o troncato; scarica di nuovo il file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>The publish settings file &quot;%1&quot; lists no subscription: sign in with an account that has a subscription and download the file again.</source>
        <translation>Il file delle impostazioni di pubblicazione &quot;%1&quot; non elenca alcuna sottoscrizione: accedi con un account che ha una sottoscrizione e scarica di nuovo il file.</translation>
    </message>
    <message>
        <source>The subscription &quot;%1&quot; in &quot;%2&quot; has the id &quot;%3&quot;, which is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): the file was edited or damaged; download it again.</source>
        <translation>La sottoscrizione &quot;%1&quot; in &quot;%2&quot; ha l&apos;ID &quot;%3&quot;, che non è un GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): il file è stato modificato o è danneggiato; scaricalo di nuovo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists the subscription %2 twice: the file was edited or damaged; download it again.</source>
        <translation>&quot;%1&quot; elenca due volte la sottoscrizione %2: il file è stato modificato o è danneggiato; scaricalo di nuovo.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::Seed</name>
    <message>
        <source>&quot;%1&quot; cannot be removed: check the folder&apos;s permissions.</source>
        <translation>&quot;%1&quot; non può essere rimosso: controlla i permessi della cartella.</translation>
    </message>
    <message>
        <source>The import job &quot;%1&quot; exists already with the staging location %2: choose another job name, or give that staging location to continue it.</source>
        <translation>Il processo di importazione &quot;%1&quot; esiste già con il percorso di gestione temporanea %2: scegli un altro nome di processo, oppure indica quel percorso per continuarlo.</translation>
    </message>
    <message>
        <source>The import job &quot;%1&quot; is %2: its drives were prepared from this seed, so it cannot be written again. Choose another job name.</source>
        <translation>Il processo di importazione &quot;%1&quot; è in stato %2: i suoi dischi sono stati preparati da questo seed, quindi non può essere scritto di nuovo. Scegli un altro nome di processo.</translation>
    </message>
    <message>
        <source>The seed of the import job &quot;%1&quot; in %2 is finished: run again with --force to replace it (its drives must then be prepared again).</source>
        <translation>Il seed del processo di importazione &quot;%1&quot; in %2 è finito: esegui di nuovo con --force per sostituirlo (i suoi dischi andranno poi preparati di nuovo).</translation>
    </message>
    <message>
        <source>The seed in %1 was started with a passphrase that is not in the OS keychain: give the same passphrase to continue it.</source>
        <translation>Il seed in %1 è stato avviato con una passphrase che non è nel portachiavi del sistema: indica la stessa passphrase per continuarlo.</translation>
    </message>
    <message>
        <source>offline seed %1</source>
        <translation>seed offline %1</translation>
    </message>
    <message>
        <source>The seed was started without its job store or identity.</source>
        <translation>Il seed è stato avviato senza l&apos;archivio dei processi o l&apos;identità.</translation>
    </message>
    <message>
        <source>Give the staging location and at least one folder or file to protect.</source>
        <translation>Indica il percorso di gestione temporanea e almeno una cartella o un file da proteggere.</translation>
    </message>
    <message>
        <source>Another Semina process is writing the seed in %1: wait for it to finish.</source>
        <translation>Un altro processo di Semina sta scrivendo il seed in %1: attendi che finisca.</translation>
    </message>
    <message>
        <source>Opening the seed&apos;s vault</source>
        <translation>Apertura dell&apos;insieme di credenziali del seed</translation>
    </message>
    <message>
        <source>Signing the seed manifest</source>
        <translation>Firma del manifesto del seed</translation>
    </message>
    <message>
        <source>Wrong passphrase: the seed of the import job &quot;%1&quot; in %2 was started with another one. Give the passphrase chosen when it started (the vault&apos;s recovery key opens it too).</source>
        <translation>Passphrase errata: il seed del processo di importazione &quot;%1&quot; in %2 è stato avviato con un&apos;altra. Indica la passphrase scelta all&apos;avvio (lo apre anche la chiave di ripristino dell&apos;insieme di credenziali).</translation>
    </message>
    <message>
        <source>The seed&apos;s vault needs a passphrase to be created: give one (it opens the vault later, with the recovery key shown once, when the seed is finished, as a spare).</source>
        <translation>Per creare l&apos;insieme di credenziali del seed serve una passphrase: indicane una (in seguito apre l&apos;insieme di credenziali; la chiave di ripristino, mostrata una sola volta a seed finito, fa da riserva).</translation>
    </message>
    <message>
        <source>Making the recovery key</source>
        <translation>Creazione della chiave di ripristino</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::SeedEstimate</name>
    <message>
        <source>The compression library failed (zlib status %1).</source>
        <translation>La libreria di compressione ha restituito un errore (stato zlib %1).</translation>
    </message>
    <message>
        <source>Cannot read it to judge its compressibility; it is counted as incompressible.</source>
        <translation>Impossibile leggerlo per valutarne la comprimibilità; viene contato come non comprimibile.</translation>
    </message>
    <message>
        <source>Name at least one folder or file to protect.</source>
        <translation>Indica almeno una cartella o un file da proteggere.</translation>
    </message>
    <message>
        <source>The drive size and the sample sizes must be positive.</source>
        <translation>La dimensione dei dischi e quelle dei campioni devono essere positive.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: check the path of the data to protect.</source>
        <translation>&quot;%1&quot; non esiste: controlla il percorso dei dati da proteggere.</translation>
    </message>
    <message>
        <source>Measuring the data to protect</source>
        <translation>Misurazione dei dati da proteggere</translation>
    </message>
    <message>
        <source>Sampling compressibility</source>
        <translation>Campionamento della comprimibilità</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size: write it like 4T, 500G, 3.5TB or 2TiB.</source>
        <translation>&quot;%1&quot; non è una dimensione: scrivila come 4T, 500G, 3.5TB o 2TiB.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::SeedManifest</name>
    <message>
        <source>The seed manifest &quot;%1&quot; is damaged (%2): write the seed again with --force.</source>
        <translation>Il manifesto del seed &quot;%1&quot; è danneggiato (%2): scrivi di nuovo il seed con --force.</translation>
    </message>
    <message>
        <source>not a seed manifest</source>
        <translation>non è un manifesto del seed</translation>
    </message>
    <message>
        <source>The seed manifest &quot;%1&quot; has version %2, newer than this Semina reads: update Semina.</source>
        <translation>Il manifesto del seed &quot;%1&quot; ha la versione %2, più recente di quella che questo Semina legge: aggiorna Semina.</translation>
    </message>
    <message>
        <source>the job name, the vault id or its container is missing</source>
        <translation>manca il nome del processo, l&apos;ID dell&apos;insieme di credenziali o il suo contenitore</translation>
    </message>
    <message>
        <source>object %1 is not described fully</source>
        <translation>l&apos;oggetto %1 non è descritto completamente</translation>
    </message>
    <message>
        <source>its totals do not match its list of objects</source>
        <translation>i suoi totali non corrispondono al suo elenco di oggetti</translation>
    </message>
    <message>
        <source>The signature file &quot;%1&quot; of the seed manifest is damaged: write the seed again with --force.</source>
        <translation>Il file di firma &quot;%1&quot; del manifesto del seed è danneggiato: scrivi di nuovo il seed con --force.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::SeedObjects</name>
    <message>
        <source>The object &quot;%1&quot; is shorter than the store lists it (%2 bytes).</source>
        <translation>L&apos;oggetto &quot;%1&quot; è più corto di quanto indicato dall&apos;archivio (%2 byte).</translation>
    </message>
    <message>
        <source>Reading the seed back and hashing it</source>
        <translation>Rilettura del seed e calcolo degli hash</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::SeedVerification</name>
    <message>
        <source>&quot;%1&quot; does not exist: the seed in %2 is not finished; run the offline backup of this job again to finish it.</source>
        <translation>&quot;%1&quot; non esiste: il seed in %2 non è finito; esegui di nuovo il backup offline di questo processo per finirlo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2.</source>
        <translation>&quot;%1&quot; non può essere letto: %2.</translation>
    </message>
    <message>
        <source>Checking the seed manifest&apos;s signature</source>
        <translation>Controllo della firma del manifesto del seed</translation>
    </message>
    <message>
        <source>The seed manifest %1 was signed by the certificate %2, not by %3: verify it with the certificate of the server that wrote the seed (certgen ExportCertificate on that server).</source>
        <translation>Il manifesto del seed %1 è stato firmato dal certificato %2, non da %3: verificalo con il certificato del server che ha scritto il seed (certgen ExportCertificate su quel server).</translation>
    </message>
    <message>
        <source>The seed manifest %1 was changed after it was signed, or its signature was: do not ship this seed; write it again with --force.</source>
        <translation>Il manifesto del seed %1 è stato modificato dopo la firma, oppure lo è stata la firma: non spedire questo seed; scrivilo di nuovo con --force.</translation>
    </message>
    <message>
        <source>Reading the seed and comparing it with its manifest</source>
        <translation>Lettura del seed e confronto con il suo manifesto</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: mancante</translation>
    </message>
    <message>
        <source>%1: changed (%2 bytes instead of %3)</source>
        <translation>%1: modificato (%2 byte invece di %3)</translation>
    </message>
    <message>
        <source>%1: changed (%2)</source>
        <translation>%1: modificato (%2)</translation>
    </message>
    <message>
        <source>%1: unreadable (%2)</source>
        <translation>%1: illeggibile (%2)</translation>
    </message>
    <message>
        <source>%1: changed (its SHA-256 differs from the manifest&apos;s)</source>
        <translation>%1: modificato (il suo SHA-256 è diverso da quello del manifesto)</translation>
    </message>
    <message>
        <source>%1: not in the manifest (written after the seed was signed)</source>
        <translation>%1: non nel manifesto (scritto dopo la firma del seed)</translation>
    </message>
    <message>
        <source>The seed in %1 does not match its manifest: %2 (%3 in all). Do not ship it; write it again with --force.</source>
        <translation>Il seed in %1 non corrisponde al suo manifesto: %2 (%3 in tutto). Non spedirlo; scrivilo di nuovo con --force.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::Signature</name>
    <message>
        <source>The offline private key in the keychain is damaged: create the offline identity again with semina-cli certgen CreateNewApplication.</source>
        <translation>La chiave privata offline nel portachiavi è danneggiata: crea di nuovo l&apos;identità offline con semina-cli certgen CreateNewApplication.</translation>
    </message>
    <message>
        <source>The signature does not match the data and the certificate %1: the data was changed after it was signed, or another server signed it.</source>
        <translation>La firma non corrisponde ai dati e al certificato %1: i dati sono stati modificati dopo la firma, oppure li ha firmati un altro server.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::StorageRegistration</name>
    <message>
        <source>The storage account &quot;%1&quot; is not set up in Semina, so the certificate cannot be published to it: add it with &quot;semina-cli account add %1 --folder PATH&quot; (or --connection-string-stdin), then register it again.</source>
        <translation>L&apos;account di archiviazione &quot;%1&quot; non è configurato in Semina, quindi non vi si può pubblicare il certificato: aggiungilo con &quot;semina-cli account add %1 --folder PERCORSO&quot; (o --connection-string-stdin), poi registralo di nuovo.</translation>
    </message>
</context>
<context>
    <name>Semina::SecretStore</name>
    <message>
        <source>The keychain entry &quot;%1&quot; is incomplete or was not written by Semina: remove it and store the secret again.</source>
        <translation>La voce &quot;%1&quot; del portachiavi è incompleta o non è stata scritta da Semina: rimuovila e salva di nuovo il segreto.</translation>
    </message>
    <message>
        <source>The keychain returned a different value than was stored: it cannot be trusted.</source>
        <translation>Il portachiavi ha restituito un valore diverso da quello salvato: non è affidabile.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid keychain entry name.</source>
        <translation>&quot;%1&quot; non è un nome valido per una voce del portachiavi.</translation>
    </message>
    <message>
        <source>The keychain holds no secret named &quot;%1&quot;.</source>
        <translation>Il portachiavi non contiene alcun segreto di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot;: unlock the keychain, allow Semina, and try again.</source>
        <translation>Il portachiavi ha negato l&apos;accesso a &quot;%1&quot;: sbloccalo, autorizza Semina e riprova.</translation>
    </message>
    <message>
        <source>No keychain is available: start a Secret Service provider (gnome-keyring or KWallet) in this session, then try again.</source>
        <translation>Nessun portachiavi disponibile: avvia un fornitore di Secret Service (gnome-keyring o KWallet) in questa sessione, poi riprova.</translation>
    </message>
    <message>
        <source>The keychain could not be used: check that a Secret Service provider (gnome-keyring or KWallet) runs in this session and is unlocked, then try again.</source>
        <translation>Impossibile usare il portachiavi: controlla che un fornitore di Secret Service (gnome-keyring o KWallet) sia in esecuzione in questa sessione e sbloccato, poi riprova.</translation>
    </message>
</context>
<context>
    <name>Semina::Store</name>
    <message>
        <source>The storage folder &quot;%1&quot; does not exist: create it, or plug in the drive that holds it.</source>
        <translation>La cartella di archiviazione &quot;%1&quot; non esiste: creala, oppure collega il disco che la contiene.</translation>
    </message>
    <message>
        <source>The object &quot;%1&quot; in container &quot;%2&quot; of %3 is damaged: %4. Restore it from another copy.</source>
        <translation>L&apos;oggetto &quot;%1&quot; nel contenitore &quot;%2&quot; di %3 è danneggiato: %4. Ripristinalo da un&apos;altra copia.</translation>
    </message>
    <message>
        <source>%1 bytes were read where %2 were written</source>
        <translation>sono stati letti %1 byte dove ne erano stati scritti %2</translation>
    </message>
    <message>
        <source>its bytes do not match the MD5 recorded when it was written</source>
        <translation>i suoi byte non corrispondono all&apos;MD5 registrato alla scrittura</translation>
    </message>
</context>
<context>
    <name>Semina::Store::AccountRegistry</name>
    <message>
        <source>Could not create the folder %1: check that its parent is writable.</source>
        <translation>Impossibile creare la cartella %1: controlla che la cartella che la contiene sia scrivibile.</translation>
    </message>
    <message>
        <source>There is no storage account named &quot;%1&quot;: add it with semina-cli account add, or list the known ones with semina-cli account list.</source>
        <translation>Non esiste un account di archiviazione di nome &quot;%1&quot;: aggiungilo con semina-cli account add, oppure elenca quelli noti con semina-cli account list.</translation>
    </message>
    <message>
        <source>Storage account &quot;%1&quot;</source>
        <translation>Account di archiviazione &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid account name: use 1 to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>&quot;%1&quot; non è un nome di account valido: usa da 1 a 40 lettere, cifre, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;.</translation>
    </message>
    <message>
        <source>The container &quot;%1&quot; does not exist in %2: create it, or give the right one with --container when adding the account.</source>
        <translation>Il contenitore &quot;%1&quot; non esiste in %2: crealo, oppure indica quello giusto con --container quando aggiungi l&apos;account.</translation>
    </message>
    <message>
        <source>%1 returned different bytes than were written to container &quot;%2&quot;: something between Semina and the storage damages data.</source>
        <translation>%1 ha restituito byte diversi da quelli scritti nel contenitore &quot;%2&quot;: qualcosa tra Semina e l&apos;archiviazione danneggia i dati.</translation>
    </message>
    <message>
        <source>%1, container &quot;%2&quot;: a 64 KiB test object was written, read back identical and removed in %3 ms.</source>
        <translation>%1, contenitore &quot;%2&quot;: un oggetto di prova da 64 KiB è stato scritto, riletto identico e rimosso in %3 ms.</translation>
    </message>
    <message>
        <source>%1 lets Semina read container &quot;%2&quot; but not write to it: enough to restore, not to back up. To back up, give a SAS with the read, add, create, write, delete and list permissions (or the account key), or a writable folder.</source>
        <translation>%1 permette a Semina di leggere il contenitore &quot;%2&quot; ma non di scriverci: basta per ripristinare, non per eseguire backup. Per i backup, fornisci una SAS con le autorizzazioni di lettura, aggiunta, creazione, scrittura, eliminazione ed elenco (o la chiave dell&apos;account), oppure una cartella scrivibile.</translation>
    </message>
    <message>
        <source>The account key or SAS of the storage account &quot;%1&quot; is not in this computer&apos;s keychain (a new computer, or a keychain that was reset): give the connection string again with semina-cli account add %1 --connection-string-stdin.</source>
        <translation>La chiave dell&apos;account o la SAS dell&apos;account di archiviazione &quot;%1&quot; non è nel portachiavi di questo computer (un computer nuovo, o un portachiavi azzerato): fornisci di nuovo la stringa di connessione con semina-cli account add %1 --connection-string-stdin.</translation>
    </message>
    <message>
        <source>%1 did not list the test object just written to container &quot;%2&quot;: the storage does not behave as Azure Blob Storage does.</source>
        <translation>%1 non ha elencato l&apos;oggetto di prova appena scritto nel contenitore &quot;%2&quot;: l&apos;archiviazione non si comporta come Azure Blob Storage.</translation>
    </message>
    <message>
        <source>%1 lets Semina write to container &quot;%2&quot; but not list it: give a SAS with the read, add, create, write, delete and list permissions (or the account key).</source>
        <translation>%1 permette a Semina di scrivere nel contenitore &quot;%2&quot; ma non di elencarne il contenuto: fornisci una SAS con le autorizzazioni di lettura, aggiunta, creazione, scrittura, eliminazione ed elenco (o la chiave dell&apos;account).</translation>
    </message>
    <message>
        <source>%1 lets Semina write to container &quot;%2&quot; but not delete from it: give a SAS with the read, add, create, write, delete and list permissions (or the account key).</source>
        <translation>%1 permette a Semina di scrivere nel contenitore &quot;%2&quot; ma non di eliminarvi oggetti: fornisci una SAS con le autorizzazioni di lettura, aggiunta, creazione, scrittura, eliminazione ed elenco (o la chiave dell&apos;account).</translation>
    </message>
</context>
<context>
    <name>Semina::Store::Local</name>
    <message>
        <source>The object name &quot;%1&quot; cannot be kept in a folder: its part &quot;%2&quot; needs %3 bytes on disk, more than the %4 a file name may have. Use shorter parts between the slashes.</source>
        <translation>Il nome oggetto &quot;%1&quot; non può essere conservato in una cartella: la sua parte &quot;%2&quot; richiede %3 byte su disco, più dei %4 ammessi per un nome di file. Usa parti più brevi tra le barre.</translation>
    </message>
    <message>
        <source>Could not lock the container folder &quot;%1&quot;: %2. Check that the folder is writable.</source>
        <translation>Impossibile bloccare la cartella del contenitore &quot;%1&quot;: %2. Controlla che la cartella sia scrivibile.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in container &quot;%2&quot;</source>
        <translation>&quot;%1&quot; nel contenitore &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The container &quot;%1&quot; does not exist in the folder account %2: create it first (semina-cli creates the containers it needs when a vault or job is set up).</source>
        <translation>Il contenitore &quot;%1&quot; non esiste nell&apos;account cartella %2: crealo prima (semina-cli crea i contenitori che servono quando si prepara un insieme di credenziali o un processo).</translation>
    </message>
    <message>
        <source>The object %1 does not exist.</source>
        <translation>L&apos;oggetto %1 non esiste.</translation>
    </message>
    <message>
        <source>Could not read the object %1: %2.</source>
        <translation>Impossibile leggere l&apos;oggetto %1: %2.</translation>
    </message>
    <message>
        <source>The object %1 is damaged: its file does not start with a Semina object header. Restore it from another copy or remove it.</source>
        <translation>L&apos;oggetto %1 è danneggiato: il suo file non inizia con un&apos;intestazione di oggetto Semina. Ripristinalo da un&apos;altra copia o rimuovilo.</translation>
    </message>
    <message>
        <source>The object %1 is damaged: it should hold %2 bytes but its file holds %3. Restore it from another copy or remove it.</source>
        <translation>L&apos;oggetto %1 è danneggiato: dovrebbe contenere %2 byte ma il suo file ne contiene %3. Ripristinalo da un&apos;altra copia o rimuovilo.</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>cartella %1</translation>
    </message>
    <message>
        <source>The storage folder %1 does not exist: plug in its drive, or create the folder and try again.</source>
        <translation>La cartella di archiviazione %1 non esiste: collega il suo disco, oppure crea la cartella e riprova.</translation>
    </message>
    <message>
        <source>Could not create the container folder %1: check that %2 is writable.</source>
        <translation>Impossibile creare la cartella del contenitore %1: controlla che %2 sia scrivibile.</translation>
    </message>
    <message>
        <source>Could not delete the container folder %1: check that it is writable.</source>
        <translation>Impossibile eliminare la cartella del contenitore %1: controlla che sia scrivibile.</translation>
    </message>
    <message>
        <source>The object %1 already exists: someone else wrote it first.</source>
        <translation>L&apos;oggetto %1 esiste già: qualcun altro lo ha scritto prima.</translation>
    </message>
    <message>
        <source>The object %1 was changed or removed by someone else since it was read: read it again and retry.</source>
        <translation>L&apos;oggetto %1 è stato modificato o rimosso da qualcun altro dopo la lettura: rileggilo e riprova.</translation>
    </message>
    <message>
        <source>The size of the object %1 is negative.</source>
        <translation>La dimensione dell&apos;oggetto %1 è negativa.</translation>
    </message>
    <message>
        <source>Could not read the data for the object %1: the source ended after %2 of %3 bytes (%4).</source>
        <translation>Impossibile leggere i dati per l&apos;oggetto %1: l&apos;origine è terminata dopo %2 di %3 byte (%4).</translation>
    </message>
    <message>
        <source>The range %1+%2 is outside the object %3, which has %4 bytes.</source>
        <translation>L&apos;intervallo %1+%2 è fuori dall&apos;oggetto %3, che ha %4 byte.</translation>
    </message>
    <message>
        <source>The object %1 is damaged: it ended early.</source>
        <translation>L&apos;oggetto %1 è danneggiato: termina prima del previsto.</translation>
    </message>
    <message>
        <source>The object %1 is damaged: its bytes do not match the MD5 recorded when it was written. Restore it from another copy.</source>
        <translation>L&apos;oggetto %1 è danneggiato: i suoi byte non corrispondono all&apos;MD5 registrato alla scrittura. Ripristinalo da un&apos;altra copia.</translation>
    </message>
    <message>
        <source>Could not write the object %1 to its destination: %2.</source>
        <translation>Impossibile scrivere l&apos;oggetto %1 nella destinazione: %2.</translation>
    </message>
    <message>
        <source>A listing page must hold at least one object.</source>
        <translation>Una pagina di elenco deve contenere almeno un oggetto.</translation>
    </message>
    <message>
        <source>Could not remove the object %1: check that %2 is writable.</source>
        <translation>Impossibile rimuovere l&apos;oggetto %1: controlla che %2 sia scrivibile.</translation>
    </message>
    <message>
        <source>The object %1 is damaged, so it was not copied: its bytes do not match its MD5.</source>
        <translation>L&apos;oggetto %1 è danneggiato, quindi non è stato copiato: i suoi byte non corrispondono al suo MD5.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the object %2: %3. Free some space on that disk and try again.</source>
        <translation>Impossibile creare la cartella %1 per l&apos;oggetto %2: %3. Libera spazio su quel disco e riprova.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the object %2: %3. Check that %4 is writable.</source>
        <translation>Impossibile creare la cartella %1 per l&apos;oggetto %2: %3. Controlla che %4 sia scrivibile.</translation>
    </message>
</context>
<context>
    <name>Semina::Store::ObjectNames</name>
    <message numerus="yes">
        <source>it has %n character(s).</source>
        <translation>
            <numerusform>ha %n carattere.</numerusform>
            <numerusform>ha %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid container name: %2 Container names have 3 to 63 characters: lower-case letters, digits and single hyphens, starting with a letter or digit.</source>
        <translation>&quot;%1&quot; non è un nome di contenitore valido: %2 I nomi dei contenitori hanno da 3 a 63 caratteri: lettere minuscole, cifre e trattini singoli, e iniziano con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>it contains &quot;%1&quot;.</source>
        <translation>contiene &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>it starts or ends with a hyphen.</source>
        <translation>inizia o finisce con un trattino.</translation>
    </message>
    <message>
        <source>it has two hyphens in a row.</source>
        <translation>ha due trattini di seguito.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid object name: %2</source>
        <translation>&quot;%1&quot; non è un nome di oggetto valido: %2</translation>
    </message>
    <message>
        <source>An object name is empty: every object needs a name.</source>
        <translation>Un nome di oggetto è vuoto: ogni oggetto ha bisogno di un nome.</translation>
    </message>
    <message>
        <source>it is %1 bytes long; names may have at most %2 bytes of UTF-8.</source>
        <translation>è lungo %1 byte; i nomi possono avere al massimo %2 byte in UTF-8.</translation>
    </message>
    <message>
        <source>it contains a NUL character.</source>
        <translation>contiene un carattere NUL.</translation>
    </message>
    <message>
        <source>it contains a control character.</source>
        <translation>contiene un carattere di controllo.</translation>
    </message>
    <message>
        <source>it contains a backslash; use &quot;/&quot; to separate folders.</source>
        <translation>contiene una barra rovesciata; usa &quot;/&quot; per separare le cartelle.</translation>
    </message>
    <message>
        <source>it starts with &quot;/&quot;; names are relative to their container.</source>
        <translation>inizia con &quot;/&quot;; i nomi sono relativi al loro contenitore.</translation>
    </message>
    <message>
        <source>it ends with &quot;/&quot;.</source>
        <translation>finisce con &quot;/&quot;.</translation>
    </message>
    <message>
        <source>it contains &quot;//&quot;.</source>
        <translation>contiene &quot;//&quot;.</translation>
    </message>
    <message>
        <source>it contains &quot;%1&quot; as a folder; names cannot leave their container.</source>
        <translation>contiene &quot;%1&quot; come cartella; i nomi non possono uscire dal loro contenitore.</translation>
    </message>
    <message>
        <source>it is not valid Unicode.</source>
        <translation>non è Unicode valido.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::BackUpPage</name>
    <message>
        <source>Back up now</source>
        <translation>Esegui il backup ora</translation>
    </message>
    <message>
        <source>The first backup is written, compressed and encrypted, into the staging location.</source>
        <translation>Il primo backup viene scritto, compresso e cifrato, nel percorso di gestione temporanea.</translation>
    </message>
    <message>
        <source>Writing the import job %1 into %2. Stop ends it cleanly; &quot;Try again&quot; continues where it stopped.</source>
        <translation>Scrittura del processo di importazione %1 in %2. Interrompi lo ferma in modo pulito; &quot;Riprova&quot; continua da dove si è fermato.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Successivo &gt;</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::CertificatePage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Sf&amp;oglia...</translation>
    </message>
    <message>
        <source>E&amp;xport .cer</source>
        <translation>&amp;Esporta .cer</translation>
    </message>
    <message>
        <source>Offline certificate</source>
        <translation>Certificato offline</translation>
    </message>
    <message>
        <source>This server signs what it seeds with its own certificate; its private key stays in the keychain.</source>
        <translation>Questo server firma ciò che invia con il proprio certificato; la sua chiave privata resta nel portachiavi.</translation>
    </message>
    <message>
        <source>Copy the thumbprint</source>
        <translation>Copia l&apos;identificazione personale</translation>
    </message>
    <message>
        <source>Where to export the certificate</source>
        <translation>Dove esportare il certificato</translation>
    </message>
    <message>
        <source>Browse for where to export the certificate</source>
        <translation>Cerca dove esportare il certificato</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Soggetto:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validità:</translation>
    </message>
    <message>
        <source>Thumbprint:</source>
        <translation>Identificazione personale:</translation>
    </message>
    <message>
        <source>Export &amp;to:</source>
        <translation>Esporta &amp;in:</translation>
    </message>
    <message>
        <source>Creating the certificate, or reading the one this server already has.</source>
        <translation>Creazione del certificato, o lettura di quello che questo server ha già.</translation>
    </message>
    <message>
        <source>Preparing the offline certificate</source>
        <translation>Preparazione del certificato offline</translation>
    </message>
    <message>
        <source>Creating the key pair and the certificate</source>
        <translation>Creazione della coppia di chiavi e del certificato</translation>
    </message>
    <message>
        <source>Created the offline certificate of this server and wrote %1.</source>
        <translation>Creato il certificato offline di questo server e scritto %1.</translation>
    </message>
    <message>
        <source>This server already has its offline certificate (in %1); it was not replaced.</source>
        <translation>Questo server ha già il suo certificato offline (in %1); non è stato sostituito.</translation>
    </message>
    <message>
        <source>It was made for the subscription %1, not for %2: go Back and choose the subscription %1.</source>
        <translation>È stato creato per la sottoscrizione %1, non per %2: torna indietro e scegli la sottoscrizione %1.</translation>
    </message>
    <message>
        <source>Next: register the storage account. To upload the certificate by hand instead, export the .cer and keep its thumbprint.</source>
        <translation>Prossimo passo: registra l&apos;account di archiviazione. Per caricare invece il certificato a mano, esporta il .cer e conserva la sua identificazione personale.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>Export the certificate</source>
        <translation>Esporta il certificato</translation>
    </message>
    <message>
        <source>Certificates (*.cer)</source>
        <translation>Certificati (*.cer)</translation>
    </message>
    <message>
        <source>Wrote %1 without the private key (thumbprint %2). For the manual path, upload it and keep the thumbprint.</source>
        <translation>Scritto %1 senza la chiave privata (identificazione personale %2). Per la procedura manuale, caricalo e conserva l&apos;identificazione personale.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::DonePage</name>
    <message>
        <source>The seed is written</source>
        <translation>Il seed è scritto</translation>
    </message>
    <message>
        <source>The first backup waits in the staging location for the drives.</source>
        <translation>Il primo backup attende i dischi nel percorso di gestione temporanea.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) were written as %2 into %3; the signed manifest is %4.</source>
        <translation>
            <numerusform>%1 di %n file sono stati scritti come %2 in %3; il manifesto firmato è %4.</numerusform>
            <numerusform>%1 di %n file sono stati scritti come %2 in %3; il manifesto firmato è %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import job %1: %2.</source>
        <translation>Processo di importazione %1: %2.</translation>
    </message>
    <message>
        <source>Recovery key of the new vault, shown only this once: write it down and keep it apart from the drives.
%1</source>
        <translation>Chiave di ripristino del nuovo insieme di credenziali, mostrata solo questa volta: annotala e conservala separata dai dischi.
%1</translation>
    </message>
    <message>
        <source>Next, the technician: at the copy computer, open &quot;Prepare drives&quot; with the staging location %1 and the import job %2, then enter the shipping details.</source>
        <translation>Poi il tecnico: nel computer di copia, apre &quot;Prepara i dischi&quot; con il percorso di gestione temporanea %1 e il processo di importazione %2, poi inserisce i dettagli di spedizione.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ErrorDialog</name>
    <message>
        <source>Semina</source>
        <translation>Semina</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::EstimatePage</name>
    <message>
        <source>Estimate</source>
        <translation>Stima</translation>
    </message>
    <message>
        <source>What the seed will take, before anything is written.</source>
        <translation>Quanto occuperà il seed, prima di scrivere qualsiasi cosa.</translation>
    </message>
    <message>
        <source>Shipping drive size</source>
        <translation>Dimensione dei dischi da spedire</translation>
    </message>
    <message>
        <source>Protected size:</source>
        <translation>Dimensione protetta:</translation>
    </message>
    <message>
        <source>Expected seed:</source>
        <translation>Seed previsto:</translation>
    </message>
    <message>
        <source>Staging location:</source>
        <translation>Percorso di gestione temporanea:</translation>
    </message>
    <message>
        <source>&amp;Drive size:</source>
        <translation>&amp;Dimensione dei dischi:</translation>
    </message>
    <message>
        <source>Drives needed:</source>
        <translation>Dischi necessari:</translation>
    </message>
    <message>
        <source>Reading a sample of the sources to judge how well they compress.</source>
        <translation>Lettura di un campione delle origini per valutare quanto si comprimono.</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n file</numerusform>
            <numerusform>%1 in %n file</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 (a sample of %2 compresses to %3%)</source>
        <translation>circa %1 (un campione di %2 si comprime al %3%)</translation>
    </message>
    <message>
        <source>Free some space there or go Back and choose another staging location.</source>
        <translation>Libera spazio lì, oppure torna indietro e scegli un altro percorso di gestione temporanea.</translation>
    </message>
    <message>
        <source>%1: free space not known from here; it is checked while the seed is written.</source>
        <translation>%1: spazio libero non noto da qui; viene controllato mentre si scrive il seed.</translation>
    </message>
    <message>
        <source>%1 free in %2: enough.</source>
        <translation>%1 liberi in %2: sufficienti.</translation>
    </message>
    <message>
        <source>A drive holds more than nothing: type a size like 4T.</source>
        <translation>Un disco contiene più di niente: scrivi una dimensione come 4T.</translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) of %1</source>
        <translation>
            <numerusform>%n disco da %1</numerusform>
            <numerusform>%n dischi da %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An import job takes at most %n drive(s): split the sources into several jobs.</source>
        <translation>
            <numerusform>Un processo di importazione accetta al massimo %n disco: dividi le origini in più processi.</numerusform>
            <numerusform>Un processo di importazione accetta al massimo %n dischi: dividi le origini in più processi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Semina::Ui::InitiateBackupWizard</name>
    <message>
        <source>The seed of the import job %1 is being written. Stop it and close? Nothing is lost: open &quot;Initiate offline backup&quot; again and choose &quot;Continue job %1&quot; to go on where it stopped.</source>
        <translation>Il seed del processo di importazione %1 è in scrittura. Interromperlo e chiudere? Non si perde nulla: apri di nuovo &quot;Avvia il backup offline&quot; e scegli &quot;Continua il processo %1&quot; per riprendere da dove si è fermato.</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>&amp;Interrompi e chiudi</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>&amp;Continua a scrivere</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::JobPage</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: &quot;Try again&quot; continues where it stopped.</source>
        <translation>Interrotto. Non si è perso nulla: &quot;Riprova&quot; continua da dove si è fermato.</translation>
    </message>
    <message>
        <source>This step did not finish. Fix the problem, then try again.</source>
        <translation>Questo passaggio non è terminato. Risolvi il problema, poi riprova.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fatto.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::JobProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Completato:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocità:</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>In corso:</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>ancora niente</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>stima del tempo rimanente</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n secondo rimanente</numerusform>
            <numerusform>%n secondi rimanenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>circa %n minuto rimanente</numerusform>
            <numerusform>circa %n minuti rimanenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>circa %n ora rimanente</numerusform>
            <numerusform>circa %n ore rimanenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s) left</source>
        <translation>
            <numerusform>circa %n giorno rimanente</numerusform>
            <numerusform>circa %n giorni rimanenti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 di %n elemento</numerusform>
            <numerusform>%1 di %n elementi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s, %2</source>
        <translation>%1/s, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be handled; the job goes on without them:</source>
        <translation>
            <numerusform>%n elemento non è stato elaborato; l&apos;operazione prosegue senza:</numerusform>
            <numerusform>%n elementi non sono stati elaborati; l&apos;operazione prosegue senza:</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Interrompi</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::LocalSubscriptionPage</name>
    <message>
        <source>Local subscription</source>
        <translation>Sottoscrizione locale</translation>
    </message>
    <message>
        <source>Semina issues a publish settings file for its embedded local service, as the portal would.</source>
        <translation>Semina emette un file di impostazioni di pubblicazione per il suo servizio locale integrato, come farebbe il portale.</translation>
    </message>
    <message>
        <source>Issuing the local subscription</source>
        <translation>Emissione della sottoscrizione locale</translation>
    </message>
    <message>
        <source>This server already has the local subscription &quot;%1&quot; (%2), written to %3.</source>
        <translation>Questo server ha già la sottoscrizione locale &quot;%1&quot; (%2), scritta in %3.</translation>
    </message>
    <message>
        <source>Issued the local subscription &quot;%1&quot; (%2) and wrote it to %3.</source>
        <translation>Emessa la sottoscrizione locale &quot;%1&quot; (%2) e scritta in %3.</translation>
    </message>
    <message>
        <source>Keep this file private: like the portal&apos;s, it holds a key. Next: the offline certificate.</source>
        <translation>Tieni riservato questo file: come quello del portale, contiene una chiave. Prossimo passo: il certificato offline.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::MainWindow</name>
    <message>
        <source>Semina</source>
        <translation>Semina</translation>
    </message>
    <message>
        <source>Seed the first backup on encrypted drives, then keep it current over the network.</source>
        <translation>Invia il primo backup su dischi cifrati, poi mantienilo aggiornato via rete.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is the step number, %2 the workflow&apos;s name</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Semina</source>
        <translation>&amp;Informazioni su Semina</translation>
    </message>
    <message>
        <source>About Semina</source>
        <translation>Informazioni su Semina</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Semina %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Seeds a large first backup by shipping encrypted drives, then keeps the backup current over the network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Semina %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Invia il primo grande backup spedendo dischi cifrati, poi mantiene il backup aggiornato via rete.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::OfflineFormPage</name>
    <message>
        <source>Offline backup form</source>
        <translation>Modulo del backup offline</translation>
    </message>
    <message>
        <source>Where the first backup is written, and the import job it travels with.</source>
        <translation>Dove viene scritto il primo backup, e il processo di importazione con cui viaggia.</translation>
    </message>
    <message>
        <source>A local folder, or \\server\share\folder</source>
        <translation>Una cartella locale, oppure \\server\condivisione\cartella</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>Sfog&amp;lia...</translation>
    </message>
    <message>
        <source>Browse for the staging location</source>
        <translation>Cerca il percorso di gestione temporanea</translation>
    </message>
    <message>
        <source>Brows&amp;e...</source>
        <translation>C&amp;erca...</translation>
    </message>
    <message>
        <source>Browse for the publish settings file</source>
        <translation>Cerca il file delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>&amp;Staging location:</source>
        <translation>Percorso di &amp;gestione temporanea:</translation>
    </message>
    <message>
        <source>&amp;Publish settings file:</source>
        <translation>File delle &amp;impostazioni di pubblicazione:</translation>
    </message>
    <message>
        <source>Import &amp;job name:</source>
        <translation>Nome del p&amp;rocesso di importazione:</translation>
    </message>
    <message>
        <source>S&amp;ubscription ID:</source>
        <translation>ID s&amp;ottoscrizione:</translation>
    </message>
    <message>
        <source>Storage &amp;account:</source>
        <translation>&amp;Account di archiviazione:</translation>
    </message>
    <message>
        <source>Storage c&amp;ontainer:</source>
        <translation>&amp;Contenitore di archiviazione:</translation>
    </message>
    <message>
        <source>Keep a note of the staging location and the import job name: the drives are prepared from them, on this computer or on the copy computer.</source>
        <translation>Prendi nota del percorso di gestione temporanea e del nome del processo di importazione: i dischi vengono preparati a partire da questi, su questo computer o sul computer di copia.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Subscription(s) in this file: %1</source>
        <translation>
            <numerusform>Sottoscrizione in questo file: %1</numerusform>
            <numerusform>Sottoscrizioni in questo file: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the staging location</source>
        <translation>Scegli il percorso di gestione temporanea</translation>
    </message>
    <message>
        <source>Choose the publish settings file</source>
        <translation>Scegli il file delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>Publish settings (*.publishsettings);;All files (*)</source>
        <translation>Impostazioni di pubblicazione (*.publishsettings);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Continue job %1</source>
        <translation>Continua il processo %1</translation>
    </message>
    <message>
        <source>Its seed in %1 is unfinished: continue it where it stopped.</source>
        <translation>Il suo seed in %1 non è finito: continualo da dove si è fermato.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::PlannedPage</name>
    <message>
        <source>This workflow is not available in this version yet. When it is, these pages will guide you through it:</source>
        <translation>Questa procedura non è ancora disponibile in questa versione. Quando lo sarà, queste pagine ti guideranno:</translation>
    </message>
    <message>
        <source>Choose the subscription from a publish settings file, or create a local one.</source>
        <translation>Scegli la sottoscrizione da un file di impostazioni di pubblicazione, oppure creane una locale.</translation>
    </message>
    <message>
        <source>Create the offline certificate, or review the existing one and its thumbprint.</source>
        <translation>Crea il certificato offline, oppure controlla quello esistente e la sua identificazione personale.</translation>
    </message>
    <message>
        <source>Register the storage account and see where its parameters were written.</source>
        <translation>Registra l&apos;account di archiviazione e vedi dove sono stati scritti i suoi parametri.</translation>
    </message>
    <message>
        <source>Choose the folders and files to protect.</source>
        <translation>Scegli le cartelle e i file da proteggere.</translation>
    </message>
    <message>
        <source>Fill in the offline backup form: staging location, publish settings, import job name, subscription, storage account and container.</source>
        <translation>Compila il modulo del backup offline: percorso di gestione temporanea, impostazioni di pubblicazione, nome del processo di importazione, sottoscrizione, account di archiviazione e contenitore.</translation>
    </message>
    <message>
        <source>Check the estimate: seed size, free space and drives needed.</source>
        <translation>Controlla la stima: dimensione del seed, spazio libero e dischi necessari.</translation>
    </message>
    <message>
        <source>Back up now, with progress, time left and the option to cancel and resume.</source>
        <translation>Esegui subito il backup, con avanzamento, tempo rimanente e la possibilità di annullare e riprendere.</translation>
    </message>
    <message>
        <source>Pick the import job found in the staging location.</source>
        <translation>Scegli il processo di importazione trovato nel percorso di gestione temporanea.</translation>
    </message>
    <message>
        <source>Choose a drive and confirm formatting.</source>
        <translation>Scegli un disco e conferma la formattazione.</translation>
    </message>
    <message>
        <source>Encrypt, copy and verify, asking for another drive when one is full.</source>
        <translation>Cifra, copia e verifica, chiedendo un altro disco quando uno è pieno.</translation>
    </message>
    <message>
        <source>Create the import job and show the address to ship the drives to.</source>
        <translation>Crea il processo di importazione e mostra l&apos;indirizzo a cui spedire i dischi.</translation>
    </message>
    <message>
        <source>Enter the carrier, tracking number, return address and contact.</source>
        <translation>Inserisci il corriere, il numero di spedizione, l&apos;indirizzo di restituzione e il contatto.</translation>
    </message>
    <message>
        <source>Review the details and commit them to the import job.</source>
        <translation>Controlla i dettagli e registrali nel processo di importazione.</translation>
    </message>
    <message>
        <source>See the state of the import job and of each drive.</source>
        <translation>Vedi lo stato del processo di importazione e di ogni disco.</translation>
    </message>
    <message>
        <source>Count down the deadlines: arrival within two weeks, processing in 7 to 10 days.</source>
        <translation>Tieni il conto delle scadenze: arrivo entro due settimane, elaborazione in 7-10 giorni.</translation>
    </message>
    <message>
        <source>Move the imported data into the vault.</source>
        <translation>Sposta i dati importati nell&apos;insieme di credenziali.</translation>
    </message>
    <message>
        <source>Continue with incremental backups over the network.</source>
        <translation>Prosegui con backup incrementali via rete.</translation>
    </message>
    <message>
        <source>Restore files and folders from any backup.</source>
        <translation>Ripristina file e cartelle da qualsiasi backup.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::RegistrationPage</name>
    <message>
        <source>Register the storage account</source>
        <translation>Registra l&apos;account di archiviazione</translation>
    </message>
    <message>
        <source>The certificate goes into the account, then the account is registered for offline backup.</source>
        <translation>Il certificato va nell&apos;account, poi l&apos;account viene registrato per il backup offline.</translation>
    </message>
    <message>
        <source>Creating the folder account %1</source>
        <translation>Creazione dell&apos;account cartella %1</translation>
    </message>
    <message>
        <source>Publishing the certificate and registering %1</source>
        <translation>Pubblicazione del certificato e registrazione di %1</translation>
    </message>
    <message>
        <source>Created the folder account %1 in %2.</source>
        <translation>Creato l&apos;account cartella %1 in %2.</translation>
    </message>
    <message>
        <source>Published the certificate %1 as %2 in the container &quot;%3&quot; of %4, and registered the storage account %5 for offline backup.</source>
        <translation>Pubblicato il certificato %1 come %2 nel contenitore &quot;%3&quot; di %4, e registrato l&apos;account di archiviazione %5 per il backup offline.</translation>
    </message>
    <message>
        <source>Parameters file: %1</source>
        <translation>File dei parametri: %1</translation>
    </message>
    <message>
        <source>This server is prepared. Next: &quot;Initiate offline backup&quot; in the main window, with the storage account %1.</source>
        <translation>Questo server è pronto. Prossimo passo: &quot;Avvia il backup offline&quot; nella finestra principale, con l&apos;account di archiviazione %1.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ScreenshotTour</name>
    <message>
        <source>Could not write the screenshot %1: check that the folder is writable.</source>
        <translation>Impossibile scrivere la schermata %1: controlla che la cartella sia scrivibile.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::SelectionMeasure</name>
    <message>
        <source>Adding up the selection</source>
        <translation>Calcolo della selezione</translation>
    </message>
    <message>
        <source>This folder cannot be read: it is left out of the total.</source>
        <translation>Questa cartella non può essere letta: è esclusa dal totale.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::SourcesPage</name>
    <message>
        <source>What to protect</source>
        <translation>Cosa proteggere</translation>
    </message>
    <message>
        <source>Check the folders and files of the first backup. Unchecking an entry inside a checked folder leaves it out.</source>
        <translation>Seleziona le cartelle e i file del primo backup. Deselezionare una voce dentro una cartella selezionata la esclude.</translation>
    </message>
    <message>
        <source>Folders and files to protect</source>
        <translation>Cartelle e file da proteggere</translation>
    </message>
    <message>
        <source>Exclusion patterns</source>
        <translation>Criteri di esclusione</translation>
    </message>
    <message>
        <source>For example: *.tmp; node_modules; .cache</source>
        <translation>Ad esempio: *.tmp; node_modules; .cache</translation>
    </message>
    <message>
        <source>&amp;Folders and files:</source>
        <translation>&amp;Cartelle e file:</translation>
    </message>
    <message>
        <source>&amp;Leave out names matching:</source>
        <translation>&amp;Escludi i nomi corrispondenti a:</translation>
    </message>
    <message numerus="yes">
        <source>Adding up: %1 so far in %n file(s)...</source>
        <translation>
            <numerusform>Calcolo: finora %1 in %n file...</numerusform>
            <numerusform>Calcolo: finora %1 in %n file...</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is checked yet.</source>
        <translation>Non è ancora selezionato nulla.</translation>
    </message>
    <message>
        <source>Adding up the selection...</source>
        <translation>Calcolo della selezione...</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 in %n file(s).</source>
        <translation>
            <numerusform>Totale: %1 in %n file.</numerusform>
            <numerusform>Totale: %1 in %n file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The patterns leave out %n entry(ies).</source>
        <translation>
            <numerusform>I criteri escludono %n voce.</numerusform>
            <numerusform>I criteri escludono %n voci.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Semina::Ui::StorageAccountPage</name>
    <message>
        <source>Storage account</source>
        <translation>Account di archiviazione</translation>
    </message>
    <message>
        <source>The account the drives are imported into. The certificate is published there, and the account is registered for offline backup.</source>
        <translation>L&apos;account in cui vengono importati i dischi. Il certificato viene pubblicato lì, e l&apos;account viene registrato per il backup offline.</translation>
    </message>
    <message>
        <source>Storage &amp;account:</source>
        <translation>&amp;Account di archiviazione:</translation>
    </message>
    <message>
        <source>Accounts are set up with &quot;semina-cli account add&quot;; the embedded default needs none: Semina creates a folder account for it.</source>
        <translation>Gli account si configurano con &quot;semina-cli account add&quot;; il predefinito integrato non ne richiede: Semina crea per esso un account cartella.</translation>
    </message>
    <message>
        <source>Create it as a &amp;folder account (the embedded default) in %1</source>
        <translation>Crealo come account &amp;cartella (il predefinito integrato) in %1</translation>
    </message>
    <message>
        <source>A storage account name has 3 to 24 characters, lower-case letters and digits only.</source>
        <translation>Il nome di un account di archiviazione ha da 3 a 24 caratteri, solo lettere minuscole e cifre.</translation>
    </message>
    <message>
        <source>Semina knows this account.</source>
        <translation>Semina conosce questo account.</translation>
    </message>
    <message>
        <source>Semina does not know this account yet.</source>
        <translation>Semina non conosce ancora questo account.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::SubscriptionPage</name>
    <message>
        <source>Create a &amp;local subscription (the embedded default: no cloud needed)</source>
        <translation>Crea una sottoscrizione &amp;locale (il predefinito integrato: non serve il cloud)</translation>
    </message>
    <message>
        <source>Semina local</source>
        <translation>Semina locale</translation>
    </message>
    <message>
        <source>Use a &amp;publish settings file</source>
        <translation>Usa un file di &amp;impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Sf&amp;oglia...</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Sottoscrizione</translation>
    </message>
    <message>
        <source>The offline certificate is made for one subscription. Choose where it comes from.</source>
        <translation>Il certificato offline è creato per una sottoscrizione. Scegli da dove proviene.</translation>
    </message>
    <message>
        <source>Subscription &amp;name:</source>
        <translation>&amp;Nome della sottoscrizione:</translation>
    </message>
    <message>
        <source>Local subscription name</source>
        <translation>Nome della sottoscrizione locale</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Fi&amp;le:</translation>
    </message>
    <message>
        <source>Publish settings file</source>
        <translation>File delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>A .publishsettings file downloaded from the portal</source>
        <translation>Un file .publishsettings scaricato dal portale</translation>
    </message>
    <message>
        <source>Browse for the publish settings file</source>
        <translation>Cerca il file delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>S&amp;ubscription:</source>
        <translation>S&amp;ottoscrizione:</translation>
    </message>
    <message>
        <source>Subscription of the file</source>
        <translation>Sottoscrizione del file</translation>
    </message>
    <message>
        <source>There is no file at this path yet.</source>
        <translation>Non esiste ancora un file in questo percorso.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n subscription(s).</source>
        <translation>
            <numerusform>Il file contiene %n sottoscrizione.</numerusform>
            <numerusform>Il file contiene %n sottoscrizioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the publish settings file</source>
        <translation>Scegli il file delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>Publish settings (*.publishsettings);;All files (*)</source>
        <translation>Impostazioni di pubblicazione (*.publishsettings);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::VaultKeyPage</name>
    <message>
        <source>&amp;Keep the key in the keychain of this computer</source>
        <translation>&amp;Conserva la chiave nel portachiavi di questo computer</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Passphrase dell&apos;insieme di credenziali</translation>
    </message>
    <message>
        <source>The seed is encrypted. Its vault is opened with this passphrase: keep it safe, Semina cannot recover it.</source>
        <translation>Il seed è cifrato. Il suo insieme di credenziali si apre con questa passphrase: conservala al sicuro, Semina non può recuperarla.</translation>
    </message>
    <message>
        <source>Vault passphrase, again</source>
        <translation>Passphrase dell&apos;insieme di credenziali, di nuovo</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ripetila:</translation>
    </message>
    <message>
        <source>Without the keychain, every later backup and a resumed seed asks for the passphrase again.</source>
        <translation>Senza il portachiavi, ogni backup successivo e ogni ripresa del seed chiedono di nuovo la passphrase.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Digita la passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Le due passphrase sono diverse.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::Workflow</name>
    <message>
        <source>Prepare this server</source>
        <translation>Prepara questo server</translation>
    </message>
    <message>
        <source>Initiate offline backup</source>
        <translation>Avvia il backup offline</translation>
    </message>
    <message>
        <source>Prepare drives</source>
        <translation>Prepara i dischi</translation>
    </message>
    <message>
        <source>Shipping details</source>
        <translation>Dettagli di spedizione</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Stato dell&apos;importazione</translation>
    </message>
    <message>
        <source>Finish and restore</source>
        <translation>Completa e ripristina</translation>
    </message>
    <message>
        <source>Create the offline certificate and register the storage account.</source>
        <translation>Crea il certificato offline e registra l&apos;account di archiviazione.</translation>
    </message>
    <message>
        <source>Fill in the offline backup form and write the first backup into the staging location.</source>
        <translation>Compila il modulo del backup offline e scrivi il primo backup nel percorso di gestione temporanea.</translation>
    </message>
    <message>
        <source>At the copy computer: encrypt the drives, copy the seed, verify it and create the import job.</source>
        <translation>Nel computer di copia: cifra i dischi, copia il seed, verificalo e crea il processo di importazione.</translation>
    </message>
    <message>
        <source>Enter the carrier and tracking number, review them and commit them to the import job.</source>
        <translation>Inserisci il corriere e il numero di spedizione, controllali e registrali nel processo di importazione.</translation>
    </message>
    <message>
        <source>Follow the import job and its drives, and the deadlines that apply to them.</source>
        <translation>Segui il processo di importazione, i suoi dischi e le scadenze che li riguardano.</translation>
    </message>
    <message>
        <source>Move the imported data into the vault, back up incrementally and restore files.</source>
        <translation>Sposta i dati importati nell&apos;insieme di credenziali, esegui backup incrementali e ripristina i file.</translation>
    </message>
</context>
<context>
    <name>Semina::Vault</name>
    <message>
        <source>The compression library failed (%1, code %2).</source>
        <translation>La libreria di compressione ha restituito un errore (%1, codice %2).</translation>
    </message>
    <message>
        <source>A stored chunk does not decompress to its recorded size.</source>
        <translation>Un blocco archiviato non si decomprime alla dimensione registrata.</translation>
    </message>
    <message>
        <source>The chunker&apos;s secret is too short.</source>
        <translation>Il segreto del suddivisore in blocchi è troppo corto.</translation>
    </message>
    <message>
        <source>The key file &quot;keys/%1&quot; is damaged: open the vault with another passphrase or the recovery key, then remove this key.</source>
        <translation>Il file di chiave &quot;keys/%1&quot; è danneggiato: apri l&apos;insieme di credenziali con un&apos;altra passphrase o con la chiave di ripristino, poi rimuovi questa chiave.</translation>
    </message>
    <message>
        <source>The passphrase does not open this vault.</source>
        <translation>La passphrase non apre questo insieme di credenziali.</translation>
    </message>
    <message>
        <source>The key file &quot;keys/%1&quot; was written by a newer Semina: update Semina to open this vault.</source>
        <translation>Il file di chiave &quot;keys/%1&quot; è stato scritto da una versione più recente di Semina: aggiorna Semina per aprire questo insieme di credenziali.</translation>
    </message>
    <message>
        <source>A list of blobs is malformed.</source>
        <translation>Un elenco di blob non è ben formato.</translation>
    </message>
    <message>
        <source>The pack &quot;%1&quot; is damaged: %2.</source>
        <translation>Il pacchetto &quot;%1&quot; è danneggiato: %2.</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>è troppo corto</translation>
    </message>
    <message>
        <source>its header length is impossible</source>
        <translation>la lunghezza dell&apos;intestazione è impossibile</translation>
    </message>
    <message>
        <source>its header fails verification</source>
        <translation>l&apos;intestazione non supera la verifica</translation>
    </message>
    <message>
        <source>its header is malformed</source>
        <translation>l&apos;intestazione non è ben formata</translation>
    </message>
    <message>
        <source>a blob lies outside it</source>
        <translation>un blob è al di fuori</translation>
    </message>
    <message>
        <source>The snapshot &quot;%1&quot; is malformed.</source>
        <translation>Lo snapshot &quot;%1&quot; non è ben formato.</translation>
    </message>
    <message>
        <source>A tree is malformed.</source>
        <translation>Un albero non è ben formato.</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; of %2</source>
        <translation>contenitore &quot;%1&quot; di %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in container &quot;%2&quot; of %3</source>
        <translation>&quot;%1&quot; nel contenitore &quot;%2&quot; di %3</translation>
    </message>
    <message>
        <source>The passphrase is empty: choose one of at least 8 characters.</source>
        <translation>La passphrase è vuota: scegline una di almeno 8 caratteri.</translation>
    </message>
    <message>
        <source>The chunk sizes are not valid.</source>
        <translation>Le dimensioni dei blocchi non sono valide.</translation>
    </message>
    <message>
        <source>A vault already exists in %1: open it, or choose another place.</source>
        <translation>Esiste già un insieme di credenziali in %1: aprilo, oppure scegli un altro posto.</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>chiave di ripristino</translation>
    </message>
    <message>
        <source>Another vault was created in %1 at the same time.</source>
        <translation>Un altro insieme di credenziali è stato creato in %1 nello stesso momento.</translation>
    </message>
    <message>
        <source>There is no vault in %1: check the location, or create one with semina-cli init.</source>
        <translation>Non c&apos;è un insieme di credenziali in %1: controlla la posizione, oppure creane uno con semina-cli init.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the vault in %1: none of its %2 keys opens with it. Try again, or use the recovery key.</source>
        <translation>Passphrase errata per l&apos;insieme di credenziali in %1: nessuna delle sue %2 chiavi si apre con essa. Riprova, oppure usa la chiave di ripristino.</translation>
    </message>
    <message>
        <source>The key kept in the OS keychain does not open the vault in %1: open it with the passphrase.</source>
        <translation>La chiave conservata nel portachiavi del sistema non apre l&apos;insieme di credenziali in %1: aprilo con la passphrase.</translation>
    </message>
    <message>
        <source>The new passphrase is empty: choose one of at least 8 characters.</source>
        <translation>La nuova passphrase è vuota: scegline una di almeno 8 caratteri.</translation>
    </message>
    <message>
        <source>The vault has no key &quot;%1&quot;: semina-cli key list shows its keys.</source>
        <translation>L&apos;insieme di credenziali non ha la chiave &quot;%1&quot;: semina-cli key list mostra le sue chiavi.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is the one this session opened the vault with: open the vault with another key to remove it.</source>
        <translation>La chiave &quot;%1&quot; è quella con cui questa sessione ha aperto l&apos;insieme di credenziali: aprilo con un&apos;altra chiave per rimuoverla.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is the vault&apos;s last passphrase: add another one first.</source>
        <translation>La chiave &quot;%1&quot; è l&apos;ultima passphrase dell&apos;insieme di credenziali: aggiungine prima un&apos;altra.</translation>
    </message>
    <message>
        <source>The vault&apos;s &quot;config&quot; object is damaged or was altered: restore it from a copy of the vault.</source>
        <translation>L&apos;oggetto &quot;config&quot; dell&apos;insieme di credenziali è danneggiato o è stato alterato: ripristinalo da una copia dell&apos;insieme di credenziali.</translation>
    </message>
    <message>
        <source>This vault has format version %1; this Semina reads version %2. Update Semina to open it.</source>
        <translation>Questo insieme di credenziali ha la versione di formato %1; questo Semina legge la versione %2. Aggiorna Semina per aprirlo.</translation>
    </message>
    <message>
        <source>An index object is malformed.</source>
        <translation>Un oggetto di indice non è ben formato.</translation>
    </message>
    <message>
        <source>The vault&apos;s master key has the wrong length.</source>
        <translation>La chiave principale dell&apos;insieme di credenziali ha la lunghezza sbagliata.</translation>
    </message>
    <message>
        <source>The object &quot;%1&quot; is damaged: it fails verification.</source>
        <translation>L&apos;oggetto &quot;%1&quot; è danneggiato: non supera la verifica.</translation>
    </message>
    <message>
        <source>The index object &quot;%1&quot; is malformed.</source>
        <translation>L&apos;oggetto di indice &quot;%1&quot; non è ben formato.</translation>
    </message>
    <message>
        <source>The blob %1 is in no index: the vault misses data (run semina-cli check).</source>
        <translation>Il blob %1 non è in alcun indice: all&apos;insieme di credenziali mancano dati (esegui semina-cli check).</translation>
    </message>
    <message>
        <source>The blob %1 has the wrong type.</source>
        <translation>Il blob %1 ha il tipo sbagliato.</translation>
    </message>
    <message>
        <source>The pack &quot;%1&quot; holding blob %2 is missing or truncated.</source>
        <translation>Il pacchetto &quot;%1&quot; che contiene il blob %2 manca o è troncato.</translation>
    </message>
    <message>
        <source>The blob %1 in pack &quot;%2&quot; is damaged: it fails verification.</source>
        <translation>Il blob %1 nel pacchetto &quot;%2&quot; è danneggiato: non supera la verifica.</translation>
    </message>
    <message>
        <source>The blob %1 in pack &quot;%2&quot; is damaged: %3</source>
        <translation>Il blob %1 nel pacchetto &quot;%2&quot; è danneggiato: %3</translation>
    </message>
    <message>
        <source>The blob %1 in pack &quot;%2&quot; does not match its id.</source>
        <translation>Il blob %1 nel pacchetto &quot;%2&quot; non corrisponde al suo ID.</translation>
    </message>
    <message>
        <source>The vault has no snapshot yet: run a backup first.</source>
        <translation>L&apos;insieme di credenziali non ha ancora snapshot: esegui prima un backup.</translation>
    </message>
    <message>
        <source>The vault has no snapshot &quot;%1&quot;: semina-cli snapshots lists them.</source>
        <translation>L&apos;insieme di credenziali non ha lo snapshot &quot;%1&quot;: semina-cli snapshots li elenca.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 snapshots: give more of the id.</source>
        <translation>&quot;%1&quot; indica %2 snapshot: scrivi una parte più lunga dell&apos;ID.</translation>
    </message>
    <message>
        <source>The pack &quot;%1&quot; ended early.</source>
        <translation>Il pacchetto &quot;%1&quot; è finito prima del previsto.</translation>
    </message>
    <message>
        <source>The pack &quot;%1&quot; is missing or truncated.</source>
        <translation>Il pacchetto &quot;%1&quot; manca o è troncato.</translation>
    </message>
    <message>
        <source>zlib could not start inflating (out of memory?).</source>
        <translation>zlib non è riuscita ad avviare la decompressione (memoria esaurita?).</translation>
    </message>
</context>
<context>
    <name>Semina::Vault::Backup</name>
    <message>
        <source>The folder cannot be listed (%1); it is stored empty.</source>
        <translation>Impossibile elencare la cartella (%1); viene archiviata vuota.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Saltato: %1.</translation>
    </message>
    <message>
        <source>Skipped: sockets, pipes and devices are not backed up.</source>
        <translation>Saltato: socket, pipe e dispositivi non vengono inclusi nel backup.</translation>
    </message>
    <message>
        <source>Skipped: the link cannot be read (%1).</source>
        <translation>Saltato: impossibile leggere il collegamento (%1).</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>impossibile aprire il file (%1)</translation>
    </message>
    <message>
        <source>reading failed (%1)</source>
        <translation>lettura non riuscita (%1)</translation>
    </message>
    <message>
        <source>Name at least one file or folder to back up.</source>
        <translation>Indica almeno un file o una cartella di cui eseguire il backup.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: check the path.</source>
        <translation>&quot;%1&quot; non esiste: controlla il percorso.</translation>
    </message>
    <message>
        <source>Two of the paths are named &quot;%1&quot;: back them up in separate snapshots, or name their common folder instead.</source>
        <translation>Due dei percorsi si chiamano &quot;%1&quot;: esegui il loro backup in snapshot separati, oppure indica invece la loro cartella comune.</translation>
    </message>
    <message>
        <source>Preparing the backup</source>
        <translation>Preparazione del backup</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Backup in corso</translation>
    </message>
    <message>
        <source>Writing the last packs and the index</source>
        <translation>Scrittura degli ultimi pacchetti e dell&apos;indice</translation>
    </message>
</context>
<context>
    <name>Semina::Vault::Check</name>
    <message>
        <source>Checking the index and the packs</source>
        <translation>Controllo dell&apos;indice e dei pacchetti</translation>
    </message>
    <message>
        <source>The pack is missing.</source>
        <translation>Il pacchetto manca.</translation>
    </message>
    <message>
        <source>The pack has %1 bytes instead of %2 (truncated or damaged).</source>
        <translation>Il pacchetto ha %1 byte invece di %2 (troncato o danneggiato).</translation>
    </message>
    <message>
        <source>Reading all data</source>
        <translation>Lettura di tutti i dati</translation>
    </message>
    <message>
        <source>The pack does not start with its signature.</source>
        <translation>Il pacchetto non inizia con la sua firma.</translation>
    </message>
    <message>
        <source>%1 of its %2 blobs fail verification.</source>
        <translation>%1 dei suoi %2 blob non superano la verifica.</translation>
    </message>
    <message>
        <source>tree %1</source>
        <translation>albero %1</translation>
    </message>
    <message>
        <source>It holds an entry named &quot;%1&quot;, which would leave the restore folder.</source>
        <translation>Contiene una voce di nome &quot;%1&quot;, che uscirebbe dalla cartella di ripristino.</translation>
    </message>
    <message>
        <source>Checking the snapshots</source>
        <translation>Controllo degli snapshot</translation>
    </message>
</context>
<context>
    <name>Semina::Vault::Restore</name>
    <message>
        <source>The folder&apos;s listing is damaged; its contents cannot be restored: %1</source>
        <translation>L&apos;elenco della cartella è danneggiato; il suo contenuto non può essere ripristinato: %1</translation>
    </message>
    <message>
        <source>Refused: the snapshot holds an entry named &quot;%1&quot; that would leave the target folder. The vault may have been tampered with; run semina-cli check.</source>
        <translation>Rifiutato: lo snapshot contiene una voce di nome &quot;%1&quot; che uscirebbe dalla cartella di destinazione. L&apos;insieme di credenziali potrebbe essere stato manomesso; esegui semina-cli check.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created: %2.</source>
        <translation>La cartella &quot;%1&quot; non può essere creata: %2.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be opened (is something else in its place?): %2.</source>
        <translation>La cartella &quot;%1&quot; non può essere aperta (c&apos;è qualcos&apos;altro al suo posto?): %2.</translation>
    </message>
    <message>
        <source>Skipped: the link points outside the restored folder (&quot;%1&quot;); restore with --allow-outside-links to recreate it.</source>
        <translation>Saltato: il collegamento punta fuori dalla cartella ripristinata (&quot;%1&quot;); ripristina con --allow-outside-links per ricrearlo.</translation>
    </message>
    <message>
        <source>The link cannot be created: %1.</source>
        <translation>Impossibile creare il collegamento: %1.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be created: %2.</source>
        <translation>Il file &quot;%1&quot; non può essere creato: %2.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Non ripristinato: %1</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2.</source>
        <translation>La scrittura di &quot;%1&quot; non è riuscita: %2.</translation>
    </message>
    <message>
        <source>The owner cannot be set: %1.</source>
        <translation>Impossibile impostare il proprietario: %1.</translation>
    </message>
    <message>
        <source>The permissions cannot be set: %1.</source>
        <translation>Impossibile impostare i permessi: %1.</translation>
    </message>
    <message>
        <source>The modification time cannot be set: %1.</source>
        <translation>Impossibile impostare l&apos;ora di modifica: %1.</translation>
    </message>
    <message>
        <source>Name the folder to restore into.</source>
        <translation>Indica la cartella in cui ripristinare.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created: check the path and permissions.</source>
        <translation>La cartella &quot;%1&quot; non può essere creata: controlla il percorso e i permessi.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be opened: %2.</source>
        <translation>La cartella &quot;%1&quot; non può essere aperta: %2.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Ripristino in corso</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be created.</source>
        <translation>Il file &quot;%1&quot; non può essere creato.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened for writing: %2.</source>
        <translation>Il file &quot;%1&quot; non può essere aperto in scrittura: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was replaced while it was being restored: restore into a folder nothing else changes.</source>
        <translation>Il file &quot;%1&quot; è stato sostituito durante il ripristino: ripristina in una cartella che nient&apos;altro modifica.</translation>
    </message>
    <message>
        <source>The hard link cannot be created: %1.</source>
        <translation>Impossibile creare il collegamento fisico: %1.</translation>
    </message>
    <message>
        <source>The damaged file cannot be removed: %1.</source>
        <translation>Impossibile rimuovere il file danneggiato: %1.</translation>
    </message>
    <message>
        <source>The folder cannot be opened to set its permissions and time: %1.</source>
        <translation>Impossibile aprire la cartella per impostarne i permessi e l&apos;ora: %1.</translation>
    </message>
    <message>
        <source>The blob %1 is in no index: the vault misses data (run semina-cli check).</source>
        <translation>Il blob %1 non è in alcun indice: all&apos;insieme di credenziali mancano dati (esegui semina-cli check).</translation>
    </message>
    <message>
        <source>The blob %1 has the wrong type.</source>
        <translation>Il blob %1 ha il tipo sbagliato.</translation>
    </message>
</context>
<context>
    <name>Semina::Vault::VaultLock</name>
    <message>
        <source>The lock is malformed.</source>
        <translation>Il blocco non è ben formato.</translation>
    </message>
    <message>
        <source>its process %1 no longer runs on this machine</source>
        <translation>il suo processo %1 non è più in esecuzione su questo computer</translation>
    </message>
    <message>
        <source>it was last refreshed at %1, more than %2 minutes ago</source>
        <translation>è stato rinnovato l&apos;ultima volta alle %1, più di %2 minuti fa</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>check</source>
        <translation>controllo</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>ripristino</translation>
    </message>
    <message>
        <source>key add</source>
        <translation>aggiunta di una chiave</translation>
    </message>
    <message>
        <source>key remove</source>
        <translation>rimozione di una chiave</translation>
    </message>
    <message>
        <source>%1 (process %2 of user &quot;%3&quot; on host &quot;%4&quot;, running since %5, last refreshed %6)</source>
        <translation>%1 (processo %2 dell&apos;utente &quot;%3&quot; sull&apos;host &quot;%4&quot;, in esecuzione dalle %5, rinnovato l&apos;ultima volta alle %6)</translation>
    </message>
    <message>
        <source>it cannot be read and was written more than %1 minutes ago</source>
        <translation>non può essere letto ed è stato scritto più di %1 minuti fa</translation>
    </message>
    <message>
        <source>a lock that cannot be read (%1), written at %2</source>
        <translation>un blocco che non può essere letto (%1), scritto alle %2</translation>
    </message>
    <message>
        <source>Took over the stale lock of %1: %2.</source>
        <translation>Preso il posto del blocco obsoleto di %1: %2.</translation>
    </message>
    <message>
        <source>Other processes are taking the lock on the vault in %1 at this moment: run this again in a minute.</source>
        <translation>Altri processi stanno prendendo in questo momento il blocco sull&apos;insieme di credenziali in %1: riprova tra un minuto.</translation>
    </message>
    <message>
        <source>Removed the stale lock of %1: %2.</source>
        <translation>Rimosso il blocco obsoleto di %1: %2.</translation>
    </message>
    <message>
        <source>Ignored the stale lock of %1: %2. semina-cli unlock --remove-stale removes it.</source>
        <translation>Ignorato il blocco obsoleto di %1: %2. semina-cli unlock --remove-stale lo rimuove.</translation>
    </message>
    <message>
        <source>Another process took over the lock on the vault in %1, as if this %2 had stopped, so it was stopped: run it again once the other job is done.</source>
        <translation>Un altro processo ha preso il blocco sull&apos;insieme di credenziali in %1, come se questa operazione (%2) si fosse fermata, perciò è stata fermata: eseguila di nuovo quando l&apos;altro processo ha finito.</translation>
    </message>
    <message>
        <source>The vault in %1 is in use by another job: %2. Wait for it to finish, then run this %3 again. A lock whose process has ended is removed by itself (at once on the same machine, after %4 minutes elsewhere); if you are sure that job no longer runs, semina-cli unlock removes its lock now.</source>
        <translation>L&apos;insieme di credenziali in %1 è in uso da parte di un altro processo: %2. Attendi che finisca, poi esegui di nuovo questa operazione (%3). Un blocco il cui processo è terminato viene rimosso da solo (subito sullo stesso computer, dopo %4 minuti altrove); se sei certo che quel processo non è più in esecuzione, semina-cli unlock rimuove ora il suo blocco.</translation>
    </message>
    <message>
        <source>This account may only read the vault, so Semina works without a lock of its own: nothing here changes the vault, but a backup or check started elsewhere meanwhile is not held back.</source>
        <translation>Questo account può solo leggere l&apos;insieme di credenziali, quindi Semina lavora senza un proprio blocco: questa operazione non lo modifica, ma un backup o un controllo avviati altrove nel frattempo non vengono trattenuti.</translation>
    </message>
    <message>
        <source>the store last saw it refreshed at %1, more than %2 minutes ago</source>
        <translation>l&apos;archivio lo ha visto rinnovato l&apos;ultima volta alle %1, più di %2 minuti fa</translation>
    </message>
    <message>
        <source>Semina could not write its lock into the vault, so it works without one: nothing here changes the vault, but a backup or check started elsewhere meanwhile is not held back. The cause: %1</source>
        <translation>Semina non è riuscita a scrivere il proprio blocco nell&apos;insieme di credenziali, quindi lavora senza: questa operazione non lo modifica, ma un backup o un controllo avviati altrove nel frattempo non vengono trattenuti. La causa: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use this language from now on (en or it).</source>
        <translation>Usa questa lingua d&apos;ora in poi (en o it).</translation>
    </message>
    <message>
        <source>Save a picture of every window into this folder and quit.</source>
        <translation>Salva un&apos;immagine di ogni finestra in questa cartella ed esci.</translation>
    </message>
</context>
</TS>
